// `hsds-server import FILE`: compiled HSDS JSON (an array of services, a page, or one service),
// NDJSON (one service a line), or the tabular data package (a folder of CSVs, its datapackage.json,
// or one of its CSVs). One transaction per file, idempotent by id: a record whose content did not
// change is left alone (its modified date too). Records that cannot be stored are skipped and the
// report says which and why; the JavaScript side only reads and checks, the SQL side stores.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Pool, PoolClient } from 'pg';
import { SCHEMA_SQL } from './schema.js';

type Json = Record<string, unknown>;
export interface Skipped {
  record: string; // "line 12", "record 3", "services.csv row 4"
  id?: string;
  reason: string;
}
export interface ImportReport {
  file: string;
  format: 'json' | 'ndjson' | 'csv';
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  skippedRecords: Skipped[]; // the first 100
  ms: number;
}

const BATCH = 1000;
const INDEXES = SCHEMA_SQL.split('\n').filter((line) => line.startsWith('CREATE INDEX'));
/** HSDS_IMPORT_PROFILE=1: time each statement of a batch (printed after the import). */
const PROFILE = process.env.HSDS_IMPORT_PROFILE ? new Map<string, number>() : undefined;
const MAX_ID = 200;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a service cannot be stored, or undefined when it can. */
export function whyNot(s: unknown): string | undefined {
  if (!isObject(s)) return 'not a JSON object';
  if (typeof s.id !== 'string' || !s.id.trim()) return 'no id';
  if (s.id.length > MAX_ID) return `id longer than ${MAX_ID} characters`;
  if (typeof s.name !== 'string' || !s.name.trim()) return 'no name';
  for (const k of ['minimum_age', 'maximum_age'] as const) {
    if (s[k] != null && (typeof s[k] !== 'number' || !Number.isFinite(s[k]))) return `${k} is not a number`;
  }
  if (s.last_modified != null && (typeof s.last_modified !== 'string' || Number.isNaN(Date.parse(s.last_modified)))) return 'last_modified is not a date';
  if (s.organization != null) {
    if (!isObject(s.organization) || typeof s.organization.id !== 'string' || typeof s.organization.name !== 'string') return 'organization has no id or name';
  }
  return undefined;
}

// Keys that hold nested objects: list answers and child rows keep the object's own fields only.
const NESTED_SERVICE = `'{organization,program,phones,schedules,service_areas,service_at_locations,languages,funding,cost_options,required_documents,contacts,attributes,metadata,capacities}'::text[]`;
const NESTED_ORG = `'{services,contacts,phones,locations,programs,organization_identifiers,attributes,metadata,funding}'::text[]`;
const NESTED_LOCATION = `'{languages,addresses,contacts,accessibility,phones,schedules,attributes,metadata}'::text[]`;
const NESTED_CHILD = `'{attributes,metadata}'::text[]`;
const TIME_RE = `'^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$'`;

/** The text a service is found by: names, organization and categories weigh most (A, B); stemmed in
 * English and Spanish (Russian when the text has Cyrillic); 'simple' keeps every word as written for
 * other languages; all unaccented. Computed from the compiled document as it is stored. */
const SEARCH_VECTOR = `(
  setweight(to_tsvector('simple', hsds_fold(x.names)), 'A') ||
  setweight(to_tsvector('simple', hsds_fold(concat_ws(' ', doc->'organization'->>'name', x.terms))), 'B') ||
  to_tsvector('english', x.folded) || to_tsvector('spanish', x.folded) ||
  CASE WHEN x.folded ~ '[а-яё]' THEN to_tsvector('russian', x.folded) ELSE ''::tsvector END)`;
const SEARCH_TEXT = `hsds_fold(concat_ws(' ', x.names, doc->'organization'->>'name', x.terms))`;
const SEARCH_FROM = `src,
  LATERAL (SELECT string_agg(a->'taxonomy_term'->>'name', ' ') AS terms FROM jsonb_array_elements(hsds_arr(doc->'attributes')) a) t,
  LATERAL (SELECT t.terms, concat_ws(' ', doc->>'name', doc->>'alternate_name') AS names,
                  hsds_fold(concat_ws(' ', doc->>'name', doc->>'alternate_name', t.terms, doc->>'description')) AS folded OFFSET 0) x`; // OFFSET 0: compute `folded` once, not at each use
const BATCH_SRC = `src AS MATERIALIZED (SELECT doc, doc->>'id' AS id FROM jsonb_array_elements($1::jsonb) doc)`;

