// The HSDS server against a real (embedded) PostgreSQL with the sample directory loaded: every
// endpoint and parameter, the problem bodies, hostile input, the safety settings, and imports.
// Run: npm test -- server   (or: node scripts/test-server.mjs)
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import pg, { type Pool } from 'pg';
import { buildApp, type AppOptions } from '../src/app.js';
import { migrate, readPool, writePool, type Connection } from '../src/db.js';
import { startEmbedded, type Embedded } from '../src/embedded.js';
import { importFile } from '../src/import.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = process.cwd(); // scripts/test-server.mjs runs from the repository root
const SAMPLE_FILE = join(ROOT, 'demo/data/sample-directory.json');
const CSV_DIR = join(ROOT, 'server/test/fixtures/hsds-csv');
const sample: Json[] = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8'));

let embedded: Embedded | undefined;
let connection: Connection;
let writer: Pool;
let reader: Pool;
let app: FastifyInstance;
const extraApps: FastifyInstance[] = [];

async function get(url: string, headers: Record<string, string> = {}, on = app) {
  const r = await on.inject({ method: 'GET', url, headers });
  const type = String(r.headers['content-type'] ?? '');
  const body: Json = type.includes('json') && !type.includes('ndjson') ? r.json() : {};
  return { status: r.statusCode, type, headers: r.headers, body, raw: r.body };
}
async function appWith(opts: Partial<AppOptions>) {
  const a = await buildApp({ pool: reader, logStream: false, ...opts });
  extraApps.push(a);
  return a;
}
/** Every id a filter gives (minimal answers hold them all in one page). */
async function ids(query: string): Promise<Set<string>> {
  const r = await get(`/services?minimal=true&per_page=10000${query ? `&${query}` : ''}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.total_items, r.body.contents.length);
  return new Set(r.body.contents.map((c: Json) => c.id));
}
const textOf = (s: Json) => JSON.stringify([s.name, s.alternate_name, s.description, s.organization?.name, (s.attributes ?? []).map((a: Json) => a.taxonomy_term?.name)]);

before(async () => {
  connection = process.env.DATABASE_URL ?? (embedded = startEmbedded({ log: () => {} })).connection;
  writer = writePool(connection);
  await migrate(writer);
  if (process.env.DATABASE_URL) await writer.query('TRUNCATE services, organizations, locations, addresses, service_at_locations, phones, schedules, languages, service_areas, attributes, taxonomies, taxonomy_terms, postcodes, search_words');
  const report = await importFile(writer, SAMPLE_FILE);
  assert.equal(report.inserted, sample.length);
  reader = readPool(connection);
  app = await buildApp({ pool: reader, logStream: false, rateLimit: 100000 });
});

after(async () => {
  for (const a of [app, ...extraApps]) await a?.close();
  await reader?.end();
  await writer?.end();
  embedded?.stop();
});

describe('GET / and paging', () => {
  test('GET / names the version, a profile and the OpenAPI file', async () => {
    const r = await get('/');
    assert.equal(r.status, 200);
    assert.equal(r.body.version, '3.0');
    assert.match(r.body.openapi_url, /^https:\/\/.*openapi\.json$/);
    assert.match(r.body.profile, /^https:\/\//);
  });

  test('a page carries every field the standard lists, with the right numbers', async () => {
    const r = await get('/services?per_page=7&page=2');
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages']);
    assert.equal(r.body.total_items, sample.length);
    assert.equal(r.body.total_pages, Math.ceil(sample.length / 7));
    assert.equal(r.body.page_number, 2);
    assert.equal(r.body.size, 7);
    assert.equal(r.body.first_page, false);
    assert.equal(r.body.last_page, false);
    assert.equal(r.body.empty, false);
    const first = await get('/services?per_page=7&page=1');
    const overlap = first.body.contents.filter((a: Json) => r.body.contents.some((b: Json) => b.id === a.id));
    assert.equal(overlap.length, 0, 'pages do not repeat services');
  });

  test('the last page and a page past the end', async () => {
    const pages = Math.ceil(sample.length / 100);
    const last = await get(`/services?per_page=100&page=${pages}`);
    assert.equal(last.body.last_page, true);
    assert.equal(last.body.size, sample.length - 100 * (pages - 1));
    const past = await get(`/services?per_page=100&page=${pages + 1}`);
    assert.equal(past.status, 200);
    assert.equal(past.body.empty, true);
    assert.deepEqual(past.body.contents, []);
    assert.equal(past.body.total_items, sample.length);
  });
});

describe('GET /services', () => {
  test('list items hold one-to-one fields and the organization; full=true holds everything', async () => {
    const r = await get('/services?per_page=3');
    for (const s of r.body.contents) {
      assert.equal(typeof s.name, 'string');
      assert.equal(s.phones, undefined);
      assert.equal(s.service_at_locations, undefined);
      assert.equal(typeof s.organization.name, 'string');
    }
    const full = await get('/services?per_page=3&full=true');
    for (const s of full.body.contents) assert.deepEqual(s, sample.find((x) => x.id === s.id));
  });

  test('GET /services/{id} answers the compiled service as imported; an unknown id is a 404 problem', async () => {
    const one = sample[17];
    const r = await get(`/services/${encodeURIComponent(one.id)}`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, one);
    const missing = await get('/services/no-such-service');
    assert.equal(missing.status, 404);
    assert.match(missing.type, /application\/problem\+json/);
    assert.equal(missing.body.status, 404);
    assert.equal(missing.body.title, 'Not found');
  });

  test('search finds services by name, description and category, best matches first', async () => {
    const r = await get('/services?search=food&per_page=100&full=true');
    assert.ok(r.body.total_items >= 10);
    for (const s of r.body.contents) assert.match(textOf(s), /food/i);
    assert.match(r.body.contents[0].name, /food/i, 'a name match ranks first');
    const expected = sample.filter((s) => /\bfood/i.test(textOf(s))).length;
    assert.ok(r.body.total_items >= expected * 0.9, `${r.body.total_items} of about ${expected}`);
  });

  test('search forgives a typo, accents, an unfinished last word and Spanish plurals', async () => {
    const clinic = await ids('search=clinic');
    assert.ok(clinic.size > 0);
    assert.deepEqual(await ids('search=clinc'), clinic, 'clinc finds the clinics');
    const accented = sample.find((s) => /Phòng Khám/.test(s.name))!;
    assert.ok((await ids('search=phong%20kham')).has(accented.id), 'phong kham finds Phòng Khám');
    assert.ok((await ids('search=foo')).size >= (await ids('search=food')).size, 'foo finds what food finds');
    const comida = await ids('search=comida');
    assert.ok(comida.size > 0);
    assert.deepEqual(await ids('search=comidas'), comida);
  });

  test('search in Chinese finds names written without spaces', async () => {
    const expected = sample.filter((s) => s.name.includes('食物')).map((s) => s.id);
    assert.ok(expected.length > 0);
    const got = await ids(`search=${encodeURIComponent('食物')}`);
    for (const id of expected) assert.ok(got.has(id));
  });

  test('taxonomy_term_id takes a term (by id or code) with every narrower term', async () => {
    const medical = sample.flatMap((s) => s.attributes).find((a: Json) => a.taxonomy_term.code === '106-06').taxonomy_term;
    const expected = new Set(sample.filter((s) => s.attributes.some((a: Json) => a.taxonomy_term.code.startsWith('106-06'))).map((s) => s.id));
    assert.ok(expected.size > 0);
    assert.deepEqual(await ids(`taxonomy_term_id=${medical.id}`), expected);
    assert.deepEqual(await ids('taxonomy_term_id=106-06'), expected);
    const two = await ids(`taxonomy_term_id=106-06,102`);
    const food = new Set(sample.filter((s) => s.attributes.some((a: Json) => a.taxonomy_term.code.startsWith('102'))).map((s) => s.id));
    assert.equal(two.size, new Set([...expected, ...food]).size, 'a comma-separated list means any of them');
    assert.equal((await ids('taxonomy_term_id=no-such-term')).size, 0);
  });

  test('taxonomy_id and organization_id', async () => {
    const tax = await get('/taxonomies');
    assert.equal(tax.body.total_items, 1);
    const withTerms = sample.filter((s) => s.attributes.length).length;
    assert.equal((await ids(`taxonomy_id=${tax.body.contents[0].id}`)).size, withTerms);
    assert.equal((await ids('taxonomy_id=nope')).size, 0);
    const org = sample[0].organization;
    const expected = new Set(sample.filter((s) => s.organization.id === org.id).map((s) => s.id));
    assert.deepEqual(await ids(`organization_id=${org.id}`), expected);
  });

  test('filters combine with AND', async () => {
    const org = sample.find((s) => /food/i.test(s.name))!.organization;
    const a = await ids('search=food');
    const b = await ids(`organization_id=${org.id}`);
    const c = await ids('taxonomy_term_id=102');
    const both = await ids(`search=food&organization_id=${org.id}&taxonomy_term_id=102`);
    assert.ok(both.size > 0);
    assert.deepEqual(both, new Set([...a].filter((x) => b.has(x) && c.has(x))));
  });

  test('modified_after and minimal', async () => {
    assert.equal((await ids('modified_after=2000-01-01')).size, sample.length);
    assert.equal((await ids('modified_after=2999-01-01T00:00:00Z')).size, 0);
    const r = await get('/services?minimal=true&per_page=2');
    for (const s of r.body.contents) {
      assert.deepEqual(Object.keys(s).sort(), ['id', 'modified_date']);
      assert.ok(!Number.isNaN(Date.parse(s.modified_date)));
    }
  });

  test('UK profile: ages overlap the asked range', async () => {
    const child = await ids('maximum_age=10');
    const expected = sample.filter((s) => s.minimum_age == null || s.minimum_age <= 10).map((s) => s.id);
    assert.deepEqual(child, new Set(expected));
    assert.ok(child.size < sample.length, 'some services are for older people only');
    const senior = await ids('minimum_age=70&maximum_age=80');
    assert.deepEqual(senior, new Set(sample.filter((s) => (s.maximum_age == null || s.maximum_age >= 70) && (s.minimum_age == null || s.minimum_age <= 80)).map((s) => s.id)));
  });

  test('UK profile: day, start_time and end_time find services open then', async () => {
    const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    const openSaturdayMorning = (s: Json) =>
      s.schedules.some((x: Json) => (x.byday ?? '').split(',').includes('SA') && toMin(x.closes_at) > toMin('10:00') && toMin(x.opens_at) < toMin('11:00'));
    const expected = new Set(sample.filter(openSaturdayMorning).map((s) => s.id));
    assert.ok(expected.size > 0 && expected.size < sample.length);
    assert.deepEqual(await ids('day=SA&start_time=10:00&end_time=11:00'), expected);
    assert.deepEqual(await ids('day=saturday&start_time=10:00&end_time=11:00'), expected);
  });

  test('format=ndjson streams every match, one JSON object a line', async () => {
    const r = await get('/services?format=ndjson&search=food');
    assert.equal(r.status, 200);
    assert.match(r.type, /application\/x-ndjson/);
    const lines = String(r.raw).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, (await ids('search=food')).size);
    assert.ok(lines.every((s) => typeof s.id === 'string' && typeof s.name === 'string'));
  });
});

describe('GET /service_at_locations', () => {
  const locs = new Map<string, Json>();
  for (const s of sample) for (const sal of s.service_at_locations) locs.set(sal.location.id, sal.location);
  const in94122 = [...locs.values()].filter((l) => (l.addresses ?? []).some((a: Json) => a.postal_code === '94122'));
  const centroid = { lat: in94122.reduce((t, l) => t + l.latitude, 0) / in94122.length, lon: in94122.reduce((t, l) => t + l.longitude, 0) / in94122.length };
  const meters = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
    const r = Math.PI / 180;
    const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
    return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
  };

  test('postcode: the places in that postcode', async () => {
    const r = await get('/service_at_locations?postcode=94122&per_page=100&full=true');
    assert.equal(r.status, 200);
    const expected = sample.flatMap((s) => s.service_at_locations).filter((sal: Json) => (sal.location.addresses ?? []).some((a: Json) => a.postal_code === '94122'));
    assert.equal(r.body.total_items, expected.length);
    for (const sal of r.body.contents) {
      assert.ok(sal.location.addresses.some((a: Json) => a.postal_code === '94122'));
      assert.equal(typeof sal.service.name, 'string');
    }
  });

  test('proximity: only places within that many meters of the postcode, nearest first', async () => {
    const r = await get('/service_at_locations?postcode=94122&proximity=1500&per_page=100&full=true');
    assert.equal(r.status, 200);
    assert.ok(r.body.total_items > 0);
    const d = r.body.contents.map((sal: Json) => meters(centroid, { lat: sal.location.latitude, lon: sal.location.longitude }));
    for (const x of d) assert.ok(x <= 1501, `${x} m`);
    for (let i = 1; i < d.length; i++) assert.ok(d[i] + 1 >= d[i - 1], 'nearest first');
    const all = sample.flatMap((s) => s.service_at_locations).filter((sal: Json) => sal.location.latitude != null && meters(centroid, { lat: sal.location.latitude, lon: sal.location.longitude }) <= 1490);
    assert.ok(r.body.total_items >= all.length);
    const wider = await get('/service_at_locations?postcode=94122&proximity=5000&per_page=1');
    assert.ok(wider.body.total_items > r.body.total_items);
  });

  test('an unknown postcode, or proximity without one, is a 400 problem', async () => {
    const r = await get('/service_at_locations?postcode=00000');
    assert.equal(r.status, 400);
    assert.equal(r.body.invalid_params[0].name, 'postcode');
    const p = await get('/service_at_locations?proximity=1000');
    assert.equal(p.status, 400);
    assert.equal(p.body.invalid_params[0].name, 'proximity');
  });

  test('GET /service_at_locations/{id} holds the service and its location', async () => {
    const sal = sample[3].service_at_locations[0];
    const r = await get(`/service_at_locations/${sal.id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.service.id, sample[3].id);
    assert.deepEqual(r.body.location, sal.location);
    assert.equal((await get('/service_at_locations/nope')).status, 404);
  });
});

