/**
 * Open Referral UK (the ORUK v1 API's JSON, still what most UK directories publish) -> compiled HSDS
 * 3.0 service records, so the one normalize step reads both. ORUK differs in names and nesting:
 * `regular_schedules`, `service_taxonomys` (each with a `taxonomy`), `eligibilitys` (ages live there),
 * `languages` as `{ language }`, phones under `contacts`, and locations with `physical_addresses` and
 * `accessibility_for_disabilities`. A list page is `{ totalElements, ..., content: [...] }`.
 * Plain data in, plain data out; nothing here throws on odd values (they are left for normalize to judge).
 */
import { weekdayCode } from './weekday.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Keys only ORUK services have (HSDS 3.0 has none of them). */
const ORUK_KEYS = ['regular_schedules', 'service_taxonomys', 'eligibilitys', 'holiday_schedules', 'fundings', 'reviews', 'attending_type', 'deliverable_type'];

function looksOruk(record: unknown): boolean {
  if (!isObject(record)) return false;
  if (ORUK_KEYS.some((k) => k in record)) return true;
  return list(record.service_at_locations).some((sal) => isObject(sal.location) && ('physical_addresses' in sal.location || 'accessibility_for_disabilities' in sal.location));
}

/** ORUK when it is an ORUK page (`content`), or services of which the first few carry ORUK-only fields. */
export function isOruk(value: unknown): boolean {
  if (isObject(value) && Array.isArray(value.content) && ('totalElements' in value || 'totalPages' in value || value.content.some(looksOruk))) return true;
  const records = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return records.slice(0, 20).some(looksOruk);
}

/** A number where the feed wrote one, also as a numeric string (some ORUK feeds quote coordinates). */
function number(v: unknown): unknown {
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

function pick(from: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const k of keys) if (from[k] !== undefined && from[k] !== null) out[k] = from[k];
  return out;
}

function schedule(s: Json, attendingType?: unknown): Json {
  const out = pick(s, ['id', 'valid_from', 'valid_to', 'dtstart', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'bymonthday', 'description', 'opens_at', 'closes_at', 'notes']);
  out.interval = number(out.interval);
  out.count = number(out.count);
  if (typeof out.bymonthday === 'number') out.bymonthday = String(out.bymonthday);
  // Older ORUK feeds give one weekday per row instead of an RRULE.
  if (!out.byday && s.weekday != null) {
    const day = weekdayCode(s.weekday);
    if (day) Object.assign(out, { freq: out.freq ?? 'WEEKLY', byday: day });
  }
  if (typeof attendingType === 'string' && attendingType.trim()) out.attending_type = attendingType;
  return out;
}

