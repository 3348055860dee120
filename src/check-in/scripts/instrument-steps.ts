/**
 * Screener items as steps (their "why we ask" texts are in common-texts.ts). Apart from the full
 * instrument scripts so that the welcome script's optional PHQ-4 does not load every instrument.
 */
import type { Condition, Step } from '../script-schema.js';
import type { InstrumentDef, InstrumentItemDef } from './instrument-defs.js';

export function itemStep(def: InstrumentDef, it: InstrumentItemDef, prefix: string, when?: Condition): Step {
  const sensitive = (def.id === 'phq-9' && it.item === 9) || def.id === 'asq';
  return {
    id: `${prefix}-${it.item}`,
    kind: 'single',
    text: { en: it.shown ?? it.text },
    ...(def.stem ? { help: { en: def.stem } } : {}),
    ...(sensitive ? { sensitive: true, why: 'instrument.item9.why' } : { why: 'instrument.why' }),
    instrument: { id: def.id, item: it.item, linkId: it.linkId, ...(it.code ? { code: it.code } : {}) },
    options: it.options.map((o) => ({
      value: o.code && def.id !== 'who-5' ? o.code : `score-${o.score}`,
      text: { en: o.text },
      score: o.score,
      ...(o.code ? { code: o.code } : {}),
      display: o.display,
    })),
    ...(when ? { when } : {}),
  };
}

/** One step per item of an instrument (ids `${prefix}-1`, ...), optionally shown only `when`. */
export function instrumentItemSteps(def: InstrumentDef, prefix: string, when?: Condition): Step[] {
  return def.items.map((it) => itemStep(def, it, prefix, when));
}

/** The PHQ/GAD answers above "Not at all". */
export const ABOVE_ZERO = ['LA6569-3', 'LA6570-1', 'LA18938-3', 'LA6571-9'];

/** Both conditions (one may be missing). The engine reads nested conditions; host scripts keep one level. */
export function both(a: Condition | undefined, b: Condition): Condition {
  return a ? ({ all: [a, b] } as unknown as Condition) : b;
}

/** The paper form asks PHQ-9's 10th question only "if you checked off any problems": an item above 0. */
export function anyItemAboveZero(prefix: string, items = 9): Condition {
  return { any: Array.from({ length: items }, (_, i) => ({ step: `${prefix}-${i + 1}`, in: ABOVE_ZERO })) };
}

/**
 * ASQ steps in the official flow: questions 1-4; question 5 (acuity) only after a yes to any of them,
 * or a refusal to answer one (the NIMH tool counts a refusal as a positive screen).
 */
export function asqSteps(def: InstrumentDef, prefix: string, when?: Condition): Step[] {
  const screen = def.items.filter((it) => it.item <= 4);
  const acuity = def.items.find((it) => it.item === 5)!;
  const positive: Condition = {
    any: screen.flatMap((it) => [
      { step: `${prefix}-${it.item}`, equals: 'yes' },
      { step: `${prefix}-${it.item}`, skipped: true },
    ]),
  };
  return [...screen.map((it) => itemStep(def, it, prefix, when)), itemStep(def, acuity, prefix, both(when, positive))];
}
