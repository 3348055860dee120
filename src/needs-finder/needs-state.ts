/**
 * The needs finder's state and result building (pure, no Lit, no zod).
 * The element keeps one NeedsState, replaces it through these functions, and renders it.
 */
import type { NeedEntry, NeedsMode, NeedsResult, ScreeningAnswer, Urgency, WantsHelp } from '../core/needs-schemas.js';
import type { Locale } from '../core/locales.js';
import type { NeedDefinition } from '../data/needs-catalog.js';
import type { ScreeningAnswers, ScreeningOutcome } from './screening.js';

export type { NeedsMode, Urgency, WantsHelp };
export const MODES: readonly NeedsMode[] = ['cards', 'questions'];
export const WANTS_HELP_VALUES: readonly WantsHelp[] = ['yes', 'not-now', 'already-getting-help'];
export const URGENCY_VALUES: readonly Urgency[] = ['today', 'this-week', 'later'];

export type Step = 'pick' | 'questions' | 'follow-up' | 'priority' | 'done';

export interface FollowUp {
  wantsHelp: WantsHelp | null;
  urgency: Urgency | null;
}

export interface NeedsState {
  /** Cards mode: picked need ids, in the order the person picked them. */
  picked: string[];
  /** Questions mode: the screening answers. */
  answers: ScreeningAnswers;
  followUp: Record<string, FollowUp>;
  mostImportant: string | null;
}

/**
 * The questions-mode logic (screening.ts), passed in by the element once it has loaded it, so that a
 * cards-mode page never loads the screening items. Without it, questions mode has no needs yet.
 */
export interface ScreeningLogic {
  screeningOutcome(answers: ScreeningAnswers, activeNeedIds: readonly string[]): ScreeningOutcome;
  screeningAnswers(answers: ScreeningAnswers, activeNeedIds: readonly string[]): ScreeningAnswer[];
}

export const emptyState = (): NeedsState => ({ picked: [], answers: {}, followUp: {}, mostImportant: null });

export function togglePick(state: NeedsState, id: string, on: boolean): NeedsState {
  const picked = state.picked.filter((p) => p !== id);
  if (on) picked.push(id);
  return { ...state, picked, mostImportant: !on && state.mostImportant === id ? null : state.mostImportant };
}

export function setWantsHelp(state: NeedsState, id: string, wantsHelp: WantsHelp | null): NeedsState {
  const prev = state.followUp[id] ?? { wantsHelp: null, urgency: null };
  // "How soon?" belongs to a "yes": another answer drops it.
  const urgency = wantsHelp === 'yes' ? prev.urgency : null;
  return { ...state, followUp: { ...state.followUp, [id]: { wantsHelp, urgency } } };
}

export function setUrgency(state: NeedsState, id: string, urgency: Urgency | null): NeedsState {
  const prev = state.followUp[id] ?? { wantsHelp: null, urgency: null };
  if (prev.wantsHelp !== 'yes') return state;
  return { ...state, followUp: { ...state.followUp, [id]: { ...prev, urgency } } };
}

export function setMostImportant(state: NeedsState, id: string | null): NeedsState {
  return { ...state, mostImportant: id };
}

/**
 * The needs the person has, in the order shown to them: picked cards (catalog order), or the
 * needs a screening answer revealed.
 */
export function currentNeeds(state: NeedsState, mode: NeedsMode, active: readonly NeedDefinition[], screening?: ScreeningLogic): string[] {
  const ids = active.map((n) => n.id);
  if (mode === 'questions') return screening ? screening.screeningOutcome(state.answers, ids).positive : [];
  return ids.filter((id) => state.picked.includes(id));
}

/** True when a picked or revealed need is a safety need (safety at home). */
export function hasSafetyConcern(state: NeedsState, mode: NeedsMode, active: readonly NeedDefinition[], screening?: ScreeningLogic): boolean {
  const needs = currentNeeds(state, mode, active, screening);
  return active.some((n) => n.safety && needs.includes(n.id));
}

const URGENCY_RANK: Record<Urgency, number> = { today: 0, 'this-week': 1, later: 2 };
const HELP_RANK: Record<WantsHelp, number> = { yes: 0, 'already-getting-help': 1, 'not-now': 2 };

/**
 * Priority 1..n over the needs the person has: the one they said matters most first; then needs they
 * want help with, soonest first; then the rest; ties keep the order shown.
 */
