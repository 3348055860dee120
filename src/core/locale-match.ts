/** Maps any BCP 47 tag to one of the shipped locales (pure, no Lit). */
import { LOCALES, type Locale } from './locales.js';

export const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar']);

const HANT_REGIONS = /^zh-(hant|tw|hk|mo)\b/;

/** Returns the shipped locale for a tag ('es-MX' -> 'es', 'zh-TW' -> 'zh-Hant', 'fil' -> 'tl'), or undefined. */
export function matchLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!t) return undefined;
  if (t.startsWith('zh')) return HANT_REGIONS.test(t) ? 'zh-Hant' : 'zh-Hans';
  const lang = t.split('-')[0];
  if (lang === 'fil') return 'tl';
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : undefined;
}

/** The region subtag of a language tag ('en-GB' -> 'GB'), or undefined. */
export function regionOf(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const m = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})\b/i.exec(tag.trim().replace(/_/g, '-'));
  return m ? m[1].toUpperCase() : undefined;
}

export const dirOf = (locale: Locale): 'rtl' | 'ltr' => (RTL_LOCALES.has(locale) ? 'rtl' : 'ltr');
