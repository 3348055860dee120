import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crisis-card/define.js';
import '../src/quick-exit/define.js';
import '../src/needs-finder/define.js';
import '../src/service-finder/define.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import type { IntakeQuickExit } from '../src/quick-exit/quick-exit.js';
import { ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';
import { Transcript, headingLevels, hear, said } from './screen-reader.js';

const LOCALES = ['en', 'es', 'ar'] as const;
const SAMPLE = '/demo/data/sample-directory.json';
/** A Tuesday, 10:30 in San Francisco: "open now" reads the same on every run. */
const TUESDAY_MORNING = Date.parse('2026-11-24T18:30:00Z');
ignoreResizeObserverNotice();

const settle = async (el: { updateComplete: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
};

describe('screen-reader pass (virtual screen reader)', () => {
  after(() => setPageLanguage('en'));

  for (const lang of LOCALES) {
    it(`crisis card, ${lang}`, async () => {
      await setPageLanguage(lang);
      const page = await fixture<HTMLElement>(html`<main><h1>Help</h1><intake-crisis-card region="US"></intake-crisis-card></main>`);
      const card = page.querySelector<IntakeCrisisCard>('intake-crisis-card')!;
      await card.updateComplete;
      const t = new Transcript(`sr-crisis-card-${lang}`);
      const heard = await t.step('the card, read from the top', page);
      expect(headingLevels(heard)).to.deep.equal([1, 2]);
      said(heard, /^link, .*988$/);
      said(heard, /^link, .*741741$/);
      await t.matchSnapshot();
    });

    it(`needs finder, ${lang}: pick needs including Safety at home, hear the safety lines, go on`, async () => {
      await setPageLanguage(lang);
      const page = await fixture<HTMLElement>(html`<main><h1>Ask for help</h1><intake-needs-finder region="US-CA"></intake-needs-finder></main>`);
      const el = page.querySelector<IntakeNeedsFinder>('intake-needs-finder')!;
      await settle(el);
      const root = el.shadowRoot!;
      const t = new Transcript(`sr-needs-finder-${lang}`);
      const start = await t.step('first screen', page);
      expect(headingLevels(start)).to.deep.equal([1, 2]);
      const boxes = start.filter((l) => l.startsWith('checkbox, '));
      expect(boxes.length, 'every need is a checkbox').to.be.greaterThan(8);
      expect(boxes.every((l) => l.endsWith(', not checked')), 'none checked yet').to.equal(true);

      root.querySelector<HTMLInputElement>('#need-food')!.click();
      root.querySelector<HTMLInputElement>('#need-safety')!.click();
      await settle(el);
      await waitFor(() => !!root.querySelector('intake-crisis-card')?.shadowRoot?.querySelector('a[href^="tel:"]'));
      await settle(root.querySelector('intake-crisis-card')!);
      const picked = await t.step('Food and Safety at home ticked', page);
      expect(picked.filter((l) => l.startsWith('checkbox, ') && l.endsWith(', checked'))).to.have.length(2);
      // The urgent card sits one level under the step heading: the outline never skips a level.
      expect(headingLevels(picked)).to.deep.equal([1, 2, 3]);
      said(picked, /^link, .*911$/);
      said(picked, /^link, .*1-?800-?799-?7233$|^link, .*18007997233$|^link, .*800/);

      const buttons = [...root.querySelectorAll('button')];
      buttons[buttons.length - 1].click();
      await settle(el);
      const next = await t.step('next step', page);
      const levels = headingLevels(next);
      expect(levels.slice(0, 2)).to.deep.equal([1, 2]);
      for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `heading order ${levels}`).to.be.at.most(1);
      expect(next.filter((l) => l.startsWith('radio, ')).length, 'each answer is a radio').to.be.greaterThan(2);
      await t.matchSnapshot();
    });

    it(`service finder, ${lang}: search, hear the count, open a service`, async () => {
      await setPageLanguage(lang);
      const page = await fixture<HTMLElement>(
        html`<main><h1>Find help</h1><intake-service-finder src=${SAMPLE} time-zone="America/Los_Angeles" .now=${TUESDAY_MORNING}></intake-service-finder></main>`,
      );
      const el = page.querySelector<IntakeServiceFinder>('intake-service-finder')!;
      await waitFor(() => el.status === 'ready', 8000);
      await settle(el);
      const root = el.shadowRoot!;
      const list = (e: Element) => e.classList.contains('list-view');
      const t = new Transcript(`sr-service-finder-${lang}`);
      const start = await t.step('loaded (the result list left out)', page, list);
      said(start, /^search$|^search,/);
      said(start, /^searchbox, /);

      const input = root.querySelector<HTMLInputElement>('#q')!;
      input.focus();
      await sendKeys({ type: 'diaper' });
      await waitFor(() => /\d/.test(root.querySelector('[role="status"]')!.textContent!), 5000);
      await settle(el);
      const count = el.resultCount;
      expect(count).to.be.greaterThan(0).and.lessThan(20);
      const searched = await t.step('typed "diaper" (the result list left out)', page, list);
      const status = root.querySelector('[role="status"]')!.textContent!.trim();
      expect(status, 'the count is in the polite status').to.contain(new Intl.NumberFormat(lang).format(count));
      said(searched, status);
      const firstCard = root.querySelector('[part="card"]')!;
      await t.step('the first result', firstCard);

      root.querySelector<HTMLButtonElement>('.name-button')!.click();
      await waitFor(() => !!root.querySelector('[part="detail"]'), 5000);
      await settle(el);
      const detail = await t.step('the service opened', root.querySelector('[part="detail"]')!);
      said(detail, /^region, |^heading, /);
      said(detail, /^link, .*/);
      await t.matchSnapshot();
    });

    it(`quick exit, ${lang}`, async () => {
      await setPageLanguage(lang);
      const page = await fixture<HTMLElement>(html`<div><intake-quick-exit></intake-quick-exit></div>`);
      const qe = page.querySelector<IntakeQuickExit>('intake-quick-exit')!;
      qe.navigate = () => {};
      const t = new Transcript(`sr-quick-exit-${lang}`);
      await sendKeys({ press: 'Tab' }); // a keyboard is in use: the Shift hint shows
      await t.step('read from the top', page);
      qe.shadowRoot!.querySelector('details')!.open = true;
      await t.step('"How this works" opened', page);
      await t.matchSnapshot();
    });
  }

  it('a crisis card inside another element keeps the heading order: one level under the nearest heading before it', async () => {
    class Wrapper extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<p>Thanks for telling us.</p><intake-crisis-card heading-level="3" region="US" variant="urgent"></intake-crisis-card>';
      }
    }
    if (!customElements.get('test-sr-wrapper')) customElements.define('test-sr-wrapper', Wrapper);
    const page = await fixture<HTMLElement>(html`<main><h1>Talk with us</h1><test-sr-wrapper></test-sr-wrapper></main>`);
    const card = page.querySelector('test-sr-wrapper')!.shadowRoot!.querySelector<IntakeCrisisCard>('intake-crisis-card')!;
    await card.updateComplete;
    expect(headingLevels(await hear(page))).to.deep.equal([1, 2]);
    // In the light DOM the host's heading-level stands as set.
    const plain = await fixture<HTMLElement>(html`<main><h1>Help</h1><intake-crisis-card heading-level="3" region="US"></intake-crisis-card></main>`);
    await plain.querySelector<IntakeCrisisCard>('intake-crisis-card')!.updateComplete;
    expect(headingLevels(await hear(plain))).to.deep.equal([1, 3]);
  });
});
