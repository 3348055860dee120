import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { RemoteSearch } from '../src/service-finder/remote.js';
import { capture, setPageLanguage, shadowText, waitFor } from './helpers.js';

// See test/service-finder.test.ts: a harmless ResizeObserver notice from the virtualizer.
window.addEventListener(
  'error',
  (e) => {
    if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);

const $ = <T extends Element = HTMLElement>(el: IntakeServiceFinder, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: IntakeServiceFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const button = (el: IntakeServiceFinder, text: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim().startsWith(text));

/** Records every fetch the page makes (URL, signal, status), passing it through. */
function spyFetch(): { calls: { url: string; signal?: AbortSignal | null; status?: number }[]; restore: () => void } {
  const real = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null; status?: number }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: { url: string; signal?: AbortSignal | null; status?: number } = { url: new URL(String(input), location.href).href, signal: init?.signal };
    calls.push(call);
    const r = await real(input, init);
    call.status = r.status;
    return r;
  };
  return { calls, restore: () => (window.fetch = real) };
}
const lists = (calls: { url: string }[], path = '/services') => calls.map((c) => new URL(c.url)).filter((u) => u.pathname.endsWith(path));

async function remote(api: string, setup?: (el: IntakeServiceFinder) => void): Promise<IntakeServiceFinder> {
  const el = document.createElement('intake-service-finder');
  el.debounce = 20;
  setup?.(el);
  el.api = api;
  return fixture<IntakeServiceFinder>(html`${el}`);
}

async function type(el: IntakeServiceFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Opens the filters panel and waits for its controls. */
async function openFilters(el: IntakeServiceFinder): Promise<void> {
  const panel = $<HTMLDetailsElement>(el, 'details.filters');
  panel.open = true;
  panel.dispatchEvent(new Event('toggle'));
  await waitFor(() => $$(el, '.filter-grid select').length > 0, 5000);
}
async function choose(el: IntakeServiceFinder, label: string, value: string): Promise<void> {
  const field = $$<HTMLLabelElement>(el, '.filter-grid label').find((l) => l.textContent!.trim().startsWith(label))!;
  const control = field.querySelector<HTMLInputElement | HTMLSelectElement>('select, input')!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}

/** Every service id a list answers for this exact query, all pages (asked straight, 100 a page). */
async function allIds(url: URL): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page < 100; page++) {
    const u = new URL(url);
    u.searchParams.set('page', String(page));
    u.searchParams.set('per_page', '100');
    const body = (await (await fetch(u)).json()) as { contents: { id: string }[]; total_pages: number };
    ids.push(...body.contents.map((s) => s.id));
    if (page >= body.total_pages) break;
  }
  return ids;
}

/** Clicks "Show more" until the finder has loaded every page. */
async function loadAll(el: IntakeServiceFinder): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await waitFor(() => el.status === 'ready' && !$$<HTMLButtonElement>(el, '.more button').some((b) => b.disabled), 8000);
    const more = button(el, 'Show more');
    if (!more) return;
    more.click();
    await el.updateComplete;
  }
}

const PRIVATE = 'my husband hits me';

/**
 * What HSDS 3.0 asks of a client, checked against a server: `base` is its URL, `uk` whether its `GET /`
 * names the UK profile (ages and opening times are then asked of the server).
 */
