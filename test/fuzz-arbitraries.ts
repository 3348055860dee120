/**
 * Shared fast-check arbitraries and checks for the element fuzz tests (test/fuzz-*.test.ts).
 * The tests drive the real elements in the browser; the pure modules have their own fuzzing
 * (test/check-in-script.test.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { eventSchemas, type IntakeErrorDetail } from '../src/core/schemas.js';
import { HOSTILE_STRINGS } from './helpers.js';

/** A value a host page, a data file or an attacker could hand an element. */
export type Hostile = unknown;

const randomCase = (s: string) =>
  fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flips) =>
    [...s].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
  );

/** `javascript:` in the spellings browsers (or sloppy filters) fold back into the scheme. */
const JS_SCHEMES = [
  'javascript:',
  'java\tscript:',
  'java\nscript:',
  'java\rscript:',
  'jav\u0000ascript:',
  '&#106;avascript:',
  '&#x6A;avascript:',
  '&#0000106;avascript:',
  'java&#x09;script:',
  'java&#9;script:',
  'javascript&colon;',
  'javascript&#58;',
  '%6A%61%76%61%73%63%72%69%70%74:',
  'javascript%3A',
  '\\u006aavascript:',
  'ｊａｖａｓｃｒｉｐｔ:',
];
const PAYLOADS = ['window.__pwned=1', 'alert(1)', '//%0Awindow.__pwned=1', 'void(window.__pwned=1)'];
const LEADS = ['', ' ', '  ', '\t', '\n', '\r\n', '\u0000', '\u0001', '\u000c', '\u00a0', '\u200b', '\ufeff'];

export const javascriptUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LEADS), fc.constantFrom(...JS_SCHEMES), fc.boolean(), fc.constantFrom(...PAYLOADS))
  .chain(([lead, scheme, flip, payload]) => (flip ? randomCase(scheme) : fc.constant(scheme)).map((s) => `${lead}${s}${payload}`));

const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  '</style><script>window.__pwned=1</script>',
  '</textarea><img src=x onerror=window.__pwned=1>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '${window.__pwned=1}',
  '`${window.__pwned=1}`',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  ']]>',
  '&lt;b&gt;&amp;',
];

const OTHER_SCHEMES = [
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'DATA:image/svg+xml,<svg onload=window.__pwned=1>',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1)',
  'blob:https://example.org/abc',
  'file:///etc/passwd',
  'ftp://example.org/',
  '//evil.example/',
  'http:/\\evil.example',
];

const ODD_TEXT = [
  '\u202Eevil\u202C',
  '\u202egnp.exe',
  '\u2066isolate\u2069',
  'zero\u200Bwidth\u200D',
  '\u200B',
  '\u200C\u200D\uFEFF',
  '\u0000',
  '   ',
  '\t\n',
  'a\u0301'.repeat(300),
  '😀'.repeat(50),
  'x'.repeat(10000),
  'word '.repeat(2100),
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '3',
  '02',
  '0x3',
  ' 4 ',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  '',
];

/** Strings only (what an attribute can hold). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 3 },
  { arbitrary: javascriptUrl, weight: 4 },
  { arbitrary: fc.constantFrom(...OTHER_SCHEMES), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
);

/** Anything at all: the hostile strings, and the wrong types a host script can pass. */
export const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, 0, -1, 3, 1.5, NaN, Infinity, -Infinity, true, false), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>({}, [], [1, 'x'], { toString: () => 'javascript:window.__pwned=1' }, [['nested']], { length: 2 }),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

/** A short label for failure messages (strings can be 10k long). */
export function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 120 ? `${s.slice(0, 100)}…(${s.length} chars)` : s;
}

