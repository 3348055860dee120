/** The built-in scripts by id, and the translated texts their message ids stand for. */
import type { Subject } from '../engine.js';
import type { Script } from '../script-schema.js';
import type { Texts } from './common.js';
import { INSTRUMENT_SCRIPTS, instrumentTexts } from './instrument-scripts.js';

export { applyScreenerRules, RISK_FOLLOW_UPS, type RiskFollowUp } from './screener-rules.js';
import { selfReferralScript, selfReferralTexts } from './self-referral.js';
import { welcomeScript, welcomeTexts } from './welcome.js';

export const BUILT_IN_SCRIPT_IDS = ['welcome', 'phq-9', 'gad-7', 'phq-4', 'who-5', 'asq', 'self-referral'] as const;
export type BuiltInScriptId = (typeof BUILT_IN_SCRIPT_IDS)[number];

export const BUILT_IN_SCRIPTS: Record<BuiltInScriptId, Script> = {
  welcome: welcomeScript,
  ...INSTRUMENT_SCRIPTS,
  'self-referral': selfReferralScript,
};

export const isBuiltInScriptId = (id: unknown): id is BuiltInScriptId =>
  typeof id === 'string' && (BUILT_IN_SCRIPT_IDS as readonly string[]).includes(id);

/**
 * The texts of a built-in script in the current locale (call at render time:
 * msg() reads the active locale). `subject` picks the wording about someone else.
 */
export function builtInTexts(id: BuiltInScriptId, subject: Subject): Texts {
  if (id === 'welcome') return welcomeTexts(subject);
  if (id === 'self-referral') return selfReferralTexts(subject);
  return instrumentTexts(subject);
}

/** A lookup for resolveText(): message id -> text, or undefined for host text. */
export function builtInLookup(id: BuiltInScriptId, subject: Subject): (messageId: string) => string | undefined {
  const texts = builtInTexts(id, subject);
  return (messageId) => (Object.prototype.hasOwnProperty.call(texts, messageId) ? texts[messageId] : undefined);
}
