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
