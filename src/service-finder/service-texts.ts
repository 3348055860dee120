/**
 * What the person reads about a service, in their language: distance, languages and cost (the open
 * status is in open-text.ts, with the opening-hours code). Weekly hours and the plain-text list they copy or share are in
 * views.ts, loaded with the detail and saved views. Numbers, times and names of languages come
 * from Intl; sentences from msg().
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/localization.js';
import type { NormalizedService } from './hsds.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

const cache = new Map<string, unknown>();
export function memo<T>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

/** Picks the singular or plural message by the locale's plural rules ("1 service", "12 services"). */
export function plural(n: number, one: () => string, other: () => string): string {
  const rules = memo(`pr:${getLocale()}`, () => new Intl.PluralRules(getLocale()));
  return rules.select(n) === 'one' ? one() : other();
}

export const formatNumber = (n: number): string => memo(`nf:${getLocale()}`, () => new Intl.NumberFormat(getLocale())).format(n);

/** Miles where people measure in miles (US, UK, Liberia, Myanmar), else kilometres. */
export function usesMiles(): boolean {
  const tag = document.documentElement.lang || navigator.language || '';
  const region = /[-_]([A-Za-z]{2})\b/.exec(tag)?.[1]?.toUpperCase() ?? /[-_]([A-Za-z]{2})\b/.exec(navigator.language ?? '')?.[1]?.toUpperCase();
  return region === undefined || ['US', 'GB', 'LR', 'MM'].includes(region);
}

export const KM_PER_MILE = 1.609344;

export function formatDistance(km: number): string {
  const miles = usesMiles();
  const value = miles ? km / KM_PER_MILE : km;
  const f = memo(`dist:${getLocale()}:${miles}:${value < 10}`, () =>
    // "km" is read everywhere; "mi" is not (ru "ми", ko "mi"): miles are spelled out ("millas", "마일").
    new Intl.NumberFormat(getLocale(), {
      style: 'unit',
      unit: miles ? 'mile' : 'kilometer',
      unitDisplay: miles ? 'long' : 'short',
      maximumFractionDigits: value < 10 ? 1 : 0,
    }),
  );
  return f.format(value);
}

/** "Spanish" (in the person's language) for "es"; the code itself when Intl has no name. */
/** "English, Spanish and Vietnamese" in the person's language (Arabic uses its own comma and "و"). */
export const listOf = (items: string[]): string =>
  memo(`lf:${getLocale()}`, () => new Intl.ListFormat(getLocale(), { type: 'conjunction' })).format(items);

export function languageName(code: string): string {
  if (code === 'sgn-us') return msg('American Sign Language');
  try {
    const names = memo(`ln:${getLocale()}`, () => new Intl.DisplayNames([getLocale()], { type: 'language' }));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function costText(s: Pick<NormalizedService, 'free' | 'costs' | 'fees'>): string | undefined {
  if (s.free) return msg('Free');
  const priced = s.costs.filter((c) => c.amount !== undefined && c.amount > 0);
  if (priced.length) {
    const low = priced.reduce((a, b) => ((a.amount ?? 0) <= (b.amount ?? 0) ? a : b));
    let amount: string;
    try {
      amount = new Intl.NumberFormat(getLocale(), { style: 'currency', currency: low.currency ?? 'USD' }).format(low.amount!);
    } catch {
      amount = formatNumber(low.amount!);
    }
    return priced.length > 1 ? msg(str`From ${amount}`) : amount;
  }
  return s.fees;
}
