/**
 * "A phone": Open Eligibility has no term for phones, so the need is found by the catalog's phrases
 * in a service's own words, and typed words in any language reach it through the vocabulary. The
 * sample directory's one phone service (Fogbay Phone Help Desk, added by this project; see
 * scripts/generate-directory.mjs) is written the way real Lifeline sign-up listings are.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { normalizeServices } from '../src/service-finder/hsds.js';
import { buildSearchIndex } from '../src/service-finder/search-index.js';
import * as searchModule from '../src/service-finder/search-index.js';
import { docsNaming, phrasesFor } from '../src/service-finder/needs-filter.js';
import { capture, setPageLanguage, waitFor, ignoreResizeObserverNotice } from './helpers.js';

const SAMPLE = '/demo/data/sample-directory.json';
ignoreResizeObserverNotice();

const $ = <T extends Element>(el: IntakeServiceFinder, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const cardNames = (el: IntakeServiceFinder) => [...el.shadowRoot!.querySelectorAll('.card .name-button')].map((b) => b.textContent!.trim());

async function finder(): Promise<IntakeServiceFinder> {
  const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder src=${SAMPLE}></intake-service-finder>`);
  await waitFor(() => el.status === 'ready', 8000);
  await el.updateComplete;
  return el;
}

async function search(el: IntakeServiceFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await waitFor(() => el.resultCount > 0 && cardNames(el).length > 0, 5000);
  await el.updateComplete;
}

describe('service finder: "A phone"', () => {
  after(() => setPageLanguage('en'));

  it('choosing "A phone" finds the phone help service, not the lines you call by phone', async () => {
    const el = await finder();
    const events = capture(el, 'intake-error');
    $<HTMLDetailsElement>(el, 'details.filters').open = true;
    await waitFor(() => !!el.shadowRoot!.querySelector('.filter-grid select'), 5000);
    const select = $<HTMLSelectElement>(el, '.filter-grid select');
    await waitFor(() => [...select.options].some((o) => o.value === 'phone'), 5000);
    expect([...select.options].find((o) => o.value === 'phone')!.textContent!.trim()).to.equal('A phone');
    select.value = 'phone';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitFor(() => el.resultCount === 1);
    expect($(el, '#count').textContent!.trim()).to.equal('1 service found');
    expect(cardNames(el)).to.deep.equal(['Fogbay Phone Help Desk']);
    // With words typed as well: both must hold.
    await search(el, 'Lifeline');
    expect(cardNames(el)).to.deep.equal(['Fogbay Phone Help Desk']);
    expect(events).to.deep.equal([]);
  });

  for (const [lang, typed] of [
    ['es', 'teléfono'],
    ['es', 'celular gratis'],
    ['zh-Hant', '手機'],
    ['zh-Hans', '免费手机'],
    ['ar', 'هاتف'],
    ['ko', '휴대폰'],
    ['vi', 'dien thoai'],
  ] as const) {
    it(`typing "${typed}" (${lang}) puts the phone help service first`, async () => {
      await setPageLanguage(lang);
      const el = await finder();
      await search(el, typed);
      // The words of the page's language (and of the script typed) load on demand, then the results re-rank.
      await waitFor(() => cardNames(el)[0] === 'Fogbay Phone Help Desk', 5000).catch(() => undefined);
      expect(cardNames(el)[0]).to.equal('Fogbay Phone Help Desk');
    });
  }
});

describe('needs filter: phrases for a need without a taxonomy term', () => {
  // Shapes of real listings: a 211-style Lifeline entry, the 988 line, a warm line, a legal clinic.
  const services = normalizeServices([
    { id: 'lifeline', name: 'Lifeline Assistance Enrollment', description: 'Help applying for a discount on your phone bill through the Lifeline program.' },
    { id: '988', name: '988 Suicide & Crisis Lifeline', description: 'Call or text 988 any time. Free, confidential phone support.' },
    { id: 'warm', name: 'Peer Warm Line', description: 'A free, confidential phone and chat line staffed by trained peers.' },
    { id: 'legal', name: 'Tenant Clinic', description: 'Free legal advice in person or by phone.' },
    { id: 'cell', name: 'Cell Phone Program', description: 'Free cell phones for seniors with low income.', service_at_locations: [] },
  ]).services;
  const index = buildSearchIndex(services);
  const found = (phrases: string[]) => {
    const mask = docsNaming(searchModule, index, services, phrases);
    return services.filter((_, d) => mask[d >>> 5]! & (1 << (d & 31))).map((s) => s.id);
  };

  it('only "A phone" (no Open Eligibility term) is found by phrases; those phrases find phone help, not the 988 Lifeline or lines you call', () => {
    expect(phrasesFor(['food'])).to.deep.equal([]);
    const phrases = phrasesFor(['phone']);
    expect(phrases).to.include('Lifeline program');
    expect(phrases).not.to.include('Lifeline');
    expect(phrases).not.to.include('phone');
    expect(found(phrases)).to.deep.equal(['lifeline', 'cell']);
    expect(found(['free phone'])).to.deep.equal([]);
    expect(found(['', '   ', '<script>'])).to.deep.equal([]);
  });
});
