// A strict Open Referral HSDS 3.0 API over a JSON directory (by default demo/data/sample-directory.json),
// derived from the standard's own OpenAPI file (/work/shared/data/hsds/schema/openapi.json, copied at
// scripts/hsds-spec/openapi.json): each endpoint takes exactly the query parameters the file lists for it,
// each checked against its schema (an unknown parameter, a repeated one or a bad value is a 400 with a
// problem body, RFC 9457); list items carry only the one-to-one fields of the compiled *_list schemas
// unless `full=true`; every list answers the standard's page fields. Used by the browser tests so that
// remote mode is held to what a conforming server does, and by `npm run hsds-api` for trying it out.
//
// Prefixes:
//   /hsds-api/      the HSDS 3.0 API (`GET /` says version 3.0 and the base profile)
//   /hsds-api-uk/   the same directory under the Open Referral UK profile: `GET /` names the UK profile, and
//                   /services and /service_at_locations also take minimum_age, maximum_age, day, start_time
//                   and end_time (the parameters the UK profile's openapi.json adds)
//   /hsds-api-test/<hook>/  test hooks, for browser tests only (base profile):
//       slow-<ms>        every answer after a delay
//       500              every answer is a 500
//       badjson          every answer is 200 with text that is not JSON
//       fail-once-<id>   the first list request for each <id> is a 500, then normal (for Try again)
//       page-one         lists always answer page 1 (a server that ignores `page`)
//       beyond           lists answer a page_number past total_pages
//       huge             lists answer a body of about 12 MB
// Shared by the test runner plugin (scripts/wtr-plugins.mjs) and the standalone server (scripts/hsds-api-server.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_FILE = join(here, '../demo/data/sample-directory.json');
const SPEC_DIR = join(here, 'hsds-spec');
const PREFIX = /^\/hsds-api(?:-(uk)|-test\/([\w-]{1,60}))?(\/.*)$/;

const BASE_INFO = {
  version: '3.0',
  profile: 'https://docs.openreferral.org/en/3.0/hsds/overview.html',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
};
const UK_INFO = {
  version: '3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
};
// The UK profile's parameters (its schema/openapi.json), added to /services and /service_at_locations.
const UK_PARAMS = [
  { name: 'minimum_age', in: 'query', schema: { type: 'number' } },
  { name: 'maximum_age', in: 'query', schema: { type: 'number' } },
  { name: 'start_time', in: 'query', schema: { type: 'time' } },
  { name: 'end_time', in: 'query', schema: { type: 'time' } },
  { name: 'day', in: 'query', schema: { type: 'string', enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } },
];
// This server's own limits (the standard sets none).
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 25;

const fold = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
const arr = (v) => (Array.isArray(v) ? v : []);

/** Each path's query parameters, `$ref`s resolved: Map<path template, Map<name, schema>>. */
function readSpec(spec, extra = []) {
  const byRef = (p) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p);
  const paths = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    const params = new Map();
    for (const p of [...arr(item.parameters), ...arr(item.get?.parameters)].map(byRef)) if (p.in === 'query') params.set(p.name, p.schema ?? {});
    if (path === '/services' || path === '/service_at_locations') for (const p of extra) params.set(p.name, p.schema);
    paths.set(path, params);
  }
  return paths;
}

/** The one-to-one fields of a compiled list schema: nested objects keep only their own scalar fields. */
function listFields(schemaFile) {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  return Object.entries(schema.properties).map(([name, p]) => ({ name, nested: p.type === 'object' }));
}
const scalars = (o) => (o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).filter(([, v]) => v === null || typeof v !== 'object')) : undefined);
const pick = (record, fields) => {
  const out = {};
  for (const f of fields) {
    const v = record[f.name];
    if (v === undefined) continue;
    if (f.nested) {
      if (v && typeof v === 'object' && !Array.isArray(v)) out[f.name] = scalars(v);
    } else if (v === null || typeof v !== 'object') out[f.name] = v;
  }
  return out;
};

