/**
 * @lit/localize in runtime mode, shared by every element. The locale follows
 * `<html lang>` (also when it changes later) until the host calls setLocale().
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { reportError } from './events.js';
import { dirOf, matchLocale } from './locale-match.js';
import type { Locale } from './locales.js';

type TargetLocale = (typeof targetLocales)[number];
type Templates = LocaleModule['templates'];

type Loaders = Partial<Record<string, () => Promise<LocaleModule>>>;

/**
 * Translations load per element folder ("area", see scripts/localize.mjs): each module that calls
 * msg() imports its area's generated module, which registers the area here, and only registered
 * areas load. One templates object per locale grows as areas arrive (@lit/localize keeps a reference
 * to it), then the elements are told to redraw.
 */
const areas = new Map<string, Loaders>();
const byLocale = new Map<TargetLocale, { templates: Templates; loaded: Set<string> }>();

async function loadAreas(locale: TargetLocale): Promise<Templates> {
  let entry = byLocale.get(locale);
  if (!entry) byLocale.set(locale, (entry = { templates: {}, loaded: new Set() }));
  const { templates, loaded } = entry;
  // The modules evaluated with this one register their areas in the same task: count them in.
  await Promise.resolve();
  // Areas can register while others load (a lazily imported view): go on until none is missing.
  const missingAreas = () => [...areas.keys()].filter((a) => !loaded.has(a));
  for (let missing = missingAreas(); missing.length; missing = missingAreas()) {
    const modules = await Promise.all(missing.map((a) => areas.get(a)![locale]?.() ?? { templates: {} }));
    modules.forEach((m, i) => {
      Object.assign(templates, m.templates);
      loaded.add(missing[i]!);
    });
  }
  return templates;
}

/** Called by the generated src/generated/translations/<area>.ts, which each module that calls msg() imports. */
export function useTranslations(area: string, loaders: Loaders): void {
  if (areas.has(area)) return;
  areas.set(area, loaders);
  // Every language asked for so far (the one shown, and one perhaps still on its way).
  for (const locale of byLocale.keys()) {
    loadAreas(locale).then(
      // Same event @lit/localize sends after setLocale(): every @localized element redraws.
      () => controls?.getLocale() === locale && window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: locale } })),
      (err: unknown) => reportError(document, 'network', `Could not load the "${locale}" translations: ${String(err)}`, 'compassionate-intake'),
    );
  }
}

let controls: ReturnType<typeof configureLocalization> | undefined;
try {
  controls = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => ({ templates: await loadAreas(locale as TargetLocale) }),
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
