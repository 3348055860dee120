/**
 * HSDS 3.0 compiled service records -> one compact internal shape for search and display.
 * Validated with zod/mini. A bad service record is skipped and counted, never thrown; a bad part of
 * a good record (impossible coordinates, an unreadable schedule) is dropped and counted, so one typo
 * in a pantry's latitude does not hide the pantry. Text stays text: nothing here is HTML.
 */
import * as z from 'zod/mini';
import { isPlainEmail, safeHref } from '../core/safe-url.js';
import { cutText } from '../core/cut-text.js';
import { isValidTimeZone, parseSchedule, type OpeningRule } from './open-now.js';
import { languageKey } from './search-index.js';

// ---- schema (only the fields we read; unknown fields pass through untouched) ------------------

const str = z.nullish(z.string());
const num = z.nullish(z.number());
const list = <T extends z.core.SomeType>(item: T) => z.nullish(z.array(item));
// Any number, even one z.number() refuses (NaN, ±Infinity: 1e309 in JSON): normalize drops impossible
// coordinates and keeps the service. A coordinate of another type is a wrong type (record skipped).
const coordinate = z.nullish(z.custom<number>((v) => typeof v === 'number', 'expected number'));

const Language = z.object({ id: str, name: str, code: str, note: str });

const Phone = z.object({
  id: str,
  number: str,
  extension: num,
  type: str,
  description: str,
  languages: list(Language),
});

export const HsdsSchedule = z.object({
  id: str,
  valid_from: str,
  valid_to: str,
  dtstart: str,
  timezone: num,
  until: str,
  count: num,
  wkst: str,
  freq: str,
  interval: num,
  byday: str,
  bymonthday: str,
  description: str,
  opens_at: str,
  closes_at: str,
  attending_type: str,
  notes: str,
});

const Address = z.object({
  id: str,
  address_1: str,
  address_2: str,
  city: str,
  region: str,
  state_province: str,
  postal_code: str,
  country: str,
  address_type: str,
});

const Accessibility = z.object({ id: str, description: str, details: str, url: str });

const Location = z.object({
  id: str,
  location_type: str,
  url: str,
  name: str,
  description: str,
  transportation: str,
  latitude: coordinate,
  longitude: coordinate,
  languages: list(Language),
  addresses: list(Address),
  accessibility: list(Accessibility),
  phones: list(Phone),
  schedules: list(HsdsSchedule),
});

const ServiceAtLocation = z.object({
  id: str,
  description: str,
  phones: list(Phone),
  schedules: list(HsdsSchedule),
  location: z.nullish(Location),
});

const TaxonomyTerm = z.object({ id: str, code: str, name: str, description: str, parent_id: str, taxonomy: str });

const Attribute = z.object({ id: str, taxonomy_term_id: str, value: str, taxonomy_term: z.nullish(TaxonomyTerm) });

const CostOption = z.object({
  id: str,
  option: str,
  currency: str,
  amount: num,
  amount_description: str,
  valid_from: str,
  valid_to: str,
});

const Organization = z.object({ id: str, name: str, description: str, website: str });

// `extent` is a string in HSDS 3.0 (GeoJSON text); some publishers put the GeoJSON object itself.
const ServiceArea = z.object({ id: str, name: str, description: str, extent: z.nullish(z.union([z.string(), z.record(z.string(), z.unknown())])), extent_type: str });

/** One HSDS 3.0 compiled service (service_full.json's shape), as far as the finder reads it. */
export const HsdsService = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string(),
  alternate_name: str,
  description: str,
  url: str,
  email: str,
  status: str,
  interpretation_services: str,
  application_process: str,
  fees_description: str,
  fees: str,
  eligibility_description: str,
  wait_time: str,
  assured_date: str,
  required_documents: list(z.object({ id: str, document: str, uri: str })),
  minimum_age: num,
  maximum_age: num,
  alert: str,
  phones: list(Phone),
  schedules: list(HsdsSchedule),
  service_at_locations: list(ServiceAtLocation),
  languages: list(Language),
  organization: z.nullish(Organization),
  cost_options: list(CostOption),
  attributes: list(Attribute),
  service_areas: list(ServiceArea),
});
export type HsdsService = z.infer<typeof HsdsService>;
type HsdsLanguage = z.infer<typeof Language>;
type HsdsPhone = z.infer<typeof Phone>;
type HsdsLocation = z.infer<typeof Location>;

