import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/quick-exit/define.js';
import '../src/check-in/define.js';
import '../src/needs-finder/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import { DEFAULT_EXIT_HREF, type IntakeQuickExit } from '../src/quick-exit/quick-exit.js';
import { TriplePress } from '../src/quick-exit/triple-press.js';
import { COVER_ATTRIBUTE } from '../src/quick-exit/cover.js';
import { STORAGE_PREFIX, WipeOnQuickExit } from '../src/core/wipe.js';
import { capture, setPageLanguage, shadowText, waitFor } from './helpers.js';

/** A stand-in for any intake element with state: it uses the same controller the real ones use. */
class StatefulThing extends LitElement {
  answers: string[] = ['I need food'];
  constructor() {
    super();
    new WipeOnQuickExit(this, () => (this.answers = []));
  }
}
customElements.define('test-stateful-thing', StatefulThing);

async function quickExit(tpl = html`<intake-quick-exit></intake-quick-exit>`) {
  const el = await fixture<IntakeQuickExit>(tpl);
  const visits: string[] = [];
  el.navigate = (url) => visits.push(url); // the real one leaves the test page
  return { el, visits };
}

const button = (el: IntakeQuickExit) => el.shadowRoot!.querySelector('button')!;
const microtasks = () => new Promise((r) => setTimeout(r, 0));

const KEYBOARD_LIKELY = '(hover: hover) and (pointer: fine)';
const hint = (el: IntakeQuickExit) => el.shadowRoot!.querySelector('summary')!.textContent!.trim();

// First in this file on purpose: it needs a page where no key has been pressed yet.
describe('<intake-quick-exit> Shift hint: only where a keyboard is in use', () => {
  afterEach(() => executeServerCommand('media-features', []));

  it('on a touch screen (coarse pointer, no hover) says "How this works" until a key is pressed, then shows the Shift hint', async () => {
    const emulated = await executeServerCommand('media-features', [
      { name: 'pointer', value: 'coarse' },
      { name: 'hover', value: 'none' },
    ]);
    const touch = !matchMedia(KEYBOARD_LIKELY).matches;
    const el = await fixture<IntakeQuickExit>(html`<intake-quick-exit></intake-quick-exit>`);
    // Firefox over WebDriver BiDi cannot emulate a touch screen: there the hint follows its real mouse.
    expect(hint(el)).to.equal(touch ? 'How this works' : 'Or press Shift 3 times');
    expect(el.shortcutHinted).to.equal(!touch);
    if (emulated) expect(touch, 'Chromium emulates the touch screen').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(hint(el)).to.equal('Or press Shift 3 times');
    expect(el.shortcutHinted).to.equal(true);
  });
});

