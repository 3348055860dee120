/**
 * Reads a phone number as data writes it ("1-800-273-TALK", "(415) 555-0199 ext. 12",
 * "Call 988, then press 1", "+14155550199;ext=12", "4155550199,12") into what to dial, what to
 * dial after the call connects, and what to show. Pure, never throws; a number it cannot read
 * exactly gives undefined, and the caller shows the text without a link.
 */

export interface Phone {
  /** Digits to dial (and a leading +, * or #). */
  dial: string;
  /** An extension, dialed after a pause. */
  ext?: string;
  /** Digits pressed after the call connects ("then press 1"), dialed after a pause. */
  pause?: string;
}

const MAX_INPUT = 120;
/** E.164 allows 15 digits; short codes (988, 116 123) have 3 or more. */
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

// Phone keypad digit of each letter A to Z (ITU E.161). A plain string: no work at load, nothing to tree-shake.
const KEYPAD = '22233344455566677778889999';

/** The words that put an extension or a menu digit after the number. */
const EXTENSION = /^(?:;?ext=|ext\.?|extension|x|#)\s*(\d{1,8})\b/i;
const PRESS = /^(?:,|;|then|and|press|option|menu|dial|\s)+(\d{1,4})(?!\d)/i;
const PAUSE = /^,+([\d*#]{1,8})$/;

/** A token that is part of the number: digits with separators, or letters joined to digits (1-800-273-TALK). */
const NUMBER_TOKEN = /^\+?[\d().\-]*\d[\d().\-]*$/;
const VANITY_TOKEN = /^\+?[\d().\-]*\d[\d().\-]*[-.][A-Za-z][A-Za-z.\-]*$|^[A-Z]{3,}$/;

function keypad(token: string): string {
  let out = '';
  for (const c of token) {
    if (/[\d*#+]/.test(c)) out += c;
    else if (/[A-Za-z]/.test(c)) out += KEYPAD[c.toUpperCase().charCodeAt(0) - 65];
  }
  return out;
}

/** The number in `raw`, or undefined when it cannot be read exactly. */
export function parsePhone(raw: unknown): Phone | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_INPUT) return undefined;
  const text = raw.normalize('NFKC').trim();
  if (!/\d/.test(text)) return undefined;

  // A machine-made form first: "4155550199,12", "+14155550199;ext=12", "988,1".
  const machine = /^(\+?[\d*#]+)(?:(?:;ext=|,+)([\d*#]{1,8}))?$/i.exec(text.replace(/[\s().-]/g, ''));
  if (machine) {
    const digits = machine[1].replace(/[^\d]/g, '');
    if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return undefined;
    const after = machine[2];
    if (!after) return { dial: machine[1] };
    return /;ext=/i.test(text) ? { dial: machine[1], ext: after } : { dial: machine[1], pause: after };
  }

  // Words around the number: skip words before it, read the number, then an extension or a pause.
  const tokens = text.split(/\s+/);
  let i = 0;
  while (i < tokens.length && !/\d/.test(tokens[i])) {
    // A vanity word before any digit ("TALK 8255") is not read: only letters after digits count.
    i++;
  }
  let dial = '';
  let digitsSoFar = 0;
  let vanity = '';
  for (; i < tokens.length; i++) {
    // Trailing punctuation ends the number ("988," then "then press 1").
    const m = /^(.*?)([,;:!?]*)$/.exec(tokens[i])!;
    const token = m[1];
    const ends = m[2].length > 0;
    if (vanity && token === `(${vanity})`) {
      // "1-800-799-SAFE (7233)": the digits of the word, said again.
    } else if (NUMBER_TOKEN.test(token)) {
      dial += keypad(token);
      vanity = '';
    } else if (VANITY_TOKEN.test(token) && (/\d/.test(token) || (digitsSoFar >= 4 && digitsSoFar < 10))) {
      // Letters joined to digits, or an all-caps word after "1 800": a vanity number.
      dial += keypad(token);
      vanity = keypad(token.replace(/^.*?([A-Za-z][A-Za-z.-]*)$/, '$1'));
    } else break;
    digitsSoFar = dial.replace(/\D/g, '').length;
    if (ends) {
      i++;
      break;
    }
  }
  const rest = tokens.slice(i).join(' ').trim();
  const dialDigits = dial.replace(/\D/g, '');
  if (dialDigits.length < MIN_DIGITS || dialDigits.length > MAX_DIGITS || /.\+/.test(dial)) return undefined;
  if (!rest) return { dial };
  const ext = EXTENSION.exec(rest);
  if (ext && rest.slice(ext[0].length).trim() === '') return { dial, ext: ext[1] };
  const press = PRESS.exec(`,${rest}`) ?? PAUSE.exec(rest);
  if (press && !/\d/.test(rest.slice(rest.indexOf(press[1]) + press[1].length))) return { dial, pause: press[1] };
  // Other words after the number ("24/7", "toll-free") are fine; more digits are not: which would we dial?
  return /\d/.test(rest) ? undefined : { dial };
}

/** `tel:` URI: the number, then a pause (",") and the extension or menu digits. */
export function phoneUri(scheme: 'tel:' | 'sms:', phone: Phone): string {
  const after = phone.ext ?? phone.pause;
  return scheme === 'tel:' && after ? `tel:${phone.dial},${after}` : `${scheme}${phone.dial}`;
}

/** Digits (and + * #) to dial, or undefined when the number cannot be read exactly (see parsePhone). */
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
