/**
 * The short screening of `mode="questions"` (pure data and rules, no Lit).
 *
 * Items 1-6 are the CMS Accountable Health Communities (AHC) Health-Related Social Needs core
 * questions for living situation, food, transportation and utilities, with their LOINC codes
 * (panel 96777-8), as in chronic-care/mycareplanner `public/content/AHC-questionnaire.json`
 * @ f04e573b6d97 (Apache-2.0; LOINC content © Regenstrief Institute, https://loinc.org/license).
 * Positive answers follow the CMS core questions sheet as summarized in the project's
 * instruments/scoring.md (read 2026-11-23); the utilities rule there is marked "not fully verified".
 *
 * Safety: the AHC safety items 7-10 are HITS items (© 2005 Kevin Sherin, M.D.), licensed, and their
 * text is NOT bundled. In their place is ONE question we wrote ourselves ("Does anyone in your life hurt
 * you, threaten you, or make you feel afraid?"). It is not HITS, not validated and not scored like
 * AHC items 7-10: any "yes" or "sometimes" counts as a safety concern. It carries no LOINC code.
 *
 * Loaded on demand (through questions.ts) only when a finder is in questions mode.
 */
import type { ScreeningAnswer } from '../core/needs-schemas.js';

export type ScreeningItemId = 'living' | 'problems' | 'food-worried' | 'food-ran-out' | 'transportation' | 'utilities' | 'safety';

export interface ScreeningOption {
  /** Stable option id used in state and answers. */
  id: string;
  /** LOINC answer code, or null for our own question. */
  code: string | null;
  /** English display, as bundled (goes into the result and FHIR). */
  display: string;
  /** Needs this answer reveals. */
  reveals: string[];
}

export interface ScreeningItem {
  id: ScreeningItemId;
  /** FHIR linkId from the AHC Questionnaire, or our own. */
  linkId: string;
  /** LOINC question code, or null. */
  code: string | null;
  /** English question text as bundled. */
  text: string;
  multiple: boolean;
  options: ScreeningOption[];
  /** Every need this item screens for (a positive reveals some, an answer rules the rest out). */
  screens: string[];
}

export const AHC_QUESTIONNAIRE = 'http://loinc.org/q/96777-8';

const oftenSometimesNever = (reveals: string[]): ScreeningOption[] => [
  { id: 'often', code: 'LA28397-0', display: 'Often true', reveals },
  { id: 'sometimes', code: 'LA6729-3', display: 'Sometimes true', reveals },
  { id: 'never', code: 'LA28398-8', display: 'Never true', reveals: [] },
];

