/**
 * Links from data or attributes: only these schemes ever become an href.
 * Everything else (javascript:, data:, vbscript:, blob:, relative junk) renders as text.
 * Parsing with URL folds the tricks (tabs, newlines, case, leading spaces) the same way a browser does.
 */
import { parsePhone, phoneUri } from './phone.js';

const SAFE_SCHEMES = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);
const WEB_SCHEMES = new Set(['https:', 'http:']);

export function safeHref(raw: unknown, { base, webOnly = false }: { base?: string; webOnly?: boolean } = {}): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return undefined;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  const allowed = webOnly ? WEB_SCHEMES : SAFE_SCHEMES;
  // "https://google.com@evil.example/" goes to evil.example: a link with user info is never made.
  if (url.username || url.password) return undefined;
  return allowed.has(url.protocol) ? url.href : undefined;
}

/** The host a web link goes to, as the person should read it ("shelter.example"), or undefined. */
export function linkHost(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const host = new URL(href).hostname;
    return host.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Digits (and + * #) to dial, or undefined when the number cannot be read exactly (see phone.ts). */
export function phoneDigits(raw: unknown): string | undefined {
  return parsePhone(raw)?.dial;
}

/**
 * `tel:` link that dials exactly what the data says: vanity letters as digits, an extension or a
 * "then press 1" after a pause (`tel:4155550199,12`). `extension`: a separate extension field (HSDS).
 */
export function telHref(number: unknown, extension?: unknown): string | undefined {
  const phone = parsePhone(number);
  if (!phone) return undefined;
  if (extension !== undefined && extension !== null) {
    const ext = typeof extension === 'number' && Number.isSafeInteger(extension) && extension >= 0 ? String(extension) : typeof extension === 'string' ? extension.trim() : '';
    if (!/^\d{1,8}$/.test(ext) || phone.ext || phone.pause) return undefined;
    return phoneUri('tel:', { dial: phone.dial, ext });
  }
  return phoneUri('tel:', phone);
}

/** Text that encodes safely: lone surrogates (a cut emoji) become U+FFFD instead of throwing. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** `sms:` with a prefilled body; the `?&body=` form is understood by both iOS and Android. */
export function smsHref(number: unknown, body?: string): string | undefined {
  const phone = parsePhone(number);
  // A text cannot go to an extension or a menu.
  if (!phone || phone.ext || phone.pause) return undefined;
  const to = phoneUri('sms:', phone);
  return body ? `${to}?&body=${encodeURIComponent(wellFormed(body))}` : to;
}

/** One plain address: no second address, no query (`?bcc=`, `?cc=`, `?body=`), no display name. */
const PLAIN_ADDRESS = /^[^\s@<>()[\]"`,;:\\/?&%=#]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

export function isPlainEmail(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= 254 && PLAIN_ADDRESS.test(raw);
}

/** `mailto:` for exactly one plain address, else undefined (the caller shows the text). */
export function mailtoHref(raw: unknown): string | undefined {
  return isPlainEmail(raw) ? safeHref(`mailto:${raw}`) : undefined;
}
