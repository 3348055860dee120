// Query parameters of the HSDS API, checked before any SQL runs. A bad value becomes a 400 with an
// RFC 9457 problem body that names the parameter and says what is expected (never echoing the value).
export interface InvalidParam {
  name: string;
  reason: string;
}

export class BadRequest extends Error {
  constructor(readonly invalid: InvalidParam[]) {
    super(invalid.map((p) => `${p.name}: ${p.reason}`).join('; '));
  }
}

export interface ListParams {
  search?: string;
  page: number;
  perPage: number;
  format: 'json' | 'ndjson';
  taxonomyTermIds?: string[];
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: string;
  minimal: boolean;
  full: boolean;
  fullService: boolean;
  minimumAge?: number;
  maximumAge?: number;
  day?: string;
  startTime?: string;
  endTime?: string;
  postcode?: string;
  proximity?: number;
  topOnly: boolean;
  parentId?: string;
}

export const MAX_PER_PAGE = 100;
const MAX_PER_PAGE_MINIMAL = 10000;
const DAYS: Record<string, string> = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' };
const DAY_NAMES: Record<string, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' };

/** Parses the query for one endpoint; `allowed` lists the parameters it takes (others are ignored). */
export function parseList(query: Record<string, unknown>, allowed: ReadonlySet<string>): ListParams {
  const bad: InvalidParam[] = [];
  const get = (name: string): string | undefined => {
    if (!allowed.has(name)) return undefined;
    const v = query[name];
    if (v === undefined) return undefined;
    if (Array.isArray(v)) {
      bad.push({ name, reason: 'give this parameter once' });
      return undefined;
    }
    const s = String(v);
    if (s.includes('\u0000')) {
      bad.push({ name, reason: 'contains a NUL character' });
      return undefined;
    }
    return s;
  };
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = get(name);
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v.trim()) || Number(v) < min || Number(v) > max) {
      bad.push({ name, reason: `must be a whole number from ${min} to ${max}` });
      return undefined;
    }
    return Number(v);
  };
  const bool = (name: string): boolean => {
    const v = get(name);
    if (v === undefined || v === '') return false;
    if (/^(true|1)$/i.test(v)) return true;
    if (/^(false|0)$/i.test(v)) return false;
    bad.push({ name, reason: 'must be true or false' });
    return false;
  };
  const id = (name: string): string | undefined => {
    const v = get(name)?.trim();
    if (v === undefined || v === '') return undefined;
    if (v.length > 200) bad.push({ name, reason: 'must be at most 200 characters' });
    return v;
  };
  const time = (name: string): string | undefined => {
    const v = get(name)?.trim();
    if (v === undefined || v === '') return undefined;
    const m = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(v) ?? (/^24:00(?::00)?$/.test(v) ? ['', '24', '00', '00'] : null);
    if (!m) {
      bad.push({ name, reason: 'must be a time like 09:30 or 17:00:00' });
      return undefined;
    }
    return `${m[1]}:${m[2]}:${m[3] ?? '00'}`;
  };

  const search = get('search')?.trim();
  if (search && search.length > 200) bad.push({ name: 'search', reason: 'must be at most 200 characters' });
  const minimal = bool('minimal');
  const page = int('page', 1, 1_000_000) ?? 1;
  const perPage = int('per_page', 1, minimal ? MAX_PER_PAGE_MINIMAL : MAX_PER_PAGE) ?? (minimal ? MAX_PER_PAGE_MINIMAL : 25);
  const formatRaw = get('format')?.trim().toLowerCase();
  if (formatRaw && formatRaw !== 'json' && formatRaw !== 'ndjson') bad.push({ name: 'format', reason: 'must be json or ndjson' });

  let taxonomyTermIds: string[] | undefined;
  const terms = get('taxonomy_term_id');
  if (terms !== undefined && terms.trim() !== '') {
    taxonomyTermIds = [...new Set(terms.split(',').map((t) => t.trim()).filter(Boolean))];
    if (taxonomyTermIds.length > 50 || taxonomyTermIds.some((t) => t.length > 200)) {
      bad.push({ name: 'taxonomy_term_id', reason: 'at most 50 ids (comma-separated), each at most 200 characters' });
    }
  }

  let modifiedAfter: string | undefined;
  const ma = get('modified_after')?.trim();
  if (ma) {
    const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(ma) && !Number.isNaN(Date.parse(ma));
    if (ok) modifiedAfter = ma;
    else bad.push({ name: 'modified_after', reason: 'must be a date or date-time like 2024-05-01 or 2024-05-01T12:00:00Z' });
  }

  let day: string | undefined;
  const d = get('day')?.trim().toLowerCase();
  if (d) {
    day = DAYS[d] ?? DAY_NAMES[d];
    if (!day) bad.push({ name: 'day', reason: 'must be a day like MO or monday' });
  }

  const minimumAge = int('minimum_age', 0, 150);
  const maximumAge = int('maximum_age', 0, 150);
  if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
    bad.push({ name: 'minimum_age', reason: 'must not be more than maximum_age' });
  }
  const startTime = time('start_time');
  const endTime = time('end_time');
  if (startTime && endTime && startTime > endTime) bad.push({ name: 'start_time', reason: 'must not be later than end_time' });

  let postcode = get('postcode')?.trim();
  if (postcode === '') postcode = undefined;
  if (postcode !== undefined) {
    if (!/^[A-Za-z0-9][A-Za-z0-9 -]{0,19}$/.test(postcode)) bad.push({ name: 'postcode', reason: 'must be a postcode of letters, digits, spaces and dashes (at most 20)' });
    postcode = postcode.replace(/\s/g, '').toUpperCase();
  }
  let proximity: number | undefined;
  const px = get('proximity')?.trim();
  if (px) {
    proximity = Number(px);
    if (!/^\d+(\.\d+)?$/.test(px) || !(proximity > 0 && proximity <= 1_000_000)) {
      bad.push({ name: 'proximity', reason: 'must be a distance in meters, more than 0 and at most 1000000' });
    } else if (postcode === undefined) bad.push({ name: 'proximity', reason: 'needs a postcode to measure from' });
  }

  const result: ListParams = {
    search: search || undefined,
    page,
    perPage,
    format: formatRaw === 'ndjson' ? 'ndjson' : 'json',
    taxonomyTermIds,
    taxonomyId: id('taxonomy_id'),
    organizationId: id('organization_id'),
    modifiedAfter,
    minimal,
    full: bool('full'),
    fullService: bool('full_service'),
    minimumAge,
    maximumAge,
    day,
    startTime,
    endTime,
    postcode,
    proximity,
    topOnly: bool('top_only'),
    parentId: id('parent_id'),
  };
  if (bad.length) throw new BadRequest(bad);
  return result;
}

/** A path id: at most 200 characters, no NUL. */
export function parseId(raw: string): string {
  if (!raw || raw.length > 200 || raw.includes('\u0000')) throw new BadRequest([{ name: 'id', reason: 'must be 1 to 200 characters' }]);
  return raw;
}