const ADDRESS_KEYS = ['id', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country'];

/** ORUK feeds often pad address parts with commas (", Stathe, Tamworth, "): trimmed, so lines read cleanly. */
function address(a: Json, type: string): Json {
  const out = pick(a, ADDRESS_KEYS);
  for (const k of ADDRESS_KEYS) if (typeof out[k] === 'string') out[k] = (out[k] as string).replace(/^[\s,]+|[\s,]+$/g, '');
  out.address_type = type;
  return out;
}

function location(loc: Json): Json {
  const out = pick(loc, ['id', 'name', 'description', 'transportation', 'url']);
  out.location_type = typeof loc.location_type === 'string' ? loc.location_type : 'physical';
  if (loc.latitude != null) out.latitude = number(loc.latitude);
  if (loc.longitude != null) out.longitude = number(loc.longitude);
  const addresses = [...list(loc.physical_addresses).map((a) => address(a, 'physical')), ...list(loc.postal_addresses).map((a) => address(a, 'postal'))];
  if (addresses.length) out.addresses = addresses;
  const access = list(loc.accessibility_for_disabilities).map((a) => {
    const x = pick(a, ['id', 'details', 'url']);
    if (typeof a.accessibility === 'string') x.description = a.accessibility;
    return x;
  });
  if (access.length) out.accessibility = access;
  return out;
}

/** One ORUK service as a compiled HSDS 3.0 service. */
export function orukService(s: Json): Json {
  const out = pick(s, ['id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'fees', 'assured_date', 'alert', 'application_process', 'wait_time']);
  if (isObject(s.organization)) {
    const o = pick(s.organization, ['id', 'name', 'description']);
    const site = s.organization.url ?? s.organization.website;
    if (typeof site === 'string') o.website = site;
    out.organization = o;
  }
  // ORUK says how a person attends once per service: phone and online count as remote.
  const attending = s.attending_type;
  const schedules = list(s.regular_schedules).map((r) => schedule(r, attending));
  if (schedules.length) out.schedules = schedules;

  const phones = [...list(s.phones), ...list(s.contacts).flatMap((c) => list(c.phones))].map((p) => pick(p, ['id', 'number', 'extension', 'type', 'description']));
  for (const p of phones) p.extension = number(p.extension);
  if (phones.length) out.phones = phones;

  const languages = list(s.languages).map((l) => {
    const x = pick(l, ['id', 'name', 'code', 'note']);
    if (!x.name && !x.code && typeof l.language === 'string') x.name = l.language;
    return x;
  });
  if (languages.length) out.languages = languages;

  // Ages and who is eligible live in `eligibilitys`: the widest age range, and every written rule.
  const eligibility = list(s.eligibilitys);
  // ORUK feeds write 0 for "not set", at both ends.
  const mins = eligibility.map((e) => number(e.minimum_age)).filter((n): n is number => typeof n === 'number' && n > 0);
  const maxes = eligibility.map((e) => number(e.maximum_age)).filter((n): n is number => typeof n === 'number' && n > 0);
  if (mins.length) out.minimum_age = Math.min(...mins);
  if (maxes.length) out.maximum_age = Math.max(...maxes);
  const rules = eligibility.map((e) => e.eligibility).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (rules.length) out.eligibility_description = rules.join('; ');

  const costs = list(s.cost_options).map((c) => {
    const x = pick(c, ['id', 'option', 'currency', 'amount_description', 'valid_from', 'valid_to']);
    const amount = number(c.amount);
    if (typeof amount === 'number') x.amount = amount;
    // ORUK has no currency field: it is a UK standard, so amounts are pounds (else a page shows "$3.50").
    if (x.currency === undefined && typeof amount === 'number') x.currency = 'GBP';
    return x;
  });
  if (costs.length) out.cost_options = costs;

  const attributes = list(s.service_taxonomys).flatMap((st) => {
    const t = isObject(st.taxonomy) ? st.taxonomy : undefined;
    if (!t || typeof t.id !== 'string') return [];
    const term = pick(t, ['id', 'name', 'description']);
    if (typeof t.vocabulary === 'string') term.taxonomy = t.vocabulary;
    const parent = isObject(t.parent) ? t.parent.id : t.parent;
    if (typeof parent === 'string' && parent) term.parent_id = parent;
    return [{ ...(typeof st.id === 'string' ? { id: st.id } : {}), taxonomy_term_id: t.id, taxonomy_term: term }];
  });
  if (attributes.length) out.attributes = attributes;

  const areas = list(s.service_areas).map((a) => {
    const x = pick(a, ['id', 'name', 'description', 'extent', 'extent_type', 'uri']);
    if (!x.name && typeof a.service_area === 'string') x.name = a.service_area;
    return x;
  });
  if (areas.length) out.service_areas = areas;

  const sals = list(s.service_at_locations).map((sal) => {
    const x = pick(sal, ['id', 'description']);
    // Both spellings are in the wild: `regular_schedule` and `regular_schedules`.
    const own = [...list(sal.regular_schedules), ...list(sal.regular_schedule)].map((r) => schedule(r, attending));
    if (own.length) x.schedules = own;
    if (isObject(sal.location)) x.location = location(sal.location);
    return x;
  });
  if (sals.length) out.service_at_locations = sals;
  return out;
}

/** An ORUK page, list or single service as a list of compiled HSDS 3.0 services (non-objects pass through for normalize to count). */
export function fromOruk(value: unknown): unknown[] {
  const records: unknown[] = isObject(value) && Array.isArray(value.content) ? value.content : Array.isArray(value) ? value : [value];
  return records.map((r) => (isObject(r) ? orukService(r) : r));
}