// ---- the internal shape ---------------------------------------------------------------------------

export interface NormalizedLocation {
  id: string;
  name: string;
  kind: 'physical' | 'postal' | 'virtual';
  /** Present only when both are real WGS84 coordinates. */
  lat?: number;
  lon?: number;
  /** Address lines, ready to print one per line. */
  address: string[];
  /** The address's city and postal code as written: where a typed city or postcode is (service-areas.ts). */
  city?: string;
  postcode?: string;
  /** Safe web link (virtual locations). */
  url?: string;
  accessibility: string[];
  transportation?: string;
}

export interface NormalizedPhone {
  number: string;
  extension?: number;
  type?: string;
  description?: string;
}

export interface NormalizedCategory {
  /** The HSDS taxonomy_term id. */
  id: string;
  /** The term's code in its taxonomy, e.g. Open Eligibility "102-04". */
  code?: string;
  name: string;
  parentId?: string;
}

export interface NormalizedCost {
  amount?: number;
  currency?: string;
  option?: string;
  description?: string;
}

/** Where a service says it serves (HSDS `service_areas`), in a form that is quick to test a place against. */
export interface NormalizedServiceArea {
  /** The areas' names as the directory writes them ("San Mateo County"), for reading. */
  names: string[];
  /** Polygons, each a list of rings `[lon, lat, lon, lat, ...]` (GeoJSON order): an outline, then its holes. */
  polygons: number[][][];
  /** Postcodes or postcode beginnings listed ("94401", "AB1"), upper case without spaces. */
  postcodes: string[];
  /**
   * Place names of the areas that list neither an outline nor postcodes ("Redwood City", "Menlo Park,
   * Atherton" as two), as written: a city the person is in matches them (service-areas.ts).
   */
  places: string[];
}

export interface NormalizedService {
  id: string;
  name: string;
  alternateName?: string;
  organization: string;
  organizationId?: string;
  description: string;
  /** http(s) only; anything else is dropped. */
  url?: string;
  email?: string;
  status: 'active' | 'temporarily closed';
  eligibility?: string;
  applicationProcess?: string;
  fees?: string;
  /** HSDS `wait_time`, as written. */
  waitTime?: string;
  /** HSDS `required_documents[].document`: what to bring. */
  requiredDocuments?: string[];
  /** HSDS `assured_date` (YYYY-MM-DD): when the listing was last checked. Impossible dates are dropped. */
  lastChecked?: string;
  alert?: string;
  interpretation?: string;
  minAge?: number;
  maxAge?: number;
  /** ISO 639-1 primary codes ("zh" for every Chinese variety), de-duplicated, data order. */
  languages: string[];
  free: boolean;
  costs: NormalizedCost[];
  categories: NormalizedCategory[];
  locations: NormalizedLocation[];
  phones: NormalizedPhone[];
  /** Evaluable opening rules (see open-now.ts) and the free-text notes that go with them. */
  hours: OpeningRule[];
  hoursNotes: string[];
  /** IANA zone (or fixed "+hh:mm") the hours are in. */
  timeZone: string;
  telehealth: boolean;
  inPerson: boolean;
  wheelchair: boolean;
  /** HSDS `service_areas`; absent when the directory lists none. */
  area?: NormalizedServiceArea;
}

export interface NormalizeOptions {
  /** The directory's IANA time zone. HSDS has no per-location zone; defaults to the schedule's UTC offset, then the browser's zone. */
  timeZone?: string;
  /** Reasons kept for the error message (the counts are always exact). */
  maxReasons?: number;
}

export interface NormalizeResult {
  services: NormalizedService[];
  /** Service records not loaded (bad type, no id or name, duplicate id, inactive/defunct). */
  skipped: number;
  /** Parts of loaded services left out (impossible coordinates, unreadable schedules). */
  dropped: number;
  /** Why, one line per problem, capped at maxReasons. */
  reasons: string[];
}

