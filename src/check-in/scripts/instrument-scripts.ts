/**
 * The validated screeners as scripts: `phq-9`, `gad-7`, `phq-4`, `who-5`.
 * Item texts and answers are English per-locale maps (`{ en }`), never msg():
 * they may only change language through an official translation. The words
 * around them (intro, why we ask, summary, consent) are translated.
 */
import { msg } from '@lit/localize';
import type { Subject } from '../engine.js';
import type { InstrumentId, Script, Step } from '../script-schema.js';
import { consentStep, nextStepsSteps, reachOutSteps, summaryStep, type Texts } from './common.js';
import { commonTexts, instrumentWhyTexts } from './common-texts.js';
import { GAD7, INSTRUMENTS, PHQ9, PHQ9_DIFFICULTY, PHQ4, WHO5, type InstrumentDef } from './instruments.js';
import { instrumentItemSteps, itemStep } from './instrument-steps.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export { instrumentItemSteps } from './instrument-steps.js';
export { instrumentWhyTexts } from './common-texts.js';

function instrumentScript(def: InstrumentDef, extra: Step[] = []): Script {
  return {
    id: def.id,
    version: '1',
    title: { en: def.title },
    notices: def.notices.map((en) => ({ en })),
    steps: [
      { id: 'intro', kind: 'message', text: 'instrument.intro', help: 'instrument.intro.help' },
      ...instrumentItemSteps(def, def.id.replace('-', '')),
      ...extra,
      // Every screener: after a sign of danger, an offer to reach the person.
      ...reachOutSteps(),
      summaryStep(),
      consentStep(),
      ...nextStepsSteps({ showScores: true, contact: true }),
    ],
  };
}

// The paper form's 10th question stands on its own (its wording names the condition), without the stem.
const { help: _stem, ...difficulty } = itemStep(PHQ9, PHQ9_DIFFICULTY, 'phq9');
export const phq9Script = instrumentScript(PHQ9, [difficulty]);
export const gad7Script = instrumentScript(GAD7);
export const phq4Script = instrumentScript(PHQ4);
export const who5Script = instrumentScript(WHO5);

export const INSTRUMENT_SCRIPTS: Record<InstrumentId, Script> = {
  'phq-9': phq9Script,
  'gad-7': gad7Script,
  'phq-4': phq4Script,
  'who-5': who5Script,
};

export { INSTRUMENTS };

export function instrumentTexts(subject: Subject): Texts {
  const other = subject === 'other';
  return {
    ...commonTexts(subject),
    ...instrumentWhyTexts(),
    'instrument.intro': other
      ? msg(
          'These questions are written for the person themselves. If you answer for someone else, answer the way you think they would. The result is only a rough guide.',
          { desc: 'Check-in: before a screener answered on behalf of someone else' },
        )
      : msg('These questions ask about the last 2 weeks. You can skip any of them.', { desc: 'Check-in: before a screener' }),
    'instrument.intro.help': msg('This is a screening, not a diagnosis. It can help you and our team talk about how you feel.', {
      desc: 'Check-in: before a screener',
    }),
  };
}
