/**
 * The official flow of the screeners as conditions: PHQ-9's 10th question only after a problem, ASQ
 * question 5 only after a positive screen. Apart from instrument-steps.ts, which the welcome script
 * loads at start, so that none of this is in the check-in's first load.
 */
import type { Condition, Step } from '../script-schema.js';
import type { InstrumentDef } from './instrument-defs.js';
import { itemStep } from './instrument-steps.js';

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
