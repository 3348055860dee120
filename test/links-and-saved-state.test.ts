/**
 * What a person can act on is exactly what the data says, and nothing from data or storage breaks an
 * element (issue 10 points 5 and 6, issue 14 point 4): crisis card and service finder links, text cut by
 * grapheme, the crisis directory's interpreter and Kids Help Phone facts, and saved state read back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/crisis-card/define.js';
import '../src/service-finder/define.js';
import '../src/check-in/define.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { normalizeServices, type NormalizedService } from '../src/service-finder/hsds.js';
import { readSavedList } from '../src/service-finder/saved-list.js';
import { crisisLines } from '../src/data/crisis-lines.js';
import { STORAGE_PREFIX } from '../src/core/wipe.js';
import { capture, ignoreResizeObserverNotice, links, setPageLanguage, shadowText, waitFor } from './helpers.js';

ignoreResizeObserverNotice();

const hrefs = (el: Element) => links(el).map((a) => a.getAttribute('href'));

describe('crisis card: links dial exactly what the line says', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  const hostLine = (id: string, channels: unknown[]) => ({ id, name: `Line ${id}`, always: true, channels });

  it('vanity letters, extensions and "then press 1" dial the right number; the display keeps "ext. 12"', async () => {
    const el = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US"></intake-crisis-card>`);
    const errors = capture(el, 'intake-error');
    el.resources = [
      hostLine('press', [{ type: 'call', display: 'Call 988, then press 1' }]),
      hostLine('vanity', [{ type: 'call', display: '1-800-273-TALK' }]),
      hostLine('ext', [{ type: 'call', display: '(415) 555-0199 ext. 12' }]),
    ];
    await waitFor(() => el.shadowRoot!.querySelectorAll('.line.local').length === 3);
    const local = [...el.shadowRoot!.querySelectorAll('.line.local')];
    const hrefOf = (i: number) => local[i].querySelector('a')?.getAttribute('href');
    expect(hrefOf(0)).to.equal('tel:988,1');
    expect(hrefOf(0)).to.not.equal('tel:9881');
    expect(hrefOf(1)).to.equal('tel:18002738255');
    expect(hrefOf(2)).to.equal('tel:4155550199,12');
    expect(local[2].querySelector('a')!.textContent).to.contain('ext. 12');
    expect(errors).to.deep.equal([]);
  });

  it('a host text keyword with half an emoji keeps its line, texts without the broken part, and tells the host', async () => {
    const el = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US"></intake-crisis-card>`);
    const errors = capture(el, 'intake-error');
    el.resources = [hostLine('county-text', [{ type: 'text', display: '(415) 555-0198', dial: '4155550198', keyword: 'HELLO\uD83D' }])];
    await waitFor(() => errors.length > 0 || !!el.shadowRoot!.querySelector('.line.local'));
    await waitFor(() => !!el.shadowRoot!.querySelector('.line.local'));
    const line = el.shadowRoot!.querySelector('.line.local')!;
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('sms:4155550198?&body=HELLO');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-resource']);
    expect(errors[0].message).to.contain('keyword');
  });

  it('says "free and confidential", never "private"', async () => {
    for (const variant of ['full', 'compact', 'urgent']) {
      const el = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US" variant=${variant}></intake-crisis-card>`);
      expect(shadowText(el), variant).to.not.match(/private/i);
      if (variant !== 'urgent') expect(shadowText(el), variant).to.contain('free and confidential');
    }
    const dv = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US" audience="domestic-violence"></intake-crisis-card>`);
    expect(shadowText(dv)).to.not.match(/private/i);
    expect(shadowText(dv)).to.contain('Free, confidential help');
  });

  it('offers an interpreter, in the person\'s language, on lines that have them (988) when the line does not speak it', async () => {
    await setPageLanguage('vi');
    const vi = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US"></intake-crisis-card>`);
    const line988 = [...vi.shadowRoot!.querySelectorAll('.line')].find((l) => l.textContent!.includes('988 Suicide'))!;
    expect(line988.querySelector('.interpreter')?.textContent).to.equal('Hãy xin thông dịch viên nói ngôn ngữ của bạn.');
    const textLine = [...vi.shadowRoot!.querySelectorAll('.line')].find((l) => l.textContent!.includes('Crisis Text Line'))!;
    expect(textLine.querySelector('.interpreter'), 'unknown: nothing said').to.equal(null);
    await setPageLanguage('ar');
    const ar = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US" audience="domestic-violence"></intake-crisis-card>`);
    const hotline = [...ar.shadowRoot!.querySelectorAll('.line')].find((l) => l.textContent!.includes('Domestic Violence'))!;
    expect(hotline.querySelector('.interpreter')?.textContent).to.equal('اطلبوا مترجمًا فوريًا بلغتكم.');
    await setPageLanguage('en-US');
    const en = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="US"></intake-crisis-card>`);
    expect(en.shadowRoot!.querySelector('.interpreter'), 'English is answered directly').to.equal(null);
  });

  it('Kids Help Phone (Canada) has its phone line and its text line', async () => {
    const el = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="CA" audience="youth"></intake-crisis-card>`);
    expect(hrefs(el)).to.include.members(['tel:18006686868', 'sms:686868?&body=CONNECT']);
    expect(shadowText(el)).to.contain('Call 1\u2011800\u2011668\u20116868');
  });
});

describe('crisis directory facts', () => {
  it('every bundled line records interpreters (yes, no or unknown), with a source and date for a yes', () => {
    for (const line of crisisLines) {
      expect(line.interpreters, line.id).to.exist;
      expect(['yes', 'no', 'unknown']).to.include(line.interpreters!.offered);
      if (line.interpreters!.offered !== 'unknown') {
        expect(line.interpreters!.source, line.id).to.match(/^https?:\/\//);
        expect(line.interpreters!.verifiedOn, line.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const find = (id: string) => crisisLines.find((l) => l.id === id)!;
    expect(find('us-988-lifeline').interpreters!.offered).to.equal('yes');
    expect(find('us-domestic-violence-hotline').interpreters!.offered).to.equal('yes');
  });
});

/* ------------------------------------------------------------------ service finder */