/** Checks a query against an endpoint's parameters; returns `{ values }` or `{ invalid: [{ name, reason }] }`. Never echoes a value. */
function checkQuery(searchParams, allowed) {
  const invalid = [];
  const values = {};
  for (const name of new Set(searchParams.keys())) {
    const schema = allowed.get(name);
    if (!schema) {
      invalid.push({ name, reason: 'not a parameter of this endpoint' });
      continue;
    }
    const all = searchParams.getAll(name);
    if (all.length > 1) {
      invalid.push({ name, reason: 'give this parameter once' });
      continue;
    }
    const raw = all[0];
    const bad = (reason) => invalid.push({ name, reason });
    if (schema.type === 'integer') {
      if (!/^-?\d{1,9}$/.test(raw)) bad('must be a whole number');
      else values[name] = Number(raw);
    } else if (schema.type === 'number') {
      if (!/^-?\d{1,9}(\.\d+)?$/.test(raw)) bad('must be a number');
      else values[name] = Number(raw);
    } else if (schema.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') bad('must be true or false');
      else values[name] = raw === 'true';
    } else if (schema.type === 'time') {
      if (!/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$|^24:00(:00)?$/.test(raw)) bad('must be a time like 09:30');
      else values[name] = raw.slice(0, 5);
    } else if (schema.format === 'datetime') {
      if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw))) bad('must be a date-time like 2024-05-01T12:00:00Z');
      else values[name] = Date.parse(raw);
    } else if (schema.enum && !schema.enum.includes(raw)) bad(`must be one of ${schema.enum.join(', ')}`);
    else values[name] = raw;
  }
  // Values the schema leaves open but the standard's descriptions (or this server's limits) do not.
  if (values.page !== undefined && values.page < 1) invalid.push({ name: 'page', reason: 'must be 1 or more' });
  if (values.per_page !== undefined && !(values.per_page >= 1 && values.per_page <= MAX_PER_PAGE)) invalid.push({ name: 'per_page', reason: `must be 1 to ${MAX_PER_PAGE}` });
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'ndjson') invalid.push({ name: 'format', reason: 'must be json or ndjson' });
  if (values.proximity !== undefined && !(/^\d+(\.\d+)?$/.test(values.proximity) && Number(values.proximity) > 0)) invalid.push({ name: 'proximity', reason: 'must be a distance in meters' });
  if (values.proximity !== undefined && values.postcode === undefined) invalid.push({ name: 'proximity', reason: 'needs a postcode' });
  for (const n of ['minimum_age', 'maximum_age']) if (values[n] !== undefined && values[n] < 0) invalid.push({ name: n, reason: 'must be 0 or more' });
  return invalid.length ? { invalid } : { values };
}

const toMinutes = (t) => (t ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : undefined);
const KM_PER_DEGREE = 111.32;
function meters(a, b) {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(x, b.lat - a.lat) * KM_PER_DEGREE * 1000;
}

