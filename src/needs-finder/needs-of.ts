/**
 * Which needs the person has (pure): used from the start by the element and, later, by the result
 * building in result.ts, which loads on demand; a module of its own so both can share it.
 */
import type { NeedCard } from '../data/need-cards.js';
import type { NeedsMode, NeedsState, ScreeningLogic } from './state.js';

/**
 * The needs the person has, in the order shown to them: picked cards (catalog order), or the
 * needs a screening answer revealed.
 */
export function currentNeeds(state: NeedsState, mode: NeedsMode, active: readonly NeedCard[], screening?: ScreeningLogic): string[] {
  const ids = active.map((n) => n.id);
  if (mode === 'questions') return screening ? screening.screeningOutcome(state.answers, ids).positive : [];
  return ids.filter((id) => state.picked.includes(id));
}

/** True when a picked or revealed need is a safety need (safety at home). */
export function hasSafetyConcern(state: NeedsState, mode: NeedsMode, active: readonly NeedCard[], screening?: ScreeningLogic): boolean {
  const needs = currentNeeds(state, mode, active, screening);
  return active.some((n) => n.safety && needs.includes(n.id));
}
