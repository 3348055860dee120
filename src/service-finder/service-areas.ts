/**
 * Does a service serve the person's place? Tests a point against HSDS service area polygons and a
 * postcode against listed postcodes (hsds.ts reads both). Loaded only once a person has given a place
 * and the directory lists areas. No Lit.
 */
import type { NormalizedServiceArea } from './hsds.js';

/** The person's place: a point, and the postcode it came from when they typed one. */
export interface Place {
  lat: number;
  lon: number;
  postcode?: string;
}

/** 'serves': the place is in a listed area; 'outside': the areas can be checked and it is in none; 'unknown': not listed, or only as names. */
export type AreaAnswer = 'serves' | 'outside' | 'unknown';

/** Even-odd ray test over all rings of one polygon, so holes (later rings) count as outside. */
export function inPolygon(rings: readonly (readonly number[])[], lon: number, lat: number): boolean {
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

export function servesPlace(area: NormalizedServiceArea | undefined, place: Place): AreaAnswer {
  if (!area) return 'unknown';
  const byPostcode = area.postcodes.length > 0 && place.postcode !== undefined;
  if (byPostcode && postcodeListed(area.postcodes, place.postcode!)) return 'serves';
  for (const p of area.polygons) if (inPolygon(p, place.lon, place.lat)) return 'serves';
  return byPostcode || area.polygons.length ? 'outside' : 'unknown';
}

/** Ids of the services that serve the place, and a bitset over their positions (the search's `mask`). */
export function servedBy(services: readonly { id: string; area?: NormalizedServiceArea }[], place: Place, docCount = services.length): { ids: Set<string>; mask: Uint32Array } {
  const ids = new Set<string>();
  const mask = new Uint32Array((docCount + 31) >>> 5);
  services.forEach((s, doc) => {
    if (servesPlace(s.area, place) !== 'serves') return;
    ids.add(s.id);
    mask[doc >>> 5]! |= 1 << (doc & 31);
  });
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
