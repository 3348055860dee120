/**
 * Does a service serve the person's place? Tests a point against HSDS service area polygons, a
 * postcode against listed postcodes, and a city against listed place names (hsds.ts reads all three).
 * The directory's own addresses say which city a postcode is in and where a typed city is.
 * With a Worker this runs in the index worker (index-worker.ts), which keeps the areas after a load
 * and answers one byte per service; the page only reads those bytes. No Lit.
 */
import type { NormalizedLocation, NormalizedServiceArea } from './hsds.js';

/** The person's place: a point, the postcode it came from when they typed one, and its city when known. */
export interface Place {
  lat: number;
  lon: number;
  postcode?: string;
  city?: string;
}

/** 'serves': the place is in a listed area; 'outside': the areas can be checked and it is in none; 'unknown': not listed, or not checkable. */
export type AreaAnswer = 'serves' | 'outside' | 'unknown';

/** What each byte of an answer means (one byte per service, in directory order). */
export const UNKNOWN = 0;
export const SERVES = 1;
export const OUTSIDE = 2;
const BYTE: Record<AreaAnswer, number> = { unknown: UNKNOWN, serves: SERVES, outside: OUTSIDE };

/** Every service's answer for one place, and the city the place was taken to be in (for "Near Oakland"). */
export interface AreaAnswers {
  answers: Uint8Array;
  city?: string;
}

/** A city typed by the person, found among the directory's addresses: its name as written and the middle of its services. */
export interface NamedCity {
  name: string;
  lat: number;
  lon: number;
}

/** Answers about places for one directory: in the index worker (load.ts) or on this thread (remote pages, no Worker). */
export interface AreaService {
  answer(place: Place): Promise<AreaAnswers>;
  cityNamed(text: string): Promise<NamedCity | undefined>;
}

/** "  São  Paulo " and "sao paulo" are one place; "St. Helena" is "st helena". */
export function placeKey(name: string): string {
  return name
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "94063-1234" -> "94063"; "ab1 2cd" -> "AB12CD". */
function postcodeKey(postcode: string): string {
  const p = postcode.replace(/\s/g, '').toUpperCase().slice(0, 12);
  return /^\d{5}(?:-?\d{4})?$/.test(p) ? p.slice(0, 5) : p;
}

/** Each polygon's outline box, so most points are refused without walking hundreds of edges. */
const boxes = new WeakMap<readonly (readonly number[])[], [number, number, number, number]>();
function boxOf(rings: readonly (readonly number[])[]): [number, number, number, number] {
  let box = boxes.get(rings);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const outline = rings[0] ?? [];
    for (let i = 0; i < outline.length; i += 2) {
      box[0] = Math.min(box[0], outline[i]!);
      box[1] = Math.min(box[1], outline[i + 1]!);
      box[2] = Math.max(box[2], outline[i]!);
      box[3] = Math.max(box[3], outline[i + 1]!);
    }
    boxes.set(rings, box);
  }
  return box;
}