/** What a batch ($1) is found by, computed apart from storing it (on a second connection when the pool
 * has one, outside the import's transaction: it reads nothing and writes nothing, so the database's
 * second core works on the next batch while the first stores this one): JSON text, one
 * {id, search_text, search_vector} per service. */
const DERIVE_SQL = `
WITH ${BATCH_SRC}
SELECT json_agg(json_build_object('id', id, 'search_text', ${SEARCH_TEXT}, 'search_vector', ${SEARCH_VECTOR}))::text AS search
FROM ${SEARCH_FROM}`;

/** The child lists a changed service brings, one row per element, staged by BATCH_SQL. */
const KIDS: Record<string, string> = {
  _phones: `doc->'phones'`,
  _schedules: `doc->'schedules'`,
  _languages: `doc->'languages'`,
  _areas: `doc->'service_areas'`,
  _attributes: `doc->'attributes'`,
  _sal: `doc->'service_at_locations'`,
};
const STAGE_TABLES = [...Object.keys(KIDS), '_terms', '_changed'];
const CREATE_STAGE_SQL = [
  ...Object.keys(KIDS).map((t) => `CREATE TEMP TABLE IF NOT EXISTS ${t} (service_id text NOT NULL, x jsonb NOT NULL) ON COMMIT DROP`),
  `CREATE TEMP TABLE IF NOT EXISTS _terms (tt jsonb) ON COMMIT DROP`,
  `CREATE TEMP TABLE IF NOT EXISTS _changed (id text PRIMARY KEY, inserted boolean) ON COMMIT DROP`,
];

/** One batch ($1, a JSON array of services; $2, its search columns from DERIVE_SQL)
 * in one statement: organizations and services are stored straight from the batch, and the child lists of the services that are new or changed are staged
 * one element a row. The documents stay in memory: kept in a table, each would be compressed once
 * and decompressed at every use, which is what an import of big documents spends its time on.
 * `first`: the services table was empty when the import began, so every id is new (no ON CONFLICT). */
const batchSql = (first: boolean) => `
WITH ${BATCH_SRC},
  search AS MATERIALIZED (SELECT * FROM json_to_recordset($2::json) AS d (id text, search_text text, search_vector tsvector)),
  -- Organizations are shared by many services: merge, never drop fields.
  orgs AS (
   INSERT INTO organizations AS t (id, name, data, search_vector)
   SELECT id, o->>'name', data,
          to_tsvector('simple', hsds_fold(o->>'name')) || to_tsvector('english', hsds_fold(coalesce(o->>'description', '')))
   FROM (SELECT DISTINCT ON (o->>'id') o->>'id' AS id, o, o - ${NESTED_ORG} AS data
         FROM src, LATERAL (SELECT doc->'organization' AS o) x
         WHERE jsonb_typeof(o) = 'object' AND o->>'id' IS NOT NULL AND o->>'name' IS NOT NULL
         ORDER BY o->>'id') y
   -- Most services name an organization already stored as it is: skip those before computing anything.
   WHERE NOT EXISTS (SELECT 1 FROM organizations e WHERE e.id = y.id AND e.data = e.data || y.data)
   ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = t.data || excluded.data, modified_at = now(),
     search_vector = to_tsvector('simple', hsds_fold(excluded.name)) || to_tsvector('english', hsds_fold(coalesce((t.data || excluded.data)->>'description', '')))
   WHERE t.data IS DISTINCT FROM t.data || excluded.data),
  up AS (
   INSERT INTO services AS t (id, organization_id, name, status, minimum_age, maximum_age, data, doc, modified_at, search_text, search_vector)
   SELECT id, coalesce(doc->>'organization_id', doc->'organization'->>'id'), doc->>'name', doc->>'status',
          (doc->>'minimum_age')::numeric, (doc->>'maximum_age')::numeric, doc - ${NESTED_SERVICE}, doc,
          coalesce((doc->>'last_modified')::timestamptz, now()),
          search.search_text, search.search_vector
   FROM src JOIN search USING (id)
   ${
     first
       ? ''
       : `ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name, status = excluded.status,
       minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age, data = excluded.data, doc = excluded.doc,
       modified_at = excluded.modified_at, search_text = excluded.search_text, search_vector = excluded.search_vector
     WHERE t.doc IS DISTINCT FROM excluded.doc`
   }
   RETURNING t.id, (xmax = 0) AS inserted),
  changed AS MATERIALIZED (SELECT src.id, src.doc, up.inserted FROM up JOIN src ON src.id = up.id),
  ${Object.entries(KIDS)
    .map(([table, list]) => `${table.slice(1)} AS (INSERT INTO ${table} SELECT id, e FROM changed, jsonb_array_elements(hsds_arr(${list})) e WHERE jsonb_typeof(e) = 'object')`)
    .join(',\n  ')},
  -- The words of the directory, for typo correction.
  words AS (INSERT INTO search_words
    SELECT DISTINCT w FROM changed JOIN search USING (id), unnest(tsvector_to_array(to_tsvector('simple', concat_ws(' ', search_text, hsds_fold(doc->>'description'))))) w
    WHERE length(w) >= 3 ON CONFLICT DO NOTHING)
INSERT INTO _changed SELECT id, inserted FROM changed`;