describe('organizations and taxonomies', () => {
  const orgs = new Map(sample.map((s) => [s.organization.id, s.organization]));

  test('GET /organizations lists, searches and nests services', async () => {
    const r = await get('/organizations?per_page=100');
    assert.equal(r.body.total_items, orgs.size);
    const named = [...orgs.values()][0];
    const word = named.name.split(' ')[0];
    const found = await get(`/organizations?search=${encodeURIComponent(word)}`);
    assert.ok(found.body.contents.some((o: Json) => o.id === named.id));
    const full = await get('/organizations?per_page=1&full=true');
    const o = full.body.contents[0];
    assert.equal(o.services.length, sample.filter((s) => s.organization.id === o.id).length);
    assert.equal(o.services[0].phones, undefined);
  });

  test('GET /organizations/{id} with full_service nests full services', async () => {
    const id = sample[0].organization.id;
    const r = await get(`/organizations/${id}?full_service=true`);
    assert.equal(r.status, 200);
    assert.equal(r.body.name, sample[0].organization.name);
    assert.ok(r.body.services.every((s: Json) => Array.isArray(s.phones)));
    assert.equal((await get('/organizations/nope')).status, 404);
  });

  test('GET /taxonomy_terms filters by taxonomy, parent and top level', async () => {
    const terms = new Map(sample.flatMap((s) => s.attributes).map((a: Json) => [a.taxonomy_term.id, a.taxonomy_term]));
    const all = await get('/taxonomy_terms?per_page=100');
    assert.equal(all.body.total_items, terms.size);
    const top = await get('/taxonomy_terms?top_only=true&per_page=100');
    assert.equal(top.body.total_items, [...terms.values()].filter((t) => !t.parent_id).length);
    const medical = [...terms.values()].find((t) => t.code === '106-06')!;
    const kids = await get(`/taxonomy_terms?parent_id=${medical.id}&per_page=100`);
    assert.deepEqual(kids.body.contents.map((t: Json) => t.code).sort(), [...terms.values()].filter((t) => t.parent_id === medical.id).map((t) => t.code).sort());
    const tax = (await get('/taxonomies')).body.contents[0];
    assert.equal((await get(`/taxonomy_terms?taxonomy_id=${tax.id}`)).body.total_items, terms.size);
    assert.equal((await get(`/taxonomies/${tax.id}`)).body.name, 'Open Eligibility');
    const one = await get(`/taxonomy_terms/${medical.id}`);
    assert.equal(one.body.name, medical.name);
    const search = await get('/taxonomy_terms?search=medical');
    assert.ok(search.body.contents.some((t: Json) => t.id === medical.id));
  });
});

