/**
 * Turns an engine state into the `CheckInResult` the host receives. Pure: no Lit.
 * Every answer carries the question exactly as the person saw it.
 */
import type { CheckInAnswer, CheckInResult, ContactPreferences } from '../core/check-in-schemas.js';
import type { Locale } from '../core/locales.js';
import { effectiveAnswers, subjectOf, type Answer, type ContactAnswer, type EngineState } from './engine.js';
import { assessRisk } from './crisis-words.js';
import type { RiskWords } from './risk.js';
import { resolveText, type StepRole, type TextContext } from './script-logic.js';
import type { Script, Step } from './script-schema.js';
import { scoreAnswers } from './scoring.js';

export interface ResultOptions {
  locale: Locale;
  lookup?: TextContext['lookup'];
  /** Result id; a random UUID when left out. */
  id?: string;
  /** ISO 8601 time; now when left out. */
  completedAt?: string;
  /** The host's own crisis words (checked), added to the built-in ones. */
  riskWords?: RiskWords;
}

function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `ci-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function toAnswer(step: Step, a: Answer | undefined, ctx: TextContext): CheckInAnswer {
  const out: CheckInAnswer = {
    stepId: step.id,
    kind: step.kind as CheckInAnswer['kind'],
    question: resolveText(step.text, ctx),
    skipped: !a || a.skipped === true || a.value === undefined,
  };
  if (a?.at) out.at = a.at;
  if (out.skipped) return out;
  out.value = a!.value as CheckInAnswer['value'];
  if (a!.comment) out.comment = a!.comment;
  if (step.kind === 'single' || step.kind === 'multiple') {
    const chosen = Array.isArray(a!.value) ? a!.value : [a!.value];
    out.answerText = step.options.filter((o) => chosen.includes(o.value)).map((o) => resolveText(o.text, ctx));
    if (step.kind === 'single' && step.instrument) {
      const o = step.options.find((x) => x.value === a!.value);
      out.instrument = {
        id: step.instrument.id,
        item: step.instrument.item,
        linkId: step.instrument.linkId,
        ...(step.instrument.code ? { code: step.instrument.code } : {}),
        ...(o?.score !== undefined ? { score: o.score } : {}),
        ...(o?.code ? { answerCode: o.code } : {}),
        ...(o?.display ? { answerDisplay: o.display } : {}),
      };
    }
  }
  return out;
}

const byRole = (answers: CheckInAnswer[], steps: Step[], role: StepRole): CheckInAnswer | undefined => {
  const step = steps.find((s) => s.role === role && answers.some((a) => a.stepId === s.id && !a.skipped));
  return step && answers.find((a) => a.stepId === step.id);
};

export function buildResult(script: Script, state: EngineState, options: ResultOptions): CheckInResult {
  const ctx: TextContext = { locale: options.locale, lookup: options.lookup };
  const entries = effectiveAnswers(script, state);
  const answers = entries.map(({ step, answer }) => toAnswer(step, answer, ctx));
  const steps = entries.map((e) => e.step);
  const risk = assessRisk(entries, options.riskWords);

  const result: CheckInResult = {
    schema: 'compassionate-intake/check-in',
    version: 1,
    id: options.id ?? randomId(),
    locale: options.locale,
    subject: subjectOf(script, state),
    script: { id: script.id, version: script.version },
    completedAt: options.completedAt ?? new Date().toISOString(),
    answers,
    instruments: scoreAnswers(entries, options.locale),
    risk: risk ? { level: risk.level, reasons: risk.reasons } : null,
    continuity: {},
  };

  const contact = answers.find((a) => a.kind === 'contact' && !a.skipped);
  if (contact) result.contact = contact.value as ContactAnswer as ContactPreferences;

  const helpers = byRole(answers, steps, 'helpers');
  const helperName = byRole(answers, steps, 'helper-name');
  const helperOrg = byRole(answers, steps, 'helper-org');
  if (helpers || helperName || helperOrg) {
    const roles = helpers?.value;
    result.continuity.helpers = {
      roles: Array.isArray(roles) ? roles : typeof roles === 'string' ? [roles] : [],
      ...(typeof helperName?.value === 'string' ? { name: helperName.value } : {}),
      ...(typeof helperOrg?.value === 'string' ? { organization: helperOrg.value } : {}),
    };
  }
  const followUp = byRole(answers, steps, 'follow-up');
  if (followUp && typeof followUp.value === 'string') {
    const when = byRole(answers, steps, 'follow-up-when')?.value;
    const how = byRole(answers, steps, 'follow-up-how')?.value;
    result.continuity.followUp = {
      wanted: followUp.value,
      ...(typeof when === 'string' ? { when } : {}),
      ...(Array.isArray(how) ? { how } : {}),
    };
  }

  const consent = answers.find((a) => a.kind === 'consent');
  if (consent) {
    result.consent = {
      given: consent.value === true,
      ...(consent.at && consent.value === true ? { at: consent.at } : {}),
      text: consent.question,
    };
  }
  return result;
}
