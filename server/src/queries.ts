// SQL for the API's lists and lookups. Every value travels as a bind parameter ($n); the only text
// put into SQL is fixed here. Filters are AND-combined; search, ranking, distance and containment
// all happen in PostgreSQL.
import type { Pool } from 'pg';
import type { ListParams } from './params.js';

type Json = Record<string, unknown>;

class Q {
  readonly values: unknown[] = [];
  v(x: unknown): string {
    this.values.push(x);
    return `$${this.values.length}`;
  }
}

export interface Page<T = unknown> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function pageOf<T>(total: number, p: Pick<ListParams, 'page' | 'perPage'>, contents: T[]): Page<T> {
  const totalPages = Math.max(1, Math.ceil(total / p.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: p.page,
    size: contents.length,
    first_page: p.page === 1,
    last_page: p.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** The search as a tsquery, computed once per request (an InitPlan), so the GIN index can use it. */
const tsquery = (q: string) => `(SELECT hsds_search_query(${q}))`;

/** WHERE conditions on services `s` and the rank expression. */
function serviceFilters(p: ListParams, q: Q): { where: string[]; rank: string } {
  const where: string[] = [];
  let rank = '0';
  if (p.search) {
    const s = q.v(p.search);
    // Words (stemmed per language, typos corrected in hsds_search_query) or, for scripts without
    // spaces, trigram word similarity (the test is constant per request, so the planner drops it otherwise).
    where.push(`(s.search_vector @@ ${tsquery(s)} OR (hsds_unspaced(${s}) AND hsds_fold(${s}) <% s.search_text))`);
    rank = `(ts_rank(s.search_vector, ${tsquery(s)}) + CASE WHEN hsds_unspaced(${s}) THEN word_similarity(hsds_fold(${s}), s.search_text) ELSE 0 END)`;
  }
  if (p.taxonomyTermIds) {
    const ids = q.v(p.taxonomyTermIds);
    // A term matches itself and every narrower term under it (by parent_id, or by code when codes nest
    // like Open Eligibility's 106-06 > 106-06-09 and a middle term is not in the data); ids or codes.
    where.push(`EXISTS (SELECT 1 FROM attributes a WHERE a.link_id = s.id AND a.link_entity = 'service' AND a.taxonomy_term_id = ANY (ARRAY(
      WITH RECURSIVE sel(id, code) AS (SELECT id, code FROM taxonomy_terms WHERE id = ANY (${ids}::text[]) OR code = ANY (${ids}::text[])
        UNION SELECT t.id, t.code FROM taxonomy_terms t JOIN sel ON t.parent_id = sel.id OR starts_with(t.code, sel.code || '-'))
      SELECT id FROM sel)))`);
  }
  if (p.taxonomyId) {
    where.push(`EXISTS (SELECT 1 FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
      WHERE a.link_id = s.id AND a.link_entity = 'service' AND t.taxonomy_id = ${q.v(p.taxonomyId)})`);
  }
  if (p.organizationId) where.push(`s.organization_id = ${q.v(p.organizationId)}`);
  if (p.modifiedAfter) where.push(`s.modified_at >= ${q.v(p.modifiedAfter)}::timestamptz`);
  // UK profile ages: the person's age range must overlap the service's (a missing bound is open).
  if (p.minimumAge !== undefined) where.push(`(s.maximum_age IS NULL OR s.maximum_age >= ${q.v(p.minimumAge)})`);
  if (p.maximumAge !== undefined) where.push(`(s.minimum_age IS NULL OR s.minimum_age <= ${q.v(p.maximumAge)})`);
  if (p.day || p.startTime || p.endTime) {
    const c = ['sc.service_id = s.id'];
    if (p.day) c.push(`${q.v(p.day)} = ANY (sc.days)`);
    // Open at some time in the asked window.
    if (p.startTime) c.push(`sc.closes_at > ${q.v(p.startTime)}::time`);
    if (p.endTime) c.push(`sc.opens_at < ${q.v(p.endTime)}::time`);
    where.push(`EXISTS (SELECT 1 FROM schedules sc WHERE ${c.join(' AND ')})`);
  }
  return { where, rank };
}

const serviceItem = (minimal: boolean, full: boolean) =>
  minimal
    ? `jsonb_build_object('id', s.id, 'modified_date', s.modified_at)`
    : full
      ? `s.doc`
      : `(s.data || jsonb_strip_nulls(jsonb_build_object('organization_id', s.organization_id, 'organization', o.data)))`;

export async function listServices(db: Pool, p: ListParams): Promise<Page> {
  const q = new Q();
  const { where, rank } = serviceFilters(p, q);
  const order = p.search ? 'rank DESC, name, id' : 'name, id';
  const sql = `
    WITH hits AS (SELECT s.id, s.name, ${rank} AS rank FROM services s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}),
    page AS (SELECT id, name, rank FROM hits ORDER BY ${order} LIMIT ${q.v(p.perPage)} OFFSET ${q.v((p.page - 1) * p.perPage)})
    SELECT (SELECT count(*) FROM hits)::int AS total,
      coalesce((SELECT jsonb_agg(${serviceItem(p.minimal, p.full)} ORDER BY ${order.replace(/\b(rank|name|id)\b/g, 'page.$1')})
        FROM page JOIN services s ON s.id = page.id LEFT JOIN organizations o ON o.id = s.organization_id), '[]'::jsonb) AS contents`;
  const r = await db.query<{ total: number; contents: unknown[] }>(sql, q.values);
  return pageOf(r.rows[0].total, p, r.rows[0].contents);
}

/** Every match, in id order, a chunk at a time (format=ndjson). */
export async function* streamServices(db: Pool, p: ListParams): AsyncGenerator<unknown[]> {
  let after = '';
  for (;;) {
    const q = new Q();
    const { where } = serviceFilters(p, q);
    where.push(`s.id > ${q.v(after)}`);
    const r = await db.query<{ id: string; item: unknown }>(
      `SELECT s.id, ${serviceItem(p.minimal, p.full)} AS item FROM services s LEFT JOIN organizations o ON o.id = s.organization_id
       WHERE ${where.join(' AND ')} ORDER BY s.id LIMIT 1000`,
      q.values,
    );
    if (!r.rows.length) return;
    yield r.rows.map((x) => x.item);
    after = r.rows[r.rows.length - 1].id;
  }
}

export async function getService(db: Pool, id: string): Promise<unknown> {
  const r = await db.query<{ doc: unknown }>('SELECT doc FROM services WHERE id = $1', [id]);
  return r.rows[0]?.doc;
}

export class UnknownPostcode extends Error {}

export async function listServiceAtLocations(db: Pool, p: ListParams): Promise<Page> {
  const q = new Q();
  const { where, rank } = serviceFilters(p, q);
  let order = p.search ? 'rank DESC, name, id' : 'name, id';
  let distance = 'NULL::float8';
  if (p.postcode) {
    const known = await db.query('SELECT 1 FROM postcodes WHERE postcode = $1', [p.postcode]);
    if (!known.rowCount) throw new UnknownPostcode();
    const pc = `(SELECT geom FROM postcodes WHERE postcode = ${q.v(p.postcode)})`;
    // Services with a mapped service area must cover the postcode; others must be in it (or near it).
    where.push(`CASE WHEN EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id AND a.geom IS NOT NULL)
      THEN EXISTS (SELECT 1 FROM service_areas a WHERE a.service_id = s.id AND ST_Intersects(a.geom, ${pc}::geometry))
      ELSE ${p.proximity ? 'true' : `EXISTS (SELECT 1 FROM addresses ad WHERE ad.location_id = l.id AND ad.postal_code = ${q.v(p.postcode)})`} END`);
    if (p.proximity) where.push(`ST_DWithin(l.geom, ${pc}, ${q.v(p.proximity)})`);
    distance = `ST_Distance(l.geom, ${pc})`;
    order = p.search ? 'distance NULLS LAST, rank DESC, name, id' : 'distance NULLS LAST, name, id';
  }
  const item = p.full
    ? `(sal.data || jsonb_build_object('service_id', sal.service_id, 'location_id', sal.location_id,
         'service', s.doc - 'service_at_locations',
         'location', (SELECT e->'location' FROM jsonb_array_elements(hsds_arr(s.doc->'service_at_locations')) e WHERE e->>'id' = sal.id LIMIT 1)))`
    : `(sal.data || jsonb_strip_nulls(jsonb_build_object('service_id', sal.service_id, 'location_id', sal.location_id,
         'service', s.data, 'location', l.data)))`;
  const sql = `
    WITH hits AS (
      SELECT sal.id, s.name, ${rank} AS rank, ${distance} AS distance
      FROM service_at_locations sal JOIN services s ON s.id = sal.service_id LEFT JOIN locations l ON l.id = sal.location_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}),
    page AS (SELECT * FROM hits ORDER BY ${order} LIMIT ${q.v(p.perPage)} OFFSET ${q.v((p.page - 1) * p.perPage)})
    SELECT (SELECT count(*) FROM hits)::int AS total,
      coalesce((SELECT jsonb_agg(${item} ORDER BY ${order.replace(/\b(distance|rank|name|id)\b/g, 'page.$1')})
        FROM page JOIN service_at_locations sal ON sal.id = page.id JOIN services s ON s.id = sal.service_id
        LEFT JOIN locations l ON l.id = sal.location_id), '[]'::jsonb) AS contents`;
  const r = await db.query<{ total: number; contents: unknown[] }>(sql, q.values);
  return pageOf(r.rows[0].total, p, r.rows[0].contents);
}

export async function getServiceAtLocation(db: Pool, id: string): Promise<unknown> {
  const r = await db.query<{ item: unknown }>(
    `SELECT sal.data || jsonb_build_object('service_id', sal.service_id, 'location_id', sal.location_id,
       'service', s.doc - 'service_at_locations',
       'location', (SELECT e->'location' FROM jsonb_array_elements(hsds_arr(s.doc->'service_at_locations')) e WHERE e->>'id' = sal.id LIMIT 1)) AS item
     FROM service_at_locations sal JOIN services s ON s.id = sal.service_id WHERE sal.id = $1`,
    [id],
  );
  return r.rows[0]?.item;
}

const MAX_NESTED_SERVICES = 1000;
const orgServices = (fullService: boolean) =>
  `'services', coalesce((SELECT jsonb_agg(x.item) FROM (SELECT ${fullService ? 's.doc' : 's.data'} AS item FROM services s
     WHERE s.organization_id = o.id ORDER BY s.name, s.id LIMIT ${MAX_NESTED_SERVICES}) x), '[]'::jsonb)`;

export async function listOrganizations(db: Pool, p: ListParams): Promise<Page> {
  const q = new Q();
  const where: string[] = [];
  let rank = '0';
  if (p.search) {
    const s = q.v(p.search);
    where.push(`(o.search_vector @@ ${tsquery(s)} OR hsds_fold(${s}) <% hsds_fold(o.name))`);
    rank = `(ts_rank(o.search_vector, ${tsquery(s)}) + word_similarity(hsds_fold(${s}), hsds_fold(o.name)))`;
  }
  const item = p.full || p.fullService ? `(o.data || jsonb_build_object(${orgServices(p.fullService)}))` : 'o.data';
  const order = p.search ? 'rank DESC, name, id' : 'name, id';
  const sql = `
    WITH hits AS (SELECT o.id, o.name, ${rank} AS rank FROM organizations o ${where.length ? `WHERE ${where.join(' AND ')}` : ''}),
    page AS (SELECT * FROM hits ORDER BY ${order} LIMIT ${q.v(p.perPage)} OFFSET ${q.v((p.page - 1) * p.perPage)})
    SELECT (SELECT count(*) FROM hits)::int AS total,
      coalesce((SELECT jsonb_agg(${item} ORDER BY ${order.replace(/\b(rank|name|id)\b/g, 'page.$1')})
        FROM page JOIN organizations o ON o.id = page.id), '[]'::jsonb) AS contents`;
  const r = await db.query<{ total: number; contents: unknown[] }>(sql, q.values);
  return pageOf(r.rows[0].total, p, r.rows[0].contents);
}

export async function getOrganization(db: Pool, id: string, fullService: boolean): Promise<unknown> {
  const r = await db.query<{ item: unknown }>(`SELECT o.data || jsonb_build_object(${orgServices(fullService)}) AS item FROM organizations o WHERE o.id = $1`, [id]);
  return r.rows[0]?.item;
}

/** Taxonomies and terms: small tables, searched by folded substring of name (and code). */
export async function listTaxonomies(db: Pool, p: ListParams): Promise<Page> {
  const q = new Q();
  const where = p.search ? [`strpos(hsds_fold(t.name), hsds_fold(${q.v(p.search)})) > 0`] : [];
  return simplePage(db, q, 'taxonomies t', where, 't.data', p);
}

export async function listTaxonomyTerms(db: Pool, p: ListParams): Promise<Page> {
  const q = new Q();
  const where: string[] = [];
  if (p.search) {
    const s = q.v(p.search);
    where.push(`(strpos(hsds_fold(t.name), hsds_fold(${s})) > 0 OR t.code = ${s})`);
  }
  if (p.taxonomyId) where.push(`t.taxonomy_id = ${q.v(p.taxonomyId)}`);
  if (p.parentId) where.push(`t.parent_id = ${q.v(p.parentId)}`);
  if (p.topOnly) where.push('t.parent_id IS NULL');
  return simplePage(db, q, 'taxonomy_terms t', where, `t.data || jsonb_strip_nulls(jsonb_build_object('taxonomy_id', t.taxonomy_id))`, p);
}

async function simplePage(db: Pool, q: Q, from: string, where: string[], item: string, p: ListParams): Promise<Page> {
  const sql = `
    WITH hits AS (SELECT t.* FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
    SELECT (SELECT count(*) FROM hits)::int AS total,
      coalesce((SELECT jsonb_agg(x.item ORDER BY x.name, x.id) FROM (SELECT ${item} AS item, t.name, t.id FROM hits t
        ORDER BY t.name, t.id LIMIT ${q.v(p.perPage)} OFFSET ${q.v((p.page - 1) * p.perPage)}) x), '[]'::jsonb) AS contents`;
  const r = await db.query<{ total: number; contents: unknown[] }>(sql, q.values);
  return pageOf(r.rows[0].total, p, r.rows[0].contents);
}

export async function getOne(db: Pool, table: 'taxonomies' | 'taxonomy_terms', id: string): Promise<Json | undefined> {
  const item = table === 'taxonomy_terms' ? `data || jsonb_strip_nulls(jsonb_build_object('taxonomy_id', taxonomy_id))` : 'data';
  const r = await db.query<{ item: Json }>(`SELECT ${item} AS item FROM ${table} WHERE id = $1`, [id]);
  return r.rows[0]?.item;
}

export async function counts(db: Pool): Promise<Record<string, number>> {
  const r = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM services)::int AS services, (SELECT count(*) FROM organizations)::int AS organizations,
            (SELECT count(*) FROM service_at_locations)::int AS service_at_locations, (SELECT count(*) FROM taxonomy_terms)::int AS taxonomy_terms`,
  );
  return r.rows[0];
}