function conformance(name: string, base: string, { uk, available = async () => true }: { uk: boolean; available?: () => Promise<boolean> }) {
  describe(`remote mode against ${name}`, function () {
    before(async function () {
      // A visible skip (counted as skipped), never a silent pass.
      if (!(await available())) this.skip();
    });
    beforeEach(() => setPageLanguage('en-US'));

    it('reads GET / first, then asks for list items without nested records, and counts what the server counts', async () => {
      const spy = spyFetch();
      try {
        const loads: { count: number; skipped: number }[] = [];
        const el = await remote(base, (e) => e.addEventListener('intake-services-load', (ev) => loads.push(ev.detail)));
        await waitFor(() => el.status === 'ready', 8000);
        await el.updateComplete;
        expect(new URL(spy.calls[0]!.url).pathname).to.equal(`${base}/`);
        const first = lists(spy.calls)[0]!;
        expect([...first.searchParams.keys()].sort()).to.deep.equal(['page', 'per_page']);
        const total = (await allIds(first)).length;
        expect(total).to.be.greaterThan(25);
        expect(loads).to.deep.equal([{ count: 25, skipped: 0 }]);
        expect(shadowText(el)).to.contain(`Showing 25 of ${total} services`);
        expect(spy.calls.every((c) => c.status === 200)).to.equal(true);
      } finally {
        spy.restore();
      }
    });

    it('asks one taxonomy term per request, merges the answers without duplicates, and counts them right', async () => {
      const spy = spyFetch();
      try {
        const el = await remote(base, (e) => {
          e.needs = ['food'];
          e.perPage = 10;
        });
        await waitFor(() => el.status === 'ready', 8000);
        const asked = lists(spy.calls).filter((u) => u.searchParams.get('page') === '1');
        const termIds = asked.map((u) => u.searchParams.get('taxonomy_term_id')!);
        expect(termIds.length).to.be.greaterThan(1);
        expect(termIds.every((t) => t && !t.includes(','))).to.equal(true);
        expect(new Set(termIds).size).to.equal(termIds.length);
        // Each is the id of a food term the server lists (its code is one of the food codes).
        const terms = (await (await fetch(`${base}/taxonomy_terms?per_page=100`)).json()) as { contents: { id: string; code: string }[] };
        const codeOf = new Map(terms.contents.map((t) => [t.id, t.code]));
        for (const id of termIds) expect(codeOf.get(id), id).to.match(/^(101-03|102|102-0\d|102-06-02|107-03-02)$/);
        const union = new Set((await Promise.all(asked.map(allIds))).flat());
        await loadAll(el);
        expect(el.resultCount).to.equal(union.size);
        const cards = $$(el, '.name-button').map((b) => b.dataset.id);
        expect(new Set(cards).size).to.equal(cards.length);
        expect(shadowText(el)).to.contain(`${union.size} services found`);
      } finally {
        spy.restore();
      }
    });

    it('asks for full records when open-now or distance needs them', async () => {
      const spy = spyFetch();
      try {
        const el = await remote(base, (e) => e.setAttribute('time-zone', 'America/Los_Angeles'));
        await waitFor(() => el.status === 'ready', 8000);
        expect(lists(spy.calls).at(-1)!.searchParams.has('full')).to.equal(false);
        await openFilters(el);
        await choose(el, 'When', 'now');
        await waitFor(() => el.status === 'ready' && lists(spy.calls).length > 1, 8000);
        const asked = lists(spy.calls).at(-1)!;
        if (uk) {
          // The server knows opening times: it is asked, and nothing is said about loaded services.
          expect(asked.searchParams.get('day')).to.match(/^(MO|TU|WE|TH|FR|SA|SU)$/);
          expect(asked.searchParams.get('start_time')).to.match(/^\d\d:\d\d$/);
          expect(asked.searchParams.get('end_time')).to.match(/^\d\d:\d\d$/);
          expect(shadowText(el)).not.to.contain('only look at the services loaded so far');
        } else {
          expect(asked.searchParams.get('full')).to.equal('true');
          expect(asked.searchParams.has('day')).to.equal(false);
          expect(shadowText(el)).to.contain('These filters only look at the services loaded so far, not the whole directory: When.');
        }
        expect(spy.calls.every((c) => c.status === 200)).to.equal(true);
        // A distance from the page's place needs locations.
        await choose(el, 'When', '');
        await waitFor(() => el.status === 'ready' && !lists(spy.calls).at(-1)!.searchParams.has('full'), 8000);
        el.origin = '37.77,-122.42';
        await waitFor(() => el.status === 'ready' && lists(spy.calls).at(-1)!.searchParams.get('full') === 'true', 8000);
        await waitFor(() => /\d+(\.\d+)? (mi|km)/.test(shadowText(el)), 5000);
      } finally {
        spy.restore();
      }
    });

    it(uk ? 'sends the age to the server (UK profile) and counts what it counts' : 'keeps the age out of the request (not in this profile) and says it checks only loaded services', async () => {
      const spy = spyFetch();
      try {
        const el = await remote(base);
        await waitFor(() => el.status === 'ready', 8000);
        await openFilters(el);
        await choose(el, 'Age of the person who needs help', '70');
        if (uk) {
          await waitFor(() => el.status === 'ready' && lists(spy.calls).at(-1)!.searchParams.get('minimum_age') === '70', 8000);
          const asked = lists(spy.calls).at(-1)!;
          expect(asked.searchParams.get('maximum_age')).to.equal('70');
          const total = (await allIds(asked)).length;
          await el.updateComplete;
          expect(shadowText(el)).to.match(new RegExp(`Showing 25 of ${total} services|${total} services found`));
          expect(shadowText(el)).not.to.contain('only look at the services loaded so far');
        } else {
          await new Promise((r) => setTimeout(r, 200));
          expect(lists(spy.calls).some((u) => u.searchParams.has('minimum_age'))).to.equal(false);
          expect(shadowText(el)).to.contain('not the whole directory: Age of the person who needs help.');
        }
        expect(spy.calls.every((c) => c.status === 200)).to.equal(true);
      } finally {
        spy.restore();
      }
    });

    it('asks /service_at_locations for a postcode and proximity, and reads its items as services', async () => {
      const spy = spyFetch();
      try {
        const search = new RemoteSearch(new URL(base, location.href).href, { postcode: '94122', proximity: 3000, perPage: 100 }, { timeoutMs: 8000, maxBytes: 8_000_000 });
        const services = (await search.loadNext(new AbortController().signal)) as { id: string; name: string }[];
        const asked = lists(spy.calls, '/service_at_locations');
        expect(asked).to.have.length(1);
        expect(asked[0]!.searchParams.get('postcode')).to.equal('94122');
        expect(asked[0]!.searchParams.get('proximity')).to.equal('3000');
        expect(spy.calls.every((c) => c.status === 200)).to.equal(true);
        expect(services.length).to.be.greaterThan(0);
        expect(services.every((s) => typeof s.name === 'string' && s.name.length > 0)).to.equal(true);
        expect(new Set(services.map((s) => s.id)).size).to.equal(services.length);
      } finally {
        spy.restore();
      }
    });

    it('keeps what the person typed out of every error and intake-error', async () => {
      const el = await remote(base, (e) => (e.timeout = 5000));
      await waitFor(() => el.status === 'ready', 8000);
      const errors = capture(el, 'intake-error');
      // Any answer now passes the size cap, so the next search fails.
      el.maxResponseBytes = 50;
      await type(el, PRIVATE);
      await waitFor(() => el.status === 'error', 8000);
      await el.updateComplete;
      expect(errors.length).to.be.greaterThan(0);
      for (const e of errors) {
        expect(e.message).not.to.contain('husband');
        expect(e.message).not.to.contain('husband'.replace(/ /g, '%20'));
        expect(e.message).not.to.contain('search=');
      }
      expect(shadowText(el)).not.to.contain('husband');
    });
  });
}

