/**
 * HSDS tabular data package (datapackage.json + CSV files) -> compiled HSDS 3.0 service records,
 * the same shape the JSON path reads, so one normalize step serves both. Reads the 3.0 layout
 * (services.csv, addresses.csv, schedules.csv, attributes.csv, ...) and the older 1.1/2.0 layout
 * still common in the wild (services_at_location.csv, physical_addresses.csv, regular_schedules.csv,
 * service_attributes.csv or services_taxonomy.csv, accessibility_for_disabilities.csv, eligibility.csv).
 * Tables are found by the resource `name` the standard gives them, else by file name.
 *
 * Loaded only when a datapackage.json arrives (in the worker, or on demand without one): the CSV
 * parser (csv-parse) never loads with the element. Nothing here throws on bad data: a table that
 * cannot be read is left out with a reason; only an unreadable or missing services table stops the load.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { weekdayCode } from './weekday.js';

type Row = Record<string, string | undefined>;
type Json = Record<string, unknown>;

export interface PackageReport {
  /** Compiled HSDS 3.0 service records, ready for normalizeServices. */
  records: Json[];
  /** `hsds-3-csv` or `hsds-2-csv` (the 1.1/2.0 layout). */
  format: 'hsds-3-csv' | 'hsds-2-csv';
  /** Parts left out (unreadable tables, rows that point at nothing). */
  dropped: number;
  reasons: string[];
}

export class PackageError extends Error {}

/** Each table the finder reads, with the resource names (3.0 first, then older layouts) and file names it goes by. */
const TABLES = {
  services: ['service'],
  organizations: ['organization'],
  locations: ['location'],
  serviceAtLocation: ['service_at_location', 'services_at_location'],
  phones: ['phone'],
  schedules: ['schedule'],
  regularSchedules: ['regular_schedule'],
  languages: ['language'],
  addresses: ['address'],
  physicalAddresses: ['physical_address'],
  postalAddresses: ['postal_address'],
  accessibility: ['accessibility', 'accessibility_for_disabilities', 'accessibility_for_disability'],
  taxonomyTerms: ['taxonomy_term'],
  taxonomy: ['taxonomy'],
  attributes: ['attribute'],
  serviceAttributes: ['service_attribute'],
  serviceTaxonomy: ['service_taxonomy', 'services_taxonomy'],
  requiredDocuments: ['required_document'],
  costOptions: ['cost_option'],
  eligibility: ['eligibility'],
  serviceAreas: ['service_area'],
} as const;
type TableName = keyof typeof TABLES;

/** Without these columns a table means nothing; a services table without them stops the load. */
const REQUIRED: Partial<Record<TableName, string[]>> = {
  services: ['id', 'name'],
  serviceAtLocation: ['service_id', 'location_id'],
  locations: ['id'],
  organizations: ['id'],
};

const MAX_RESOURCES = 60;
const MAX_REASONS = 50;

/** Singular resource name for a path: "physical_addresses.csv" -> "physical_address", "taxonomy.csv" -> "taxonomy". */
function nameFromPath(path: string): string {
  const file = (path.split(/[/\\]/).pop() ?? '').toLowerCase().replace(/\.csv$/, '');
  if (file.endsWith('ies') && file !== 'accessibilities') return `${file.slice(0, -3)}y`;
  if (/(sses|shes|ches)$/.test(file)) return file.slice(0, -2);
  return file.endsWith('s') && !file.endsWith('ss') ? file.slice(0, -1) : file;
}

/** Values as the JSON shape has them: empty cells left out, numbers where HSDS has numbers. */
const NUMERIC = new Set(['latitude', 'longitude', 'minimum_age', 'maximum_age', 'extension', 'amount', 'timezone', 'count', 'interval']);

function record(row: Row, fields: readonly string[]): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = row[f];
    if (v === undefined || v.trim() === '') continue;
    if (NUMERIC.has(f)) {
      const n = Number(v.trim());
      // A coordinate that is not a number stays NaN, so normalize drops it with a reason and keeps the service.
      if (Number.isFinite(n) || f === 'latitude' || f === 'longitude') out[f] = n;
    } else {
      out[f] = v;
    }
  }
  return out;
}

function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const k = row[key]?.trim();
    if (!k) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function byId(rows: readonly Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) {
    const id = row.id?.trim();
    if (id && !map.has(id)) map.set(id, row);
  }
  return map;
}