describe('bad input: 400 problems, never a 500', () => {
  const cases: [string, string][] = [
    ['/services?page=0', 'page'],
    ['/services?page=abc', 'page'],
    ['/services?per_page=101', 'per_page'],
    ['/services?per_page=-1', 'per_page'],
    ['/services?full=maybe', 'full'],
    ['/services?minimal=2', 'minimal'],
    ['/services?modified_after=yesterday', 'modified_after'],
    ['/services?modified_after=2024-02-31T99:00', 'modified_after'],
    ['/services?day=funday', 'day'],
    ['/services?start_time=25:00', 'start_time'],
    ['/services?start_time=12:00&end_time=09:00', 'start_time'],
    ['/services?minimum_age=-1', 'minimum_age'],
    ['/services?minimum_age=30&maximum_age=10', 'minimum_age'],
    ['/services?format=xml', 'format'],
    ['/services?page=1&page=2', 'page'],
    [`/services?search=${'x'.repeat(201)}`, 'search'],
    ['/services?search=a%00b', 'search'],
    [`/services?taxonomy_term_id=${Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')}`, 'taxonomy_term_id'],
    ['/service_at_locations?postcode=%3Cscript%3E', 'postcode'],
    ['/service_at_locations?postcode=94122&proximity=far', 'proximity'],
    ['/taxonomy_terms?top_only=yes', 'top_only'],
    ['/organizations?full_service=maybe', 'full_service'],
  ];
  for (const [url, name] of cases) {
    test(`${url.slice(0, 70)} names ${name}`, async () => {
      const r = await get(url);
      assert.equal(r.status, 400);
      assert.match(r.type, /^application\/problem\+json/);
      assert.equal(r.body.status, 400);
      assert.equal(typeof r.body.type, 'string');
      assert.equal(typeof r.body.title, 'string');
      assert.ok(r.body.invalid_params.some((p: Json) => p.name === name), JSON.stringify(r.body));
      assert.ok(!r.raw.includes('<script>') && !r.raw.includes('funday') && !r.raw.includes('xxxxxxxxxx'), 'the answer does not echo the value');
    });
  }
  test('an over-long address is a 414 problem; other methods a 405 problem', async () => {
    const long = await get(`/services?search=${'y'.repeat(5000)}`);
    assert.equal(long.status, 414);
    assert.match(long.type, /problem\+json/);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      const r = await app.inject({ method, url: '/services', payload: { id: 'x' } });
      assert.ok([405, 413, 415].includes(r.statusCode), `${method} -> ${r.statusCode}`);
    }
    assert.equal((await get('/no-such-path')).status, 404);
  });
});

