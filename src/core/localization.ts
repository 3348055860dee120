/**
 * @lit/localize in runtime mode, shared by every element. The locale follows
 * `<html lang>` (also when it changes later) until the host calls setLocale().
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { reportError } from './events.js';
import { dirOf, matchLocale } from './locale-match.js';
import type { Locale } from './locales.js';

type TargetLocale = (typeof targetLocales)[number];

// An explicit map: template-literal import() builds but fails at run time.
const loaders: Record<TargetLocale, () => Promise<import('@lit/localize').LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  tl: () => import('../generated/locales/tl.js'),
  vi: () => import('../generated/locales/vi.js'),
  ru: () => import('../generated/locales/ru.js'),
  ko: () => import('../generated/locales/ko.js'),
  ar: () => import('../generated/locales/ar.js'),
};

let controls: ReturnType<typeof configureLocalization> | undefined;
try {
  controls = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as TargetLocale](),
  });
} catch {
  // The host page configured @lit/localize itself (same module instance).
  // We keep working in English rather than break the page.
  if (typeof document !== 'undefined') {
    reportError(
      document,
      'localization-conflict',
      'The page already configured @lit/localize; intake elements stay in English. Load dist/compassionate-intake.js to get every language.',
      'compassionate-intake',
    );
  }
}

let followsDocument = true;
let wanted: Locale = sourceLocale as Locale;

/** The locale the elements render in now. */
export function getLocale(): Locale {
  return (controls ? controls.getLocale() : sourceLocale) as Locale;
}

async function apply(locale: Locale): Promise<void> {
  wanted = locale;
  if (!controls || controls.getLocale() === locale) return;
  try {
    await controls.setLocale(locale);
  } catch (err) {
    reportError(document, 'network', `Could not load the "${locale}" translations: ${String(err)}`, 'compassionate-intake');
  }
}

/**
 * Sets the language of every intake element and stops following `<html lang>`.
 * Accepts any BCP 47 tag ('es-MX', 'zh-TW', 'fil'); an unknown one keeps the
 * current language, fires `intake-error` on document and resolves to false.
 */
export async function setLocale(tag: string): Promise<boolean> {
  const locale = matchLocale(tag);
  if (!locale) {
    reportError(document, 'unknown-locale', `No translation for "${String(tag).slice(0, 40)}"; keeping ${getLocale()}.`, 'compassionate-intake');
    return false;
  }
  followsDocument = false;
  await apply(locale);
  return true;
}

/** Goes back to following `<html lang>` (the default). */
export function followDocumentLanguage(): Promise<void> {
  followsDocument = true;
  return syncFromDocument();
}

/** Resolves once the locale the page asked for is loaded. */
export const localeReady = (): Promise<void> => apply(wanted);

function syncFromDocument(): Promise<void> {
  if (!followsDocument) return Promise.resolve();
  return apply(matchLocale(document.documentElement.lang) ?? (sourceLocale as Locale));
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => void syncFromDocument()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  void syncFromDocument();
}

/** Gives an element the `lang` and `dir` of the locale it renders in (Arabic is right to left). */
export function syncLocaleAttributes(host: HTMLElement): void {
  const locale = getLocale();
  if (host.lang !== locale) host.lang = locale;
  const dir = dirOf(locale);
  if (host.dir !== dir) host.dir = dir;
}