describe('<intake-quick-exit>', () => {
  beforeEach(() => setPageLanguage('en'));
  const title = document.title;
  afterEach(() => {
    document.title = title;
    document.head.querySelector('meta[name="referrer"]')?.remove();
    document.querySelector(`[${COVER_ATTRIBUTE}]`)?.remove();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows a clearly labeled button and explains what it does and does not do', async () => {
    const { el } = await quickExit();
    expect(button(el).textContent!.trim()).to.equal('Leave this site');
    expect(shadowText(el)).to.contain('Or press Shift 3 times');
    expect(shadowText(el)).to.contain('It does not erase your browser history.');
  });

  it('leaves: event on document, wipes state and our storage only, covers the page, replaces location', async () => {
    const { el, visits } = await quickExit(html`<intake-quick-exit href="https://example.org/weather"></intake-quick-exit>`);
    const thing = document.createElement('test-stateful-thing') as StatefulThing;
    document.body.append(thing);
    sessionStorage.setItem(`${STORAGE_PREFIX}check-in`, '{"answers":["x"]}');
    localStorage.setItem(`${STORAGE_PREFIX}saved`, '[1]');
    sessionStorage.setItem('host-own-key', 'kept');
    const seen = capture(document, 'intake-quick-exit');
    button(el).click();
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`), 'cover shown at once').to.exist;
    await microtasks();
    expect(seen).to.deep.equal([{}]);
    expect(thing.answers).to.deep.equal([]);
    expect(sessionStorage.getItem(`${STORAGE_PREFIX}check-in`)).to.equal(null);
    expect(localStorage.getItem(`${STORAGE_PREFIX}saved`)).to.equal(null);
    expect(sessionStorage.getItem('host-own-key')).to.equal('kept');
    expect(visits).to.deep.equal(['https://example.org/weather']);
    thing.remove();
  });

  it('wipes an intake element that a router removed from the page and kept', async () => {
    const { el } = await quickExit();
    const kept = document.createElement('test-stateful-thing') as StatefulThing;
    document.body.append(kept);
    kept.remove(); // detached, still referenced: a router may put it back
    button(el).click();
    await microtasks();
    expect(kept.answers, 'the detached element forgot its answers').to.deep.equal([]);
  });

  it('one Shift×3 with 40 quick exits on the page fires one intake-quick-exit and leaves once', async () => {
    const page = await fixture<HTMLElement>(html`<div>${Array.from({ length: 40 }, () => html`<intake-quick-exit></intake-quick-exit>`)}</div>`);
    const all = [...page.querySelectorAll<IntakeQuickExit>('intake-quick-exit')];
    const visits: string[] = [];
    for (const q of all) q.navigate = (url) => visits.push(url);
    const seen = capture(document, 'intake-quick-exit');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(seen).to.have.length(1);
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('still listens after some quick exits leave the page, and not after the last one', async () => {
    const page = await fixture<HTMLElement>(html`<div><intake-quick-exit></intake-quick-exit><intake-quick-exit></intake-quick-exit></div>`);
    const [first, second] = [...page.querySelectorAll<IntakeQuickExit>('intake-quick-exit')];
    const visits: string[] = [];
    first.navigate = second.navigate = (url) => visits.push(url);
    const seen = capture(document, 'intake-quick-exit');
    first.remove();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(seen, 'the remaining one still answers Shift×3').to.have.length(1);
    second.remove();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(seen, 'no quick exit on the page: Shift×3 does nothing').to.have.length(1);
  });

  it('before leaving, the tab title turns neutral and the referrer policy is no-referrer', async () => {
    document.title = 'Domestic violence help: talk with us';
    const { el, visits } = await quickExit();
    let titleWhenLeaving = '';
    let policyWhenLeaving: string | null = null;
    el.navigate = (url) => {
      titleWhenLeaving = document.title;
      policyWhenLeaving = document.head.querySelector('meta[name="referrer"]')!.getAttribute('content');
      visits.push(url);
    };
    button(el).click();
    await microtasks();
    expect(visits).to.have.length(1);
    expect(titleWhenLeaving).to.equal('Weather');
    expect(policyWhenLeaving).to.equal('no-referrer');
  });

  it('the title is neutral in the page language too (Spanish)', async () => {
    await setPageLanguage('es');
    const { el, visits } = await quickExit();
    button(el).click();
    await microtasks();
    expect(visits).to.have.length(1);
    expect(document.title).to.equal('El tiempo');
  });

  it('a real navigation: the exit site receives no Referer header and no document.referrer', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/quick-exit-frame.html';
    document.body.append(frame);
    try {
      await waitFor(() => !!frame.contentWindow?.customElements?.get('intake-quick-exit'), 10000);
      const doc = frame.contentDocument!;
      const qe = doc.querySelector<IntakeQuickExit>('intake-quick-exit')!;
      await waitFor(() => !!qe.shadowRoot?.querySelector('button'));
      // Another host (127.0.0.1, not this page's) so that, without the policy, a Referer would be sent.
      const port = location.port;
      qe.setAttribute('href', `http://127.0.0.1:${port}/referer-echo`);
      const report = new Promise<{ header: string; referrer: string }>((resolve) =>
        window.addEventListener('message', function on(e) {
          if (e.data?.source !== 'referer-echo') return;
          window.removeEventListener('message', on);
          resolve(e.data);
        }),
      );
      const titles: string[] = [];
      new MutationObserver(() => titles.push(doc.title)).observe(doc.head, { subtree: true, childList: true, characterData: true });
      qe.shadowRoot!.querySelector('button')!.click();
      expect(doc.title, 'the sensitive title is gone before the next page loads').to.equal('Weather');
      const got = await report;
      expect(got.header, 'Referer header').to.equal('');
      expect(got.referrer, 'document.referrer').to.equal('');
    } finally {
      frame.remove();
    }
  });

  it('a link inside is the fallback before the script runs: hidden after upgrade, its href used, never nested in the button', async () => {
    const { el } = await quickExit(
      html`<intake-quick-exit><a href="https://example.org/weather">Leave this site</a></intake-quick-exit>`,
    );
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length, 'the fallback link is not shown once upgraded').to.equal(0);
    expect(button(el).textContent!.trim()).to.equal('Leave this site');
    expect(button(el).querySelector('slot'), 'the link is not slotted into the button').to.equal(null);
    expect(el.target).to.equal('https://example.org/weather');
    await expect(el).to.be.accessible();
  });

  it('a host label in the slot still replaces the button text', async () => {
    const { el } = await quickExit(html`<intake-quick-exit>Exit now</intake-quick-exit>`);
    const slot = button(el).querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('').trim()).to.equal('Exit now');
  });

  it('does nothing at all when a listener cancels the event, even one added after the elements', async () => {
    const { el, visits } = await quickExit();
    const thing = document.createElement('test-stateful-thing') as StatefulThing;
    document.body.append(thing);
    sessionStorage.setItem(`${STORAGE_PREFIX}check-in`, 'x');
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('intake-quick-exit', cancel);
    expect(el.exit()).to.equal(false);
    await microtasks();
    document.removeEventListener('intake-quick-exit', cancel);
    expect(visits).to.deep.equal([]);
    expect(thing.answers).to.deep.equal(['I need food']);
    expect(sessionStorage.getItem(`${STORAGE_PREFIX}check-in`)).to.equal('x');
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.equal(null);
    thing.remove();
  });

  it('leaves when Shift is pressed three times', async () => {
    const { visits } = await quickExit();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('does not leave when another key comes between the Shift presses (typing capitals)', async () => {
    const { visits } = await quickExit();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'A' });
    await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(visits).to.deep.equal([]);
  });

  it('ignores Shift×3 with no-shortcut, but the button still works', async () => {
    const { el, visits } = await quickExit(html`<intake-quick-exit no-shortcut></intake-quick-exit>`);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await microtasks();
    expect(visits).to.deep.equal([]);
    expect(shadowText(el)).not.to.contain('Shift');
    button(el).click();
    await microtasks();
    expect(visits).to.have.length(1);
  });

  it('is reachable with Tab and activates with Enter', async () => {
    const { el, visits } = await quickExit();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    await microtasks();
    expect(visits).to.have.length(1);
    before.remove();
  });

  for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'vbscript:x']) {
    it(`refuses href ${JSON.stringify(bad)} with intake-error and leaves to the neutral page`, async () => {
      const el = document.createElement('intake-quick-exit') as IntakeQuickExit;
      const errors = capture(el, 'intake-error');
      el.setAttribute('href', bad);
      document.body.append(el);
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-url']);
      expect(el.target).to.equal(DEFAULT_EXIT_HREF);
      el.remove();
    });
  }

  it('accepts a relative href on the same site', async () => {
    const { el } = await quickExit(html`<intake-quick-exit href="/goodbye.html"></intake-quick-exit>`);
    expect(el.target).to.equal(new URL('/goodbye.html', document.baseURI).href);
  });

  for (const [lang, label, dir] of [
    ['es', 'Salir de este sitio', 'ltr'],
    ['ar', 'مغادرة هذا الموقع', 'rtl'],
    ['zh-TW', '離開這個網站', 'ltr'],
  ]) {
    it(`speaks ${lang}`, async () => {
      await setPageLanguage(lang);
      const { el } = await quickExit();
      expect(button(el).textContent!.trim()).to.equal(label);
      expect(el.dir).to.equal(dir);
      await expect(el).to.be.accessible();
    });
  }

  it('at 320 px, sticky or not, it sits in the page flow and covers no control or question of a check-in and a needs finder', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 640 });
    try {
      const page = await fixture<HTMLElement>(html`<main>
        <intake-quick-exit sticky></intake-quick-exit>
        <h1>Talk with us</h1>
        <intake-check-in region="US-CA"></intake-check-in>
        <intake-needs-finder region="US-CA"></intake-needs-finder>
      </main>`);
      const qe = page.querySelector<IntakeQuickExit>('intake-quick-exit')!;
      const checkIn = page.querySelector<IntakeCheckIn>('intake-check-in')!;
      const finder = page.querySelector<IntakeNeedsFinder>('intake-needs-finder')!;
      await checkIn.updateComplete;
      await finder.updateComplete;
      await waitFor(() => !!checkIn.shadowRoot!.querySelector('#q-current') && !!finder.shadowRoot!.querySelector('input'));
      expect(getComputedStyle(qe).position).to.equal('static');
      const targets = [
        ...deepAll(page, 'button, a[href], input, select, textarea, summary, [tabindex="0"]'),
        checkIn.shadowRoot!.querySelector('#q-current')!,
        finder.shadowRoot!.querySelector('.step-heading')!,
      ].filter((e) => e.getClientRects().length > 0);
      expect(targets.length, 'controls found').to.be.greaterThan(15);
      const covered: string[] = [];
      for (const target of targets) {
        // Where a person's scrolling or Tab can leave it: top, middle and bottom of the screen.
        for (const block of ['start', 'center', 'end'] as const) {
          target.scrollIntoView({ block });
          const r = target.getBoundingClientRect();
          const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
          const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 1), innerHeight - 1);
          const hit = deepElementFromPoint(x, y);
          // A visually hidden checkbox is pressed through its label card: a hit on its label counts.
          const owners = [target, ...((target as HTMLInputElement).labels ?? [])];
          if (!hit || !owners.some((o) => composedContains(o, hit))) covered.push(`${target.localName} "${(target.textContent ?? '').trim().slice(0, 30)}" (${block}) under ${hit?.localName}`);
        }
      }
      expect(covered).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('passes axe with the help open and when sticky', async () => {
    const { el } = await quickExit(html`<intake-quick-exit sticky></intake-quick-exit>`);
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).position).to.equal('fixed');
  });
});