export const SCREENING_ITEMS: readonly ScreeningItem[] = [
  {
    id: 'living',
    linkId: '124296',
    code: '71802-3',
    text: 'What is your living situation today?',
    multiple: false,
    screens: ['housing-tonight', 'housing-keep'],
    options: [
      { id: 'steady', code: 'LA31993-1', display: 'I have a steady place to live', reveals: [] },
      { id: 'worried', code: 'LA31994-9', display: 'I have a place to live today, but I am worried about losing it in the future', reveals: ['housing-keep'] },
      {
        id: 'not-steady',
        code: 'LA31995-6',
        display:
          'I do not have a steady place to live (I am temporarily staying with others, in a hotel, in a shelter, living outside on the street, on a beach, in a car, abandoned building, bus or train station, or in a park)',
        reveals: ['housing-tonight'],
      },
    ],
  },
  {
    id: 'problems',
    linkId: '123820',
    code: '96778-6',
    text: 'Think about the place you live. Do you have problems with any of the following?',
    multiple: true,
    screens: ['housing-quality'],
    options: [
      { id: 'pests', code: 'LA31996-4', display: 'Pests such as bugs, ants, or mice', reveals: ['housing-quality'] },
      { id: 'mold', code: 'LA28580-1', display: 'Mold', reveals: ['housing-quality'] },
      { id: 'lead', code: 'LA31997-2', display: 'Lead paint or pipes', reveals: ['housing-quality'] },
      { id: 'heat', code: 'LA31998-0', display: 'Lack of heat', reveals: ['housing-quality'] },
      { id: 'stove', code: 'LA31999-8', display: 'Oven or stove not working', reveals: ['housing-quality'] },
      { id: 'smoke', code: 'LA32000-4', display: 'Smoke detectors missing or not working', reveals: ['housing-quality'] },
      { id: 'leaks', code: 'LA32001-2', display: 'Water leaks', reveals: ['housing-quality'] },
      { id: 'none', code: 'LA9-3', display: 'None of the above', reveals: [] },
    ],
  },
  {
    id: 'food-worried',
    linkId: '123821',
    code: '88122-7',
    text: 'Within the past 12 months, you worried that your food would run out before you got money to buy more',
    multiple: false,
    screens: ['food'],
    options: oftenSometimesNever(['food']),
  },
  {
    id: 'food-ran-out',
    linkId: '123822',
    code: '88123-5',
    text: "Within the past 12 months, the food you bought just didn't last and you didn't have money to get more",
    multiple: false,
    screens: ['food'],
    options: oftenSometimesNever(['food']),
  },
  {
    id: 'transportation',
    linkId: '123823',
    code: '93030-5',
    text: 'In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?',
    multiple: false,
    screens: ['transportation'],
    options: [
      { id: 'yes', code: 'LA33-6', display: 'Yes', reveals: ['transportation'] },
      { id: 'no', code: 'LA32-8', display: 'No', reveals: [] },
    ],
  },
  {
    id: 'utilities',
    linkId: '123824',
    code: '96779-4',
    text: 'In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?',
    multiple: false,
    screens: ['utilities'],
    options: [
      { id: 'yes', code: 'LA33-6', display: 'Yes', reveals: ['utilities'] },
      { id: 'no', code: 'LA32-8', display: 'No', reveals: [] },
      { id: 'shut-off', code: 'LA32002-0', display: 'Already shut off', reveals: ['utilities'] },
    ],
  },
  {
    id: 'safety',
    linkId: 'compassionate-intake-safety',
    code: null,
    text: 'Does anyone in your life hurt you, threaten you, or make you feel afraid?',
    multiple: false,
    screens: ['safety'],
    options: [
      { id: 'yes', code: null, display: 'Yes', reveals: ['safety'] },
      { id: 'sometimes', code: null, display: 'Sometimes', reveals: ['safety'] },
      { id: 'no', code: null, display: 'No', reveals: [] },
    ],
  },
];

/** linkId-free answers: item id -> chosen option ids (empty or missing = skipped). */
export type ScreeningAnswers = Partial<Record<ScreeningItemId, string[]>>;

/** The items to ask, given the needs in the (possibly limited) catalog. */
export function itemsFor(activeNeedIds: readonly string[]): ScreeningItem[] {
  return SCREENING_ITEMS.filter((item) => item.screens.some((id) => activeNeedIds.includes(id)));
}

export interface ScreeningOutcome {
  /** Needs revealed by a positive answer, in item order. */
  positive: string[];
  /** Needs the person's answers ruled out (asked, answered, not positive). */
  negative: string[];
}

export function screeningOutcome(answers: ScreeningAnswers, activeNeedIds: readonly string[]): ScreeningOutcome {
  const positive: string[] = [];
  const answered = new Set<string>();
  for (const item of itemsFor(activeNeedIds)) {
    const chosen = answers[item.id] ?? [];
    if (chosen.length === 0) continue;
    for (const need of item.screens) answered.add(need);
    for (const option of item.options) {
      if (!chosen.includes(option.id)) continue;
      for (const need of option.reveals) if (activeNeedIds.includes(need) && !positive.includes(need)) positive.push(need);
    }
  }
  const negative = [...answered].filter((id) => activeNeedIds.includes(id) && !positive.includes(id));
  return { positive, negative };
}

/** The answered items, as they go into the result (English text, LOINC codes). */
export function screeningAnswers(answers: ScreeningAnswers, activeNeedIds: readonly string[]): ScreeningAnswer[] {
  return itemsFor(activeNeedIds)
    .filter((item) => (answers[item.id] ?? []).length > 0)
    .map((item) => ({
      linkId: item.linkId,
      code: item.code,
      text: item.text,
      answers: item.options.filter((o) => answers[item.id]!.includes(o.id)).map((o) => ({ code: o.code, display: o.display })),
    }));
}

/** Applies one answer; in a multiple-choice item "None of the above" and the other options exclude each other. */
export function answerItem(answers: ScreeningAnswers, item: ScreeningItem, optionId: string, checked: boolean): ScreeningAnswers {
  let chosen = [...(answers[item.id] ?? [])];
  if (!item.multiple) chosen = checked ? [optionId] : [];
  else if (!checked) chosen = chosen.filter((id) => id !== optionId);
  else if (optionId === 'none') chosen = ['none'];
  else chosen = [...chosen.filter((id) => id !== 'none' && id !== optionId), optionId];
  return { ...answers, [item.id]: chosen };
}
