/**
 * Links from data or attributes: only these schemes ever become an href.
 * Everything else (javascript:, data:, vbscript:, blob:, relative junk) renders as text.
 * Parsing with URL folds the tricks (tabs, newlines, case, leading spaces) the same way a browser does.
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
  return allowed.has(url.protocol) ? url.href : undefined;
}

/** Digits (and + * #) of a phone number, or undefined when none are left. */
export function phoneDigits(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const digits = raw.replace(/[^\d+*#]/g, '');
  return /\d/.test(digits) && digits.length <= 20 ? digits : undefined;
}

export function telHref(number: unknown): string | undefined {
  const d = phoneDigits(number);
  return d ? `tel:${d}` : undefined;
}

/** `sms:` with a prefilled body; the `?&body=` form is understood by both iOS and Android. */
export function smsHref(number: unknown, body?: string): string | undefined {
  const d = phoneDigits(number);
  if (!d) return undefined;
  return body ? `sms:${d}?&body=${encodeURIComponent(body)}` : `sms:${d}`;
}
