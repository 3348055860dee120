/**
 * The default script ("Hey, want to talk?", steps in welcome-script.ts) and all its texts.
 */
import { msg } from '@lit/localize';
import type { Subject } from '../engine.js';
import type { Texts } from './common.js';
import { commonTexts, instrumentWhyTexts } from './common-texts.js';
import { openerTexts } from './welcome-script.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export { welcomeScript } from './welcome-script.js';

export function welcomeTexts(subject: Subject): Texts {
  const other = subject === 'other';
  return {
    ...commonTexts(subject),
    ...openerTexts(),
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