/** A changed (not new) service's own children are replaced as a whole. */
const DELETE_SQL = ['phones', 'schedules', 'languages', 'service_areas', 'service_at_locations']
  .map((t) => `DELETE FROM ${t} WHERE service_id IN (SELECT id FROM _changed WHERE NOT inserted)`)
  .concat(`DELETE FROM attributes WHERE link_entity = 'service' AND link_id IN (SELECT id FROM _changed WHERE NOT inserted)`);
const CHILDREN_SQL = [
  `INSERT INTO phones (id, service_id, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, x - ${NESTED_CHILD}
   FROM _phones WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, data = excluded.data`,
  `INSERT INTO schedules (id, service_id, service_at_location_id, days, opens_at, closes_at, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, sal_id,
          string_to_array(upper(regexp_replace(x->>'byday', '\\s', '', 'g')), ','),
          CASE WHEN x->>'opens_at' ~ ${TIME_RE} THEN (x->>'opens_at')::time END,
          CASE WHEN x->>'closes_at' ~ ${TIME_RE} THEN (x->>'closes_at')::time END, x - ${NESTED_CHILD}
   FROM (
     SELECT service_id, x, NULL::text AS sal_id FROM _schedules
     UNION ALL
     SELECT service_id, e, x->>'id' FROM _sal, jsonb_array_elements(hsds_arr(x->'schedules')) e
   ) y
   WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, service_at_location_id = excluded.service_at_location_id,
     days = excluded.days, opens_at = excluded.opens_at, closes_at = excluded.closes_at, data = excluded.data`,
  `INSERT INTO languages (id, service_id, code, name, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, x->>'code', x->>'name', x - ${NESTED_CHILD}
   FROM _languages WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, code = excluded.code, name = excluded.name, data = excluded.data`,
  `INSERT INTO service_areas (id, service_id, name, geom, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, x->>'name', hsds_area(x->>'extent', x->>'extent_type'), x - ${NESTED_CHILD}
   FROM _areas WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, name = excluded.name, geom = excluded.geom, data = excluded.data`,
  // Terms and their taxonomy, once per batch (a directory has a few hundred terms and a million attributes).
  `INSERT INTO _terms SELECT DISTINCT ON (tt->>'id') tt
   FROM _attributes, LATERAL (SELECT x->'taxonomy_term' AS tt) y
   WHERE jsonb_typeof(tt) = 'object' AND tt->>'id' IS NOT NULL AND tt->>'name' IS NOT NULL ORDER BY tt->>'id'`,
  `INSERT INTO taxonomies AS t (id, name, data)
   SELECT DISTINCT ON (id) id, name, jsonb_build_object('id', id) || data FROM (
     SELECT coalesce(tt->>'taxonomy_id', tt->'taxonomy_detail'->>'id', md5('hsds-taxonomy:' || (tt->>'taxonomy'))::uuid::text) AS id,
            coalesce(tt->'taxonomy_detail'->>'name', tt->>'taxonomy') AS name,
            CASE WHEN jsonb_typeof(tt->'taxonomy_detail') = 'object' THEN (tt->'taxonomy_detail') - 'metadata'
                 ELSE jsonb_build_object('name', tt->>'taxonomy', 'description', tt->>'taxonomy') END AS data
     FROM _terms WHERE tt->>'taxonomy_id' IS NOT NULL OR tt->'taxonomy_detail'->>'id' IS NOT NULL OR tt->>'taxonomy' IS NOT NULL
   ) y WHERE name IS NOT NULL ORDER BY id
   ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = t.data || excluded.data, modified_at = now()
   WHERE t.data IS DISTINCT FROM t.data || excluded.data`,
  `INSERT INTO taxonomy_terms AS t (id, taxonomy_id, code, parent_id, name, data)
   SELECT tt->>'id', coalesce(tt->>'taxonomy_id', tt->'taxonomy_detail'->>'id', md5('hsds-taxonomy:' || (tt->>'taxonomy'))::uuid::text),
          tt->>'code', tt->>'parent_id', tt->>'name', tt - '{taxonomy_detail,metadata}'::text[]
   FROM _terms
   ON CONFLICT (id) DO UPDATE SET taxonomy_id = excluded.taxonomy_id, code = excluded.code, parent_id = excluded.parent_id,
     name = excluded.name, data = t.data || excluded.data, modified_at = now()
   WHERE t.data IS DISTINCT FROM t.data || excluded.data`,
  `INSERT INTO attributes (id, link_id, link_entity, taxonomy_term_id, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, 'service', coalesce(x->>'taxonomy_term_id', x->'taxonomy_term'->>'id'), x - '{taxonomy_term,metadata}'::text[]
   FROM _attributes WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET link_id = excluded.link_id, link_entity = excluded.link_entity,
     taxonomy_term_id = excluded.taxonomy_term_id, data = excluded.data`,
  `INSERT INTO locations AS t (id, organization_id, name, geom, data)
   SELECT DISTINCT ON (l->>'id') l->>'id', l->>'organization_id', l->>'name',
          CASE WHEN jsonb_typeof(l->'latitude') = 'number' AND jsonb_typeof(l->'longitude') = 'number'
                AND abs((l->>'latitude')::float8) <= 90 AND abs((l->>'longitude')::float8) <= 180
               THEN ST_MakePoint((l->>'longitude')::float8, (l->>'latitude')::float8)::geography END,
          l - ${NESTED_LOCATION}
   FROM _sal, LATERAL (SELECT x->'location' AS l) y
   WHERE jsonb_typeof(l) = 'object' AND l->>'id' IS NOT NULL ORDER BY l->>'id'
   ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name, geom = excluded.geom,
     data = t.data || excluded.data
   WHERE t.data IS DISTINCT FROM t.data || excluded.data`,
  `INSERT INTO addresses AS t (id, location_id, postal_code, data)
   SELECT DISTINCT ON (ad->>'id') ad->>'id', x->'location'->>'id', upper(regexp_replace(ad->>'postal_code', '\\s', '', 'g')), ad - ${NESTED_CHILD}
   FROM _sal, jsonb_array_elements(hsds_arr(x->'location'->'addresses')) ad
   WHERE ad->>'id' IS NOT NULL AND x->'location'->>'id' IS NOT NULL ORDER BY ad->>'id'
   ON CONFLICT (id) DO UPDATE SET location_id = excluded.location_id, postal_code = excluded.postal_code, data = excluded.data
   WHERE t.data IS DISTINCT FROM excluded.data OR t.location_id IS DISTINCT FROM excluded.location_id`,
  `INSERT INTO service_at_locations (id, service_id, location_id, data)
   SELECT DISTINCT ON (x->>'id') x->>'id', service_id, coalesce(x->'location'->>'id', x->>'location_id'),
          x - '{location,schedules,phones,contacts,attributes,metadata}'::text[]
   FROM _sal WHERE x->>'id' IS NOT NULL ORDER BY x->>'id'
   ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, location_id = excluded.location_id, data = excluded.data,
     modified_at = now()`,
];

