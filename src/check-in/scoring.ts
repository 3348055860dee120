/**
 * Scoring of the validated screeners, exactly per the official rules (sources in
 * /work/shared/data/instruments/scoring.md and docs/instruments.md). Pure: no Lit.
 * These are screening results, never a diagnosis. A skipped item is never guessed:
 * the result is `complete: false` with how many items were answered. PHQ-9 and
 * GAD-7 with at most 2 items missing get a prorated total (`prorated: true`): the
 * mean of the answered items × the item count, rounded, as the PHQ literature
 * does; the other instruments get no total then.
 */
import type { Locale } from '../core/locales.js';
import type { Answer } from './engine.js';
import type { InstrumentId, Step } from './script-schema.js';
import { translationValidated } from './scripts/instrument-defs.js';

export type Phq9Band = 'none-minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

export type ScreeningFlag =
  | 'item-9-positive'
  | 'item-9-unanswered'
  | 'poor-wellbeing'
  | 'likely-depression'
  | 'depression-screen-indicated'
  | 'asq-positive'
  | 'asq-acute';

export interface SubscaleScore {
  id: 'phq-2' | 'gad-2';
  complete: boolean;
  answered: number;
  items: number;
  total?: number;
  /** Total of 3 or more. */
  positive?: boolean;
}

export interface InstrumentScore {
  instrument: InstrumentId;
  /** Always a screening result, never a diagnosis. */
  kind: 'screening-result';
  complete: boolean;
  answered: number;
  items: number;
  total?: number;
  /** The total was prorated from `answered` of `items` items (PHQ-9, GAD-7: at most 2 missing). */
  prorated?: boolean;
  /** Not for ASQ, which has no total. */
  maxTotal?: number;
  band?: Phq9Band | Gad7Band;
  /** PHQ-9: item 9 (thoughts of death or self-harm) was skipped or not reached. */
  item9Unanswered?: boolean;
  /** WHO-5: raw score below 13. */
  poorWellBeing?: boolean;
  /** WHO-5: raw score 7 or less. */
  likelyDepression?: boolean;
  /** ASQ: a yes to (or a refusal of) any of questions 1-4. */
  positive?: boolean;
  /** ASQ: a yes to question 5, thoughts of killing oneself right now. */
  acute?: boolean;
  /** WHO-5: raw score × 4. */
  percentage?: number;
  flags: ScreeningFlag[];
  subscales?: SubscaleScore[];
  translationValidated: boolean;
}

const RULES: Record<InstrumentId, { items: number; max: number }> = {
  'phq-9': { items: 9, max: 3 },
  'gad-7': { items: 7, max: 3 },
  'phq-4': { items: 4, max: 3 },
  'who-5': { items: 5, max: 5 },
  // ASQ questions 1-4 screen; question 5 is asked only after a positive screen.
  asq: { items: 4, max: 1 },
};

/** Items that may be missing for a prorated total (PHQ-9 and GAD-7 only). */
const PRORATE_MISSING: Partial<Record<InstrumentId, number>> = { 'phq-9': 2, 'gad-7': 2 };

/** Cut points 5, 10, 15, 20 (Kroenke et al. 2001). */
export function phq9Band(total: number): Phq9Band {
  if (total <= 4) return 'none-minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (total <= 19) return 'moderately-severe';
  return 'severe';
}

/** Cut points 5, 10, 15 (Spitzer et al. 2006). */
export function gad7Band(total: number): Gad7Band {
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  return 'severe';
}

const valid = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function subscale(id: 'phq-2' | 'gad-2', scores: Array<number | undefined>): SubscaleScore {
  const answered = scores.filter((s) => s !== undefined) as number[];
  const complete = answered.length === scores.length;
  const out: SubscaleScore = { id, complete, answered: answered.length, items: scores.length };
  if (complete) {
    out.total = answered.reduce((a, b) => a + b, 0);
    out.positive = out.total >= 3;
  }
  return out;
}

/**
 * Scores one instrument from its item scores in item order (item 1 first).
 * `undefined`, `null` or an out-of-range value counts as not answered.
 */
