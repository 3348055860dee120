/**
 * The default script: an outreach worker's "Hey, want to talk?" as a web page.
 * A real "Not right now" ends kindly and leaves the door open; every question
 * can be skipped; the mood screener is an invitation, never a demand.
 */
import { msg } from '@lit/localize';
import type { Subject } from '../engine.js';
import type { Script, Step } from '../script-schema.js';
import {
  commonTexts,
  consentStep,
  contactStep,
  continuitySteps,
  needsStep,
  nextStepsStep,
  options,
  summaryStep,
  type Texts,
} from './common.js';
import { PHQ4 } from './instrument-defs.js';
import { instrumentItemSteps, instrumentWhyTexts } from './instrument-steps.js';

const accepted = { step: 'screener-invite', equals: 'yes' } as const;

const steps: Step[] = [
  {
    id: 'opener',
    kind: 'single',
    text: 'welcome.opener',
    help: 'welcome.opener.help',
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
  nextStepsStep(true),
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

export function welcomeTexts(subject: Subject): Texts {
  const other = subject === 'other';
  return {
    ...commonTexts(subject),
    'welcome.title': msg('Check-in', { desc: 'Title of the welcome check-in conversation' }),
    'welcome.opener': msg('Hey, want to talk?', { desc: 'Check-in: the warm first question' }),
    'welcome.opener.help': msg('No pressure. You can skip any question or stop at any time.', { desc: 'Check-in: under the first question' }),
    'welcome.opener.yes': msg("Yes, let's talk", { desc: 'Check-in: answer to "want to talk?"' }),
    'welcome.opener.someone-else': msg("I'm here for someone else", { desc: 'Check-in: answer to "want to talk?" (asking for a family member or friend)' }),
    'welcome.opener.not-now': msg('Not right now', { desc: 'Check-in: answer to "want to talk?"' }),
    'welcome.not-now': msg("That's okay. You can come back any time.", { desc: 'Check-in: kind goodbye after "Not right now"' }),
    'welcome.not-now.help': other
      ? msg('If things get hard for them or for you, help is here day and night.', { desc: 'Check-in: goodbye, about someone else' })
      : msg('If things get hard, help is here day and night.', { desc: 'Check-in: goodbye' }),
    'welcome.feeling': other
      ? msg("How is the person you're worried about doing?", { desc: 'Check-in question about someone else' })
      : msg('How are you doing today?', { desc: 'Check-in question' }),
    'welcome.feeling.why': msg('It helps us know how to help. There is no wrong answer.', { desc: 'Check-in: why we ask how you are' }),
    'welcome.feeling.good': msg('Pretty good', { desc: 'Check-in answer: how are you' }),
    'welcome.feeling.okay': msg('Okay', { desc: 'Check-in answer: how are you' }),
    'welcome.feeling.not-great': msg('Not so great', { desc: 'Check-in answer: how are you' }),
    'welcome.feeling.struggling': other
      ? msg("They're really struggling", { desc: 'Check-in answer about someone else' })
      : msg("I'm really struggling", { desc: 'Check-in answer: how are you' }),
    'welcome.feeling.not-safe': other
      ? msg("They're not safe right now", { desc: 'Check-in answer about someone else; opens crisis help' })
      : msg("I'm not safe right now", { desc: 'Check-in answer; opens crisis help' }),
    'welcome.how-help': msg('How can we help?', { desc: 'Check-in question' }),
    'welcome.how-help.talk': msg('Talk with someone', { desc: 'Check-in answer: how can we help' }),
    'welcome.how-help.services': msg('Find services nearby', { desc: 'Check-in answer: how can we help' }),
    'welcome.how-help.information': msg('Get information', { desc: 'Check-in answer: how can we help' }),
    'welcome.how-help.checking-in': msg("I'm just checking in", { desc: 'Check-in answer: how can we help' }),
    'welcome.screener': msg("Would you like to answer 4 short questions about your mood? It takes about a minute. It's up to you.", {
      desc: 'Check-in: invitation to a short screener (PHQ-4)',
    }),
    'welcome.screener.why': msg('Your answers can help our team understand how you feel. It is a screening, not a diagnosis.', {
      desc: 'Check-in: why we offer the screener',
    }),
    'welcome.screener.yes': msg('Sure', { desc: 'Check-in answer: yes to the screener' }),
    'welcome.screener.no': msg('No, thanks', { desc: 'Check-in answer: no to the screener' }),
    ...instrumentWhyTexts(),
  };
}