const AFTER_SQL = [
  `INSERT INTO postcodes (postcode, geom)
   SELECT a.postal_code, ST_Centroid(ST_Collect(l.geom::geometry))::geography
   FROM addresses a JOIN locations l ON l.id = a.location_id
   WHERE a.postal_code IS NOT NULL AND a.postal_code <> '' AND l.geom IS NOT NULL GROUP BY a.postal_code
   ON CONFLICT (postcode) DO UPDATE SET geom = excluded.geom`,
];

/** Organizations, taxonomies and terms that come on their own (tabular package). */
async function upsertStandalone(db: PoolClient, table: 'organizations' | 'taxonomies' | 'taxonomy_terms', rows: Json[]) {
  if (!rows.length) return;
  const extra: Record<typeof table, [string, string]> = {
    organizations: [', search_vector', `, to_tsvector('simple', hsds_fold(r->>'name'))`],
    taxonomies: ['', ''],
    taxonomy_terms: [', taxonomy_id, code, parent_id', `, r->>'taxonomy_id', r->>'code', r->>'parent_id'`],
  };
  const [cols, vals] = extra[table];
  const sets = cols
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => `, ${c} = excluded.${c}`)
    .join('');
  await db.query(
    `INSERT INTO ${table} AS t (id, name, data${cols})
     SELECT DISTINCT ON (r->>'id') r->>'id', r->>'name', hsds_scalars(r)${vals}
     FROM jsonb_array_elements($1::jsonb) r WHERE r->>'id' IS NOT NULL AND r->>'name' IS NOT NULL ORDER BY r->>'id'
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = t.data || excluded.data, modified_at = now()${sets}
     WHERE t.data IS DISTINCT FROM t.data || excluded.data`,
    [JSON.stringify(rows)],
  );
}