export function scoreInstrument(
  id: InstrumentId,
  itemScores: ReadonlyArray<number | null | undefined>,
  locale: Locale = 'en',
  /** Items the person declined ("I'd rather not say"), 1-based; ASQ counts a refusal of 1-4 as positive. */
  declined: readonly number[] = [],
): InstrumentScore {
  const rule = RULES[id];
  const scores = Array.from({ length: rule.items }, (_, i) => (valid(itemScores[i], rule.max) ? itemScores[i]! : undefined));
  const answered = scores.filter((s) => s !== undefined) as number[];
  const complete = answered.length === rule.items;
  const result: InstrumentScore = {
    instrument: id,
    kind: 'screening-result',
    complete,
    answered: answered.length,
    items: rule.items,
    ...(id === 'asq' ? {} : { maxTotal: rule.items * rule.max }),
    flags: [],
    translationValidated: translationValidated(id, locale),
  };
  const sum = answered.reduce((a, b) => a + b, 0);
  const missing = rule.items - answered.length;
  let total: number | undefined;
  if (id === 'asq') total = undefined;
  else if (complete) total = sum;
  else if (answered.length > 0 && missing <= (PRORATE_MISSING[id] ?? 0)) {
    total = Math.round((sum / answered.length) * rule.items);
    result.prorated = true;
  }
  if (total !== undefined) result.total = total;

  switch (id) {
    case 'phq-9':
      if (total !== undefined) result.band = phq9Band(total);
      // Any answer above 0 on item 9 needs a safety follow-up, whatever else was skipped.
      if ((scores[8] ?? 0) > 0) result.flags.push('item-9-positive');
      if (scores[8] === undefined) {
        result.item9Unanswered = true;
        result.flags.push('item-9-unanswered');
      }
      break;
    case 'gad-7':
      if (total !== undefined) result.band = gad7Band(total);
      break;
    case 'phq-4':
      result.subscales = [subscale('gad-2', scores.slice(0, 2)), subscale('phq-2', scores.slice(2, 4))];
      break;
    case 'who-5':
      if (total !== undefined) {
        result.percentage = total * 4;
        result.poorWellBeing = total < 13;
        result.likelyDepression = total <= 7;
        if (result.poorWellBeing) result.flags.push('poor-wellbeing');
        if (result.likelyDepression) result.flags.push('likely-depression');
      }
      // Also indicated by any single item at 0 or 1, which is known even when others were skipped.
      if ((total !== undefined && total < 13) || answered.some((s) => s <= 1)) {
        result.flags.push('depression-screen-indicated');
      }
      break;
    case 'asq': {
      result.positive = answered.some((s) => s === 1) || declined.some((n) => n >= 1 && n <= 4);
      result.acute = itemScores[4] === 1;
      if (result.positive) result.flags.push('asq-positive');
      if (result.acute) result.flags.push('asq-acute');
      break;
    }
  }
  return result;
}

/** The score an answer gives, from the chosen option's `score`. */
function itemScore(step: Step, answer: Answer | undefined): number | undefined {
  if (step.kind !== 'single' || !answer || answer.skipped) return undefined;
  return step.options.find((o) => o.value === answer.value)?.score;
}

/**
 * Scores every instrument that has at least one item among the given steps
 * (the questions on the person's path, as from engine.effectiveAnswers()).
 */
export function scoreAnswers(
  entries: ReadonlyArray<{ step: Step; answer: Answer | undefined }>,
  locale: Locale = 'en',
): InstrumentScore[] {
  const byInstrument = new Map<InstrumentId, { scores: Array<number | undefined>; declined: number[] }>();
  for (const { step, answer } of entries) {
    if (step.kind !== 'single' || !step.instrument) continue;
    const { id, item } = step.instrument;
    const entry = byInstrument.get(id) ?? { scores: [], declined: [] };
    entry.scores[item - 1] = itemScore(step, answer);
    if (answer?.skipped) entry.declined.push(item);
    byInstrument.set(id, entry);
  }
  return [...byInstrument].map(([id, { scores, declined }]) => scoreInstrument(id, scores, locale, declined));
}
