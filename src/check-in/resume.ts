/**
 * Reads a saved check-in back (sessionStorage, only with the person's consent). Hand-written checks,
 * no zod: the element loads this only when `persist` is set. Pure: no Lit, no DOM.
 */
import { normalizeValue, savePicks, stepById, type Answer, type EngineState } from './engine.js';
import type { Script } from './script-schema.js';

const MAX_TYPED = 2000;

function indexOf(script: Script): Map<string, number> {
  return new Map(script.steps.map((s, i) => [s.id, i]));
}

// Hand-written checks (no zod): the element resumes without loading the validator.
type Saved = Omit<EngineState, 'answers' | 'picks'> & { picks?: Record<string, string[]>; answers: Record<string, { value?: unknown; skipped?: boolean; comment?: string; at?: string }> };

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const onlyKeys = (x: Record<string, unknown>, keys: string[]): boolean => Object.keys(x).every((k) => keys.includes(k));
const isStr = (x: unknown, max = Infinity): x is string => typeof x === 'string' && x.length <= max;
const strList = (x: unknown, max = Infinity): x is string[] => Array.isArray(x) && x.length <= max && x.every((i) => isStr(i));
const strOrNull = (x: unknown): boolean => x === null || isStr(x);

function isAnswer(x: unknown): boolean {
  if (!isRecord(x) || !onlyKeys(x, ['value', 'skipped', 'comment', 'at'])) return false;
  if (x.skipped !== undefined && typeof x.skipped !== 'boolean') return false;
  if (x.comment !== undefined && !isStr(x.comment, MAX_TYPED)) return false;
  return x.at === undefined || isStr(x.at, 40);
}

function isSaved(x: unknown): x is Saved {
  if (!isRecord(x)) return false;
  if (!onlyKeys(x, ['v', 'script', 'subject', 'current', 'history', 'answers', 'stale', 'drafts', 'picks', 'returnTo', 'risk'])) return false;
  if (x.risk !== undefined && typeof x.risk !== 'boolean') return false;
  const sc = x.script;
  return (
    x.v === 1 &&
    isRecord(sc) &&
    onlyKeys(sc, ['id', 'version']) &&
    isStr(sc.id) &&
    isStr(sc.version) &&
    (x.subject === 'self' || x.subject === 'other') &&
    strOrNull(x.current) &&
    strOrNull(x.returnTo) &&
    strList(x.history, 2000) &&
    strList(x.stale) &&
    isRecord(x.answers) &&
    Object.values(x.answers).every(isAnswer) &&
    isRecord(x.drafts) &&
    Object.values(x.drafts).every((d) => isStr(d, MAX_TYPED)) &&
    // Saved before unsent ticks were kept: none.
    (x.picks === undefined || (isRecord(x.picks) && Object.values(x.picks).every((p) => strList(p, 200))))
  );
}

/**
 * Reads a saved state back, or returns undefined when it is not usable (other
 * script or version, tampered, unknown steps). Never throws.
 */
export function restore(script: Script, saved: unknown): EngineState | undefined {
  const read = readSaved(script, saved);
  return 'state' in read ? read.state : undefined;
}

/**
 * Reads a saved state back, or says why it cannot be used, so the element can tell the person and the
 * host instead of dropping it silently. The reason never holds what the person typed. Never throws.
 */
export function readSaved(script: Script, saved: unknown): { state: EngineState } | { problem: string } {
  try {
    const raw = typeof saved === 'string' ? JSON.parse(saved) : saved;
    if (!isSaved(raw)) return { problem: 'the saved answers do not have the shape this version keeps (changed or damaged)' };
    const s = raw;
    if (s.script.id !== script.id || s.script.version !== script.version) return { problem: 'the saved answers belong to another script or version' };
    const ids = indexOf(script);
    if (s.current !== null && !ids.has(s.current)) return { problem: 'the saved answers point at a step this script does not have' };
    const answers: Record<string, Answer> = {};
    for (const [id, a] of Object.entries(s.answers)) {
      const step = stepById(script, id);
      if (!step) continue;
      if (a.skipped) answers[id] = { skipped: true, ...(a.at ? { at: a.at } : {}) };
      else {
        const value = normalizeValue(step, a.value);
        if (value !== undefined) answers[id] = { value, ...(a.comment ? { comment: a.comment } : {}), ...(a.at ? { at: a.at } : {}) };
      }
    }
    const drafts: Record<string, string> = {};
    for (const [id, t] of Object.entries(s.drafts)) if (ids.has(id)) drafts[id] = t;
    let state: EngineState = {
      v: 1,
      script: s.script,
      subject: s.subject,
      current: s.current,
      history: s.history.filter((id) => ids.has(id)),
      answers,
      stale: s.stale.filter((id) => ids.has(id)),
      drafts,
      picks: {},
      returnTo: s.returnTo !== null && ids.has(s.returnTo) ? s.returnTo : null,
      ...(s.risk ? { risk: true } : {}),
    };
    // Only ticks of multiple-choice steps, only their options (savePicks checks both).
    for (const [id, values] of Object.entries(s.picks ?? {})) state = savePicks(script, state, id, values);
    return { state };
  } catch {
    return { problem: 'the saved answers could not be read' };
  }
}