conformance('the strict HSDS 3.0 test server', '/hsds-api', { uk: false });
conformance('the strict test server under the UK profile', '/hsds-api-uk', { uk: true });
// server/ (HSDS 3.0 on PostgreSQL): `npm test` starts it and sets HSDS_PG_URL; without it these show as skipped.
conformance('the PostgreSQL HSDS server (server/)', '/hsds-pg', { uk: true, available: () => executeServerCommand<boolean, undefined>('hsds-pg') });

describe('<intake-service-finder api> against the strict HSDS API on 127.0.0.1', () => {
  beforeEach(() => setPageLanguage('en-US'));

  it('the strict server itself rejects what the standard does not allow', async () => {
    for (const q of ['foo=1', 'taxonomy_term_id=a&taxonomy_term_id=b', 'full=yes', 'page=0', 'per_page=1000', 'minimum_age=5']) {
      const r = await fetch(`/hsds-api/services?${q}`);
      expect(r.status, q).to.equal(400);
      const body = (await r.json()) as { title: string; invalid_params: { name: string }[] };
      expect(body.title).to.equal('Invalid parameters');
    }
    expect((await fetch('/hsds-api-uk/services?minimum_age=5&maximum_age=5')).status).to.equal(200);
    const list = (await (await fetch('/hsds-api/services?per_page=1')).json()) as { contents: Record<string, unknown>[] };
    expect(list.contents[0]).not.to.have.property('phones');
    expect(list.contents[0]).not.to.have.property('schedules');
    const full = (await (await fetch('/hsds-api/services?per_page=1&full=true')).json()) as { contents: Record<string, unknown>[] };
    expect(full.contents[0]).to.have.property('schedules');
  });

  it('loads the next page when the person scrolls to the end of the list', async () => {
    const loads: { count: number; skipped: number }[] = [];
    const el = await remote('/hsds-api', (e) => ((e.perPage = 10), e.addEventListener('intake-services-load', (ev) => loads.push(ev.detail))));
    await waitFor(() => el.status === 'ready' && $$(el, '[part="card"]').length === 10);
    expect(loads).to.have.length(1);
    // Scroll the "Show more" button into view, as a person reaching the end of the list would.
    await waitFor(() => !!button(el, 'Show more'));
    button(el, 'Show more')!.scrollIntoView();
    await waitFor(() => $$(el, '[part="card"]').length === 20, 5000);
    expect(loads.map((l) => l.count)).to.deep.equal([10, 10]);
    expect(shadowText(el)).to.contain('Showing 20 of 337 services');
    window.scrollTo(0, 0);
  });

  it('stops paging when the server answers the same page again', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-test/page-one', (e) => (e.perPage = 10));
      await waitFor(() => el.status === 'ready' && $$(el, '[part="card"]').length === 10);
      button(el, 'Show more')!.click();
      await waitFor(() => el.status === 'ready' && !$$(el, '.more').length, 5000);
      expect(lists(spy.calls).map((u) => u.searchParams.get('page'))).to.deep.equal(['1', '2']);
      expect(el.resultCount).to.equal(10);
      expect(shadowText(el)).to.contain('10 services found');
      await new Promise((r) => setTimeout(r, 300));
      expect(lists(spy.calls)).to.have.length(2);
    } finally {
      spy.restore();
    }
  });

  it('stops paging when the server answers a page past its last', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-test/beyond');
      await waitFor(() => el.status === 'ready');
      await el.updateComplete;
      expect(button(el, 'Show more')).to.equal(undefined);
      await new Promise((r) => setTimeout(r, 300));
      expect(lists(spy.calls)).to.have.length(1);
    } finally {
      spy.restore();
    }
  });

  it('does not read an answer bigger than the cap', async () => {
    const el = await remote('/hsds-api-test/huge');
    const errors = capture(el, 'intake-error');
    await waitFor(() => el.status === 'error', 8000);
    await el.updateComplete;
    expect(errors[0]!.code).to.equal('invalid-data');
    expect(errors[0]!.message).to.match(/more than 8000000 bytes/);
    expect(shadowText(el)).to.contain('The directory sent something we could not read.');
  });

  it('a kind of help the directory has no term for asks no list and finds nothing, without an error', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api', (e) => (e.needs = ['no-such-need-here']));
      await waitFor(() => el.status === 'ready');
      await el.updateComplete;
      // (The term list was read once for this server, by this test or an earlier one.)
      expect(lists(spy.calls)).to.have.length(0);
      expect(spy.calls.every((c) => c.status === 200)).to.equal(true);
      expect(el.resultCount).to.equal(0);
      await waitFor(() => shadowText(el).includes('No services match yet.'));
    } finally {
      spy.restore();
    }
  });

  it('sends the search debounced, and aborts superseded requests', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-test/slow-300', (e) => (e.debounce = 150));
      await waitFor(() => el.status === 'ready', 5000);
      const before = lists(spy.calls).length;
      // Typing fast: one request after the pause, not one per key.
      for (const t of ['p', 'pa', 'pan', 'pant', 'pantry']) await type(el, t);
      await waitFor(() => lists(spy.calls).length > before);
      await new Promise((r) => setTimeout(r, 50));
      expect(lists(spy.calls).length - before).to.equal(1);
      expect(lists(spy.calls).at(-1)!.searchParams.get('search')).to.equal('pantry');
      // A new search while that one is on its way aborts it.
      const inFlight = spy.calls.at(-1)!.signal!;
      await type(el, 'groceries');
      await waitFor(() => inFlight.aborted, 2000);
      await waitFor(() => el.status === 'ready' && lists(spy.calls).at(-1)!.searchParams.get('search') === 'groceries', 5000);
      expect(el.resultCount).to.be.greaterThan(0);
    } finally {
      spy.restore();
    }
  });

  it('says when the server is slow, and stays usable', async () => {
    const el = await remote('/hsds-api-test/slow-1200', (e) => (e.slowAfter = 200));
    await waitFor(() => shadowText(el).includes('Still looking. The directory is slow to answer.'));
    // Not frozen: the search box and filters still take input.
    await type(el, 'food');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('food');
    await waitFor(() => el.status === 'ready', 8000);
    expect(el.resultCount).to.be.greaterThan(0);
  });

  it('gives up after the timeout with a clear message and Try again, and the message has no search words', async () => {
    const el = await remote('/hsds-api-test/slow-3000', (e) => (e.timeout = 300));
    const errors = capture(el, 'intake-error');
    await type(el, PRIVATE);
    await waitFor(() => el.status === 'error', 3000);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The directory is taking too long to answer.');
    expect(errors[0]!.code).to.equal('network');
    expect(errors.map((e) => e.message).join(' ')).not.to.contain('husband');
    expect(button(el, 'Try again')).to.exist;
  });

  it('a 500 shows an error with Try again, and Try again recovers', async () => {
    const el = await remote(`/hsds-api-test/fail-once-${Math.random().toString(36).slice(2)}`);
    const errors = capture(el, 'intake-error');
    await waitFor(() => el.status === 'error');
    await el.updateComplete;
    expect(errors[0]).to.include({ code: 'network', source: 'intake-service-finder' });
    expect(errors[0]!.message).to.contain('500');
    expect(shadowText(el)).to.contain('We could not reach the directory right now.');
    await expect(el).to.be.accessible();
    button(el, 'Try again')!.click();
    await waitFor(() => el.status === 'ready');
    expect(el.resultCount).to.equal(25);
  });

  it('a server that always fails stays in the error state, and no message carries the search', async () => {
    const el = await remote('/hsds-api-test/500');
    const errors = capture(el, 'intake-error');
    await type(el, PRIVATE);
    await waitFor(() => el.status === 'error');
    button(el, 'Try again')!.click();
    await el.updateComplete;
    await waitFor(() => el.status === 'error');
    expect($(el, '.notice.error')).to.exist;
    expect(errors.length).to.be.greaterThan(0);
    expect(errors.map((e) => e.message).join(' ')).not.to.match(/husband|search=/);
  });

  it('bad JSON is reported as invalid data, with a message for the person', async () => {
    const el = await remote('/hsds-api-test/badjson');
    const errors = capture(el, 'intake-error');
    await waitFor(() => el.status === 'error');
    await el.updateComplete;
    expect(errors[0]!.code).to.equal('invalid-data');
    expect(shadowText(el)).to.contain('The directory sent something we could not read.');
  });

  it('opening a service asks the API for the full record', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api');
      const select = capture(el, 'intake-service-select');
      await waitFor(() => el.status === 'ready');
      await waitFor(() => $$(el, '.name-button').length > 0);
      const first = $<HTMLButtonElement>(el, '.name-button');
      first.click();
      await el.updateComplete;
      expect(select[0]).to.include({ action: 'open', serviceId: first.dataset.id });
      await waitFor(() => spy.calls.some((c) => c.url.endsWith(`/hsds-api/services/${first.dataset.id}`)));
      // The list item had no phones; the full record brings them.
      await waitFor(() => !!$(el, '[part="detail"] a[href^="tel:"]'), 5000);
    } finally {
      spy.restore();
    }
  });

  it('removing the element aborts what is in flight', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-test/slow-2000');
      await waitFor(() => spy.calls.length > 0);
      const signal = spy.calls[0]!.signal!;
      el.remove();
      expect(signal.aborted).to.equal(true);
    } finally {
      spy.restore();
    }
  });
});