// ---- readers --------------------------------------------------------------------------------

/** A record as read: its value, and its JSON text when the file had it (sent as is, not written again). */
type Item = { where: string; value?: unknown; text?: string; error?: string };

async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

async function* readNdjson(file: string): AsyncGenerator<Item> {
  let n = 0;
  for await (const line of lines(file)) {
    n++;
    if (!line.trim()) continue;
    try {
      yield { where: `line ${n}`, value: JSON.parse(line), text: line };
    } catch {
      yield { where: `line ${n}`, error: 'not valid JSON' };
    }
  }
}

/** Compiled JSON. A big array written one record a line (scripts/generate-directory.mjs) streams. */
async function* readJson(file: string): AsyncGenerator<Item> {
  const size = statSync(file).size;
  if (size > 64 << 20) {
    let n = 0;
    for await (const line of lines(file)) {
      n++;
      const t = line.trim().replace(/,$/, '');
      if (!t || t === '[' || t === ']') continue;
      try {
        yield { where: `record ${n - 1}`, value: JSON.parse(t), text: t };
      } catch {
        yield { where: `record ${n - 1}`, error: 'not valid JSON (large files must hold one record a line)' };
      }
    }
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${basename(file)} is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.contents) ? data.contents : [data];
  for (let i = 0; i < list.length; i++) yield { where: `record ${i + 1}`, value: list[i] };
}

const NUMBERS = new Set(['latitude', 'longitude', 'minimum_age', 'maximum_age', 'amount', 'interval', 'count', 'timezone']);

function readCsvTable(dir: string, name: string): Json[] {
  const file = join(dir, `${name}.csv`);
  if (!existsSync(file)) return [];
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  return rows.map((r) => {
    const out: Json = {};
    for (const [k, v] of Object.entries(r)) {
      if (v === '' || v == null) continue;
      out[k] = NUMBERS.has(k) && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    }
    return out;
  });
}

