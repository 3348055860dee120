/**
 * The validated screeners as scripts: `phq-9`, `gad-7`, `phq-4`, `who-5`, `asq`.
 * Item texts and answers are English per-locale maps (`{ en }`), never msg():
 * they may only change language through an official translation. The words
 * around them (intro, why we ask, summary, consent) are translated.
 */
import { msg } from '@lit/localize';
import type { Subject } from '../engine.js';
import type { InstrumentId, Script, Step } from '../script-schema.js';
import { consentStep, nextStepsSteps, reachOutSteps, summaryStep, type Texts } from './common.js';
import { commonTexts, instrumentWhyTexts } from './common-texts.js';
import { ASQ, GAD7, INSTRUMENTS, PHQ9, PHQ9_DIFFICULTY, PHQ4, WHO5, type InstrumentDef } from './instruments.js';
import { instrumentItemSteps, itemStep } from './instrument-steps.js';
import { anyItemAboveZero, asqSteps } from './instrument-flow.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export { instrumentItemSteps } from './instrument-steps.js';
export { instrumentWhyTexts } from './common-texts.js';

function instrumentScript(def: InstrumentDef, extra: Step[] = [], items = instrumentItemSteps(def, def.id.replace('-', ''))): Script {
  return {
    id: def.id,
    version: '1',
    title: { en: def.title },
    notices: def.notices.map((en) => ({ en })),
    steps: [
      { id: 'intro', kind: 'message', text: 'instrument.intro', help: 'instrument.intro.help' },
      ...items,
      ...extra,
      // Every screener: after a sign of danger, an offer to reach the person.
      ...reachOutSteps(),
      summaryStep(),
      consentStep(),
      ...nextStepsSteps({ showScores: true, contact: true }),
    ],
  };
}

// The paper form's 10th question stands on its own (its wording names the condition), without the stem,
// and only "if you checked off any problems": an item above 0.
const { help: _stem, ...difficulty } = itemStep(PHQ9, PHQ9_DIFFICULTY, 'phq9', anyItemAboveZero('phq9'));
export const phq9Script = instrumentScript(PHQ9, [difficulty]);
export const gad7Script = instrumentScript(GAD7);
export const phq4Script = instrumentScript(PHQ4);
export const who5Script = instrumentScript(WHO5);
export const asqScript = instrumentScript(ASQ, [], asqSteps(ASQ, 'asq'));

export const INSTRUMENT_SCRIPTS: Record<InstrumentId, Script> = {
  'phq-9': phq9Script,
  'gad-7': gad7Script,
  'phq-4': phq4Script,
  'who-5': who5Script,
  asq: asqScript,
};

export { INSTRUMENTS };

export function instrumentTexts(subject: Subject): Texts {
  const other = subject === 'other';
  return {
    ...commonTexts(subject),
    ...instrumentWhyTexts(),
    // Screeners are self-report: about someone else, their questions are skipped (screener-rules.ts).
    'instrument.intro': other
      ? msg(
          'These questions are only for a person to answer about themselves, so we will skip them here. You can still tell us how we can help.',
          { desc: 'Check-in: when a screener would be about someone else (it is skipped)' },
        )
      : msg('These questions ask about the last 2 weeks. You can skip any of them.', { desc: 'Check-in: before a screener' }),
    'instrument.intro.help': msg('This is a screening, not a diagnosis. It can help you and our team talk about how you feel.', {
      desc: 'Check-in: before a screener',
    }),
  };
}