describe('hostile strings (SQL injection and friends)', () => {
  const HOSTILE = [
    "' OR 1=1 --",
    "'; DROP TABLE services; --",
    '" OR ""="',
    "1' UNION SELECT id, doc FROM services --",
    "\\'; SELECT pg_sleep(5); --",
    '$1 $2 $$ $$',
    "food') OR ('a'='a",
    '%',
    '_%_',
    '.*',
    '(((',
    "!food & | :* <-> 'x':A",
    '\u202Eevil\u202C',
    'zero\u200Bwidth\u200D',
    '<img src=x onerror="window.__pwned=1">',
    '😀🏳️‍🌈',
    'null',
    'undefined',
    '0x00',
    '١٢٣ مرحبا',
    'x'.repeat(200),
  ];
  const PARAMS = ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id'];

  test('in every text parameter and path: answered as text, the tables intact', async () => {
    for (const h of HOSTILE) {
      const q = encodeURIComponent(h);
      for (const p of PARAMS) {
        const r = await get(`/services?${p}=${q}`);
        assert.ok(r.status === 200 || r.status === 400, `${p}=${h} -> ${r.status}`);
        if (r.status === 200 && p !== 'search') assert.equal(r.body.total_items, 0, `${p}=${h} matches nothing`);
      }
      for (const path of ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
        const r = await get(`/${path}/${q}`);
        assert.ok([400, 404].includes(r.status), `/${path}/${h} -> ${r.status}`);
      }
      assert.ok([200, 400].includes((await get(`/organizations?search=${q}`)).status));
      assert.ok([200, 400].includes((await get(`/taxonomy_terms?search=${q}`)).status));
    }
    const orAll = await get(`/services?search=${encodeURIComponent("' OR 1=1 --")}`);
    assert.ok(orAll.body.total_items < sample.length, 'OR 1=1 does not widen the search');
    assert.equal((await writer.query('SELECT count(*)::int AS n FROM services')).rows[0].n, sample.length);
  });

  test('any string at all as search: 200 or 400, never a 500 (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60, unit: 'binary' }), async (s) => {
        const r = await app.inject({ method: 'GET', url: `/services?per_page=1&search=${encodeURIComponent(s)}` });
        return r.statusCode === 200 || r.statusCode === 400;
      }),
      { numRuns: 60 },
    );
  });

  test('the API connection cannot write, even if a query tried', async () => {
    await assert.rejects(reader.query('DELETE FROM services'), /read-only/);
  });
});

