import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/quick-exit/define.js';
import { DEFAULT_EXIT_HREF, type IntakeQuickExit } from '../src/quick-exit/quick-exit.js';
import { TriplePress } from '../src/quick-exit/triple-press.js';
import { COVER_ATTRIBUTE } from '../src/quick-exit/cover.js';
import { STORAGE_PREFIX, WipeOnQuickExit } from '../src/core/wipe.js';
import { capture, setPageLanguage, shadowText } from './helpers.js';

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

describe('<intake-quick-exit>', () => {
  beforeEach(() => setPageLanguage('en'));
  afterEach(() => {
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

  it('passes axe with the help open and when sticky', async () => {
    const { el } = await quickExit(html`<intake-quick-exit sticky></intake-quick-exit>`);
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
    expect(getComputedStyle(el).position).to.equal('fixed');
  });
});

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
