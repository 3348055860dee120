/**
 * The official screener rules applied to any script that has instrument items (built-in or a host's),
 * when the conversation starts. Pure data in, data out (msg() only reads the active locale):
 *
 * - screeners are self-report: each item (and the steps added here) shows only while the questions are
 *   about the person themselves; a script that starts about someone else gets a problem to report;
 * - where PHQ-9 is shown in English to a person reading another language (no verified translation), a
 *   plain, unscored safety question in their language follows item 9 when item 9 was answered 0 or skipped
 *   (above 0, the danger is already caught). It is not a validated item; a yes raises `intake-risk`
 *   (role 'safety-question'), and it never counts toward the total;
 * - `riskFollowUp: 'asq'` chains the ASQ after a positive item 9 (or a yes to the safety question).
 *
 * Loaded only with a screener (never in the check-in's first load).
 */
import { msg } from '@lit/localize';
import type { Locale } from '../../core/locales.js';
import type { Subject } from '../engine.js';
import type { Condition, Script, Step } from '../script-schema.js';
import { translationValidated } from './instrument-defs.js';
import { ASQ } from './instruments.js';
import { ABOVE_ZERO, asqSteps, both } from './instrument-flow.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export const RISK_FOLLOW_UPS = ['asq'] as const;
export type RiskFollowUp = (typeof RISK_FOLLOW_UPS)[number];

export interface ScreenerRuleOptions {
  locale: Locale;
  /** Who the element starts with. */
  subject: Subject;
  riskFollowUp?: RiskFollowUp;
}

const selfOnly: Condition = { subject: 'self' };

const isItem = (s: Step, id: string, item?: number): boolean =>
  s.kind === 'single' && s.instrument?.id === id && (item === undefined || s.instrument.item === item);

/** The text in the current locale (msg()), with English beside it for the record. */
const here = (locale: Locale, en: string, translated: string) => (locale === 'en' ? { en } : { en, [locale]: translated });

function safetyStep(id: string, locale: Locale, when: Condition | undefined): Step {
  return {
    id,
    kind: 'single',
    role: 'safety-question',
    sensitive: true,
    text: here(
      locale,
      'In the last 2 weeks, have you had thoughts of death, or of hurting yourself?',
      msg('In the last 2 weeks, have you had thoughts of death, or of hurting yourself?', {
        desc: 'Check-in: a plain safety question asked in the person’s language beside an English screener question about the same (not a validated item)',
      }),
    ),
    help: here(
      locale,
      'We ask this in your language so you can answer it clearly. It is not part of the questionnaire.',
      msg('We ask this in your language so you can answer it clearly. It is not part of the questionnaire.', {
        desc: 'Check-in: under the plain safety question',
      }),
    ),
    why: here(
      locale,
      'We ask everyone this. It helps us make sure you get the right support, right away if needed.',
      msg('We ask everyone this. It helps us make sure you get the right support, right away if needed.', {
        desc: 'Check-in: why we ask PHQ-9 question 9 (thoughts of self-harm)',
      }),
    ),
    options: [
      { value: 'yes', text: here(locale, 'Yes, I have', msg('Yes, I have', { desc: 'Check-in: answer to the plain safety question' })) },
      { value: 'no', text: here(locale, 'No, I have not', msg('No, I have not', { desc: 'Check-in: answer to the plain safety question' })) },
    ],
    ...(when ? { when } : {}),
  };
}

function asqIntro(locale: Locale, when: Condition): Step {
  return {
    id: 'asq-intro',
    kind: 'message',
    text: here(
      locale,
      'Thank you for telling us. A few more questions about your safety. You can skip any of them.',
      msg('Thank you for telling us. A few more questions about your safety. You can skip any of them.', {
        desc: 'Check-in: before the ASQ suicide-risk questions that follow a positive answer about thoughts of death',
      }),
    ),
    when,
  };
}

/**
 * The script with the screener rules applied, and the problems to report to the host (a screener in a
 * conversation that starts about someone else). Scripts without instrument items come back as they are.
 */
export function applyScreenerRules(script: Script, options: ScreenerRuleOptions): { script: Script; problems: string[] } {
  const instrumentIds = [...new Set(script.steps.flatMap((s) => (s.kind === 'single' && s.instrument ? [s.instrument.id] : [])))];
  if (!instrumentIds.length) return { script, problems: [] };
  const problems =
    options.subject === 'other'
      ? [`screeners (${instrumentIds.join(', ')}) are self-report and are not offered when subject is "other"; their questions are skipped`]
      : [];

  const steps: Step[] = [];
  const item9 = script.steps.find((s) => isItem(s, 'phq-9', 9));
  const safetyId = item9 ? `${item9.id}-safety` : undefined;
  const askSafety = !!item9 && !translationValidated('phq-9', options.locale) && !script.steps.some((s) => s.id === safetyId);
  const chainAsq = options.riskFollowUp === 'asq' && !!item9 && !script.steps.some((s) => isItem(s, 'asq'));
  // The ASQ follows the last PHQ-9 question (item 10 when the script has it).
  const lastPhq9 = [...script.steps].reverse().find((s) => isItem(s, 'phq-9'));

  for (const step of script.steps) {
    const screener = step.kind === 'single' && !!step.instrument;
    steps.push(screener ? { ...step, when: both(step.when, selfOnly) } : step);
    // The plain question is there to catch a misread English item 9: after an answer above 0 the danger is
    // already caught (and the safety pause just shown), so asking the same thing again would only repeat it.
    if (askSafety && step === item9) {
      const notCaught: Condition = { not: { step: item9.id, in: ABOVE_ZERO } };
      steps.push(safetyStep(safetyId!, options.locale, both(both(item9.when, selfOnly), notCaught)));
    }
    if (chainAsq && step === lastPhq9) {
      const positive: Condition = {
        any: [{ step: item9!.id, in: ABOVE_ZERO }, ...(askSafety ? [{ step: safetyId!, equals: 'yes' as const }] : [])],
      };
      const when = both(selfOnly, positive);
      steps.push(asqIntro(options.locale, when), ...asqSteps(ASQ, 'asq', when));
    }
  }
  return { script: { ...script, steps }, problems };
}