describe('safety settings', () => {
  test('per-IP rate limit answers 429 with a problem body', async () => {
    const limited = await appWith({ rateLimit: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await get('/', {}, limited)).status, 200);
    const r = await get('/', {}, limited);
    assert.equal(r.status, 429);
    assert.match(r.type, /problem\+json/);
    assert.equal(r.body.status, 429);
    assert.match(r.body.detail, /3 requests a minute/);
    const other = await limited.inject({ method: 'GET', url: '/', remoteAddress: '10.0.0.9' });
    assert.equal(other.statusCode, 200, 'another address is not limited');
  });

  test('CORS: only origins on the allow-list get access', async () => {
    const a = await appWith({ corsOrigins: ['https://intake.example.org'] });
    const ok = await get('/services?per_page=1', { origin: 'https://intake.example.org' }, a);
    assert.equal(ok.headers['access-control-allow-origin'], 'https://intake.example.org');
    const no = await get('/services?per_page=1', { origin: 'https://evil.example' }, a);
    assert.equal(no.headers['access-control-allow-origin'], undefined);
    const none = await get('/services?per_page=1', { origin: 'https://intake.example.org' });
    assert.equal(none.headers['access-control-allow-origin'], undefined, 'no allow-list: same-origin only');
  });

  test('logs leave out what people searched for unless asked', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) });
    const quiet = await appWith({ logStream: stream });
    await get('/services?search=my%20private%20worry', {}, quiet);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /GET \/services 200/);
    assert.ok(!/private|worry|search=/.test(lines.join('')));
    const loud = await appWith({ logStream: stream, logQueries: true });
    await get('/services?search=asked', {}, loud);
    assert.match(lines.join(''), /search=asked/);
  });

  test('no admin endpoint without a token; with one, only the right bearer gets in', async () => {
    assert.equal((await get('/admin/status')).status, 404);
    const a = await appWith({ adminToken: 'correct horse battery staple' });
    assert.equal((await get('/admin/status', {}, a)).status, 401);
    assert.equal((await get('/admin/status', { authorization: 'Bearer wrong' }, a)).status, 401);
    const ok = await get('/admin/status', { authorization: 'Bearer correct horse battery staple' }, a);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.counts.services, sample.length);
  });

  test('over real HTTP on 127.0.0.1, with a CORS preflight', async () => {
    const a = await appWith({ corsOrigins: ['http://127.0.0.1:8000'] });
    const address = await a.listen({ port: 0, host: '127.0.0.1' });
    const pre = await fetch(`${address}/services`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:8000', 'access-control-request-method': 'GET' } });
    assert.equal(pre.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');
    const r = await fetch(`${address}/services?search=food&per_page=2`, { headers: { origin: 'http://127.0.0.1:8000' } });
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as Json).size, 2);
  });
});

