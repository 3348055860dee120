import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { NormalizedService } from '../src/service-finder/hsds.js';
import { nearestKm } from '../src/service-finder/distance.js';
import { isOpenAt, isOpenToday } from '../src/service-finder/open-now.js';
import { taxonomyFor } from '../src/data/needs-catalog.js';
import { capture, setPageLanguage, shadowText, links, waitFor, HOSTILE_STRINGS, ignoreResizeObserverNotice } from './helpers.js';

const SAMPLE = '/demo/data/sample-directory.json';
const FOOD_CODES = taxonomyFor(['food']).map((t) => t.code);
const meetsFood = (s: NormalizedService) => s.categories.some((c) => FOOD_CODES.some((code) => c.code === code || c.code?.startsWith(`${code}-`)));

ignoreResizeObserverNotice();
/** A Tuesday, 10:30 in San Francisco. */
const TUESDAY_MORNING = Date.parse('2026-11-24T18:30:00Z');

interface Internals {
  directory?: { services: NormalizedService[] };
  results: number[];
}
const internals = (el: IntakeServiceFinder) => el as unknown as Internals;
const resultServices = (el: IntakeServiceFinder) => internals(el).results.map((d) => internals(el).directory!.services[d]!);
const $ = <T extends Element = HTMLElement>(el: IntakeServiceFinder, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: IntakeServiceFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function ready(el: IntakeServiceFinder): Promise<IntakeServiceFinder> {
  await waitFor(() => el.status === 'ready' || el.status === 'error', 8000);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const finder = async (tpl = html`<intake-service-finder src=${SAMPLE} time-zone="America/Los_Angeles" .now=${TUESDAY_MORNING}></intake-service-finder>`) =>
  ready(await fixture<IntakeServiceFinder>(tpl));

/** The filter controls load after the first results paint (or on the first hover, focus or typing). */
const filtersIn = (el: IntakeServiceFinder) => waitFor(() => !!el.shadowRoot!.querySelector('.filters .filter-grid'));
async function choose(el: IntakeServiceFinder, label: string, value: string): Promise<void> {
  await filtersIn(el);
  const select = $$<HTMLLabelElement>(el, '.filters label').find((l) => l.textContent!.includes(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
async function check(el: IntakeServiceFinder, label: string, on = true): Promise<void> {
  await filtersIn(el);
  const box = $$<HTMLLabelElement>(el, '.filters label.check').find((l) => l.textContent!.includes(label))!.querySelector('input')!;
  box.checked = on;
  box.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
async function type(el: IntakeServiceFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
async function tabTo(match: (e: Element) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && match(a)) return a;
  }
  throw new Error('could not reach the element with Tab');
}

describe('<intake-service-finder>', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  describe('loading a directory', () => {
    it('reads the sample directory from src, fires intake-services-load once, and shows cards', async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles"></intake-service-finder>`);
      const loads = capture(el, 'intake-services-load');
      const errors = capture(el, 'intake-error');
      el.src = SAMPLE;
      await ready(el);
      expect(loads).to.deep.equal([{ count: 337, skipped: 0 }]);
      expect(errors).to.deep.equal([]);
      expect(shadowText(el)).to.contain('337 services found');
      await waitFor(() => $$(el, '[part="card"]').length > 3);
      expect($(el, '[part="card"]').getAttribute('aria-setsize')).to.equal('337');
    });

    it('fires no event and announces nothing on first render', async () => {
      const seen: string[] = [];
      for (const t of ['intake-service-select', 'intake-error']) document.addEventListener(t, () => seen.push(t));
      const el = await finder();
      expect(seen).to.deep.equal([]);
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    });

    for (const name of ['service_full.json', 'service_list.json', 'service_at_location_full.json', 'service_at_location_list.json', 'organization_full.json']) {
      it(`loads the official HSDS example ${name} unchanged`, async () => {
        const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="Europe/London"></intake-service-finder>`);
        const loads = capture(el, 'intake-services-load');
        el.src = `/test/fixtures/hsds/${name}`;
        await ready(el);
        expect(el.status).to.equal('ready');
        expect(loads).to.have.length(1);
        expect(loads[0]!.count).to.be.greaterThan(0);
        expect($$(el, '[part="card"]').length).to.equal(loads[0]!.count);
        $<HTMLButtonElement>(el, '.name-button').click();
        await el.updateComplete;
        expect($(el, '[part="detail"]')).to.exist;
      });
    }

    it('skips bad records, counts them, and says why in one intake-error', async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder></intake-service-finder>`);
      const loads = capture(el, 'intake-services-load');
      const errors = capture(el, 'intake-error');
      el.services = [{ id: 'ok', name: 'Good Pantry', status: 'active' }, { name: 'no id' }, { id: 7, name: 'wrong type' }, 'nonsense'];
      await ready(el);
      expect(loads).to.deep.equal([{ count: 1, skipped: 3 }]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('invalid-data');
      expect(errors[0]!.message).to.contain('3 service records skipped');
    });

    it('shows a clear message and Try again when src cannot be fetched, and reports a network error', async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder></intake-service-finder>`);
      const errors = capture(el, 'intake-error');
      el.src = '/no-such-directory.json';
      await ready(el);
      expect(el.status).to.equal('error');
      expect(errors[0]!.code).to.equal('network');
      expect(shadowText(el)).to.contain('We could not reach the directory');
      expect($$(el, 'button').some((b) => b.textContent!.trim() === 'Try again')).to.equal(true);
      expect($(el, 'intake-crisis-card')).to.exist;
    });

    it('refuses a javascript: src and says so', async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder></intake-service-finder>`);
      const errors = capture(el, 'intake-error');
      el.src = 'javascript:alert(1)';
      await el.updateComplete;
      expect(errors[0]!.code).to.equal('invalid-url');
      expect(el.status).to.equal('error');
    });

    it('still loads on the main thread when Workers are off', async () => {
      const { workerSupport } = await import('../src/service-finder/load.js');
      workerSupport.enabled = false;
      try {
        const el = await finder();
        expect(el.resultCount).to.equal(337);
      } finally {
        workerSupport.enabled = true;
      }
    });
  });

  describe('hostile data', () => {
    it('renders hostile strings in every field as text and never makes a javascript: link', async () => {
      const h = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;
      const records = HOSTILE_STRINGS.map((s, i) => ({
        id: `evil-${i}`,
        name: `${s} ${i}`,
        alternate_name: h(i + 1),
        description: h(i + 2),
        url: h(i + 3),
        email: h(i + 4),
        status: 'active',
        fees_description: h(i + 5),
        eligibility_description: h(i + 6),
        application_process: h(i + 7),
        alert: h(i + 8),
        interpretation_services: h(i + 9),
        organization: { id: `o${i}`, name: h(i + 1), website: h(i + 3) },
        phones: [{ id: `p${i}`, number: h(i + 2) }, { id: `q${i}`, number: '555-0100' }],
        languages: [{ code: h(i), name: h(i + 1) }],
        cost_options: [{ option: h(i), amount_description: h(i + 1) }],
        attributes: [{ id: `a${i}`, taxonomy_term_id: `t${i}`, taxonomy_term: { id: `t${i}`, code: h(i), name: h(i + 2) } }],
        schedules: [{ id: `s${i}`, freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', description: h(i + 3) }],
        service_at_locations: [
          {
            id: `sal${i}`,
            location: {
              id: `l${i}`,
              location_type: i % 2 ? 'virtual' : 'physical',
              name: h(i + 4),
              url: h(i + 5),
              transportation: h(i + 6),
              latitude: 37.7,
              longitude: -122.4,
              addresses: [{ id: `ad${i}`, address_1: h(i + 7), city: h(i + 8), state_province: 'CA', postal_code: h(i), country: 'US' }],
              accessibility: [{ id: `ac${i}`, description: h(i + 9) }],
            },
          },
        ],
      }));
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder origin="37.77,-122.42"></intake-service-finder>`);
      el.services = records;
      await ready(el);
      const w = window as unknown as { __pwned?: number };
      const noBadLinks = () => {
        for (const a of links(el)) expect(a.protocol, a.getAttribute('href')!).to.be.oneOf(['https:', 'http:', 'tel:', 'mailto:']);
        expect(el.shadowRoot!.querySelector('img, script, iframe')).to.equal(null);
      };
      expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">');
      noBadLinks();
      for (let i = 0; i < 4; i++) {
        const button = $$<HTMLButtonElement>(el, '.name-button')[i]!;
        button.click();
        await el.updateComplete;
        noBadLinks();
        expect(shadowText(el)).to.contain('<script>window.__pwned=1</script>');
        $<HTMLButtonElement>(el, '.back').click();
        await el.updateComplete;
      }
      expect(w.__pwned).to.equal(undefined);
    });
  });

  describe('filters', () => {
    it('each filter alone keeps only services that meet it', async () => {
      const el = await finder();
      const all = el.resultCount;
      const cases: [() => Promise<void>, (s: NormalizedService) => boolean][] = [
        [() => check(el, 'Free'), (s) => s.free],
        [() => check(el, 'Wheelchair'), (s) => s.wheelchair],
        [() => choose(el, 'Language spoken', 'vi'), (s) => s.languages.includes('vi')],
        [() => choose(el, 'How', 'telehealth'), (s) => s.telehealth],
        [() => choose(el, 'How', 'in-person'), (s) => s.inPerson],
        [() => choose(el, 'When', 'now'), (s) => isOpenAt(s.hours, TUESDAY_MORNING, s.timeZone)],
        [() => choose(el, 'When', 'today'), (s) => isOpenToday(s.hours, TUESDAY_MORNING, s.timeZone)],
        [() => choose(el, 'Kind of help', 'food'), meetsFood],
      ];
      for (const [apply, holds] of cases) {
        await apply();
        const got = resultServices(el);
        expect(got.length, apply.toString()).to.be.greaterThan(0).and.lessThan(all);
        expect(got.every(holds), apply.toString()).to.equal(true);
        $<HTMLButtonElement>(el, '.filters .filter-grid > button.action').click();
        await el.updateComplete;
        expect(el.resultCount).to.equal(all);
      }
      // Age: typed into a number box.
      const age = $<HTMLInputElement>(el, '.filters input[type="number"]');
      age.value = '15';
      age.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(resultServices(el).every((s) => (s.minAge ?? 0) <= 15 && (s.maxAge ?? 200) >= 15)).to.equal(true);
      expect(el.resultCount).to.be.lessThan(all);
      // A typo such as "-3" filters nothing rather than hiding services.
      age.value = '-3';
      age.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.resultCount).to.equal(all);
    });

    it('filters combine, and the count is announced politely after the person changes them', async () => {
      const el = await finder();
      await check(el, 'Free');
      await choose(el, 'Language spoken', 'es');
      await choose(el, 'When', 'today');
      await type(el, 'food');
      const got = resultServices(el);
      expect(got.length).to.be.greaterThan(0);
      expect(got.every((s) => s.free && s.languages.includes('es') && isOpenToday(s.hours, TUESDAY_MORNING, s.timeZone))).to.equal(true);
      await waitFor(() => /services? found/.test($(el, '[role="status"]').textContent!));
      expect($(el, '[role="status"]').textContent).to.contain(`${el.resultCount} service`);
      expect($(el, 'summary').textContent).to.contain('Filters (3 on)');
    });

    it('needs from the needs finder become taxonomy filters', async () => {
      const el = await finder(html`<intake-service-finder src=${SAMPLE} needs="food" .now=${TUESDAY_MORNING}></intake-service-finder>`);
      await waitFor(() => el.resultCount < 337 && el.resultCount > 0);
      expect(resultServices(el).every(meetsFood)).to.equal(true);
      expect($(el, 'summary').textContent).to.contain('Filters (1 on)');
      el.needs = [];
      await el.updateComplete;
      expect(el.resultCount).to.equal(337);
    });

    it('sorts by distance from origin, nearest first, and filters by distance', async () => {
      const origin = { lat: 37.7793, lon: -122.4193 };
      const el = await finder(html`<intake-service-finder src=${SAMPLE} origin="37.7793,-122.4193"></intake-service-finder>`);
      const sort = $<HTMLSelectElement>(el, '.sort select');
      sort.value = 'distance';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const d = resultServices(el).map((s) => nearestKm(origin, s.locations) ?? Infinity);
      // The index keeps coordinates as float32: equal to a few metres.
      for (let i = 1; i < d.length; i++) expect(d[i]).to.be.at.least(d[i - 1]! - 0.005);
      // The long list's cards are drawn by the virtualizer a frame or more later (later still on a busy machine).
      await waitFor(() => /[\d.]+ miles? away/.test(shadowText(el)), 5000).catch(() => undefined);
      expect(shadowText(el)).to.match(/[\d.]+ miles? away/);
      await choose(el, 'Distance', '1');
      expect(resultServices(el).every((s) => (nearestKm(origin, s.locations) ?? Infinity) <= 1.609344 + 0.005)).to.equal(true);
      expect(el.resultCount).to.be.greaterThan(0).and.lessThan(337);
    });

    it('asks for location only when "Use my location" is pressed', async () => {
      const geo = navigator.geolocation;
      let asked = 0;
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: { getCurrentPosition: (ok: PositionCallback) => (asked++, ok({ coords: { latitude: 37.76, longitude: -122.43 } } as GeolocationPosition)) },
      });
      try {
        const el = await finder();
        expect(asked).to.equal(0);
        await filtersIn(el);
        $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Use my location'))!.click();
        await el.updateComplete;
        expect(asked).to.equal(1);
        expect($<HTMLSelectElement>(el, '.sort select').value).to.equal('distance');
        expect(shadowText(el)).to.contain('Using your location');
      } finally {
        Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geo });
      }
    });

    it('offers to widen the search and shows the crisis card when nothing matches', async () => {
      const el = await finder();
      await type(el, 'zzzzqqqq');
      await check(el, 'Free');
      expect(shadowText(el)).to.contain('No services match yet.');
      expect($(el, 'intake-crisis-card').getAttribute('variant')).to.equal('compact');
      $$<HTMLButtonElement>(el, '.empty button').find((b) => b.textContent!.includes('Clear filters'))!.click();
      await el.updateComplete;
      $$<HTMLButtonElement>(el, '.empty button').find((b) => b.textContent!.includes('Clear the search'))!.click();
      await el.updateComplete;
      expect(el.resultCount).to.equal(337);
    });
  });

  describe('searching in the person\'s language', () => {
    it('each word of the search box example finds services in its language, though the directory is in English', async () => {
      const el = await finder();
      for (const lang of ['en', 'es', 'zh-Hant', 'zh-Hans', 'tl', 'vi', 'ru', 'ko', 'ar']) {
        await setPageLanguage(lang, el);
        await el.updateComplete;
        const words = $<HTMLInputElement>(el, '#q').placeholder.replace(/…$/, '').split(/[,、،]\s*/);
        expect(words.length, lang).to.equal(3);
        for (const word of words) {
          await type(el, word);
          await waitFor(() => el.resultCount > 0, 2000).catch(() => undefined);
          expect(el.resultCount, `${lang}: "${word}"`).to.be.above(0);
        }
      }
      await setPageLanguage('en', el);
    });

    it('a kind of help named in Spanish finds that help, and the words typed still decide the order', async () => {
      const el = await finder();
      await setPageLanguage('es', el);
      await type(el, 'comida');
      await waitFor(() => el.resultCount > 0);
      const food = resultServices(el).slice(0, 20);
      expect(food.length).to.be.above(5);
      expect(food.every(meetsFood), 'every result is food help').to.equal(true);
      await setPageLanguage('en', el);
    });
  });

  describe('cards and details', () => {
    it('shows name, organization, distance, "Open until" in the person\'s time format, languages and cost', async () => {
      const el = await finder(html`<intake-service-finder src=${SAMPLE} origin="37.77,-122.42" .now=${TUESDAY_MORNING}></intake-service-finder>`);
      await waitFor(() => /Open until/.test(shadowText(el)), 5000).catch(() => undefined); // cards drawn by the virtualizer
      const text = shadowText(el);
      expect(text).to.match(/Open until \d{1,2}(:\d\d)? PM/);
      expect(text).to.match(/Speaks English/);
      expect(text).to.contain('Free');
      await setPageLanguage('es', el);
      await el.updateComplete;
      // Spanish reads a 24-hour clock: minutes always shown ("20:00", never a bare "20").
      const statuses = () => $$(el, '[part="card"] .facts .open, [part="card"] .facts .closed').map((e) => e.textContent!);
      // The cards the virtualizer holds redraw in the new language within a frame or two.
      await waitFor(() => statuses().length > 0 && statuses().every((t) => !/^(Open|Closed)\b/.test(t)), 3000);
      const status = statuses();
      expect(status.some((t) => /\b\d{1,2}:\d\d\b/.test(t))).to.equal(true);
      expect(status.join(' ')).not.to.match(/\b(AM|PM)\b/);
      // Lists of languages read as the language writes them: "inglés y español", Arabic "الإنجليزية والإسبانية".
      expect(shadowText(el)).to.match(/inglés(, [a-z]+)* y [a-z]+/);
      await setPageLanguage('ar', el);
      await el.updateComplete;
      expect(shadowText(el)).to.contain('الإنجليزية و');
      expect(shadowText(el)).not.to.match(/الإنجليزية, /);
      await setPageLanguage('en', el);
    });

    it('opens a detail view with an hours table, tel: phones, directions and a safe website link', async () => {
      const el = await finder();
      const select = capture(el, 'intake-service-select');
      $<HTMLButtonElement>(el, '.name-button').click();
      await el.updateComplete;
      const detail = $(el, '[part="detail"]');
      expect(detail.querySelectorAll('table.hours th[scope="row"]').length).to.equal(7);
      const hrefs = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(hrefs.some((h) => h.startsWith('tel:'))).to.equal(true);
      expect(hrefs.some((h) => h.startsWith('https://www.google.com/maps/dir/'))).to.equal(true);
      expect(select[0]!.action).to.equal('open');
      detail.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.addEventListener('click', (e) => e.preventDefault());
      detail.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
      expect(select[1]!.action).to.equal('call');
    });
  });

  describe('typing', () => {
    it('shows the typed letters at once and searches after they are painted, once for keys typed together', async () => {
      const el = await finder();
      const input = $<HTMLInputElement>(el, '#q');
      const all = el.resultCount;
      const counts: number[] = [];
      // Three keys in one task, as a fast typist on a busy phone gives them: one search, for the whole word.
      for (const text of ['p', 'pa', 'pantry']) {
        input.value = text;
        input.dispatchEvent(new Event('input'));
        counts.push(el.resultCount);
      }
      expect(input.value).to.equal('pantry');
      expect(counts).to.deep.equal([all, all, all]); // nothing searched before the paint
      await el.updateComplete;
      expect(el.resultCount).to.be.greaterThan(0).and.lessThan(all);
      expect(resultServices(el).some((s) => /pantry/i.test(`${s.name} ${s.description}`))).to.equal(true);
      expect($(el, '#count').textContent).to.contain(String(el.resultCount));
    });

    it('forgets words typed a moment before reset() (quick exit), before they were searched', async () => {
      const el = await finder();
      const input = $<HTMLInputElement>(el, '#q');
      const all = el.resultCount;
      input.value = 'my husband hits me';
      input.dispatchEvent(new Event('input'));
      el.reset();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 150));
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(el.resultCount).to.equal(all);
      expect(shadowText(el)).not.to.contain('husband');
    });
  });

  describe('keyboard only', () => {
    it('searches, filters, opens a detail, saves, and prints the saved list', async () => {
      const el = await finder();
      const events = capture(el, 'intake-service-select');
      let printed: string | undefined;
      const realPrint = window.print;
      window.print = () => {
        printed = shadowText(el);
      };
      try {
        await tabTo((e) => e.id === 'q');
        await sendKeys({ type: 'pantry' });
        await el.updateComplete;
        expect(el.resultCount).to.be.greaterThan(0).and.lessThan(337);
        await tabTo((e) => e.tagName === 'SUMMARY');
        await sendKeys({ press: 'Enter' });
        await tabTo((e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'checkbox');
        await sendKeys({ type: ' ' });
        await el.updateComplete;
        expect(resultServices(el).every((s) => s.free)).to.equal(true);
        const name = (await tabTo((e) => e.classList.contains('name-button'))) as HTMLButtonElement;
        const serviceName = name.textContent!.trim();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await waitFor(() => deepActive()?.id === 'detail-name');
        await tabTo((e) => e.classList.contains('save') && e.closest('[part="detail"]') !== null);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.savedServices.map((s) => s.name)).to.deep.equal([serviceName]);
        // Back to results returns focus to the same service.
        $<HTMLButtonElement>(el, '.back').focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => (deepActive() as HTMLElement | null)?.textContent?.trim() === serviceName);
        // Open My list, then Print.
        $<HTMLButtonElement>(el, '#saved-toggle').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await waitFor(() => deepActive()?.id === 'saved-heading');
        await tabTo((e) => e.textContent!.trim() === 'Print');
        await sendKeys({ press: 'Enter' });
        await waitFor(() => printed !== undefined);
        expect(printed).to.contain('My list of services');
        expect(printed).to.contain(serviceName);
        expect(events.map((e) => e.action)).to.deep.equal(['open', 'save', 'print']);
      } finally {
        window.print = realPrint;
      }
    });
  });

  describe('saved list', () => {
    it('copies the saved list as plain text and fires one event per service', async () => {
      const el = await finder();
      const events = capture(el, 'intake-service-select');
      const saves = $$<HTMLButtonElement>(el, '[part="card"] .save');
      saves[0]!.click();
      saves[1]!.click();
      await el.updateComplete;
      let copied = '';
      const clip = navigator.clipboard;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
      try {
        expect(await el.copySaved()).to.equal(true);
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clip });
      }
      const [a, b] = el.savedServices;
      expect(copied).to.contain(a!.name).and.contain(b!.name).and.not.contain('<');
      expect(events.filter((e) => e.action === 'copy').map((e) => e.serviceId)).to.deep.equal([a!.id, b!.id]);
    });

    it('Remove in My list keeps focus in the list: the next Remove, then the heading when the list is empty', async () => {
      const el = await finder();
      const saves = $$<HTMLButtonElement>(el, '[part="card"] .save').slice(0, 2);
      for (const b of saves) b.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '#saved-toggle').click();
      await el.updateComplete;
      const removeFirst = $$<HTMLButtonElement>(el, '.saved-list .remove')[0]!;
      const second = el.savedServices[1]!.name;
      removeFirst.focus();
      removeFirst.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.textContent, 'focus on the next Remove').to.contain(second);
      (el.shadowRoot!.activeElement as HTMLButtonElement).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.savedServices).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement?.id, 'focus on the heading of the empty list').to.equal('saved-heading');
    });

    it('keeps the list in sessionStorage only with persist and the person\'s agreement; quick exit wipes everything', async () => {
      sessionStorage.clear();
      const el = await finder(html`<intake-service-finder src=${SAMPLE} persist></intake-service-finder>`);
      $<HTMLButtonElement>(el, '[part="card"] .save').click();
      await type(el, 'pantry');
      await check(el, 'Free');
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
      $<HTMLButtonElement>(el, '#saved-toggle').click();
      await el.updateComplete;
      const agree = $$<HTMLLabelElement>(el, '.saved label.check')[0]!.querySelector('input')!;
      agree.click();
      await el.updateComplete;
      expect(Object.keys(sessionStorage)).to.deep.equal(['compassionate-intake:service-finder:saved']);
      document.dispatchEvent(new CustomEvent('intake-quick-exit', { bubbles: true, composed: true, cancelable: true, detail: {} }));
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.savedServices).to.deep.equal([]);
      expect($<HTMLInputElement>(el, '#q').value).to.equal('');
      expect(el.resultCount).to.equal(337);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
    });
  });

  describe('accessibility (axe) in English, Spanish and Arabic', () => {
    for (const lang of ['en', 'es', 'ar']) {
      it(`list, detail, saved, empty and error states pass axe in ${lang}`, async () => {
        await setPageLanguage(lang);
        const el = await finder();
        expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '[part="card"] .save').click();
        $<HTMLButtonElement>(el, '.name-button').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '#saved-toggle').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '.back').click();
        await type(el, 'zzzzqqqq');
        await el.updateComplete;
        expect($(el, '.empty'), shadowText(el)).to.exist;
        await expect(el).to.be.accessible();
        el.src = '/no-such-directory.json';
        await el.updateComplete;
        await ready(el);
        expect($(el, '.notice.error')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });
});
