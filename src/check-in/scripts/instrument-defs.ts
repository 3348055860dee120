/**
 * The shared half of the instrument data: types, notices, answer sets, PHQ-4 (the welcome script's
 * optional screener) and translationValidated(). The other instruments live in instruments.ts, which
 * re-exports this, so a page with the welcome script loads only PHQ-4.
 *
 * Validated screening instruments as data. Item texts, linkIds and LOINC codes
 * are copied from the FHIR R4 Questionnaires in test/fixtures/instruments/
 * (see its README for sources and licences). These texts are NOT passed through
 * msg(): a validated instrument may only be shown in a language with an official
 * translation, and none is bundled yet, so they stay English and results say
 * `translationValidated: false` in other locales.
 */
import type { Locale } from '../../core/locales.js';
import type { InstrumentId } from '../script-schema.js';

export interface InstrumentOption {
  score: number;
  /** What the person reads (the official paper form's wording). */
  text: string;
  /** FHIR answer coding, exactly as in the Questionnaire. */
  code?: string;
  display: string;
}

export interface InstrumentItemDef {
  item: number;
  linkId: string;
  code?: string;
  /** The Questionnaire's item text (what the FHIR QuestionnaireResponse carries). */
  text: string;
  /** What the person reads, where the official paper form words it differently (punctuation, stem). */
  shown?: string;
  options: InstrumentOption[];
}

export interface InstrumentDef {
  id: InstrumentId;
  title: string;
  /** Canonical URL of the Questionnaire that a QuestionnaireResponse points to. */
  questionnaire: string;
  panelCode?: string;
  /** linkId and LOINC code of the total score item, when the Questionnaire has one. */
  total?: { linkId: string; code?: string };
  /** The official instructions (English). */
  stem: string;
  /** Copyright and attribution notices the instrument requires. */
  notices: string[];
  /** Locales with an official translation bundled (none verified yet: docs/instruments.md). */
  officialTranslations: readonly Locale[];
  items: InstrumentItemDef[];
}

/**
 * Locales with an official translation bundled, per instrument (none yet). Kept apart from the
 * definitions so that scoring does not pull every instrument's texts into a page that shows one.
 */
export const OFFICIAL_TRANSLATIONS: Record<InstrumentId, readonly Locale[]> = { 'phq-9': [], 'gad-7': [], 'phq-4': [], 'who-5': [], asq: [] };

export const LOINC = 'http://loinc.org';
export const LOINC_SYSTEM = LOINC;
export const WHO5_ANSWER_SYSTEM = 'urn:compassionate-intake:who-5:answer';

export const PFIZER_NOTICE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
export const LOINC_NOTICE =
  'This material contains content from LOINC (http://loinc.org), copyright © Regenstrief Institute, Inc., available at no cost under the license at http://loinc.org/license.';
export const WHO5_NOTICE =
  'WHO-5 Well-Being Index © Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Hillerød, Denmark (now Psychiatric Centre North Zealand). Free to use with this source named.';

/** The four PHQ/GAD frequency answers. `moreDaysThanNot` is the LOINC answer code GAD-7 item 2 uses. */
export function frequency(moreDaysThanNot = false): InstrumentOption[] {
  return [
    { score: 0, text: 'Not at all', code: 'LA6568-5', display: 'Not at all' },
    { score: 1, text: 'Several days', code: 'LA6569-3', display: 'Several days' },
    moreDaysThanNot
      ? { score: 2, text: 'More than half the days', code: 'LA18938-3', display: 'More days than not' }
      : { score: 2, text: 'More than half the days', code: 'LA6570-1', display: 'More than half the days' },
    { score: 3, text: 'Nearly every day', code: 'LA6571-9', display: 'Nearly every day' },
  ];
}

/**
 * `shown`: the official paper form's wording (phqscreeners.com) where the Questionnaire's item text
 * differs: LOINC names some items as questions ("have you not been able to stop...", a double
 * negative next to "Not at all"), and the LHC-Forms file writes dashes as hyphens.
 */
export const item = (n: number, linkId: string, code: string, text: string, options = frequency(), shown?: string): InstrumentItemDef => ({
  item: n,
  linkId,
  code,
  text,
  ...(shown ? { shown } : {}),
  options,
});

/** GAD-7 item 2 (GAD-2 item 2 in PHQ-4), as the paper form words it. */
export const NOT_ABLE_TO_STOP = 'Not being able to stop or control worrying';

/** PHQ-9's own instruction (paper form, phqscreeners.com). */
export const PHQ_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
/** GAD-7's and PHQ-4's own instruction: "the following problems", without PHQ-9's "any of". */
export const GAD_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

/** PHQ-4 = GAD-2 (items 1-2) + PHQ-2 (items 3-4), in the order of LOINC 69724-3. */
export const PHQ4: InstrumentDef = {
  id: 'phq-4',
  title: 'PHQ-4',
  questionnaire: 'http://loinc.org/q/69724-3',
  panelCode: '69724-3',
  total: { linkId: '58625' },
  stem: GAD_STEM,
  notices: [PFIZER_NOTICE, LOINC_NOTICE],
  officialTranslations: OFFICIAL_TRANSLATIONS['phq-4'],
  items: [
    item(1, '57491', '69725-0', 'Feeling nervous, anxious or on edge'),
    item(2, '57490', '68509-9', 'Over the past 2 weeks have you not been able to stop or control worrying', frequency(true), NOT_ABLE_TO_STOP),
    item(3, '57489', '44250-9', 'Little interest or pleasure in doing things'),
    item(4, '57488', '44255-8', 'Feeling down, depressed, or hopeless'),
  ],
};

/** True when the person reads the instrument in its original language or an official translation. */
export function translationValidated(id: InstrumentId, locale: Locale): boolean {
  return locale === 'en' || OFFICIAL_TRANSLATIONS[id].includes(locale);
}
