/**
 * Signs of danger in a check-in. Pure: no Lit.
 *
 * - PHQ-9 item 9 above 0 (project safety policy: any non-zero answer);
 * - a yes to the plain safety question asked beside an English item 9 (role 'safety-question');
 * - ASQ: a yes to (or, as the NIMH tool says, a refusal of) questions 1-4 is a positive screen (urgent);
 *   a yes to question 5 is acute (emergency);
 * - the person choosing an option marked as risk ("I'm not safe right now");
 * - "Safety at home" picked among needs (a step with role `needs`, as in the needs finder);
 * - crisis words typed in free text, in any shipped language (the lists are in crisis-words.ts,
 *   which comes with the views that let a person type; callers pass its finder in).
 */
import type { Answer, ContactAnswer } from './engine.js';
import type { Step } from './script-schema.js';

export type RiskLevel = 'urgent' | 'emergency';
export type RiskReason =
  | 'phq9-item9'
  | 'safety-question'
  | 'asq-positive'
  | 'asq-acute'
  | 'person-not-safe'
  | 'crisis-words'
  | 'safety-at-home-picked';

/** The catalog's need id that opens the safety path (domestic-violence lines, quick-exit reminder). */
export const SAFETY_NEED = 'safety';

export interface RiskSignal {
  reason: RiskReason;
  level: RiskLevel;
  stepId: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  reasons: RiskReason[];
  signals: RiskSignal[];
}

function textsOf(answer: Answer): string[] {
  const out: string[] = [];
  if (typeof answer.value === 'string') out.push(answer.value);
  if (answer.comment) out.push(answer.comment);
  if (answer.value && typeof answer.value === 'object' && !Array.isArray(answer.value)) {
    const c = answer.value as ContactAnswer;
    if (c.bestTime) out.push(c.bestTime);
  }
  return out;
}

/** The danger signs in one answer; typed words are checked with `findWords` (crisis-words.ts). */
export function riskSignals(step: Step, answer: Answer | undefined, findWords?: (text: string) => string[]): RiskSignal[] {
  if (!answer) return [];
  const asq = step.kind === 'single' && step.instrument?.id === 'asq' ? step.instrument.item : 0;
  if (answer.skipped) return asq >= 1 && asq <= 4 ? [{ reason: 'asq-positive', level: 'urgent', stepId: step.id }] : [];
  const out: RiskSignal[] = [];
  if (step.kind === 'single' || step.kind === 'multiple') {
    const chosen = Array.isArray(answer.value) ? answer.value : [answer.value];
    for (const o of step.options) {
      if (o.risk && chosen.includes(o.value)) out.push({ reason: 'person-not-safe', level: o.risk, stepId: step.id });
    }
    // The same reason the needs finder gives for the same choice.
    if (step.role === 'needs' && chosen.includes(SAFETY_NEED)) out.push({ reason: 'safety-at-home-picked', level: 'urgent', stepId: step.id });
    if (step.kind === 'single' && step.instrument?.id === 'phq-9' && step.instrument.item === 9) {
      const score = step.options.find((o) => o.value === answer.value)?.score ?? 0;
      if (score > 0) out.push({ reason: 'phq9-item9', level: 'urgent', stepId: step.id });
    }
    if (step.role === 'safety-question' && answer.value === 'yes') out.push({ reason: 'safety-question', level: 'urgent', stepId: step.id });
    if (asq && answer.value === 'yes') {
      out.push(asq === 5 ? { reason: 'asq-acute', level: 'emergency', stepId: step.id } : { reason: 'asq-positive', level: 'urgent', stepId: step.id });
    }
  }
  // Only free text the person typed; option values from a script are not theirs.
  const typed = step.kind === 'text' ? textsOf(answer) : answer.comment ? [answer.comment] : [];
  if (step.kind === 'contact') typed.push(...textsOf(answer));
  if (findWords && typed.some((t) => findWords(t).length > 0)) {
    out.push({ reason: 'crisis-words', level: 'urgent', stepId: step.id });
  }
  return out;
}

/** A host's own crisis words per locale (`{ en: ['jump off the bridge'], '*': [...] }`), added to the built-in ones. */
export type RiskWords = Readonly<Record<string, readonly string[]>>;

const LOCALE_KEY = /^(?:\*|[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)$/;

/**
 * Checks a host's `riskWords`: an object whose keys are locales (or '*') and whose values are lists
 * of words. Returns the words, or a problem that never quotes them.
 */
export function checkRiskWords(value: unknown): { ok: true; words: RiskWords | undefined } | { ok: false; problem: string } {
  try {
    return checkWordLists(value);
  } catch {
    // A Proxy whose traps throw, a getter that throws: the host's value cannot be read at all.
    return { ok: false, problem: 'riskWords could not be read (a getter or Proxy threw)' };
  }
}

function checkWordLists(value: unknown): { ok: true; words: RiskWords | undefined } | { ok: false; problem: string } {
  if (value === undefined || value === null) return { ok: true, words: undefined };
  const shape = 'riskWords must be an object of word lists per locale, for example { en: ["..."], "*": ["..."] }';
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: `${shape}; got ${Array.isArray(value) ? 'a list' : typeof value}` };
  const words: Record<string, string[]> = {};
  let total = 0;
  for (const [key, list] of Object.entries(value)) {
    if (!LOCALE_KEY.test(key)) return { ok: false, problem: `${shape}; a key is not a locale or "*"` };
    if (!Array.isArray(list)) return { ok: false, problem: `${shape}; "${key}" is not a list` };
    if (!list.every((w) => typeof w === 'string' && w.trim().length > 0 && w.length <= 200)) {
      return { ok: false, problem: `${shape}; "${key}" holds something that is not a word of 1 to 200 characters` };
    }
    total += list.length;
    words[key] = [...list];
  }
  if (total > 1000) return { ok: false, problem: `${shape}; at most 1000 words` };
  return { ok: true, words };
}
