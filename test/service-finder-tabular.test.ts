// (tabular.js, which holds the CSV parser, is imported only inside the tests that call it: the first test
// checks that the page has not loaded the parser.)
// Directories as people publish them: an HSDS tabular data package (datapackage.json + CSV, the 3.0
// layout and the older 1.1/2.0 one), and Open Referral UK JSON. Each becomes the same records the JSON
// path makes, with a load report; bad CSV tells the person kindly and the host exactly, and never throws.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { loadCounts, loadDirectory, workerSupport, type LoadedDirectory } from '../src/service-finder/load.js';
import { normalizeServices, type NormalizedService } from '../src/service-finder/hsds.js';
import { capture, shadowText, waitFor, ignoreResizeObserverNotice } from './helpers.js';

ignoreResizeObserverNotice();
const DIR = '/test/fixtures/tabular';
const abs = (path: string) => new URL(path, location.href).href;
const load = (path: string): Promise<LoadedDirectory> => loadDirectory({ url: abs(path) }, new AbortController().signal);
const byId = (services: NormalizedService[], id: string) => services.find((s) => s.id === id)!;

/** Anything thrown and not caught while `run` goes on (a worker's or a promise's error reaching the page). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

describe('service finder: the CSV parser loads only when a data package does', () => {
  // First in this file: the page has loaded nothing of csv-parse yet.
  const csvParserLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('/csv-parse/'));
  let saved: boolean;
  before(() => (saved = workerSupport.enabled));
  after(() => (workerSupport.enabled = saved));

  it('a JSON directory does not load it on the page; a data package loads it on demand', async () => {
    workerSupport.enabled = false; // everything on this thread, where the page's resource timing can see it
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder src="${DIR}/oruk/services.json"></intake-service-finder>`);
    await waitFor(() => el.status === 'ready', 10000);
    expect(csvParserLoaded(), 'csv-parse after a JSON load').to.equal(false);
    el.src = `${DIR}/hsds-2.0/datapackage.json`;
    await waitFor(() => el.status === 'ready' && el.loadReport?.format === 'hsds-2-csv', 10000);
    expect(csvParserLoaded(), 'csv-parse after a data package load').to.equal(true);
  });
});

describe('service finder: HSDS 3.0 tabular data package', () => {
  it('the standard example package gives the same records as the same service compiled as JSON', async () => {
    const [csv, json] = await Promise.all([load(`${DIR}/hsds-3.0/datapackage.json`), load(`${DIR}/hsds-3.0/service_full.json`)]);
    expect(csv.format).to.equal('hsds-3-csv');
    expect(json.format).to.equal('hsds-json');
    expect(csv.services.map((s) => s.id)).to.deep.equal(json.services.map((s) => s.id));
    expect(csv.services).to.have.length(1);
    // The one difference is upstream's: attributes.csv links its attribute to a link_id that is no record in
    // the package, while service_full.json puts it on the service (see test/fixtures/tabular/README.md).
    expect(json.services[0]!.categories.map((c) => c.name)).to.deep.equal(['name']);
    expect(csv.services[0]!.categories).to.deep.equal([]);
    csv.services.forEach((s, i) => expect({ ...s, categories: [] }, `record ${i}`).to.deep.equal({ ...json.services[i]!, categories: [] }));
    // Both report the example's impossible coordinates (100, 101) the same way, and keep the service.
    expect(csv.skipped).to.equal(0);
    expect(csv.dropped).to.equal(json.dropped);
    expect(csv.reasons).to.deep.equal(json.reasons);
    const s = csv.services[0]!;
    expect(s.phones.map((p) => p.number)).to.deep.equal(['"+44 1234 234567"']);
    expect(s.languages).to.deep.equal(['ur']);
    expect(s.requiredDocuments?.[0]).to.match(/^Any official identification document/);
    expect(s.locations[0]!.address).to.deep.equal(['1-30 Main Street', 'MyVillage', 'MyCity, MyState ABC 1234']);
  });

  it('joins attributes to taxonomy terms (3.0), service_attributes to terms (2.0) and services_taxonomy to taxonomy (1.1)', async () => {
    const files: Record<string, string> = {
      'services.csv': 'id,name,status\ns1,Pantry,active\ns2,Clinic,active\ns3,Shelter,active\n',
      'attributes.csv': 'id,link_id,link_type,link_entity,taxonomy_term_id\na1,s1,,service,t1\na2,o1,,organization,t2\na3,nowhere,,service,t2\n',
      'taxonomy_terms.csv': 'id,code,name,description,parent_id,term\nt1,102-04,Food Pantry,,t0,\nt2,,,x,,Medical Care\n',
      'service_attributes.csv': 'id,service_id,taxonomy_term_id\nb1,s2,t2\nb2,s2,t9\n',
      'services_taxonomy.csv': 'id,service_id,taxonomy_id\nc1,s3,x1\n',
      'taxonomy.csv': 'id,name,parent_id,vocabulary\nx1,Emergency Shelter,x0,AIRS\n',
    };
    const pkg = { resources: Object.keys(files).map((path) => ({ path })) };
    const { readDataPackage } = await import('../src/service-finder/tabular.js');
    const fetched: string[] = [];
    const report = await readDataPackage(pkg, 'https://dir.example/data/datapackage.json', {
      fetchText: async (url) => {
        fetched.push(url);
        return files[url.split('/').pop()!]!;
      },
    });
    expect(fetched.every((u) => u.startsWith('https://dir.example/data/'))).to.equal(true);
    const { services } = normalizeServices(report.records);
    expect(byId(services, 's1').categories).to.deep.equal([{ id: 't1', code: '102-04', name: 'Food Pantry', parentId: 't0' }]);
    expect(byId(services, 's2').categories).to.deep.equal([{ id: 't2', name: 'Medical Care' }]);
    expect(byId(services, 's3').categories).to.deep.equal([{ id: 'x1', name: 'Emergency Shelter', parentId: 'x0' }]);
    expect(report.format).to.equal('hsds-2-csv');
    expect(report.reasons).to.include('taxonomy term "t9" is not in the package; category left out');
    expect(report.reasons).to.include('1 attribute link to no service in the package; left out');
  });

  it('never fetches a resource from another site than the package, and says so', async () => {
    const fetched: string[] = [];
    const { readDataPackage } = await import('../src/service-finder/tabular.js');
    const report = await readDataPackage(
      { resources: [{ name: 'service', path: 'services.csv' }, { name: 'phone', path: 'https://tracker.example/phones.csv' }, { name: 'location', path: '//tracker.example/l.csv' }] },
      'https://dir.example/datapackage.json',
      {
        fetchText: async (url) => {
          fetched.push(url);
          return 'id,name\ns1,Pantry\n';
        },
      },
    );
    expect(fetched).to.deep.equal(['https://dir.example/services.csv']);
    expect(report.dropped).to.equal(2);
    expect(report.reasons.filter((r) => r.includes('not on the same site'))).to.have.length(2);
  });
});

describe('service finder: the HSDS 2.0 (1.1) tabular layout', () => {
  it('a person sees the services of Open Referral’s sample package; the host gets the load report', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/New_York"></intake-service-finder>`);
    const loads = capture(el, 'intake-services-load');
    const errors = capture(el, 'intake-error');
    el.src = `${DIR}/hsds-2.0/datapackage.json`;
    await waitFor(() => el.status === 'ready', 10000);
    // 13 services, 3 of them inactive.
    expect(loads).to.deep.equal([{ count: 10, skipped: 3 }]);
    expect(el.loadReport).to.include({ format: 'hsds-2-csv', count: 10, skipped: 3 });
    expect(el.loadReport!.reasons.filter((r) => r.includes('status inactive'))).to.have.length(3);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('invalid-data');
    expect(errors[0]!.message).to.contain('3 service records skipped');
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.contain('10 services found');
    expect(text).to.contain('Never Homeless Helpline');
    expect(text).to.contain('The City\'s Kitchen');
    expect(text).not.to.contain('Food Safety Program'); // inactive
  });

  it('joins addresses, weekday schedules, languages, eligibility and documents into each record', async () => {
    const loaded = await load(`${DIR}/hsds-2.0/datapackage.json`);
    const s = byId(loaded.services, 'c89eb05c-62dd-4b64-b494-0cc347b6ea7f');
    expect(s.organization).to.equal('Sanctuary Example City');
    expect(s.locations.map((l) => l.address)).to.deep.equal([['Address 1', 'Address 2', 'New York City, NY 10001']]);
    expect(s.languages).to.deep.equal(['en', 'es']);
    expect(s.eligibility).to.equal('adult');
    expect(s.requiredDocuments).to.deep.equal(['Sample required document']);
    expect(s.interpretation).to.equal('over the phone');
    // regular_schedules: weekday 1, 2, 3 at 09:00-17:00 -> Monday, Tuesday, Wednesday 9 to 5.
    expect(s.hours.map((h) => [h.days, h.opens, h.closes])).to.deep.equal([
      [1 << 1, 540, 1020],
      [1 << 2, 540, 1020],
      [1 << 3, 540, 1020],
    ]);
    const young = byId(loaded.services, '25870bcf-7528-4e05-8f0c-7e639075ce71');
    expect([young.locations[0]!.lat, young.locations[0]!.lon]).to.deep.equal([39.428192, -119.897426]);
  });

  it('loads on the main thread too when no Worker may run', async () => {
    const saved = workerSupport.enabled;
    workerSupport.enabled = false;
    try {
      const before = loadCounts.here;
      const loaded = await load(`${DIR}/hsds-2.0/datapackage.json`);
      expect(loadCounts.here - before).to.equal(1);
      expect([loaded.format, loaded.services.length, loaded.skipped]).to.deep.equal(['hsds-2-csv', 10, 3]);
    } finally {
      workerSupport.enabled = saved;
    }
  });
});

describe('service finder: Open Referral UK JSON', () => {
  it('an ORUK /services page becomes the same kind of records, told apart by its content', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="Europe/London"></intake-service-finder>`);
    const loads = capture(el, 'intake-services-load');
    el.src = `${DIR}/oruk/services.json`;
    await waitFor(() => el.status === 'ready', 10000);
    expect(loads).to.deep.equal([{ count: 2, skipped: 1 }]);
    expect(el.loadReport).to.include({ format: 'oruk', count: 2, skipped: 1 });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Family Food Club');
    expect(shadowText(el)).not.to.contain('Closed Youth Club');
    // What a person reads in the details: pounds, not dollars; the padded ORUK address cleaned up.
    el.openService('oruk-sample-2');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('£3.50');
    el.openService('c1b5dd80-7506-4424-9711-fe175fa13eb8');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Stathe, Tamworth, Staffordshire, B77 3JN');

    const loaded = await load(`${DIR}/oruk/services.json`);
    const first = byId(loaded.services, 'c1b5dd80-7506-4424-9711-fe175fa13eb8');
    expect(first.organization).to.equal('Test County Council');
    expect(first.phones.map((p) => p.number)).to.deep.equal(['01827 65779']);
    expect(first.languages).to.deep.equal(['en']);
    expect(first.minAge).to.equal(13);
    expect(first.maxAge, 'ORUK writes 0 for "no upper age"').to.equal(undefined);
    expect(first.categories.map((c) => c.name)).to.deep.equal(['Organisation', 'Support', 'Children', 'Long Term Health Conditions']);
    expect([first.locations[0]!.lat, first.locations[0]!.lon]).to.deep.equal([52.6312, -1.66526]);
    expect(first.locations[0]!.address).to.deep.equal(['75 Sheepcote Lane', 'Stathe, Tamworth, Staffordshire, B77 3JN']);
    expect(first.lastChecked).to.equal('2022-06-01');

    const club = byId(loaded.services, 'oruk-sample-2');
    expect(club.hours.map((h) => [h.days, h.opens, h.closes])).to.deep.equal([[(1 << 2) | (1 << 4), 600, 780]]);
    expect(club.languages).to.deep.equal(['en', 'pl', 'ur']);
    expect(club.free).to.equal(false);
    expect(club.costs).to.deep.equal([{ amount: 3.5, currency: 'GBP', option: 'Per shop', description: 'Each weekly shop' }]);
    expect([club.minAge, club.maxAge], 'ORUK ages of 0 mean "not set"').to.deep.equal([undefined, undefined]);
    expect(club.wheelchair).to.equal(true);
    expect([club.locations[0]!.lat, club.locations[0]!.lon], 'quoted coordinates').to.deep.equal([52.633, -1.692]);
    expect(club.categories).to.deep.equal([{ id: 'bccprimaryservicetype:food', name: 'Food', parentId: 'bccprimaryservicetype:basic-needs' }]);
    expect(club.eligibility).to.equal('Families with children under 18');
  });
});

describe('service finder: broken CSV', () => {
  for (const [folder, expected] of [
    ['broken-quote', /services\.csv: not readable as CSV \(CSV_QUOTE_NOT_CLOSED near line \d+\)/],
    ['missing-column', /services\.csv: missing required column name/],
  ] as const) {
    it(`${folder}: the person reads a kind message and can try again; the host gets why; nothing is thrown`, async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder></intake-service-finder>`);
      const errors = capture(el, 'intake-error');
      const loads = capture(el, 'intake-services-load');
      const thrown = await uncaught(async () => {
        el.src = `${DIR}/${folder}/datapackage.json`;
        await waitFor(() => el.status === 'error', 10000);
      });
      expect(thrown).to.deep.equal([]);
      expect(loads).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'invalid-data', source: 'intake-service-finder' });
      expect(errors[0]!.message).to.match(expected);
      expect(errors[0]!.message, 'no cell text in the message').not.to.contain('Groceries');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('The directory sent something we could not read. Please try again, or come back later.');
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again');
      expect(retry, 'a Try again button').to.exist;
    });
  }

  it('an unreadable phones table is left out with a reason; the services still load', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder></intake-service-finder>`);
    const errors = capture(el, 'intake-error');
    const loads = capture(el, 'intake-services-load');
    el.src = `${DIR}/broken-phones/datapackage.json`;
    await waitFor(() => el.status === 'ready', 10000);
    expect(loads).to.deep.equal([{ count: 2, skipped: 0 }]);
    expect(el.loadReport).to.include({ format: 'hsds-3-csv', dropped: 1 });
    expect(el.loadReport!.reasons).to.deep.equal(['phones.csv: not readable as CSV (CSV_QUOTE_NOT_CLOSED near line 3); left out']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.message).to.equal('1 unreadable part left out: phones.csv: not readable as CSV (CSV_QUOTE_NOT_CLOSED near line 3); left out');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Food Pantry');
    expect(shadowText(el)).to.contain('Clinic');
  });
});

// 20,000 here (about 20 s a browser); the 100,000-service package takes 75-165 s a browser on this 2-core
// machine, too long for the test command's 15 minutes: it is timed by hand (see the closing note of December 3).
describe('service finder: a 20,000-service data package', () => {
  it('loads off the main thread: no long task over 200 ms on the page while it loads (Chromium measures)', async function () {
    this.timeout(120000);
    const longTasks: number[] = [];
    const canMeasure = (PerformanceObserver.supportedEntryTypes ?? []).includes('longtask');
    const observer = canMeasure ? new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))) : undefined;
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder time-zone="America/Los_Angeles"></intake-service-finder>`);
    const loads = capture(el, 'intake-services-load');
    await new Promise((r) => setTimeout(r, 100)); // let the fixture's own first render settle before measuring
    observer?.observe({ type: 'longtask' });
    const loadBefore = await executeServerCommand<number, undefined>('machine-load');
    const started = performance.now();
    el.src = '/generated-hsds/20000/datapackage.json';
    await waitFor(() => el.status === 'ready' || el.status === 'error', 110000);
    const seconds = (performance.now() - started) / 1000;
    const machineLoad = Math.max(loadBefore ?? 0, (await executeServerCommand<number, undefined>('machine-load')) ?? 0);
    await new Promise((r) => setTimeout(r, 200)); // long-task entries arrive after the task
    observer?.disconnect();
    expect(el.status).to.equal('ready');
    expect(loads).to.deep.equal([{ count: 20000, skipped: 0 }]);
    expect(el.loadReport).to.include({ format: 'hsds-3-csv', count: 20000, dropped: 0 });
    await el.updateComplete;
    expect(shadowText(el)).to.contain('20,000 services found');
    const longest = Math.round(Math.max(0, ...longTasks));
    console.log(`20k package: ${seconds.toFixed(1)} s; main-thread long tasks: ${longTasks.length}, longest ${longest} ms; load average per core ${machineLoad.toFixed(1)}`);
    if (!canMeasure) return;
    // A task's duration is wall-clock time: on a machine with more runnable work than cores the browser waits
    // for a core mid-task and every task looks long. Then the number says nothing; say so instead of passing.
    if (machineLoad > 1) this.skip();
    expect(longest, 'longest main-thread task (ms)').to.be.below(200);
  });
});
