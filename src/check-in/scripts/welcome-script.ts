/**
 * The default script: an outreach worker's "Hey, want to talk?" as a web page. The steps, and the
 * texts of the first one; the other texts are in welcome.ts, loaded after the first paint.
 * A real "Not right now" ends kindly and leaves the door open; every question
 * can be skipped; the mood screener is an invitation, never a demand.
 */
import { msg } from '@lit/localize';
import type { Script, Step } from '../script-schema.js';
import {
  consentStep,
  contactStep,
  continuitySteps,
  needsStep,
  nextStepsSteps,
  options,
  summaryStep,
  type Texts,
} from './common.js';
import { PHQ4 } from './instrument-defs.js';
import { instrumentItemSteps } from './instrument-steps.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

const accepted = { step: 'screener-invite', equals: 'yes' } as const;

const steps: Step[] = [
  {
    id: 'opener',
    kind: 'single',
    text: 'welcome.opener',
    help: 'welcome.opener.help',
    // "Not right now" is the way out; a fourth answer that means the same would read as a form.
    skippable: false,
    options: [
      { value: 'yes', text: 'welcome.opener.yes' },
      { value: 'for-someone-else', text: 'welcome.opener.someone-else', subject: 'other' },
      { value: 'not-now', text: 'welcome.opener.not-now', next: 'not-now' },
    ],
  },
  {
    id: 'feeling',
    kind: 'single',
    role: 'feeling',
    text: 'welcome.feeling',
    why: 'welcome.feeling.why',
    sensitive: true,
    comment: 'common.comment',
    options: [
      ...options('welcome.feeling', ['good', 'okay', 'not-great', 'struggling']),
      { value: 'not-safe', text: 'welcome.feeling.not-safe', risk: 'emergency' },
    ],
  },
  needsStep(),
  {
    id: 'how-help',
    kind: 'single',
    text: 'welcome.how-help',
    options: options('welcome.how-help', ['talk', 'services', 'information', 'checking-in']),
  },
  {
    id: 'screener-invite',
    kind: 'single',
    text: 'welcome.screener',
    offers: 'phq-4',
    why: 'welcome.screener.why',
    // A mood screener is self-report: we only offer it to the person themselves.
    when: { subject: 'self' },
    options: options('welcome.screener', ['yes', 'no']),
  },
  ...instrumentItemSteps(PHQ4, 'phq4', accepted),
  ...continuitySteps(),
  contactStep(),
  summaryStep(),
  consentStep(),
  ...nextStepsSteps({ showScores: true, contact: true }),
  {
    id: 'not-now',
    kind: 'message',
    text: 'welcome.not-now',
    help: 'welcome.not-now.help',
    crisisCard: 'compact',
    end: true,
  },
];

export const welcomeScript: Script = {
  id: 'welcome',
  version: '1',
  title: 'welcome.title',
  notices: PHQ4.notices.map((en) => ({ en })),
  steps,
};

/** The texts of the first step (and the title): all that the first paint needs. */
export function openerTexts(): Texts {
  return {
    'welcome.title': msg('Check-in', { desc: 'Title of the welcome check-in conversation' }),
    'welcome.opener': msg('Hey, want to talk?', { desc: 'Check-in: the warm first question' }),
    'welcome.opener.help': msg('No pressure. You can skip any question or stop at any time.', { desc: 'Check-in: under the first question' }),
    'welcome.opener.yes': msg("Yes, let's talk", { desc: 'Check-in: answer to "want to talk?"' }),
    'welcome.opener.someone-else': msg("I'm here for someone else", { desc: 'Check-in: answer to "want to talk?" (asking for a family member or friend)' }),
    'welcome.opener.not-now': msg('Not right now', { desc: 'Check-in: answer to "want to talk?"' }),
  };
}
