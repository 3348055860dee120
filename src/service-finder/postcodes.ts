/**
 * Where a postcode is: the host's `geocode` function when it gives one, else the bundled US ZIP code
 * centre points (src/data/postcodes/, loaded the first time a person looks a ZIP up). No Lit. What the
 * person typed never goes into an error message: a host may forward those to its monitoring.
 */
import type { LatLon } from './distance.js';

/** The host's postcode lookup (the finder's `geocode` property); `locality` (optional) is the city or town the place is in. */
export type Geocode = (postcode: string, country: string) => Promise<{ lat: number; lon: number; locality?: string } | null>;

/** A place found from a postcode, or why not. `error` (for `intake-error`) never holds the postcode. */
export type PostcodeAnswer =
  | { place: LatLon; postcode: string; city?: string }
  | { problem: 'unknown-place' }
  | { problem: 'empty' | 'not-a-zip' | 'unknown' | 'no-lookup' }
  | { problem: 'failed'; error: string };

/** How long a host's geocode may take before the person is told it did not work. */
export const GEOCODE_TIMEOUT_MS = 15_000;

/** "sw1a 1aa " -> "SW1A 1AA": trimmed, upper case, single spaces. */
export function cleanPostcode(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toUpperCase().slice(0, 20);
}

const US_ZIP = /^(\d{5})(?:[ -]?\d{4})?$/;

interface ZipTable {
  zips: Int32Array;
  lat: Int16Array;
  lon: Int16Array;
}
let table: Promise<ZipTable> | undefined;

/** Unpacks the table scripts/build-postcodes.mjs wrote (see there for its format). */
export function unpackZipTable(packed: string, count: number): ZipTable {
  const zips = new Int32Array(count);
  const lat = new Int16Array(count);
  const lon = new Int16Array(count);
  let z = 0;
  let a = 0;
  let o = 0;
  let i = 0;
  for (const part of packed.split(';')) {
    const [dz, da, dO] = part.split(',');
    z += dz ? parseInt(dz, 36) : 1;
    a += parseInt(da!, 36);
    o += parseInt(dO!, 36);
    zips[i] = z;
    lat[i] = a;
    lon[i] = o;
    i++;
  }
  return { zips, lat, lon };
}

function loadTable(): Promise<ZipTable> {
  table ??= import('../data/postcodes/us-zip.js').then(
    (m) => unpackZipTable(m.US_ZIP_TABLE, m.US_ZIP_COUNT),
    (err: unknown) => {
      table = undefined; // try the download again next time
      throw err;
    },
  );
  return table;
}

/** The centre point of a 5-digit US ZIP code (a Census ZCTA), or undefined when the table has none. */
export async function lookupZip(zip: string): Promise<LatLon | undefined> {
  const t = await loadTable();
  const key = Number(zip);
  let lo = 0;
  let hi = t.zips.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = t.zips[mid]!;
    if (v === key) return { lat: t.lat[mid]! / 100, lon: t.lon[mid]! / 100 };
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** What a host's geocode gave: a place (and its city, when it names one), null (not found), or undefined (not an answer at all). */
function placeOf(value: unknown): (LatLon & { city?: string }) | null | undefined {
  if (value === null) return null;
  if (!value || typeof value !== 'object') return undefined;
  const { lat, lon, locality } = value as { lat?: unknown; lon?: unknown; locality?: unknown };
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const city = typeof locality === 'string' ? locality.trim().replace(/\s+/g, ' ').slice(0, 100) : '';
  return city ? { lat, lon, city } : { lat, lon };
}

/** Finds where a postcode is. Never throws: every outcome is an answer. */
export async function findPostcode(raw: string, country: string, geocode?: Geocode | null): Promise<PostcodeAnswer> {
  // A place name (letters, no digits) goes to the host as written; a postcode cleaned up.
  const name = /\p{L}/u.test(raw) && !/\d/.test(raw);
  const postcode = name ? raw.trim().replace(/\s+/g, ' ').slice(0, 100) : cleanPostcode(raw);
  if (!postcode) return { problem: 'empty' };
  if (geocode != null && typeof geocode !== 'function') return { problem: 'failed', error: `geocode is not a function (${typeof geocode})` };
  if (geocode) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), GEOCODE_TIMEOUT_MS)));
      const answer = await Promise.race([Promise.resolve(geocode(postcode, country)), timeout]);
      if (answer === 'timeout') return { problem: 'failed', error: `geocode did not answer within ${GEOCODE_TIMEOUT_MS / 1000} s` };
      const place = placeOf(answer);
      if (place === null) return { problem: 'unknown' };
      if (!place) return { problem: 'failed', error: 'geocode returned something other than { lat, lon } in degrees or null' };
      const { city, ...point } = place;
      return city ? { place: point, postcode, city } : { place: point, postcode };
    } catch (err) {
      // The host's own message may repeat the postcode: name only the kind of error.
      const kind = err instanceof Error ? err.name : typeof err;
      return { problem: 'failed', error: `geocode threw (${kind.slice(0, 40)})` };
    } finally {
      clearTimeout(timer);
    }
  }
  if (country !== 'US') return { problem: 'no-lookup' };
  const zip = US_ZIP.exec(postcode);
  if (!zip) return { problem: 'not-a-zip' };
  try {
    const place = await lookupZip(zip[1]!);
    return place ? { place, postcode: zip[1]! } : { problem: 'unknown' };
  } catch (err) {
    return { problem: 'failed', error: `could not load the ZIP code table: ${err instanceof Error ? err.name : 'error'}` };
  }
}