export function rankPriorities(needs: readonly string[], followUp: Record<string, FollowUp>, mostImportant: string | null): Map<string, number> {
  const key = (id: string) => {
    const f = followUp[id];
    return [
      id === mostImportant ? 0 : 1,
      f?.wantsHelp ? HELP_RANK[f.wantsHelp] : 0.5,
      f?.urgency ? URGENCY_RANK[f.urgency] : 3,
      needs.indexOf(id),
    ];
  };
  const sorted = [...needs].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
  return new Map(sorted.map((id, i) => [id, i + 1]));
}

export interface ResultOptions {
  state: NeedsState;
  mode: NeedsMode;
  active: readonly NeedDefinition[];
  locale: Locale;
  subject: 'self' | 'other';
  id: string;
  now?: Date;
  /** Required in questions mode. */
  screening?: ScreeningLogic;
}

export function buildResult({ state, mode, active, locale, subject, id, now = new Date(), screening }: ResultOptions): NeedsResult {
  const ids = active.map((n) => n.id);
  const has = currentNeeds(state, mode, active, screening);
  const ruledOut = mode === 'questions' && screening ? screening.screeningOutcome(state.answers, ids).negative : [];
  const mostImportant = state.mostImportant && has.includes(state.mostImportant) && has.length > 1 ? state.mostImportant : null;
  const priorities = rankPriorities(has, state.followUp, mostImportant);
  const entry = (need: NeedDefinition, hasNeed: boolean): NeedEntry => {
    const f = hasNeed ? state.followUp[need.id] : undefined;
    return {
      id: need.id,
      sdohCode: need.sdoh ?? null,
      taxonomy: need.taxonomy.map((t) => ({ code: t.code, name: t.name })),
      hasNeed,
      wantsHelp: f?.wantsHelp ?? null,
      urgency: f?.wantsHelp === 'yes' ? (f.urgency ?? null) : null,
      priority: hasNeed ? (priorities.get(need.id) ?? null) : null,
    };
  };
  const needs = [
    ...has.map((nid) => entry(active.find((n) => n.id === nid)!, true)).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)),
    ...active.filter((n) => ruledOut.includes(n.id)).map((n) => entry(n, false)),
  ];
  const result: NeedsResult = {
    schema: 'compassionate-intake/needs',
    version: 1,
    id,
    locale,
    subject,
    mode,
    completedAt: now.toISOString(),
    needs,
    mostImportant,
    safetyConcern: hasSafetyConcern(state, mode, active, screening),
  };
  if (mode === 'questions') {
    result.screening = screening ? screening.screeningAnswers(state.answers, ids) : [];
    result.translationValidated = locale === 'en' && subject === 'self';
  }
  return result;
}

/**
 * What a service finder gets: needs the person has and did not decline ("not now") or already get
 * help with, most important first. A need without an answer to "Would you like help?" is passed on:
 * picking it was the person's own request to look.
 */
export function handoffNeeds(result: Pick<NeedsResult, 'needs'>): string[] {
  return result.needs
    .filter((n) => n.hasNeed && (n.wantsHelp === null || n.wantsHelp === 'yes'))
    .sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity))
    .map((n) => n.id);
}

/** The steps to walk through, given the mode and how many needs the person has. */
export function stepsFor(mode: NeedsMode, needCount: number): Step[] {
  const steps: Step[] = [mode === 'questions' ? 'questions' : 'pick'];
  if (needCount > 0) steps.push('follow-up');
  if (needCount > 1) steps.push('priority');
  steps.push('done');
  return steps;
}

/**
 * Parses `domains` ("food housing-tonight", commas allowed) against the catalog:
 * the known ids in the order given (duplicates dropped) and the unknown ones.
 */
export function parseDomains(value: string | null | undefined, catalog: readonly NeedDefinition[]): { ids: string[]; unknown: string[] } {
  const tokens = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    if (catalog.some((n) => n.id === token)) {
      if (!ids.includes(token)) ids.push(token);
    } else unknown.push(token);
  }
  return { ids, unknown };
}

/** The catalog limited and ordered by `domains`; all of it when no known id is given. */
export function activeCatalog(catalog: readonly NeedDefinition[], ids: readonly string[]): NeedDefinition[] {
  if (ids.length === 0) return [...catalog];
  return ids.map((id) => catalog.find((n) => n.id === id)!).filter(Boolean);
}

/** A random id for a result (crypto when available). */
export function newResultId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `needs-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
