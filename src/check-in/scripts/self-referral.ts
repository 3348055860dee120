/**
 * The short form a community organization needs to reach back: who is this
 * for, what would help, who already helps, follow-up, contact, consent.
 * Not a ten-page assessment.
 */
import { msg } from '@lit/localize';
import type { Subject } from '../engine.js';
import type { Script } from '../script-schema.js';
import { consentStep, contactStep, continuitySteps, needsStep, nextStepsSteps, summaryStep, type Texts } from './common.js';
import { commonTexts } from './common-texts.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export const selfReferralScript: Script = {
  id: 'self-referral',
  version: '1',
  title: 'self-referral.title',
  steps: [
    {
      id: 'who',
      kind: 'single',
      text: 'self-referral.who',
      help: 'self-referral.who.help',
      options: [
        { value: 'self', text: 'self-referral.who.self', subject: 'self' },
        { value: 'other', text: 'self-referral.who.other', subject: 'other' },
      ],
    },
    needsStep(),
    ...continuitySteps(),
    contactStep(),
    summaryStep(),
    consentStep(),
    ...nextStepsSteps({ contact: true }),
  ],
};

export function selfReferralTexts(subject: Subject): Texts {
  return {
    ...commonTexts(subject),
    'self-referral.title': msg('Ask for help', { desc: 'Title of the self-referral form' }),
    'self-referral.who': msg('Who is this for?', { desc: 'Self-referral: first question' }),
    'self-referral.who.help': msg('Tell us a little, and we will reach out. It takes a few minutes. You can skip any question.', {
      desc: 'Self-referral: under the first question',
    }),
    'self-referral.who.self': msg('For me', { desc: 'Self-referral answer: who is this for' }),
    'self-referral.who.other': msg('For someone else', { desc: 'Self-referral answer: who is this for (a family member, a friend)' }),
  };
}