const TUESDAY_MORNING = Date.parse('2026-11-24T18:30:00Z');

function record(over: Record<string, unknown> = {}) {
  return {
    id: 'svc-1',
    name: 'Harbor Shelter',
    status: 'active',
    url: 'https://www.shelter.example/beds',
    email: 'help@shelter.example',
    phones: [{ id: 'p1', number: '(415) 555-0199', extension: 12 }],
    service_at_locations: [
      {
        id: 'sal-1',
        location: {
          id: 'loc-1',
          location_type: 'physical',
          name: 'Harbor Shelter',
          latitude: 37.77,
          longitude: -122.42,
          addresses: [{ id: 'a1', address_1: '1 Harbor Way', city: 'Fogbay City', state_province: 'CA', postal_code: '94122', country: 'US', address_type: 'physical' }],
        },
      },
    ],
    ...over,
  };
}

async function finderWith(records: unknown[], attrs = html``): Promise<{ el: IntakeServiceFinder; errors: ReturnType<typeof capture<'intake-error'>>; loads: ReturnType<typeof capture<'intake-services-load'>> }> {
  const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles" .now=${TUESDAY_MORNING}>${attrs}</intake-service-finder>`);
  const errors = capture(el, 'intake-error');
  const loads = capture(el, 'intake-services-load');
  el.services = records;
  await waitFor(() => loads.length > 0 || el.status === 'error', 8000);
  await waitFor(() => !!el.shadowRoot!.querySelector('.name-button'), 8000);
  return { el, errors, loads };
}

async function openFirst(el: IntakeServiceFinder): Promise<HTMLElement> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.name-button')!.click();
  await waitFor(() => !!el.shadowRoot!.querySelector('[part="detail"]'), 5000);
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!;
}

