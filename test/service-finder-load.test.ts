import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { loadCounts } from '../src/service-finder/load.js';
import { capture, shadowText, waitFor, ignoreResizeObserverNotice } from './helpers.js';

ignoreResizeObserverNotice();
const SAMPLE = '/demo/data/sample-directory.json';

/** 337 sample services four times over (new ids): big enough to go to the worker in parts and come back in chunks. */
async function bigDirectory(): Promise<unknown[]> {
  const records = (await (await fetch(SAMPLE)).json()) as { id: string }[];
  return [0, 1, 2, 3].flatMap((copy) => records.map((r) => ({ ...r, id: `${r.id}-${copy}` })));
}

// Loading a directory never blocks the page: parse, validate, normalize and index happen in the Worker,
// whether the host gives a URL or the records themselves.
describe('service finder: where a directory is loaded', () => {
  // The opening-hours code (open now, "Open until 5 pm") is not needed before there are services to show.
  it('loads the opening-hours code with the directory, not with the element', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((e) => /\/open-now\.[jt]s/.test(e.name));
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles"></intake-service-finder>`);
    await el.updateComplete;
    expect(loaded(), 'open-now loaded before any directory').to.equal(false);
    el.src = SAMPLE;
    await waitFor(() => el.status === 'ready', 15000);
    expect(loaded(), 'open-now loaded with the directory').to.equal(true);
  });

  for (const how of ['src', 'services'] as const) {
    it(`loads a directory given by ${how} in the Worker, not on the page`, async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles"></intake-service-finder>`);
      const loads = capture(el, 'intake-services-load');
      const before = { ...loadCounts };
      if (how === 'src') el.src = SAMPLE;
      else el.services = await bigDirectory();
      await waitFor(() => el.status === 'ready', 15000);
      const count = how === 'src' ? 337 : 1348;
      expect(loads).to.deep.equal([{ count, skipped: 0 }]);
      expect(loadCounts.worker - before.worker).to.equal(1);
      expect(loadCounts.here - before.here).to.equal(0);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(`${count.toLocaleString('en-US')} services found`);
    });
  }

  it('shows results from the first services while the rest are still arriving, then all of them', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles"></intake-service-finder>`);
    const seen: number[] = [];
    let watching = true;
    const look = () => {
      if (el.status === 'loading' && el.shadowRoot!.querySelector('[part="card"]')) seen.push(el.resultCount);
    };
    let loadingFrames = 0;
    const watch = () => {
      if (!watching) return;
      if (el.status === 'loading') loadingFrames++;
      look();
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // Also on every DOM change: a fast engine may finish loading within a couple of frames.
    const observer = new MutationObserver(look);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    el.services = await bigDirectory();
    await waitFor(() => el.status === 'ready', 15000);
    watching = false;
    observer.disconnect();
    // Only a load that lasts a few frames can be seen painting early; a fast one may finish first.
    if (loadingFrames >= 3) {
      expect(seen.length, 'cards painted while loading').to.be.greaterThan(0);
      expect(Math.min(...seen)).to.be.lessThan(1348);
    }
    expect(el.resultCount).to.equal(1348);
  });
});