/* ------------------------------------------------------------------ the page must stay safe */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Records uncaught errors and unhandled rejections while a property runs. */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    // A harmless notice from the virtualized list's ResizeObserver (see service-finder.test.ts).
    if (/ResizeObserver loop/.test(e.message)) return;
    errors.push(`error: ${e.message}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Collects `intake-error` details fired on (or inside) `target`, checking each against its schema. */
export function errorsOn(target: EventTarget): IntakeErrorDetail[] {
  const seen: IntakeErrorDetail[] = [];
  target.addEventListener('intake-error', (e) => {
    const ev = e as CustomEvent;
    expect(ev.bubbles && ev.composed, 'intake-error bubbles and is composed').to.equal(true);
    seen.push(eventSchemas['intake-error'].parse(ev.detail));
  });
  return seen;
}

const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);
const DANGEROUS_TAGS = 'script, img, iframe, object, embed, svg, math, style:not([data-lit]), link, meta, base, form[action]';

/** Every element in `root` and the shadow roots below it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * The shadow tree holds no element a hostile string could have created, every link has a safe
 * scheme, and nothing ran. `allowed`: tags the element renders itself (icons are inline <svg>).
 */
export function expectInert(host: Element, { webOnly = false, allowed = [] as string[] } = {}): void {
  expect(window.__pwned, 'injected script ran').to.equal(undefined);
  const root = host.shadowRoot!;
  expect(root, 'has a shadow root').to.exist;
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (el.matches(DANGEROUS_TAGS) && !allowed.includes(tag) && !(el.closest('svg') && allowed.includes('svg'))) {
      // Lit adopts styles (no <style> nodes) in these browsers; anything else is foreign.
      if (tag !== 'style') expect.fail(`unexpected <${tag}> in ${host.localName}: ${el.outerHTML.slice(0, 200)}`);
    }
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) expect.fail(`event-handler attribute ${attr} on <${tag}> in ${host.localName}`);
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      const a = el as HTMLAnchorElement;
      const protocols = webOnly ? new Set(['https:', 'http:']) : SAFE_PROTOCOLS;
      expect(protocols.has(a.protocol), `link ${show(a.getAttribute('href'))} in ${host.localName}`).to.equal(true);
    }
  }
}

/** Lets pending microtasks, dynamic imports and a frame settle. */
export const settle = async (el?: { updateComplete: Promise<unknown> }, frames = 1): Promise<void> => {
  for (let i = 0; i < frames; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  if (el) {
    await el.updateComplete;
    await el.updateComplete;
  }
};

/** The text as zod's `z.trim()` + min/max length checks see it. */
export const fitsText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length >= 1 && v.trim().length <= max;

/** Mounts a fresh element in a scratch container; `done()` removes it. */
export function mount<T extends HTMLElement>(
  tag: string,
  setup: (el: T) => void = () => {},
): { el: T; errors: IntakeErrorDetail[]; done: () => void } {
  const box = document.createElement('div');
  document.body.append(box);
  const el = document.createElement(tag) as T;
  const errors = errorsOn(el);
  setup(el);
  box.append(el);
  mounted.add(box);
  return { el, errors, done: () => (box.remove(), mounted.delete(box)) };
}

const mounted = new Set<HTMLElement>();
/** Removes whatever a failed run left mounted (so its element cannot break the next property). */
export function unmountAll(): void {
  for (const box of mounted) box.remove();
  mounted.clear();
}

/**
 * Runs an async property with a fixed seed, failing on any uncaught error or unhandled rejection along
 * the way; elements are unmounted (and `cleanup` runs) after every run.
 */
export async function check<T>(
  arb: fc.Arbitrary<T>,
  body: (v: T) => Promise<void>,
  { seed, numRuns, cleanup }: { seed: number; numRuns: number; cleanup?: () => void },
): Promise<void> {
  const uncaught = watchUncaught();
  try {
    await fc.assert(
      fc.asyncProperty(arb, async (v) => {
        const before = uncaught.errors.length;
        try {
          await body(v);
          await settle();
        } finally {
          unmountAll();
          cleanup?.();
        }
        expect(uncaught.errors.slice(before).join('\n'), 'uncaught errors').to.equal('');
      }),
      { seed, numRuns, includeErrorInReport: true, interruptAfterTimeLimit: 30000, markInterruptAsFailure: true },
    );
  } finally {
    uncaught.stop();
  }
}