function groupBy(rows: Json[], key: string): Map<string, Json[]> {
  const m = new Map<string, Json[]>();
  for (const r of rows) {
    const k = r[key];
    if (typeof k !== 'string') continue;
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return m;
}

/** The tabular package: one CSV per table, joined here into compiled services. */
function readTabular(dir: string): { services: Item[]; organizations: Json[]; taxonomies: Json[]; terms: Json[] } {
  const t = (n: string) => readCsvTable(dir, n);
  const organizations = t('organizations');
  const taxonomies = t('taxonomies');
  const terms = t('taxonomy_terms');
  const orgById = new Map(organizations.map((o) => [o.id as string, o]));
  const taxById = new Map(taxonomies.map((x) => [x.id as string, x]));
  const termById = new Map(terms.map((x) => [x.id as string, { ...x, ...(taxById.has(x.taxonomy_id as string) ? { taxonomy_detail: taxById.get(x.taxonomy_id as string) } : {}) }]));
  const locations = new Map(t('locations').map((l) => [l.id as string, l]));
  const by = {
    phones: groupBy(t('phones'), 'service_id'),
    phonesAt: groupBy(t('phones'), 'location_id'),
    schedules: groupBy(t('schedules'), 'service_id'),
    schedulesAt: groupBy(t('schedules'), 'service_at_location_id'),
    areas: groupBy(t('service_areas'), 'service_id'),
    languages: groupBy(t('languages'), 'service_id'),
    languagesAt: groupBy(t('languages'), 'location_id'),
    costs: groupBy(t('cost_options'), 'service_id'),
    documents: groupBy(t('required_documents'), 'service_id'),
    contacts: groupBy(t('contacts'), 'service_id'),
    funding: groupBy(t('funding'), 'service_id'),
    attributes: groupBy(t('attributes'), 'link_id'),
    sals: groupBy(t('service_at_location'), 'service_id'),
    addresses: groupBy(t('addresses'), 'location_id'),
    accessibility: groupBy(t('accessibility'), 'location_id'),
  };
  const attrs = (id: string) => (by.attributes.get(id) ?? []).map((a) => ({ ...a, ...(termById.has(a.taxonomy_term_id as string) ? { taxonomy_term: termById.get(a.taxonomy_term_id as string) } : {}) }));
  const services = t('services').map((s, i): Item => {
    const id = s.id as string;
    const sals = (by.sals.get(id) ?? []).map((sal) => {
      const loc = locations.get(sal.location_id as string);
      const lid = loc?.id as string;
      const location = loc && {
        ...loc,
        addresses: by.addresses.get(lid) ?? [],
        phones: by.phonesAt.get(lid) ?? [],
        languages: by.languagesAt.get(lid) ?? [],
        accessibility: by.accessibility.get(lid) ?? [],
        attributes: attrs(lid),
      };
      return { ...sal, schedules: by.schedulesAt.get(sal.id as string) ?? [], ...(location ? { location } : {}) };
    });
    const value = {
      ...s,
      ...(orgById.has(s.organization_id as string) ? { organization: orgById.get(s.organization_id as string) } : {}),
      phones: by.phones.get(id) ?? [],
      schedules: by.schedules.get(id) ?? [],
      service_areas: by.areas.get(id) ?? [],
      service_at_locations: sals,
      languages: by.languages.get(id) ?? [],
      cost_options: by.costs.get(id) ?? [],
      required_documents: by.documents.get(id) ?? [],
      contacts: by.contacts.get(id) ?? [],
      funding: by.funding.get(id) ?? [],
      attributes: attrs(id),
    };
    return { where: `services.csv row ${i + 2}`, value };
  });
  return { services: services, organizations, taxonomies, terms };
}

// ---- the import -------------------------------------------------------------------------------

export function formatOf(file: string): { format: ImportReport['format']; dir?: string } {
  if (existsSync(file) && statSync(file).isDirectory()) return { format: 'csv', dir: file };
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || basename(file) === 'datapackage.json') return { format: 'csv', dir: dirname(file) };
  if (ext === '.ndjson' || ext === '.jsonl') return { format: 'ndjson' };
  return { format: 'json' };
}