describe('import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hsds-import-'));
  const base = (id: string, extra: Json = {}) => ({ id, name: `Import test ${id}`, status: 'active', description: 'Warm meals every evening.', ...extra });

  test('NDJSON: good lines stored, bad ones skipped with the reason', async () => {
    const file = join(dir, 'a.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify(base('imp-1', { organization: { id: 'imp-org', name: 'Import Org' }, phones: [{ id: 'imp-ph-1', number: '555-0100' }] })),
        '{ not json',
        JSON.stringify({ name: 'no id' }),
        JSON.stringify({ id: 'imp-2' }),
        JSON.stringify(base('imp-1')),
        JSON.stringify(base('imp-3', { minimum_age: 'ten' })),
        JSON.stringify(base('imp-4')),
        '',
      ].join('\n'),
    );
    const r = await importFile(writer, file);
    assert.equal(r.format, 'ndjson');
    assert.equal(r.inserted, 2);
    assert.equal(r.skipped, 5);
    assert.deepEqual(
      r.skippedRecords.map((s) => [s.record, s.reason]),
      [
        ['line 2', 'not valid JSON'],
        ['line 3', 'no id'],
        ['line 4', 'no name'],
        ['line 5', 'the same id appears earlier in this file (the first one is kept)'],
        ['line 6', 'minimum_age is not a number'],
      ],
    );
    const one = await get('/services/imp-1');
    assert.equal(one.body.phones[0].number, '555-0100');
    assert.equal((await get('/organizations/imp-org')).body.services.length, 1);
    assert.ok((await ids('search=import%20test%20meals')).has('imp-4'));
  });

  test('re-import changes only what changed, and modified_after sees only that', async () => {
    const file = join(dir, 'b.ndjson');
    const records = [base('imp-5'), base('imp-6'), base('imp-7')];
    writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n'));
    assert.equal((await importFile(writer, file)).inserted, 3);
    const again = await importFile(writer, file);
    assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 3]);
    await new Promise((r) => setTimeout(r, 20));
    const since = new Date().toISOString();
    records[1].description = 'Now with breakfast too.';
    writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n'));
    const changed = await importFile(writer, file);
    assert.deepEqual([changed.inserted, changed.updated, changed.unchanged], [0, 1, 2]);
    assert.deepEqual(await ids(`modified_after=${since}`), new Set(['imp-6']));
    assert.ok((await ids('search=breakfast')).has('imp-6'));
  });

  test('compiled JSON as a page or a single service; service areas decide postcode coverage', async () => {
    const square = (lon: number, lat: number, d: number) =>
      JSON.stringify({ type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] });
    const loc94122 = sample.flatMap((s) => s.service_at_locations).find((sal: Json) => sal.location.addresses?.[0]?.postal_code === '94122').location;
    const far = { id: 'imp-loc-far', location_type: 'physical', name: 'Far away', latitude: 38.5, longitude: -121.5, addresses: [] };
    const page = {
      total_items: 2,
      contents: [
        base('imp-area-in', { service_areas: [{ id: 'imp-a1', name: 'West side', extent: square(loc94122.longitude, loc94122.latitude, 0.05), extent_type: 'geojson' }], service_at_locations: [{ id: 'imp-sal-1', location: far }] }),
        base('imp-area-out', { service_areas: [{ id: 'imp-a2', name: 'Elsewhere', extent: square(-121.5, 38.5, 0.05), extent_type: 'geojson' }], service_at_locations: [{ id: 'imp-sal-2', location: far }] }),
      ],
    };
    const file = join(dir, 'page.json');
    writeFileSync(file, JSON.stringify(page));
    const r = await importFile(writer, file);
    assert.equal(r.inserted, 2);
    const got = await get('/service_at_locations?postcode=94122&per_page=100');
    const sids = got.body.contents.map((x: Json) => x.service_id);
    assert.ok(sids.includes('imp-area-in'), 'an area that covers the postcode counts');
    assert.ok(!sids.includes('imp-area-out'), 'an area elsewhere does not');
    const single = join(dir, 'one.json');
    writeFileSync(single, JSON.stringify(base('imp-single')));
    assert.equal((await importFile(writer, single)).inserted, 1);
    assert.equal((await get('/services/imp-single')).status, 200);
    await assert.rejects(importFile(writer, join(dir, 'missing.json')), /No such file/);
    writeFileSync(join(dir, 'broken.json'), '[{"id": ');
    await assert.rejects(importFile(writer, join(dir, 'broken.json')), /not valid JSON/);
  });

  test('a first load (empty tables, one connection) stores what an update stores, and rebuilds every index', async () => {
    // Its own schema, so the tables start empty: the bulk path drops the secondary indexes and builds them at the end.
    const bulk = new pg.Pool({ ...(typeof connection === 'string' ? { connectionString: connection } : connection), max: 1, options: '-c search_path=hsds_bulk,public' });
    try {
      await bulk.query('DROP SCHEMA IF EXISTS hsds_bulk CASCADE; CREATE SCHEMA hsds_bulk');
      await migrate(bulk);
      const indexes = async () => (await bulk.query<{ n: string }>(`SELECT indexname AS n FROM pg_indexes WHERE schemaname = 'hsds_bulk' ORDER BY 1`)).rows.map((r) => r.n);
      const before = await indexes();
      assert.ok(before.includes('services_search_vector') && before.includes('services_search_text'));
      const file = join(dir, 'bulk.ndjson');
      const shared = { id: 'bulk-ph', number: '555-0199' }; // the same child id in two services: stored once, no failure
      writeFileSync(
        file,
        [
          JSON.stringify(base('bulk-1', { description: 'Hot showers and lockers.', phones: [shared], attributes: [{ id: 'bulk-at', taxonomy_term: { id: 'bulk-t', name: 'Hygiene', taxonomy: 'Test' } }] })),
          JSON.stringify(base('bulk-2', { phones: [shared] })),
          JSON.stringify(base('bulk-1')),
          '{ broken',
        ].join('\n'),
      );
      const r = await importFile(bulk, file);
      assert.deepEqual([r.inserted, r.updated, r.unchanged, r.skipped], [2, 0, 0, 2]);
      assert.deepEqual(await indexes(), before, 'every index is back');
      const hit = await bulk.query(`SELECT id FROM services WHERE search_vector @@ hsds_search_query('showers hygiene') ORDER BY id`);
      assert.deepEqual(hit.rows, [{ id: 'bulk-1' }]);
      const phone = await bulk.query(`SELECT service_id FROM phones WHERE id = 'bulk-ph'`);
      assert.equal(phone.rows.length, 1);
      assert.ok(['bulk-1', 'bulk-2'].includes(phone.rows[0].service_id));
      assert.equal((await bulk.query(`SELECT count(*)::int AS n FROM search_words WHERE word IN ('showers', 'lockers', 'hygiene')`)).rows[0].n, 3);
      // The same file through the update path (two connections, tables not empty) stores the same rows.
      const again = await importFile(writer, file);
      assert.equal(again.inserted + again.updated, 2);
      const rows = async (p: Pool) =>
        (await p.query(`SELECT id, doc, data, search_text, search_vector::text AS v FROM services WHERE id LIKE 'bulk-%' ORDER BY id`)).rows.map((x) => ({ ...x, doc: JSON.stringify(x.doc) }));
      assert.deepEqual(await rows(bulk), await rows(writer));
    } finally {
      await bulk.query('DROP SCHEMA IF EXISTS hsds_bulk CASCADE').catch(() => {});
      await bulk.end();
    }
  });

  test('the tabular data package (CSV) becomes compiled services', async () => {
    const r = await importFile(writer, CSV_DIR);
    assert.equal(r.format, 'csv');
    assert.equal(r.skipped, 0);
    assert.ok(r.inserted >= 1);
    const s = await get('/services/ac148810-d857-441c-9679-408f346de14b');
    assert.equal(s.status, 200);
    assert.equal(s.body.name, 'Community Counselling');
    assert.equal(s.body.minimum_age, 12);
    assert.equal(s.body.organization.id, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    assert.ok(s.body.phones.length >= 1);
    assert.ok(s.body.service_at_locations[0].location.addresses.length >= 1);
    assert.ok((await ids('search=counselling')).has('ac148810-d857-441c-9679-408f346de14b'));
    const again = await importFile(writer, join(CSV_DIR, 'services.csv'));
    assert.equal(again.inserted + again.updated, 0, 'importing the same package again changes nothing');
  });
});
