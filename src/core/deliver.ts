/**
 * Delivery after consent: POSTs a result to the host's `submit-url`, as JSON or, with `encrypt-to`
 * (the organization's public key), as a compact JWE (A256GCM) that only the organization can open.
 * No Lit. The JOSE library (jose) loads only when a key is given, so pages without one never fetch it.
 */
import * as z from 'zod/mini';
import type { SubmitFormat } from './schemas-base.js';
import { SUBMIT_FORMATS } from './schemas-base.js';
import { checkJsonSetting, type Checked } from './json-setting.js';

/* ------------------------------------------------------------ where to */

/**
 * `submit-url`: an https URL, or one on the page's own origin (a relative path, or http on localhost
 * during development). Nothing else: an http URL elsewhere would carry the answers in clear text.
 */
export function checkSubmitUrl(raw: unknown, page: { href: string; origin: string }): Checked<string> {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, problem: 'submit-url is empty' };
  if (raw.length > 2048) return { ok: false, problem: 'submit-url is longer than 2048 characters' };
  let url: URL;
  try {
    url = new URL(raw.trim(), page.href);
  } catch {
    return { ok: false, problem: 'submit-url is not a URL' };
  }
  if (url.username || url.password) return { ok: false, problem: 'submit-url must not carry a user name or password' };
  if (url.protocol !== 'https:' && url.origin !== page.origin) {
    return { ok: false, problem: `submit-url must be https or on this page's origin (got ${url.protocol})` };
  }
  return { ok: true, value: url.href };
}

/* ------------------------------------------------------------ the key */

const b64url = (max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(max));
const common = {
  kid: z.optional(z.string().check(z.maxLength(200))),
  use: z.optional(z.literal('enc')),
  key_ops: z.optional(z.array(z.string())),
  ext: z.optional(z.boolean()),
};
const EcPublicKey = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64url(43), y: b64url(43), alg: z.optional(z.literal('ECDH-ES')), ...common });
// n: 2048 to 8192 bits (342 to 1366 base64url characters).
const RsaPublicKey = z.object({
  kty: z.literal('RSA'),
  n: b64url(1366).check(z.minLength(342)),
  e: b64url(8),
  alg: z.literal('RSA-OAEP-256'),
  ...common,
});
export const PublicEncryptionKey = z.union([EcPublicKey, RsaPublicKey]);
export type PublicEncryptionKey = z.infer<typeof PublicEncryptionKey>;

/** Members only a private key has: such a key in a web page is already leaked, so it is refused. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * `encrypt-to`: a public JWK (object, or its JSON text) for ECDH-ES on P-256 or RSA-OAEP-256.
 * The algorithm follows from the key; an RSA key must say `"alg": "RSA-OAEP-256"` (never RSA1_5).
 */
export function checkEncryptKey(raw: unknown): Checked<{ key: PublicEncryptionKey; alg: 'ECDH-ES' | 'RSA-OAEP-256' }> {
  return checkJsonSetting(raw, 'encrypt-to', 'a public JWK', readEncryptKey);
}

function readEncryptKey(value: unknown): Checked<{ key: PublicEncryptionKey; alg: 'ECDH-ES' | 'RSA-OAEP-256' }> {
  if (value && typeof value === 'object' && PRIVATE_MEMBERS.some((m) => Object.prototype.hasOwnProperty.call(value, m))) {
    return { ok: false, problem: 'encrypt-to holds a private or secret key: give only the public key' };
  }
  const parsed = PublicEncryptionKey.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problem: 'encrypt-to must be a public JWK: EC P-256 (ECDH-ES) or RSA of 2048 bits or more with alg RSA-OAEP-256' };
  }
  const key = parsed.data;
  return { ok: true, value: { key, alg: key.kty === 'EC' ? 'ECDH-ES' : 'RSA-OAEP-256' } };
}

/** The formats bodyFor() can make: `fhir` loads the referral bundle builder only when used. */
const BUILT_FORMATS: readonly SubmitFormat[] = ['json', 'fhir'];

/** `submit-format`: `json` (default) or `fhir` (where this build can make it). */
export function checkFormat(raw: unknown): Checked<SubmitFormat> {
  if (raw === undefined || raw === null || raw === '') return { ok: true, value: 'json' };
  if (!(SUBMIT_FORMATS as readonly unknown[]).includes(raw)) return { ok: false, problem: `submit-format must be one of ${SUBMIT_FORMATS.join(', ')}` };
  const format = raw as SubmitFormat;
  return BUILT_FORMATS.includes(format) ? { ok: true, value: format } : { ok: false, problem: `submit-format "${format}" is not available in this build` };
}

/* ------------------------------------------------------------ the body */

/** The body for a format (one place for every format: `json` is the result itself). */
export async function bodyFor(format: SubmitFormat, result: object): Promise<Checked<unknown>> {
  if (format === 'json') return { ok: true, value: result };
  // A FHIR R4 transaction Bundle (Gravity SDOH self-referral pattern) made from whichever result this is.
  const { toReferralBundle } = await import('../handoff/referral-bundle.js');
  const schema = (result as { schema?: unknown }).schema;
  if (schema === 'compassionate-intake/check-in') return { ok: true, value: toReferralBundle(result as never, null) };
  if (schema === 'compassionate-intake/needs') return { ok: true, value: toReferralBundle(null, result as never) };
  return { ok: false, problem: 'submit-format "fhir" needs a check-in or needs result' };
}

/* ------------------------------------------------------------ sending */

export type DeliverOutcome =
  | { ok: true; status: number }
  | { ok: false; reason: 'http'; status: number }
  | { ok: false; reason: 'timeout' | 'offline' | 'aborted' | 'encrypt' };

export interface DeliverOptions {
  url: string;
  body: unknown;
  /** With a key, the body goes as a compact JWE; nothing is ever sent in clear if encryption fails. */
  key?: { key: PublicEncryptionKey; alg: 'ECDH-ES' | 'RSA-OAEP-256' };
  timeoutMs: number;
  /** Aborts the request (quick exit while sending). */
  signal?: AbortSignal;
}

/** The JSON text as a compact JWE (A256GCM) to the organization's public key. */
export async function encryptTo(json: string, { key, alg }: NonNullable<DeliverOptions['key']>): Promise<string> {
  const [{ CompactEncrypt }, { importJWK }] = await Promise.all([import('jose/jwe/compact/encrypt'), import('jose/key/import')]);
  const publicKey = await importJWK({ ...key, alg }, alg);
  return new CompactEncrypt(new TextEncoder().encode(json)).setProtectedHeader({ alg, enc: 'A256GCM', cty: 'application/json' }).encrypt(publicKey);
}

/** POSTs once. Never throws; the outcome names what went wrong without anything of the body. */
export async function deliver({ url, body, key, timeoutMs, signal }: DeliverOptions): Promise<DeliverOutcome> {
  const json = JSON.stringify(body);
  let payload = json;
  if (key) {
    try {
      payload = await encryptTo(json, key);
    } catch {
      return { ok: false, reason: 'encrypt' };
    }
  }
  if (signal?.aborted) return { ok: false, reason: 'aborted' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': key ? 'application/jose' : 'application/json' },
      body: payload,
      signal: controller.signal,
      // The answers go to this URL only: no cookies, no referrer, and a redirect is not followed.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
    });
    // The body of the answer is not needed; let the connection go.
    void response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, reason: 'http', status: response.status };
  } catch {
    return { ok: false, reason: signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