// ---- helpers ------------------------------------------------------------------------------------

const MAX_TEXT = 4000;
// C0/C1 controls except tab and newline; text stays text, but invisible control bytes help nobody.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** "2024-03-05" (or the date part of a timestamp) when it is a real calendar date, else undefined. */
function calendarDate(value: string | null | undefined): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? m[0] : undefined;
}

function text(value: string | null | undefined, max = MAX_TEXT): string | undefined {
  if (value == null) return undefined;
  let s = value.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  if (s.length > max) s = cutText(s, max, '…');
  return s || undefined;
}

function addLanguages(into: Set<string>, langs: readonly HsdsLanguage[] | null | undefined) {
  for (const l of langs ?? []) {
    const key = languageKey(l.code) ?? languageKey(l.name);
    if (key) into.add(key);
  }
}

const FREE_TEXT = /\b(free|no cost|no charge|no fee|gratis|gratuit[oa]?|免費|免费|miễn phí|бесплатно|무료|مجان[يا]?)/i;
const NOT_FREE = /\bnot free\b|\bfee[s]? appl/i;
const WHEELCHAIR = /wheelchair|step[- ]free|level access|ramp|accessible (entrance|entry|restroom|building)/i;
const NOT_WHEELCHAIR = /\b(no|not|without)\b[^.]{0,24}\b(wheelchair|step[- ]free|ramp|accessible)|inaccessible|stairs only/i;
const REMOTE = /tele(health|medicine|therapy)|video|online|virtual|by phone|remote/i;

const isLat = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= -90 && v <= 90;
const isLon = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v) && v >= -180 && v <= 180;

function phoneOf(p: HsdsPhone): NormalizedPhone | undefined {
  const number = text(p.number, 60);
  if (!number) return undefined;
  const out: NormalizedPhone = { number };
  if (typeof p.extension === 'number' && Number.isInteger(p.extension) && p.extension >= 0) out.extension = p.extension;
  const type = text(p.type, 20);
  if (type) out.type = type.toLowerCase();
  const description = text(p.description, 500);
  if (description) out.description = description;
  return out;
}