export async function importFile(pool: Pool, file: string, { log = (_: string) => {} } = {}): Promise<ImportReport> {
  const started = Date.now();
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const { format, dir } = formatOf(file);
  const report: ImportReport = { file, format, read: 0, inserted: 0, updated: 0, unchanged: 0, skipped: 0, skippedRecords: [], ms: 0 };
  const skip = (where: string, reason: string, id?: string) => {
    report.skipped++;
    if (report.skippedRecords.length < 100) report.skippedRecords.push({ record: where, ...(id ? { id } : {}), reason });
  };
  const tabular = format === 'csv' ? readTabular(dir!) : undefined;
  const items: AsyncIterable<Item> | Iterable<Item> = tabular ? tabular.services : format === 'ndjson' ? readNdjson(file) : readJson(file);

  const db = await pool.connect();
  // lz4 compresses and decompresses the big documents several times faster than the default (pglz);
  // a server built without it keeps its default.
  await db.query('SET default_toast_compression = lz4').catch(() => {});
  // A second connection derives the search columns while the first stores (when the pool allows two).
  const helper = (pool.options.max ?? 10) - (pool.totalCount - pool.idleCount) >= 1 ? await pool.connect() : undefined;
  // The profile counts the server processes' CPU time (a busy machine inflates wall time), when they run here.
  const pids = new Map<PoolClient, number>();
  if (PROFILE) for (const c of [db, helper]) if (c) pids.set(c, (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const backendCpu = (client: PoolClient) => {
    try {
      const f = readFileSync(`/proc/${pids.get(client)}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
    } catch {
      return 0;
    }
  };
  try {
    await db.query('BEGIN');
    for (const sql of CREATE_STAGE_SQL) await db.query(sql);
    // A first load (no services yet): every id is new, and the secondary indexes are built once at
    // the end instead of row by row (DDL is transactional: a failed import leaves them as they were).
    const first = (await db.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM services) AS empty')).rows[0].empty;
    if (first) {
      const idx = await db.query<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%\\_pkey' AND indexname = ANY ($1)`,
        [INDEXES.map((sql) => /INDEX IF NOT EXISTS (\w+)/.exec(sql)![1])],
      );
      for (const { name } of idx.rows) await db.query(`DROP INDEX ${name}`);
    }
    if (tabular) {
      await upsertStandalone(db, 'organizations', tabular.organizations);
      await upsertStandalone(db, 'taxonomies', tabular.taxonomies);
      await upsertStandalone(db, 'taxonomy_terms', tabular.terms);
    }
    const timedOn = async (client: PoolClient, key: string, sql: string, values?: unknown[]) => {
      if (!PROFILE) return client.query(sql, values);
      const cpu = backendCpu(client);
      const r = await client.query(sql, values);
      PROFILE.set(key, (PROFILE.get(key) ?? 0) + backendCpu(client) - cpu);
      return r;
    };
    const timed = (key: string, sql: string, values?: unknown[]) => timedOn(db, key, sql, values);
    const runAll = async (list: string[]) => {
      if (!PROFILE) return void (await db.query(list.join(';\n'))); // one round trip
      for (const sql of list) await timed(sql.slice(0, 60).replace(/\s+/g, ' '), sql);
    };
    const batchSqlText = batchSql(first);
    const flush = async (docs: string, search: string) => {
      await db.query(`TRUNCATE ${STAGE_TABLES.join(', ')}`);
      await timed('batch: services and organizations, children staged', batchSqlText, [docs, search]);
      const r = await db.query<{ inserted: number; updated: number; unchanged: number }>(
        `SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM _changed`,
      );
      if (r.rows[0].updated) await runAll(DELETE_SQL);
      await runAll(CHILDREN_SQL);
      report.inserted += r.rows[0].inserted;
      report.updated += r.rows[0].updated;
    };
    // Three batches at work at once: one read and checked here, one being derived on the helper
    // connection, one being stored in the transaction.
    let storing: Promise<void> | undefined;
    const send = async (batch: string[]) => {
      const docs = `[${batch.join(',')}]`;
      const derived = timedOn(helper ?? db, 'derive: search text and vectors (helper connection)', DERIVE_SQL, [docs]);
      derived.catch(() => {}); // awaited below; this only keeps Node from calling it unhandled meanwhile
      await storing;
      storing = derived.then((d) => flush(docs, d.rows[0].search));
      storing.catch(() => {});
      stored += batch.length;
      if (report.read % 50000 < batch.length) log(`  ${report.read} records read`);
    };
    let stored = 0;
    const seen = new Set<string>();
    let batch: string[] = [];
    for await (const item of items) {
      report.read++;
      if (item.error) {
        skip(item.where, item.error);
        continue;
      }
      const why = whyNot(item.value);
      const id = isObject(item.value) && typeof item.value.id === 'string' ? item.value.id.slice(0, MAX_ID) : undefined;
      if (why) {
        skip(item.where, why, id);
        continue;
      }
      if (seen.has(id!)) {
        skip(item.where, 'the same id appears earlier in this file (the first one is kept)', id);
        continue;
      }
      seen.add(id!);
      batch.push(item.text ?? JSON.stringify(item.value));
      if (batch.length >= BATCH) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length) await send(batch);
    await storing;
    report.unchanged = stored - report.inserted - report.updated;
    const since = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
    log(`  ${report.read} records stored in ${since(started)}`);
    if (first) {
      const t = Date.now();
      for (const sql of INDEXES) await timed(sql.slice(0, 60), sql);
      log(`  indexes built in ${since(t)}`);
    }
    for (const sql of AFTER_SQL) await db.query(sql);
    await db.query('COMMIT');
  } catch (err) {
    await db.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    db.release();
    helper?.release();
  }
  // Fresh statistics after a big change, so the planner knows the new sizes (autovacuum catches up on small ones).
  if (report.inserted + report.updated >= 1000) {
    const t = Date.now();
    await pool.query('ANALYZE');
    log(`  analyzed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  report.ms = Date.now() - started;
  if (PROFILE) for (const [sql, ms] of [...PROFILE].sort((a, b) => b[1] - a[1])) log(`  ${ms.toFixed(0).padStart(7)} ms CPU  ${sql}`);
  return report;
}
