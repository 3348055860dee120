/** Great-circle distance and distance ordering. No Lit. */

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine distance in kilometres. */
export function haversineKm(a: LatLon, b: LatLon): number {
  return haversineKmRaw(a.lat, a.lon, b.lat, b.lon);
}

export function haversineKmRaw(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** "37.77,-122.42" (the `origin` attribute) -> LatLon, or undefined when it is not a real place. */
export function parseLatLon(value: string | null | undefined): LatLon | undefined {
  if (!value) return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : undefined;
}

/** Nearest of a service's located places, in km; undefined when none has coordinates. */
export function nearestKm(origin: LatLon, places: readonly { lat?: number; lon?: number }[]): number | undefined {
  let best: number | undefined;
  for (const p of places) {
    if (p.lat === undefined || p.lon === undefined) continue;
    const d = haversineKmRaw(origin.lat, origin.lon, p.lat, p.lon);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/**
 * Items ordered nearest first; items without a place go last in their original order.
 * Stable, and does not change the input.
 */
export function sortByDistance<T>(items: readonly T[], origin: LatLon, placesOf: (item: T) => readonly { lat?: number; lon?: number }[]): T[] {
  const keyed = items.map((item, i) => ({ item, i, d: nearestKm(origin, placesOf(item)) ?? Infinity }));
  keyed.sort((a, b) => a.d - b.d || a.i - b.i);
  return keyed.map((k) => k.item);
}
