// The handoff issue 5 asks for, with the real service finder: what the person picks in the needs
// finder filters the directory exactly as the search module says it should.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/needs-finder/define.js';
import '../src/service-finder/define.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { normalizeServices } from '../src/service-finder/hsds.js';
import { buildSearchIndex, search } from '../src/service-finder/search-index.js';
import { taxonomyFor } from '../src/data/needs-catalog.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';

describe('needs finder hands needs to the service finder (for=)', () => {
  let directory: unknown[];
  before(async () => {
    await setPageLanguage('en-US');
    directory = await (await fetch('/demo/data/sample-directory.json')).json();
  });

  async function page() {
    const root = await fixture<HTMLDivElement>(html`<div>
      <intake-needs-finder for="sf-handoff"></intake-needs-finder>
      <intake-service-finder id="sf-handoff" time-zone="America/Los_Angeles"></intake-service-finder>
    </div>`);
    const needs = root.querySelector<IntakeNeedsFinder>('intake-needs-finder')!;
    const finder = root.querySelector<IntakeServiceFinder>('intake-service-finder')!;
    const loads = capture(finder, 'intake-services-load');
    finder.services = directory;
    await waitFor(() => loads.length === 1 && finder.status === 'ready', 8000);
    return { needs, finder, loads };
  }

  /** What the pure search says the finder should show for these needs. */
  function expectedCount(ids: string[]): number {
    const { services } = normalizeServices(directory, { timeZone: 'America/Los_Angeles' });
    const index = buildSearchIndex(services);
    return search(index, { categories: taxonomyFor(ids).map((t) => t.code) }).total;
  }

  const pick = async (needs: IntakeNeedsFinder, id: string) => {
    needs.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="need-${id}"]`)!.click();
    await needs.updateComplete;
  };

  it('picking food, then housing tonight, narrows the directory to exactly those services', async () => {
    const { needs, finder, loads } = await page();
    const all = finder.resultCount;
    expect(loads[0].count).to.equal(all);
    await pick(needs, 'food');
    const food = expectedCount(['food']);
    expect(food).to.be.greaterThan(0).and.lessThan(all);
    await waitFor(() => finder.resultCount === food);
    await pick(needs, 'housing-tonight');
    const both = expectedCount(['food', 'housing-tonight']);
    expect(both).to.be.greaterThan(food);
    await waitFor(() => finder.resultCount === both);
  });

  /** The names on the cards the person sees. */
  const shownNames = (finder: IntakeServiceFinder) =>
    [...finder.shadowRoot!.querySelectorAll('[part="card"] .name-button')].map((b) => b.textContent!.trim());

  /** Each need the review found missing, and services in the sample directory that must be among its results. */
  const NEW_NEEDS: [string, string[]][] = [
    ['veterans', ['Fogbay Veterans Resource Center']],
    ['reentry', ['Second Start Reentry Center']],
    ['id-documents', ['Lantern Quarter ID and Documents Clinic', 'Second Start Reentry Center']],
    ['household-goods', ['Fogbay Furniture Bank']],
    ['language', ['Fogbay Language Access Line']],
    ['older-adults', ['Golden Steps Adult Day Program', 'Hanmaeum Community Center Meals on Wheels', 'Fogbay Adult Protective Services (fictional)']],
    ['safety', ['Fogbay Adult Protective Services (fictional)']],
    ['health-insurance', ['Civic Steps Benefits Navigators']],
  ];
  for (const [id, fitting] of NEW_NEEDS) {
    it(`picking "${id}" shows only the services that fit it, including ${fitting.join(', ')}`, async () => {
      const { needs, finder } = await page();
      const all = finder.resultCount;
      await pick(needs, id);
      const expected = expectedCount([id]);
      expect(expected).to.be.greaterThan(0).and.lessThan(all);
      await waitFor(() => finder.resultCount === expected);
      await waitFor(() => fitting.every((n) => shownNames(finder).includes(n)), 4000);
      expect(shownNames(finder)).to.include.members(fitting);
    });
  }

  it('a veteran who also needs furniture sees both kinds of service, and nothing else', async () => {
    const { needs, finder } = await page();
    await pick(needs, 'veterans');
    await pick(needs, 'household-goods');
    const expected = expectedCount(['veterans', 'household-goods']);
    await waitFor(() => finder.resultCount === expected);
    expect(expected).to.equal(2);
    await waitFor(() => shownNames(finder).length === 2);
    expect(shownNames(finder)).to.have.members(['Fogbay Veterans Resource Center', 'Fogbay Furniture Bank']);
  });

  it('unpicking every need shows the whole directory again', async () => {
    const { needs, finder } = await page();
    const all = finder.resultCount;
    await pick(needs, 'food');
    await waitFor(() => finder.resultCount < all);
    await pick(needs, 'food');
    await waitFor(() => finder.resultCount === all);
  });

  /** Goes through the steps, saying "Yes, please" to each need, until `there` (by default the English last screen). */
  async function finish(needs: IntakeNeedsFinder, there = (r: ShadowRoot) => r.querySelector('.step-heading')?.textContent?.trim() === 'Thank you') {
    const r = needs.shadowRoot!;
    for (let i = 0; i < 6 && !there(r); i++) {
      for (const yes of r.querySelectorAll<HTMLInputElement>('input[type="radio"][value="yes"]')) if (!yes.checked) yes.click();
      await needs.updateComplete;
      const nav = [...r.querySelectorAll<HTMLButtonElement>('.nav button')];
      nav[nav.length - 1]!.click();
      await needs.updateComplete;
    }
    expect(there(r), 'reached the last screen').to.equal(true);
  }

  it('the last screen points to the services it filtered, and "See services" takes the person to the search field', async () => {
    const { needs, finder } = await page();
    await pick(needs, 'food');
    await finish(needs);
    const r = needs.shadowRoot!;
    expect(r.querySelector('.pointer')!.textContent!.trim()).to.equal('Services that may help with what you picked are listed below.');
    const see = [...r.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'See services')!;
    expect(see, 'a See services button').to.exist;
    // Push the finder out of view, as a long page would.
    finder.style.marginTop = '3000px';
    expect(finder.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    see.click();
    await waitFor(() => finder.shadowRoot!.activeElement?.id === 'q');
    // The search field is in view (the page may end before the finder can reach the very top).
    const q = finder.shadowRoot!.querySelector('#q')!.getBoundingClientRect();
    expect(q.top).to.be.within(-1, innerHeight - q.height);
    expect(finder.resultCount).to.equal(expectedCount(['food']));
  });

  it('without for=, the last screen has no pointer to services', async () => {
    const needs = await fixture<IntakeNeedsFinder>(html`<intake-needs-finder></intake-needs-finder>`);
    await pick(needs, 'food');
    await finish(needs);
    expect(needs.shadowRoot!.querySelector('.pointer')).to.equal(null);
    expect([...needs.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('See services');
  });

  it('in Arabic the pointer is in Arabic', async () => {
    const { needs } = await page();
    await setPageLanguage('ar', needs);
    await pick(needs, 'food');
    await finish(needs, (r) => !!r.querySelector('.pointer'));
    const r = needs.shadowRoot!;
    expect(r.querySelector('.pointer')!.textContent!.trim()).to.equal('تجد في الأسفل خدمات قد تساعد فيما تم اختياره.');
    await setPageLanguage('en-US', needs);
  });
});