function addressLines(loc: HsdsLocation): string[] {
  const a = loc.addresses?.find((x) => x.address_type !== 'postal') ?? loc.addresses?.[0];
  if (!a) return [];
  const cityLine = [text(a.city, 100), [text(a.state_province, 60), text(a.postal_code, 20)].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [text(a.address_1, 200), text(a.address_2, 200), cityLine].filter((x): x is string => !!x);
}

function offsetZone(hours: number): string | undefined {
  if (!Number.isFinite(hours) || hours < -14 || hours > 14) return undefined;
  const total = Math.round(hours * 60);
  const abs = Math.abs(total);
  return `${total < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let browserZone: string | undefined;
function defaultZone(): string {
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return browserZone;
}

/** Pull the array of records out of what a `src` URL or an API page returns. */
function recordsOf(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (input && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    if (Array.isArray(o.contents)) return o.contents; // HSDS API page (service_list.json)
    if (Array.isArray(o.services)) {
      // An organization with its services (organization_full.json): each service gets its organization.
      if (typeof o.name !== 'string') return o.services;
      const { services, ...org } = o;
      return (services as unknown[]).map((s) =>
        s && typeof s === 'object' && !('organization' in s) ? { ...(s as object), organization: org } : s,
      );
    }
    // One service, or one service_at_location; a lone location or taxonomy is not a directory.
    if ('location_type' in o || !('status' in o || 'service' in o || 'service_at_locations' in o)) return undefined;
    return [o];
  }
  return undefined;
}

/** A service_at_location record (with a nested service) becomes a service with that one location. */
function asService(record: unknown): unknown {
  if (!record || typeof record !== 'object') return record;
  const r = record as Record<string, unknown>;
  if (!('name' in r) && r.service && typeof r.service === 'object') {
    const { service, ...sal } = r;
    const s = service as Record<string, unknown>;
    const own = Array.isArray(s.service_at_locations) ? s.service_at_locations : [];
    return { ...s, service_at_locations: [...own, sal] };
  }
  return record;
}

// ---- service areas ----------------------------------------------------------------------------------

/** Points kept per service's areas: a county outline needs far fewer than its survey file holds. */
const MAX_AREA_POINTS = 2000;
// A US ZIP (or ZIP+4), or a UK-style postcode or its first half ("AB1", "SW1A 1AA").
const POSTCODE_TOKEN = /\b(\d{5})(?:-\d{4})?\b|\b([A-Z]{1,2}\d[A-Z\d]?(?: ?\d[A-Z]{2})?)\b/g;
// Free text is read for postcodes only when it says it lists them, or is nothing but a list of them
// (a street number in "We serve families at 12345 Main St" is no postcode).
const SAYS_POSTCODES = /\b(zip|post ?codes?|postal)/i;

function postcodesIn(value: string | undefined, out: Set<string>): void {
  if (!value) return;
  const upper = value.toUpperCase();
  const onlyPostcodes = upper.replace(POSTCODE_TOKEN, '').replace(/\bAND\b|[\s,;/&]+/g, '') === '';
  if (!onlyPostcodes && !SAYS_POSTCODES.test(value)) return;
  for (const m of upper.matchAll(POSTCODE_TOKEN)) out.add((m[1] ?? m[2]!).replace(/\s/g, ''));
}

/** A GeoJSON ring as a flat [lon, lat, ...] list, or undefined when any point is not a real coordinate. */
function ringOf(raw: unknown): number[] | undefined {
  if (!Array.isArray(raw) || raw.length < 3) return undefined;
  const flat: number[] = [];
  for (const p of raw) {
    if (!Array.isArray(p) || !isLon(p[0] as number) || !isLat(p[1] as number)) return undefined;
    flat.push(Math.round((p[0] as number) * 1e5) / 1e5, Math.round((p[1] as number) * 1e5) / 1e5);
  }
  return flat;
}

/** Polygons of a GeoJSON geometry, feature or collection; undefined when it holds something else. */
function polygonsOf(geo: unknown, depth = 0): number[][][] | undefined {
  if (!geo || typeof geo !== 'object' || depth > 3) return undefined;
  const g = geo as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown; geometries?: unknown };
  const rings = (list: unknown) => (Array.isArray(list) && list.length ? list.map(ringOf) : [undefined]);
  if (g.type === 'Polygon') {
    const polygon = rings(g.coordinates);
    return polygon.every(Boolean) ? [polygon as number[][]] : undefined;
  }
  if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) {
    const polygons = g.coordinates.map(rings);
    return polygons.length && polygons.every((p) => p.every(Boolean)) ? (polygons as number[][][]) : undefined;
  }
  if (g.type === 'Feature') return polygonsOf(g.geometry, depth + 1);
  const parts = g.type === 'FeatureCollection' ? g.features : g.type === 'GeometryCollection' ? g.geometries : undefined;
  if (!Array.isArray(parts) || !parts.length) return undefined;
  const all: number[][][] = [];
  for (const part of parts) {
    const p = polygonsOf(part, depth + 1);
    if (!p) return undefined;
    all.push(...p);
  }
  return all;
}

/** Keeps every k-th point (and closes each ring) when the outlines hold more than MAX_AREA_POINTS. */
function thinned(polygons: number[][][]): number[][][] {
  const points = polygons.reduce((n, p) => n + p.reduce((m, r) => m + r.length / 2, 0), 0);
  const step = Math.ceil(points / MAX_AREA_POINTS);
  if (step <= 1) return polygons;
  return polygons.map((p) =>
    p.map((r) => {
      const n = r.length / 2;
      if (n <= 8) return r;
      const out: number[] = [];
      for (let i = 0; i < n; i += step) out.push(r[2 * i]!, r[2 * i + 1]!);
      out.push(r[0]!, r[1]!);
      return out;
    }),
  );
}

type HsdsServiceArea = z.infer<typeof ServiceArea>;

/** HSDS service_areas -> names, polygons and postcodes; an extent that cannot be read is told through `problem`. */
function serviceAreaOf(areas: readonly HsdsServiceArea[], problem: (why: string) => void): NormalizedServiceArea | undefined {
  const names: string[] = [];
  const postcodes = new Set<string>();
  let polygons: number[][][] = [];
  const places = new Set<string>();
  for (const a of areas) {
    const name = text(a.name, 300);
    if (name && !names.includes(name)) names.push(name);
    const before = postcodes.size;
    postcodesIn(name, postcodes);
    postcodesIn(text(a.description, 1000), postcodes);
    const kind = (a.extent_type ?? '').trim().toLowerCase();
    const extent = a.extent;
    // An area with nothing else to test names its places: "Redwood City", or a text extent "Menlo Park, Atherton".
    const placesOf = (words: string | undefined) => {
      if (postcodes.size === before) placeNames(words, places);
    };
    if (extent == null || extent === '') {
      placesOf(name);
      continue;
    }
    if (kind === 'text' || (typeof extent === 'string' && !kind && !extent.trim().startsWith('{'))) {
      const written = typeof extent === 'string' ? text(extent, 20000) : undefined;
      postcodesIn(written, postcodes);
      placesOf(written ?? name);
      continue;
    }
    if (kind && kind !== 'geojson') {
      problem(`${kind.slice(0, 20)} extent not read (GeoJSON only)`);
      continue;
    }
    let geo: unknown = extent;
    if (typeof extent === 'string') {
      try {
        geo = JSON.parse(extent);
      } catch {
        problem('extent is not GeoJSON');
        continue;
      }
    }
    const found = polygonsOf(geo);
    if (found) polygons.push(...found);
    else problem('extent is not a GeoJSON Polygon or MultiPolygon with real coordinates');
  }
  polygons = thinned(polygons);
  if (!names.length && !polygons.length && !postcodes.size) return undefined;
  return { names: names.slice(0, 50), polygons, postcodes: [...postcodes].slice(0, 2000), places: [...places].slice(0, 200) };
}

/** "Menlo Park, Redwood City and Atherton" -> three names (a sentence gives pieces that match no city). */
function placeNames(words: string | undefined, out: Set<string>): void {
  if (!words) return;
  for (const part of words.slice(0, 5000).split(/[,;\n/&]|\band\b/i)) {
    const place = part.trim();
    if (place.length >= 2 && place.length <= 80) out.add(place);
  }
}

// ---- normalize ------------------------------------------------------------------------------------

export function normalizeServices(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  const maxReasons = options.maxReasons ?? 50;
  const result: NormalizeResult = { services: [], skipped: 0, dropped: 0, reasons: [] };
  const reason = (msg: string) => {
    if (result.reasons.length < maxReasons) result.reasons.push(msg);
  };
  const records = recordsOf(input);
  if (!records) {
    result.skipped = 1;
    reason('input is not an HSDS service, a list of services, or an HSDS API page');
    return result;
  }
  const hostZone = options.timeZone && isValidTimeZone(options.timeZone) ? options.timeZone : undefined;
  if (options.timeZone && !hostZone) reason(`unknown time zone "${options.timeZone.slice(0, 60)}"; using the schedules' offsets`);
  const seen = new Set<string>();

  records.forEach((raw, index) => {
    const label = () => {
      const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '';
      return `record ${index}${id ? ` (id ${JSON.stringify(id.slice(0, 60))})` : ''}`;
    };
    const parsed = HsdsService.safeParse(asService(raw));
    if (!parsed.success) {
      result.skipped++;
      const issue = parsed.error.issues[0];
      reason(`${label()}: ${issue ? `${issue.path.join('.') || 'record'}: ${issue.code === 'invalid_type' ? `expected ${(issue as { expected?: string }).expected}` : issue.message}` : 'invalid'}`);
      return;
    }
    const s = parsed.data;
    const id = s.id.trim();
    const name = text(s.name, 300);
    if (!id || !name) {
      result.skipped++;
      reason(`${label()}: ${id ? 'name is empty' : 'id is empty'}`);
      return;
    }
    if (seen.has(id)) {
      result.skipped++;
      reason(`${label()}: duplicate id`);
      return;
    }
    const status = (s.status ?? 'active').trim().toLowerCase();
    if (status === 'inactive' || status === 'defunct') {
      result.skipped++;
      reason(`${label()}: status ${status}`);
      return;
    }
    seen.add(id);

    const languages = new Set<string>();
    addLanguages(languages, s.languages);
    const locations: NormalizedLocation[] = [];
    const phones: NormalizedPhone[] = [];
    const phoneSeen = new Set<string>();
    const addPhones = (list: readonly HsdsPhone[] | null | undefined) => {
      for (const p of list ?? []) {
        const n = phoneOf(p);
        if (n && !phoneSeen.has(n.number + (n.extension ?? ''))) {
          phoneSeen.add(n.number + (n.extension ?? ''));
          phones.push(n);
        }
      }
    };
    addPhones(s.phones);

    let telehealth = false;
    let inPerson = false;
    let wheelchair = false;
    let scheduleOffset: number | undefined;
    const salSchedules: z.infer<typeof HsdsSchedule>[] = [];
    const locationSchedules: z.infer<typeof HsdsSchedule>[] = [];

    for (const sal of s.service_at_locations ?? []) {
      salSchedules.push(...(sal.schedules ?? []));
      addPhones(sal.phones);
      const loc = sal.location;
      if (!loc) continue;
      const kindRaw = (loc.location_type ?? 'physical').toLowerCase();
      const kind: NormalizedLocation['kind'] = kindRaw === 'virtual' || kindRaw === 'postal' ? kindRaw : 'physical';
      const out: NormalizedLocation = {
        id: text(loc.id, 200) ?? `${id}#${locations.length}`,
        name: text(loc.name, 300) ?? '',
        kind,
        address: addressLines(loc),
        accessibility: [],
      };
      const address = loc.addresses?.find((x) => x.address_type !== 'postal') ?? loc.addresses?.[0];
      const city = text(address?.city, 100);
      const postcode = text(address?.postal_code, 20);
      if (city) out.city = city;
      if (postcode) out.postcode = postcode;
      if (loc.latitude != null || loc.longitude != null) {
        if (isLat(loc.latitude) && isLon(loc.longitude) && !(loc.latitude === 0 && loc.longitude === 0)) {
          out.lat = loc.latitude;
          out.lon = loc.longitude;
        } else {
          result.dropped++;
          reason(`${label()}: location ${JSON.stringify(out.id.slice(0, 60))} has impossible coordinates (${String(loc.latitude)}, ${String(loc.longitude)}); shown without distance`);
        }
      }
      const url = safeHref(loc.url, { webOnly: true });
      if (url && kind === 'virtual') out.url = url;
      const transportation = text(loc.transportation, 1000);
      if (transportation) out.transportation = transportation;
      for (const a of loc.accessibility ?? []) {
        const t = [text(a.description, 1000), text(a.details, 1000)].filter(Boolean).join(' ');
        if (!t) continue;
        out.accessibility.push(t);
        if (WHEELCHAIR.test(t) && !NOT_WHEELCHAIR.test(t)) wheelchair = true;
      }
      addLanguages(languages, loc.languages);
      addPhones(loc.phones);
      locationSchedules.push(...(loc.schedules ?? []));
      if (kind === 'virtual') telehealth = true;
      else if (kind === 'physical') inPerson = true;
      locations.push(out);
    }

    // The most specific schedules win: service at location, then service, then location.
    const schedules = salSchedules.length ? salSchedules : s.schedules?.length ? s.schedules : locationSchedules;
    const hours: OpeningRule[] = [];
    const hoursNotes: string[] = [];
    for (const sc of schedules) {
      const p = parseSchedule(sc);
      if ('error' in p) {
        result.dropped++;
        reason(`${label()}: schedule ${JSON.stringify((sc.id ?? '').slice(0, 60))} unreadable (${p.error}); hours left out`);
      } else if ('rule' in p) {
        hours.push(p.rule);
      }
      const note = text(sc.description, 500);
      if (note && !hoursNotes.includes(note)) hoursNotes.push(note);
      if (typeof sc.timezone === 'number' && scheduleOffset === undefined) scheduleOffset = sc.timezone;
      if (sc.attending_type && REMOTE.test(sc.attending_type)) telehealth = true;
    }

    const categories: NormalizedCategory[] = [];
    for (const a of s.attributes ?? []) {
      const t = a.taxonomy_term;
      const termId = text(t?.id, 200) ?? text(a.taxonomy_term_id, 200);
      const termName = text(t?.name, 200);
      if (!termId || !termName) continue;
      if (categories.some((c) => c.id === termId)) continue;
      const c: NormalizedCategory = { id: termId, name: termName };
      const code = text(t?.code, 100);
      if (code) c.code = code;
      const parentId = text(t?.parent_id, 200);
      if (parentId) c.parentId = parentId;
      categories.push(c);
      if (/tele(health|medicine)|virtual|online/i.test(termName)) telehealth = true;
    }

    const costs: NormalizedCost[] = [];
    for (const c of s.cost_options ?? []) {
      const cost: NormalizedCost = {};
      if (typeof c.amount === 'number' && Number.isFinite(c.amount) && c.amount >= 0) cost.amount = c.amount;
      const currency = text(c.currency, 3);
      if (currency) cost.currency = currency.toUpperCase();
      const option = text(c.option, 300);
      if (option) cost.option = option;
      const description = text(c.amount_description, 300);
      if (description) cost.description = description;
      costs.push(cost);
    }
    const fees = text(s.fees_description) ?? text(s.fees);
    const priced = costs.filter((c) => c.amount !== undefined);
    const free = priced.length
      ? priced.every((c) => c.amount === 0)
      : [fees, ...costs.map((c) => c.option)].some((t) => !!t && FREE_TEXT.test(t) && !NOT_FREE.test(t));

    const age = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 150 ? v : undefined);
    let minAge = age(s.minimum_age);
    let maxAge = age(s.maximum_age);
    if (minAge !== undefined && maxAge !== undefined && maxAge < minAge) [minAge, maxAge] = [maxAge, minAge];

    const timeZone =
      hostZone ?? (scheduleOffset !== undefined ? offsetZone(scheduleOffset) : undefined) ?? defaultZone();

    const org = s.organization;
    const service: NormalizedService = {
      id,
      name,
      organization: text(org?.name, 300) ?? '',
      description: text(s.description) ?? '',
      status: status === 'temporarily closed' ? 'temporarily closed' : 'active',
      languages: [...languages],
      free,
      costs,
      categories,
      locations,
      phones,
      hours,
      hoursNotes,
      timeZone,
      telehealth,
      inPerson,
      wheelchair,
    };
    const optional: [keyof NormalizedService, string | number | undefined][] = [
      ['alternateName', text(s.alternate_name, 300)],
      ['organizationId', text(org?.id, 200)],
      ['url', safeHref(s.url, { webOnly: true }) ?? safeHref(org?.website, { webOnly: true })],
      ['email', text(s.email, 254)],
      ['eligibility', text(s.eligibility_description)],
      ['applicationProcess', text(s.application_process)],
      ['fees', fees],
      ['alert', text(s.alert, 1000)],
      ['interpretation', text(s.interpretation_services, 1000)],
      ['minAge', minAge],
      ['maxAge', maxAge],
    ];
    for (const [k, v] of optional) if (v !== undefined) (service as unknown as Record<string, unknown>)[k] = v;
    // A mailto link takes one plain address: "a@b.example?bcc=x@evil.example" would copy someone silently.
    if (service.email !== undefined && !isPlainEmail(service.email)) {
      result.dropped++;
      reason(`${label()}: email is not one plain address (a second address, a query or a name); shown as text, not a link`);
    }
    const wait = text(s.wait_time, 1000);
    if (wait) service.waitTime = wait;
    const documents = (s.required_documents ?? []).map((d) => text(d.document, 500)).filter((d): d is string => !!d);
    if (documents.length) service.requiredDocuments = documents.slice(0, 20);
    const checked = calendarDate(s.assured_date);
    if (checked) service.lastChecked = checked;
    const area = serviceAreaOf(s.service_areas ?? [], (why) => {
      result.dropped++;
      reason(`${label()}: service area ${why}; that area left out`);
    });
    if (area) service.area = area;
    result.services.push(service);
  });

  if (result.reasons.length >= maxReasons) {
    const total = result.skipped + result.dropped;
    result.reasons.push(`(${total} problems in all; first ${maxReasons} shown)`);
  }
  return result;
}