/** Even-odd ray test over all rings of one polygon, so holes (later rings) count as outside. */
export function inPolygon(rings: readonly (readonly number[])[], lon: number, lat: number): boolean {
  const [x0, y0, x1, y1] = boxOf(rings);
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = r[i]!;
      const yi = r[i + 1]!;
      const xj = r[j]!;
      const yj = r[j + 1]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** "94063" matches "94063"; a UK postcode "AB1 2CD" matches its first half "AB1" (not "AB12 3CD"). */
export function postcodeListed(listed: readonly string[], postcode: string): boolean {
  const p = postcode.replace(/\s/g, '').toUpperCase();
  const outward = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(p) ? p.slice(0, -3) : undefined;
  return listed.some((l) => l === p || l === outward || (/^\d{5}$/.test(l) && p.startsWith(l)));
}

/**
 * One service's answer. `isCity` says whether a listed place name is a city of this directory: a
 * name that is not ("northern California") could still hold the place, so the answer is then not
 * 'outside' but 'unknown'.
 */
export function servesPlace(area: NormalizedServiceArea | undefined, place: Place, isCity?: (key: string) => boolean): AreaAnswer {
  if (!area) return 'unknown';
  const byPostcode = area.postcodes.length > 0 && place.postcode !== undefined;
  if (byPostcode && postcodeListed(area.postcodes, place.postcode!)) return 'serves';
  for (const p of area.polygons) if (inPolygon(p, place.lon, place.lat)) return 'serves';
  // (A list kept from before place names were read has none.)
  const places = area.places ?? [];
  const city = place.city ? placeKey(place.city) : '';
  if (city && places.some((p) => placeKey(p) === city)) return 'serves';
  if (places.length && (!city || !isCity || places.some((p) => !isCity(placeKey(p))))) return 'unknown';
  return byPostcode || area.polygons.length || places.length ? 'outside' : 'unknown';
}

interface CityTally {
  name: string;
  lat: number;
  lon: number;
  located: number;
}

/** A directory's services and its own cities: which city each postcode is in, and where each city's services are. */
export class DirectoryAreas {
  private readonly cities = new Map<string, CityTally>();
  /** Postcode -> city key -> how many locations say so. */
  private readonly postcodeCities = new Map<string, Map<string, number>>();

  constructor(private readonly services: readonly { area?: NormalizedServiceArea; locations: readonly NormalizedLocation[] }[]) {
    for (const s of services) {
      for (const l of s.locations) {
        const key = l.city ? placeKey(l.city) : '';
        if (!key) continue;
        let tally = this.cities.get(key);
        if (!tally) this.cities.set(key, (tally = { name: l.city!, lat: 0, lon: 0, located: 0 }));
        if (l.lat !== undefined && l.lon !== undefined) {
          tally.lat += l.lat;
          tally.lon += l.lon;
          tally.located++;
        }
        if (!l.postcode) continue;
        const code = postcodeKey(l.postcode);
        let counts = this.postcodeCities.get(code);
        if (!counts) this.postcodeCities.set(code, (counts = new Map()));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }

  /** The city a place is in: the one it came with (a host's geocode), else the most common city of its postcode here. */
  cityOf(place: Place): string | undefined {
    if (place.city) return place.city;
    const counts = place.postcode ? this.postcodeCities.get(postcodeKey(place.postcode)) : undefined;
    if (!counts) return undefined;
    let best: string | undefined;
    let most = 0;
    for (const [key, n] of counts) {
      if (n > most) [best, most] = [key, n];
    }
    return best && this.cities.get(best)!.name;
  }

  answer(place: Place): AreaAnswers {
    const city = this.cityOf(place);
    const withCity = { ...place, city };
    const isCity = (key: string) => this.cities.has(key);
    const answers = new Uint8Array(this.services.length);
    this.services.forEach((s, doc) => (answers[doc] = BYTE[servesPlace(s.area, withCity, isCity)]));
    return city ? { answers, city } : { answers };
  }

  /** A city name the person typed, when this directory has services there (case and accents do not matter). */
  cityNamed(text: string): NamedCity | undefined {
    const tally = this.cities.get(placeKey(text));
    if (!tally?.located) return undefined;
    const round = (x: number) => Math.round((x / tally.located) * 1e5) / 1e5;
    return { name: tally.name, lat: round(tally.lat), lon: round(tally.lon) };
  }
}

/** The same answers on this thread: remote pages (a few at a time), or where no Worker can start. */
export function areasHere(services: ConstructorParameters<typeof DirectoryAreas>[0]): AreaService {
  let areas: DirectoryAreas | undefined;
  const get = () => (areas ??= new DirectoryAreas(services));
  return {
    answer: (place) => Promise.resolve(get().answer(place)),
    cityNamed: (text) => Promise.resolve(get().cityNamed(text)),
  };
}

/** Ids of the services that serve the place, and a bitset over their positions (the search's `mask`). */
export function servedFrom(answers: Uint8Array, services: readonly { id: string }[], docCount: number): { ids: Set<string>; mask: Uint32Array } {
  const ids = new Set<string>();
  const mask = new Uint32Array((docCount + 31) >>> 5);
  const n = Math.min(answers.length, docCount);
  for (let doc = 0; doc < n; doc++) {
    if (answers[doc] !== SERVES) continue;
    mask[doc >>> 5]! |= 1 << (doc & 31);
    const s = services[doc];
    if (s) ids.add(s.id);
  }
  return { ids, mask };
}

/** The open-now mask and the served mask as one (either may be missing: none served yet, or open-now off). */
export function bothMasks(open: Uint32Array | undefined, served: Uint32Array | undefined, docCount: number): Uint32Array {
  const words = (docCount + 31) >>> 5;
  const both = new Uint32Array(words);
  // A served mask of another length belongs to an older directory: nothing is known to serve yet.
  if (served?.length !== words) return both;
  for (let w = 0; w < words; w++) both[w] = served[w]! & (open ? open[w]! : ~0);
  return both;
}
