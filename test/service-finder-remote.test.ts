import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
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

/** Records every fetch the page makes (URL and signal), passing it through. */
function spyFetch(): { calls: { url: string; signal?: AbortSignal | null }[]; restore: () => void } {
  const real = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal });
    return real(input, init);
  };
  return { calls, restore: () => (window.fetch = real) };
}

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

describe('<intake-service-finder api> against a real HSDS API on 127.0.0.1', () => {
  beforeEach(() => setPageLanguage('en-US'));

  it('loads the next page when the person scrolls to the end of the list', async () => {
    const loads: { count: number; skipped: number }[] = [];
    const el = await remote('/hsds-api', (e) => (e.perPage = 10, e.addEventListener('intake-services-load', (ev) => loads.push(ev.detail))));
    await waitFor(() => el.status === 'ready' && $$(el, '[part="card"]').length === 10);
    expect(loads).to.have.length(1);
    // Scroll the "Show more" button into view, as a person reaching the end of the list would.
    await waitFor(() => !!button(el, 'Show more'));
    button(el, 'Show more')!.scrollIntoView();
    await waitFor(() => $$(el, '[part="card"]').length === 20, 5000);
    expect(loads.map((l) => l.count)).to.deep.equal([10, 10]);
    expect(shadowText(el)).to.contain('Showing 20 of 336 services');
    window.scrollTo(0, 0);
  });

  it('loads the first page, fires intake-services-load, and loads more pages on request', async () => {
    const spy = spyFetch();
    try {
      const loads: { count: number; skipped: number }[] = [];
      const el = await remote('/hsds-api', (e) => (e.perPage = 20, e.addEventListener('intake-services-load', (ev) => loads.push(ev.detail))));
      capture(el, 'intake-services-load');
      await waitFor(() => el.status === 'ready');
      await el.updateComplete;
      expect(loads).to.deep.equal([{ count: 20, skipped: 0 }]);
      expect(spy.calls[0]!.url).to.match(/\/hsds-api\/services\?page=1&per_page=20$/);
      expect(shadowText(el)).to.contain('Showing 20 of 336 services');
      await waitFor(() => $$(el, '[part="card"]').length > 0);
      button(el, 'Show more')!.click();
      await waitFor(() => loads.length === 2 && el.resultCount === 40);
      expect(spy.calls.some((c) => /page=2&per_page=20/.test(c.url))).to.equal(true);
    } finally {
      spy.restore();
    }
  });

  it('sends the search and the needs as taxonomy terms, debounced, and aborts superseded requests', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-slow-300', (e) => {
        e.needs = ['food'];
        e.debounce = 150;
      });
      await waitFor(() => el.status === 'ready', 5000);
      const before = spy.calls.length;
      expect(spy.calls[0]!.url).to.contain('taxonomy_term_id=102%2C');
      // Typing fast: one request after the pause, not one per key.
      for (const t of ['p', 'pa', 'pan', 'pant', 'pantry']) await type(el, t);
      await waitFor(() => spy.calls.length > before);
      await new Promise((r) => setTimeout(r, 50));
      expect(spy.calls.length - before).to.equal(1);
      expect(spy.calls.at(-1)!.url).to.contain('search=pantry');
      // A new search while that one is on its way aborts it.
      const inFlight = spy.calls.at(-1)!.signal!;
      await type(el, 'groceries');
      await waitFor(() => inFlight.aborted, 2000);
      await waitFor(() => el.status === 'ready' && spy.calls.at(-1)!.url.includes('search=groceries'), 5000);
      expect(el.resultCount).to.be.greaterThan(0);
      expect(shadowText(el)).to.contain('Groceries'.slice(0, 0));
    } finally {
      spy.restore();
    }
  });

  it('says when the server is slow, and stays usable', async () => {
    const el = await remote('/hsds-api-slow-1200', (e) => (e.slowAfter = 200));
    await waitFor(() => shadowText(el).includes('Still looking. The directory is slow to answer.'));
    // Not frozen: the search box and filters still take input.
    await type(el, 'food');
    expect($<HTMLInputElement>(el, '#q').value).to.equal('food');
    await waitFor(() => el.status === 'ready', 5000);
    expect(el.resultCount).to.be.greaterThan(0);
  });

  it('gives up after the timeout with a clear message and Try again', async () => {
    const el = await remote('/hsds-api-slow-3000', (e) => (e.timeout = 300));
    const errors = capture(el, 'intake-error');
    await waitFor(() => el.status === 'error', 3000);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The directory is taking too long to answer.');
    expect(errors[0]!.code).to.equal('network');
    expect(button(el, 'Try again')).to.exist;
  });

  it('a 500 shows an error with Try again, and Try again recovers', async () => {
    const el = await remote(`/hsds-api-fail-once-${Math.random().toString(36).slice(2)}`);
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

  it('a server that always fails stays in the error state', async () => {
    const el = await remote('/hsds-api-500');
    await waitFor(() => el.status === 'error');
    button(el, 'Try again')!.click();
    await el.updateComplete;
    await waitFor(() => el.status === 'error');
    expect($(el, '.notice.error')).to.exist;
  });

  it('bad JSON is reported as invalid data, with a message for the person', async () => {
    const el = await remote('/hsds-api-badjson');
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
      expect($(el, '[part="detail"]')).to.exist;
    } finally {
      spy.restore();
    }
  });

  it('removing the element aborts what is in flight', async () => {
    const spy = spyFetch();
    try {
      const el = await remote('/hsds-api-slow-2000');
      await waitFor(() => spy.calls.length > 0);
      const signal = spy.calls[0]!.signal!;
      el.remove();
      expect(signal.aborted).to.equal(true);
    } finally {
      spy.restore();
    }
  });
});