describe('service finder: contact links and load report', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  it('a phone with an extension dials it after a pause and reads "ext. 12"; the website names its host', async () => {
    const { el, errors } = await finderWith([record()]);
    const detail = await openFirst(el);
    const call = [...detail.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith('tel:'))!;
    expect(call.getAttribute('href')).to.equal('tel:4155550199,12');
    expect(call.textContent!.trim()).to.equal('Call (415) 555-0199 ext. 12');
    const site = [...detail.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith('https://www.shelter'))!;
    expect(site.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Website: shelter.example (opens in a new tab)');
    const mail = [...detail.querySelectorAll('a')].find((a) => a.getAttribute('href')!.startsWith('mailto:'))!;
    expect(mail.getAttribute('href')).to.equal('mailto:help@shelter.example');
    expect(errors).to.deep.equal([]);
  });

  it('the website in Spanish says "Sitio web: shelter.example"', async () => {
    await setPageLanguage('es');
    const { el } = await finderWith([record()]);
    const detail = await openFirst(el);
    expect(detail.textContent).to.contain('Sitio web: shelter.example');
  });

  it('a vanity number dials its digits', async () => {
    const { el } = await finderWith([record({ phones: [{ id: 'p', number: '1-800-273-TALK' }] })]);
    const detail = await openFirst(el);
    expect([...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:18002738255');
  });

  it('an email with a query is shown as text, never a mailto, and counted in the load report', async () => {
    const { el, errors, loads } = await finderWith([record({ email: 'a@b.example?bcc=x@evil.example' }), record({ id: 'svc-2', email: 'a@b.example?cc=spy@evil.example' })]);
    expect(loads).to.deep.equal([{ count: 2, skipped: 0 }]);
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
    expect(errors[0].message).to.match(/2 unreadable parts left out.*email is not one plain address/);
    const detail = await openFirst(el);
    expect(detail.querySelector('a[href^="mailto:"]')).to.equal(null);
    expect(detail.textContent).to.contain('a@b.example?bcc=x@evil.example');
  });

  it('a link with user info (https://google.com@evil.example/) is not made', async () => {
    const { el } = await finderWith([record({ url: 'https://google.com@evil.example/' })]);
    const detail = await openFirst(el);
    expect([...detail.querySelectorAll('a')].map((a) => a.hostname)).to.not.include('evil.example');
    expect(detail.textContent).to.not.contain('Website');
  });

  it('an address of 150 emoji opens its detail, with directions (text cut by grapheme, never half an emoji)', async () => {
    const emoji = '😀'.repeat(150);
    const rec = record();
    (rec.service_at_locations[0].location as Record<string, unknown>).latitude = undefined;
    (rec.service_at_locations[0].location as Record<string, unknown>).longitude = undefined;
    rec.service_at_locations[0].location.addresses[0].address_1 = emoji;
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const { el } = await finderWith([rec]);
      const detail = await openFirst(el);
      const address = detail.querySelector('address')!.textContent!;
      expect(address).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(address.startsWith('😀'.repeat(50))).to.equal(true);
      expect([...detail.querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('https://www.google.com/maps/dir/'))).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught.filter((m) => !/ResizeObserver/.test(m))).to.deep.equal([]);
  });
});

describe('saved state from storage is checked like any input', () => {
  const KEY = `${STORAGE_PREFIX}service-finder:saved`;
  beforeEach(() => setPageLanguage('en-US'));
  afterEach(() => sessionStorage.clear());

  it('every service the loader makes reads back (the saved-list check accepts real lists)', async () => {
    const data = await (await fetch('/demo/data/sample-directory.json')).json();
    const { services } = normalizeServices(data, { timeZone: 'America/Los_Angeles' });
    const read = readSavedList(JSON.stringify(services));
    expect('services' in read ? read.services.length : read.problem).to.equal(services.length);
  });

  it('a kept list without locations: "My list" opens, the person is told kindly, the host gets saved-state-invalid', async () => {
    const good: NormalizedService = normalizeServices([record()]).services[0];
    const broken: Record<string, unknown> = { ...good };
    delete broken.locations;
    sessionStorage.setItem(KEY, JSON.stringify([broken]));
    const errors: Array<{ code: string; message: string }> = [];
    const box = document.createElement('div');
    box.addEventListener('intake-error', (e) => errors.push((e as CustomEvent).detail));
    document.body.append(box);
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = document.createElement('intake-service-finder') as IntakeServiceFinder;
      el.setAttribute('persist', '');
      box.append(el);
      el.services = [record()];
      await waitFor(() => errors.length > 0, 5000);
      expect(errors.map((e) => e.code)).to.deep.equal(['saved-state-invalid']);
      expect(errors[0].message).to.not.contain('Harbor');
      await el.updateComplete;
      expect(shadowText(el)).to.contain("We couldn't bring back your earlier list.");
      el.shadowRoot!.querySelector<HTMLButtonElement>('#saved-toggle')!.click();
      await waitFor(() => !!el.shadowRoot!.querySelector('[part="saved"]'), 5000);
      expect(shadowText(el)).to.contain('Your list is empty');
      expect(Object.keys(sessionStorage)).to.not.include(KEY);
    } finally {
      window.removeEventListener('error', onError);
      box.remove();
    }
    expect(uncaught.filter((m) => !/ResizeObserver/.test(m))).to.deep.equal([]);
  });

  it('a good kept list comes back', async () => {
    const good = normalizeServices([record()]).services;
    sessionStorage.setItem(KEY, JSON.stringify(good));
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder persist></intake-service-finder>`);
    await waitFor(() => el.savedServices.length === 1);
    expect(el.savedServices[0].name).to.equal('Harbor Shelter');
  });

  it('tampered check-in answers: the person reads a kind sentence, the host gets saved-state-invalid, storage is cleared', async () => {
    const key = `${STORAGE_PREFIX}check-in:ci-tamper:welcome`;
    // The shape a save has, with an answer that is not an answer.
    sessionStorage.setItem(key, JSON.stringify({ v: 1, script: { id: 'welcome', version: '1' }, subject: 'self', current: null, history: [], answers: { x: 'not an answer' }, stale: [], drafts: {} }));
    const box = document.createElement('div');
    const errors: Array<{ code: string; message: string }> = [];
    box.addEventListener('intake-error', (e) => errors.push((e as CustomEvent).detail));
    document.body.append(box);
    try {
      const el = document.createElement('intake-check-in') as IntakeCheckIn;
      el.id = 'ci-tamper';
      el.setAttribute('persist', '');
      box.append(el);
      await waitFor(() => errors.length > 0, 5000);
      const keyUsed = Object.keys(sessionStorage).filter((k) => k.startsWith(`${STORAGE_PREFIX}check-in:ci-tamper`));
      expect(errors.map((e) => e.code)).to.deep.equal(['saved-state-invalid']);
      await el.updateComplete;
      expect(shadowText(el)).to.contain("We couldn't bring back your earlier answers.");
      expect(keyUsed, 'the bad copy is gone').to.deep.equal([]);
    } finally {
      box.remove();
    }
  });
});
