/**
 * A long result list raises no window error (issue 14: "one ResizeObserver loop error with a long list").
 * No ResizeObserver notice is filtered out here, unlike the other service finder tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { setPageLanguage, waitFor } from './helpers.js';

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service ${i} ${'😀'.repeat(i % 7)}`,
    description: i % 3 ? 'Food, a warm meal and groceries to take home. '.repeat(1 + (i % 5)) : '',
    status: 'active',
    phones: [{ id: `p-${i}`, number: '(415) 555-0199' }],
  }));

describe('service finder: a long list', () => {
  before(() => setPageLanguage('en-US'));

  it('3,000 results, scrolled through and resized: no window error', async function () {
    this.timeout(60000);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message || String(e.error));
    window.addEventListener('error', onError);
    try {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder style="display:block;width:360px"></intake-service-finder>`);
      el.services = many(3000);
      await waitFor(() => el.resultCount === 3000, 15000);
      await waitFor(() => el.shadowRoot!.querySelectorAll('[part="card"]').length > 0, 15000);
      for (let i = 0; i < 12; i++) {
        window.scrollTo(0, (document.documentElement.scrollHeight * i) / 12);
        el.style.width = i % 2 ? '320px' : '640px';
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(el.shadowRoot!.querySelectorAll('[part="card"]').length, 'cards on screen').to.be.greaterThan(0);
    } finally {
      window.removeEventListener('error', onError);
      window.scrollTo(0, 0);
    }
    expect(errors).to.deep.equal([]);
  });
});
