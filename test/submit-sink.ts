/**
 * The test server's receiving endpoint for `submit-url` (`/submit-sink/<key>`, scripts/wtr-plugins.mjs),
 * which records each POST, and the organization's key pair that opens what arrived encrypted.
 */
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';

/** One POST as the sink recorded it. */
export interface Post {
  method: string;
  contentType: string;
  body: string;
  query: string;
}

let sinkCount = 0;
/** A fresh key per test, so records never mix (nor across browsers, which share the test server). */
export const newSink = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${sinkCount++}`;

/** What the sink recorded under `key`, oldest first. */
export const posts = async (key: string): Promise<Post[]> => (await fetch(`/submit-sink/${key}`, { cache: 'no-store' })).json();

/** An organization's EC P-256 key pair: the public JWK for `encrypt-to`, the private key for the team. */
export interface OrganizationKeys {
  privateKey: CryptoKey;
  publicJwk: Record<string, unknown>;
}

export async function organizationKeys(): Promise<OrganizationKeys> {
  const { privateKey, publicKey } = (await generateKeyPair('ECDH-ES', { extractable: true })) as CryptoKeyPair;
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)) } };
}

/** Opens a compact JWE with the team's private key, as the receiving side would, and reads the JSON inside as `T`. */
export async function openJwe<T>(body: string, privateKey: CryptoKey): Promise<T> {
  const { plaintext } = await compactDecrypt(body, privateKey);
  return JSON.parse(new TextDecoder().decode(plaintext)) as T;
}
