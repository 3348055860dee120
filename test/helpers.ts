/** Test helpers: event capture validated by the public schemas, locale switching, shadow queries. */
import { expect } from '@open-wc/testing';
import { eventSchemas, type IntakeEventName, type IntakeEventDetails } from '../src/core/schemas.js';
import { localeReady } from '../src/core/localization.js';

/** Records every `type` event reaching `target`, parsing each detail with its zod schema. */
export function capture<K extends IntakeEventName>(target: EventTarget, type: K): IntakeEventDetails[K][] {
  const seen: IntakeEventDetails[K][] = [];
  target.addEventListener(type, (e) => {
    const event = e as CustomEvent;
    expect(event.bubbles, `${type} bubbles`).to.equal(true);
    expect(event.composed, `${type} is composed`).to.equal(true);
    seen.push(eventSchemas[type].parse(event.detail) as IntakeEventDetails[K]);
  });
  return seen;
}

/** Sets `<html lang>` and waits until the translations are loaded and `el` has re-rendered. */
export async function setPageLanguage(lang: string, el?: { updateComplete: Promise<unknown> }): Promise<void> {
  document.documentElement.lang = lang;
  await Promise.resolve(); // let the MutationObserver run
  await localeReady();
  if (el) {
    await el.updateComplete;
    await el.updateComplete;
  }
}

export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function links(el: Element): HTMLAnchorElement[] {
  return [...(el.shadowRoot?.querySelectorAll('a') ?? [])];
}

export const linkTexts = (el: Element): string[] => links(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim());

/** Strings that must stay inert text wherever a host or data file can put them. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  'x'.repeat(10000),
];

/** Polls until `check()` holds (for work the element does after an await, like loading validation). */
export async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * @lit-labs/virtualizer measures cards with a ResizeObserver; when cards settle in the same frame the
 * browser reports "ResizeObserver loop completed with undelivered notifications", a harmless notice
 * (https://github.com/w3c/csswg-drafts/issues/5488) that mocha would count as an uncaught error.
 */
export function ignoreResizeObserverNotice(): void {
  window.addEventListener(
    'error',
    (e) => {
      if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
    },
    true,
  );
}
