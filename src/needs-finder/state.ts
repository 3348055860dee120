/**
 * The needs finder's state and steps (pure, no Lit, no zod): what the element needs from the start.
 * The element keeps one NeedsState, replaces it through these functions, and renders it.
 * needs-state.ts gathers this, needs-of.ts, answers.ts and result.ts in one module.
 */
import type { NeedsMode, ScreeningAnswer, Urgency, WantsHelp } from '../core/needs-schemas.js';
import type { NeedCard } from '../data/need-cards.js';
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

/** The needs that can be "the one that matters most": all but those the person does not want help with now. */
export const rankable = (state: NeedsState, needs: readonly string[]): string[] => needs.filter((id) => state.followUp[id]?.wantsHelp !== 'not-now');

export const emptyState = (): NeedsState => ({ picked: [], answers: {}, followUp: {}, mostImportant: null });

export function togglePick(state: NeedsState, id: string, on: boolean): NeedsState {
  const picked = state.picked.filter((p) => p !== id);
  if (on) picked.push(id);
  return { ...state, picked, mostImportant: !on && state.mostImportant === id ? null : state.mostImportant };
}

/**
 * The steps to walk through, given the mode, how many needs the person has and how many of them
 * could matter most (not those they said "Not now" to).
 */
export function stepsFor(mode: NeedsMode, needCount: number, rankable = needCount): Step[] {
  const steps: Step[] = [mode === 'questions' ? 'questions' : 'pick'];
  if (needCount > 0) steps.push('follow-up');
  if (rankable > 1) steps.push('priority');
  steps.push('done');
  return steps;
}

/**
 * Parses `domains` ("food housing-tonight", commas allowed) against the catalog:
 * the known ids in the order given (duplicates dropped) and the unknown ones.
 */
export function parseDomains(value: string | null | undefined, catalog: readonly NeedCard[]): { ids: string[]; unknown: string[] } {
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
export function activeCatalog<T extends NeedCard>(catalog: readonly T[], ids: readonly string[]): T[] {
  if (ids.length === 0) return [...catalog];
  return ids.map((id) => catalog.find((n) => n.id === id)!).filter(Boolean);
}