const SCHEDULE_FIELDS = ['id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'bymonthday', 'description', 'opens_at', 'closes_at', 'attending_type', 'notes'];
const PHONE_FIELDS = ['id', 'number', 'extension', 'type', 'description'];
const ADDRESS_FIELDS = ['id', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'];
const SERVICE_FIELDS = [
  'id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process',
  'fees_description', 'fees', 'eligibility_description', 'wait_time', 'assured_date', 'minimum_age', 'maximum_age', 'alert',
];
const LOCATION_FIELDS = ['id', 'location_type', 'url', 'name', 'description', 'transportation', 'latitude', 'longitude'];

export interface ReadOptions {
  /** Fetches one resource's text; the caller decides what may be fetched (see load-formats.ts). */
  fetchText: (url: string) => Promise<string>;
}

/**
 * Fetch the CSV resources a data package lists (relative to the package's own URL, same site only),
 * parse them, and join them into compiled HSDS 3.0 services. Rejects with PackageError when there is
 * no readable services table; everything else that is wrong becomes a reason.
 */
export async function readDataPackage(pkg: { resources: unknown[] }, packageUrl: string, options: ReadOptions): Promise<PackageReport> {
  const reasons: string[] = [];
  let dropped = 0;
  const reason = (msg: string) => {
    if (reasons.length < MAX_REASONS) reasons.push(msg);
  };
  const base = new URL(packageUrl);

  // Which resource is which table.
  const wanted = new Map<string, TableName>();
  for (const [table, names] of Object.entries(TABLES) as [TableName, readonly string[]][]) for (const n of names) wanted.set(n, table);
  const paths = new Map<TableName, string>();
  for (const raw of pkg.resources.slice(0, MAX_RESOURCES)) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as { name?: unknown; path?: unknown };
    if (typeof r.path !== 'string') continue;
    const name = typeof r.name === 'string' ? r.name.toLowerCase() : '';
    const table = wanted.get(name) ?? wanted.get(nameFromPath(r.path));
    if (table && !paths.has(table)) paths.set(table, r.path);
  }
  if (!paths.has('services')) throw new PackageError('the data package lists no services table (a resource named "service" or a services.csv)');

  const tables = new Map<TableName, Row[]>();
  await Promise.all(
    [...paths].map(async ([table, path]) => {
      const label = path.slice(0, 80);
      let url: URL;
      try {
        url = new URL(path, base);
      } catch {
        url = new URL('about:blank');
      }
      // Only the site the host gave: a package cannot send the person's browser anywhere else.
      if (url.origin !== base.origin || !/^https?:$/.test(url.protocol)) {
        if (table === 'services') throw new PackageError(`${label}: not on the same site as the data package`);
        dropped++;
        reason(`${label}: not on the same site as the data package; left out`);
        return;
      }
      const text = await options.fetchText(url.href).catch((err: unknown) => {
        if (table === 'services') throw new PackageError(`${label}: ${err instanceof Error ? err.message : 'could not be fetched'}`);
        dropped++;
        reason(`${label}: ${err instanceof Error ? err.message : 'could not be fetched'}; left out`);
        return undefined;
      });
      if (text === undefined) return;
      let rows: Row[];
      let header: string[] = [];
      try {
        rows = parse(text, {
          bom: true,
          columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
          skip_empty_lines: true,
          relax_column_count: true,
        }) as Row[];
      } catch (err) {
        const e = err as { code?: string; lines?: number };
        // csv-parse's own codes and line numbers; never the cell text.
        const why = `${label}: not readable as CSV (${e.code ?? 'parse error'}${e.lines ? ` near line ${e.lines}` : ''})`;
        if (table === 'services') throw new PackageError(why);
        dropped++;
        reason(`${why}; left out`);
        return;
      }
      const missing = (REQUIRED[table] ?? []).filter((c) => !header.includes(c));
      if (missing.length) {
        const why = `${label}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
        if (table === 'services') throw new PackageError(why);
        dropped++;
        reason(`${why}; left out`);
        return;
      }
      tables.set(table, rows);
    }),
  );

  const t = (name: TableName) => tables.get(name) ?? [];
  const services = t('services');
  // Tables only the 1.1/2.0 layout has (3.0 has a `taxonomy` table too, listing vocabularies).
  const layout2 = (['physicalAddresses', 'postalAddresses', 'regularSchedules', 'serviceAttributes', 'serviceTaxonomy', 'eligibility'] as const).some((n) => paths.has(n));

  const organizations = byId(t('organizations'));
  const locations = byId(t('locations'));
  const salByService = groupBy(t('serviceAtLocation'), 'service_id');

  // Schedules of both layouts, keyed by what they belong to.
  const schedules: Json[] = [];
  const scheduleOwner: Row[] = [];
  for (const row of t('schedules')) {
    schedules.push(record(row, SCHEDULE_FIELDS));
    scheduleOwner.push(row);
  }
  for (const row of t('regularSchedules')) {
    const s = record(row, ['id', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'description']);
    const day = weekdayCode(row.weekday);
    if (row.weekday?.trim() && !day) {
      dropped++;
      reason(`regular schedule ${JSON.stringify((row.id ?? '').slice(0, 60))}: unreadable weekday; hours left out`);
      continue;
    }
    if (day) Object.assign(s, { freq: 'WEEKLY', byday: day });
    schedules.push(s);
    scheduleOwner.push(row);
  }
  const schedulesBy = (key: string) => {
    const map = new Map<string, Json[]>();
    scheduleOwner.forEach((row, i) => {
      const k = row[key]?.trim();
      if (!k) return;
      const list = map.get(k);
      if (list) list.push(schedules[i]!);
      else map.set(k, [schedules[i]!]);
    });
    return map;
  };
  const schedulesByService = schedulesBy('service_id');
  const schedulesBySal = schedulesBy('service_at_location_id');
  const schedulesByLocation = schedulesBy('location_id');

  const phonesByService = groupBy(t('phones'), 'service_id');
  const phonesBySal = groupBy(t('phones'), 'service_at_location_id');
  const phonesByLocation = groupBy(t('phones'), 'location_id');
  const phones = (rows: Row[] | undefined) => (rows ?? []).filter((r) => r.number?.trim()).map((r) => record(r, PHONE_FIELDS));

  // 3.0 languages have name/code; 1.1/2.0 have one `language` column (a name or a code).
  const language = (r: Row): Json => {
    const l = record(r, ['id', 'name', 'code', 'note']);
    if (!l.name && !l.code && r.language?.trim()) l.name = r.language.trim();
    return l;
  };
  const languagesByService = groupBy(t('languages'), 'service_id');
  const languagesByLocation = groupBy(t('languages'), 'location_id');

  const addressesByLocation = new Map<string, Json[]>();
  const addAddresses = (rows: Row[], type?: string) => {
    for (const r of rows) {
      const loc = r.location_id?.trim();
      if (!loc) continue;
      const a = record(r, ADDRESS_FIELDS);
      // 1.1/2.0 split addresses into two tables and allowed four lines.
      if (type) a.address_type = type;
      const extra = [r.address_3, r.address_4].map((x) => x?.trim()).filter(Boolean);
      if (extra.length) a.address_2 = [a.address_2, ...extra].filter(Boolean).join(', ');
      const list = addressesByLocation.get(loc);
      if (list) list.push(a);
      else addressesByLocation.set(loc, [a]);
    }
  };
  addAddresses(t('addresses'));
  addAddresses(t('physicalAddresses'), 'physical');
  addAddresses(t('postalAddresses'), 'postal');

  const accessibilityByLocation = groupBy(t('accessibility'), 'location_id');
  const accessibility = (r: Row): Json => {
    const a = record(r, ['id', 'description', 'details', 'url']);
    if (!a.description && r.accessibility?.trim()) a.description = r.accessibility.trim();
    return a;
  };

  // Taxonomy: 3.0 attributes -> taxonomy_terms; 2.0 service_attributes -> taxonomy_terms (`term`); 1.1 services_taxonomy -> taxonomy.
  const terms = byId(t('taxonomyTerms'));
  const oldTerms = byId(t('taxonomy'));
  const term = (id: string): Json | undefined => {
    const r = terms.get(id);
    if (r) {
      const out = record(r, ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy']);
      if (!out.name && r.term?.trim()) out.name = r.term.trim();
      return out;
    }
    const o = oldTerms.get(id);
    if (o) {
      const out = record(o, ['id', 'name', 'parent_id']);
      if (o.vocabulary?.trim()) out.taxonomy = o.vocabulary.trim();
      return out;
    }
    return undefined;
  };
  const serviceIds = new Set(services.map((s) => s.id?.trim()).filter(Boolean));
  const attributesByService = new Map<string, Json[]>();
  const link = (serviceId: string | undefined, termId: string | undefined, id: string | undefined, value?: string) => {
    const sid = serviceId?.trim();
    const tid = termId?.trim();
    if (!sid || !tid) return;
    const a: Json = { taxonomy_term_id: tid };
    if (id?.trim()) a.id = id.trim();
    if (value?.trim()) a.value = value.trim();
    const found = term(tid);
    if (found) a.taxonomy_term = found;
    else {
      dropped++;
      reason(`taxonomy term ${JSON.stringify(tid.slice(0, 60))} is not in the package; category left out`);
    }
    const list = attributesByService.get(sid);
    if (list) list.push(a);
    else attributesByService.set(sid, [a]);
  };
  let unlinked = 0;
  for (const r of t('attributes')) {
    // 3.0 links by link_id + link_entity; only attributes of services become categories.
    const entity = r.link_entity?.trim().toLowerCase() ?? '';
    if (serviceIds.has(r.link_id?.trim() ?? '')) link(r.link_id, r.taxonomy_term_id, r.id, r.value);
    else if (entity === '' || entity === 'service') unlinked++;
  }
  for (const r of t('serviceAttributes')) link(r.service_id, r.taxonomy_term_id, r.id);
  for (const r of t('serviceTaxonomy')) link(r.service_id, r.taxonomy_id, r.id);
  if (unlinked) {
    dropped += unlinked;
    reason(`${unlinked} attribute${unlinked === 1 ? '' : 's'} link to no service in the package; left out`);
  }

  const documentsByService = groupBy(t('requiredDocuments'), 'service_id');
  const costsByService = groupBy(t('costOptions'), 'service_id');
  const eligibilityByService = groupBy(t('eligibility'), 'service_id');
  const areasByService = groupBy(t('serviceAreas'), 'service_id');

  let missingLocations = 0;
  const records: Json[] = [];
  for (const row of services) {
    const s = record(row, SERVICE_FIELDS);
    const id = row.id?.trim() ?? '';
    // Keep even a row without id or name: normalize skips it and says why, so the report counts it.
    const org = organizations.get(row.organization_id?.trim() ?? '');
    if (org) {
      const o = record(org, ['id', 'name', 'description', 'website']);
      if (!o.website && org.url?.trim()) o.website = org.url.trim(); // 2.0 called it url
      s.organization = o;
    }
    const servicePhones = phones(phonesByService.get(id));
    if (servicePhones.length) s.phones = servicePhones;
    const own = schedulesByService.get(id);
    if (own) s.schedules = own;
    const langs = languagesByService.get(id);
    if (langs) s.languages = langs.map(language);
    const attributes = attributesByService.get(id);
    if (attributes) s.attributes = attributes;
    const docs = documentsByService.get(id);
    if (docs) s.required_documents = docs.map((d) => record(d, ['id', 'document', 'uri']));
    const costs = costsByService.get(id);
    if (costs) s.cost_options = costs.map((c) => record(c, ['id', 'option', 'currency', 'amount', 'amount_description', 'valid_from', 'valid_to']));
    const eligibility = eligibilityByService.get(id)?.map((e) => e.eligibility?.trim()).filter(Boolean);
    if (eligibility?.length && !s.eligibility_description) s.eligibility_description = eligibility.join('; ');
    const areas = areasByService.get(id);
    if (areas) {
      s.service_areas = areas.map((a) => {
        const out = record(a, ['id', 'name', 'description', 'extent', 'extent_type', 'uri']);
        if (!out.name && a.service_area?.trim()) out.name = a.service_area.trim();
        return out;
      });
    }
    const sals: Json[] = [];
    for (const salRow of salByService.get(id) ?? []) {
      const sal = record(salRow, ['id', 'description']);
      const salId = salRow.id?.trim() ?? '';
      const salPhones = phones(salId ? phonesBySal.get(salId) : undefined);
      if (salPhones.length) sal.phones = salPhones;
      const salSchedules = salId ? schedulesBySal.get(salId) : undefined;
      if (salSchedules) sal.schedules = salSchedules;
      const locId = salRow.location_id?.trim() ?? '';
      const locRow = locations.get(locId);
      if (!locRow) {
        missingLocations++;
        sals.push(sal);
        continue;
      }
      const loc = record(locRow, LOCATION_FIELDS);
      const addresses = addressesByLocation.get(locId);
      if (addresses) loc.addresses = addresses;
      const access = accessibilityByLocation.get(locId);
      if (access) loc.accessibility = access.map(accessibility);
      const locLangs = languagesByLocation.get(locId);
      if (locLangs) loc.languages = locLangs.map(language);
      const locPhones = phones(phonesByLocation.get(locId));
      if (locPhones.length) loc.phones = locPhones;
      const locSchedules = schedulesByLocation.get(locId);
      if (locSchedules) loc.schedules = locSchedules;
      sal.location = loc;
      sals.push(sal);
    }
    if (sals.length) s.service_at_locations = sals;
    records.push(s);
  }
  if (missingLocations) {
    dropped += missingLocations;
    reason(`${missingLocations} service-at-location row${missingLocations === 1 ? '' : 's'} point at no location in the package; shown without that place`);
  }
  return { records, format: layout2 ? 'hsds-2-csv' : 'hsds-3-csv', dropped, reasons };
}