/** Every element matching `selector` in `root` and all shadow roots below it. */
function deepAll(root: Element | ShadowRoot, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const e of root.querySelectorAll('*')) if (e.shadowRoot) found.push(...deepAll(e.shadowRoot, selector));
  return found;
}

function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** True when `node` is `target` or inside it, following slots and shadow hosts. */
function composedContains(target: Element, node: Element): boolean {
  for (let n: Element | null = node; n; n = n.assignedSlot ?? n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    if (n === target) return true;
  }
  return false;
}

describe('TriplePress (Shift×3 timing)', () => {
  it('fires when the third press is exactly 5 s after the first', () => {
    const t = new TriplePress(3, 5000);
    expect([t.press(0), t.press(2500), t.press(5000)]).to.deep.equal([false, false, true]);
  });
  it('does not fire when the third press is 5.001 s after the first', () => {
    const t = new TriplePress(3, 5000);
    expect([t.press(0), t.press(2500), t.press(5001)]).to.deep.equal([false, false, false]);
  });
  it('slides the window: an old press drops out and newer ones count', () => {
    const t = new TriplePress(3, 5000);
    expect([t.press(0), t.press(2500), t.press(5001), t.press(6000)]).to.deep.equal([false, false, false, true]);
  });
  it('starts over after firing and after reset()', () => {
    const t = new TriplePress(3, 5000);
    [0, 1, 2].forEach((n) => t.press(n));
    expect(t.press(3)).to.equal(false);
    t.reset();
    expect([t.press(10), t.press(11)]).to.deep.equal([false, false]);
  });
});
