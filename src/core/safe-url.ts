/**
 * Links from data or attributes: only these schemes ever become an href.
 * Everything else (javascript:, data:, vbscript:, blob:, relative junk) renders as text.
 * Parsing with URL folds the tricks (tabs, newlines, case, leading spaces) the same way a browser does.
 * Phone links (tel:, sms:) are made in phone.ts.
 */
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

/** One plain address: no second address, no query (`?bcc=`, `?cc=`, `?body=`), no display name. */
const PLAIN_ADDRESS = /^[^\s@<>()[\]"`,;:\\/?&%=#]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

export function isPlainEmail(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length <= 254 && PLAIN_ADDRESS.test(raw);
}

/** `mailto:` for exactly one plain address, else undefined (the caller shows the text). */
export function mailtoHref(raw: unknown): string | undefined {
  return isPlainEmail(raw) ? safeHref(`mailto:${raw}`) : undefined;
}