/** Returns `handle(url) -> Promise<{ status, headers, body } | undefined>` (undefined: not an API path). */
export function createHsdsApi({ file = DEFAULT_FILE } = {}) {
  const spec = JSON.parse(readFileSync(join(SPEC_DIR, 'openapi.json'), 'utf8'));
  const profiles = { base: readSpec(spec), uk: readSpec(spec, UK_PARAMS) };
  const serviceList = listFields(join(SPEC_DIR, 'service_list.json'));
  const salList = listFields(join(SPEC_DIR, 'service_at_location_list.json'));
  let data;
  const failedOnce = new Set();

  /** The directory, with what the endpoints need worked out once. */
  const load = () => {
    if (data) return data;
    const services = JSON.parse(readFileSync(file, 'utf8'));
    const terms = new Map();
    for (const s of services) for (const a of arr(s.attributes)) if (a.taxonomy_term?.id) terms.set(a.taxonomy_term.id, a.taxonomy_term);
    const orgs = new Map();
    for (const s of services) if (s.organization?.id) orgs.set(s.organization.id, s.organization);
    const sals = services.flatMap((s) => arr(s.service_at_locations).map((sal) => ({ sal, service: s })));
    data = { services, terms, orgs, sals };
    return data;
  };

  const headers = (type) => ({ 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
  const json = (status, value) => ({ status, headers: headers('application/json; charset=utf-8'), body: JSON.stringify(value) });
  const problem = (status, title, detail, extra = {}) => ({
    status,
    headers: headers('application/problem+json'),
    body: JSON.stringify({ type: `urn:hsds-strict-test-server:${title.toLowerCase().replace(/[^a-z]+/g, '-')}`, title, status, detail, ...extra }),
  });

  /** A term and every narrower term under it (by parent_id). */
  const withNarrower = (id) => {
    const { terms } = load();
    const out = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of terms.values()) {
        if (t.parent_id && out.has(t.parent_id) && !out.has(t.id)) {
          out.add(t.id);
          grew = true;
        }
      }
    }
    return out;
  };

  /** The filters of /services and /service_at_locations, AND-combined. */
  const serviceMatches = (v) => {
    const words = fold(v.search ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const termIds = v.taxonomy_term_id !== undefined ? withNarrower(v.taxonomy_term_id) : undefined;
    const start = toMinutes(v.start_time);
    const end = toMinutes(v.end_time);
    return (s) => {
      if (words.length) {
        const hay = fold([s.name, s.alternate_name, s.description, s.organization?.name].join(' '));
        if (!words.every((w) => hay.includes(w))) return false;
      }
      if (termIds && !arr(s.attributes).some((a) => termIds.has(a.taxonomy_term_id ?? a.taxonomy_term?.id))) return false;
      if (v.taxonomy_id !== undefined && !arr(s.attributes).some((a) => a.taxonomy_term?.taxonomy_id === v.taxonomy_id)) return false;
      if (v.organization_id !== undefined && (s.organization_id ?? s.organization?.id) !== v.organization_id) return false;
      if (v.modified_after !== undefined && !(Date.parse(s.last_modified ?? '') >= v.modified_after)) return false;
      // UK profile ages: the person's age range overlaps the service's (a missing bound is open).
      if (v.minimum_age !== undefined && typeof s.maximum_age === 'number' && s.maximum_age < v.minimum_age) return false;
      if (v.maximum_age !== undefined && typeof s.minimum_age === 'number' && s.minimum_age > v.maximum_age) return false;
      if (v.day !== undefined || start !== undefined || end !== undefined) {
        const open = arr(s.schedules).some((sc) => {
          if (v.day !== undefined && !String(sc.byday ?? '').split(',').includes(v.day)) return false;
          if (start !== undefined && !(toMinutes(sc.closes_at) > start)) return false;
          if (end !== undefined && !(toMinutes(sc.opens_at) < end)) return false;
          return true;
        });
        if (!open) return false;
      }
      return true;
    };
  };

  const page = (all, v, item) => {
    const perPage = v.per_page ?? DEFAULT_PER_PAGE;
    const number = v.page ?? 1;
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    const contents = all.slice((number - 1) * perPage, number * perPage).map(item);
    return { total_items: all.length, total_pages: totalPages, page_number: number, size: contents.length, first_page: number === 1, last_page: number >= totalPages, empty: contents.length === 0, contents };
  };
  const answer = (all, v, item) =>
    v.format === 'ndjson'
      ? { status: 200, headers: headers('application/x-ndjson'), body: all.map((x) => `${JSON.stringify(item(x))}\n`).join('') }
      : json(200, page(all, v, item));

  const lists = {
    '/services': (v) => {
      const hits = load().services.filter(serviceMatches(v));
      if (v.minimal) return answer(hits, v, (s) => ({ id: s.id, modified_date: s.last_modified }));
      return answer(hits, v, (s) => (v.full ? s : pick(s, serviceList)));
    },
    '/service_at_locations': (v) => {
      const { sals } = load();
      const matches = serviceMatches(v);
      let hits = sals.filter((x) => matches(x.service));
      if (v.postcode !== undefined) {
        const code = v.postcode.replace(/\s/g, '').toUpperCase();
        const hasCode = (x) => arr(x.sal.location?.addresses).some((a) => String(a.postal_code ?? '').replace(/\s/g, '').toUpperCase() === code);
        const placed = hits.filter(hasCode).map((x) => x.sal.location);
        if (!placed.length) return problem(400, 'Unknown postcode', 'No location in this directory has that postcode.', { invalid_params: [{ name: 'postcode', reason: 'not known to this directory' }] });
        const centre = { lat: placed.reduce((a, l) => a + l.latitude, 0) / placed.length, lon: placed.reduce((a, l) => a + l.longitude, 0) / placed.length };
        const at = (x) => (typeof x.sal.location?.latitude === 'number' ? meters(centre, { lat: x.sal.location.latitude, lon: x.sal.location.longitude }) : Infinity);
        hits = v.proximity !== undefined ? hits.filter((x) => at(x) <= Number(v.proximity)) : hits.filter(hasCode);
        hits.sort((a, b) => at(a) - at(b));
      }
      return answer(hits, v, ({ sal, service }) => {
        const base = { id: sal.id, service_id: service.id, location_id: sal.location?.id, description: sal.description };
        return v.full ? { ...base, service, location: sal.location } : pick({ ...base, service, location: sal.location }, salList);
      });
    },
    '/organizations': (v) => {
      const words = fold(v.search ?? '').split(/\s+/).filter(Boolean);
      const { orgs, services } = load();
      const hits = [...orgs.values()].filter((o) => words.every((w) => fold(o.name).includes(w)));
      const nested = (o) => ({ ...scalars(o), services: services.filter((s) => s.organization?.id === o.id).map((s) => (v.full_service ? s : pick(s, serviceList))) });
      return answer(hits, v, (o) => (v.full || v.full_service ? nested(o) : scalars(o)));
    },
    '/taxonomies': (v) => {
      const names = [...new Set([...load().terms.values()].map((t) => t.taxonomy).filter(Boolean))];
      return answer(names.map((name) => ({ id: fold(name).replace(/[^a-z0-9]+/g, '-'), name, description: name })), v, (t) => t);
    },
    '/taxonomy_terms': (v) => {
      const words = fold(v.search ?? '').split(/\s+/).filter(Boolean);
      const hits = [...load().terms.values()].filter(
        (t) =>
          words.every((w) => fold(`${t.name} ${t.code ?? ''}`).includes(w)) &&
          (v.parent_id === undefined || t.parent_id === v.parent_id) &&
          (!v.top_only || !t.parent_id),
      );
      return answer(hits, v, (t) => t);
    },
  };
  const ones = {
    services: (id) => load().services.find((s) => s.id === id),
    service_at_locations: (id) => {
      const x = load().sals.find((y) => y.sal.id === id);
      return x && { id: x.sal.id, service_id: x.service.id, location_id: x.sal.location?.id, service: x.service, location: x.sal.location };
    },
    organizations: (id) => load().orgs.get(id),
    taxonomy_terms: (id) => load().terms.get(id),
  };

  return async function handle(url) {
    const m = PREFIX.exec(url.pathname);
    if (!m) return undefined;
    const [, uk, hook = '', rest] = m;
    const path = rest.length > 1 ? rest.replace(/\/+$/, '') : '/';
    const isList = Object.hasOwn(lists, path);
    const slow = /^slow-(\d{1,5})$/.exec(hook);
    if (slow) await new Promise((r) => setTimeout(r, Number(slow[1])));
    if (hook === '500') return problem(500, 'Internal error', 'Failing on purpose (test hook).');
    if (hook === 'badjson') return { status: 200, headers: headers('application/json'), body: '{"contents": [ {"id": "oops", ' };
    const failOnce = /^fail-once-([\w-]+)$/.exec(hook);
    if (failOnce && isList && !failedOnce.has(failOnce[1])) {
      failedOnce.add(failOnce[1]);
      return problem(500, 'Internal error', 'Failing once (test hook).');
    }

    if (path === '/') {
      if ([...url.searchParams.keys()].length) return problem(400, 'Invalid parameters', 'GET / takes no parameters.');
      return json(200, uk ? UK_INFO : BASE_INFO);
    }
    const one = /^\/(services|service_at_locations|organizations|taxonomy_terms|taxonomies)\/([^/]+)$/.exec(path);
    if (one) {
      const allowed = profiles.base.get(`/${one[1]}/{id}`) ?? new Map();
      const q = checkQuery(url.searchParams, allowed);
      if (q.invalid) return problem(400, 'Invalid parameters', 'Some query parameters are not allowed here or have bad values.', { invalid_params: q.invalid });
      const found = ones[one[1]]?.(decodeURIComponent(one[2]));
      return found ? json(200, found) : problem(404, 'Not found', 'No record with that id.');
    }
    if (!isList) return problem(404, 'Not found', 'This API answers /, /services, /service_at_locations, /organizations, /taxonomies and /taxonomy_terms.');
    const q = checkQuery(url.searchParams, (uk ? profiles.uk : profiles.base).get(path));
    if (q.invalid) return problem(400, 'Invalid parameters', 'Some query parameters are not allowed here or have bad values.', { invalid_params: q.invalid });

    const out = lists[path](q.values);
    if (out.status !== 200 || q.values.format === 'ndjson') return out;
    if (hook === 'page-one' || hook === 'beyond') {
      const body = JSON.parse(out.body);
      const pageOne = lists[path]({ ...q.values, page: 1 });
      const answer = hook === 'page-one' ? JSON.parse(pageOne.body) : { ...body, page_number: body.total_pages + 1, total_pages: body.total_pages };
      return json(200, answer);
    }
    if (hook === 'huge') {
      const body = JSON.parse(out.body);
      body.contents = body.contents.map((s, i) => (i === 0 ? { ...s, description: 'x'.repeat(12_000_000) } : s));
      return json(200, body);
    }
    return out;
  };
}
