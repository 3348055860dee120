/**
 * The follow-up answers (would you like help, how soon, which matters most): pure state updates used
 * only by the later steps, so they load on demand with views.ts.
 */
import type { NeedsState, Urgency, WantsHelp } from './state.js';

export function setWantsHelp(state: NeedsState, id: string, wantsHelp: WantsHelp | null): NeedsState {
  const prev = state.followUp[id] ?? { wantsHelp: null, urgency: null };
  // "How soon?" belongs to a "yes": another answer drops it.
  const urgency = wantsHelp === 'yes' ? prev.urgency : null;
  // "Not now" cannot be the one that matters most.
  const mostImportant = wantsHelp === 'not-now' && state.mostImportant === id ? null : state.mostImportant;
  return { ...state, mostImportant, followUp: { ...state.followUp, [id]: { wantsHelp, urgency } } };
}

export function setUrgency(state: NeedsState, id: string, urgency: Urgency | null): NeedsState {
  const prev = state.followUp[id] ?? { wantsHelp: null, urgency: null };
  if (prev.wantsHelp !== 'yes') return state;
  return { ...state, followUp: { ...state.followUp, [id]: { ...prev, urgency } } };
}

export function setMostImportant(state: NeedsState, id: string | null): NeedsState {
  return { ...state, mostImportant: id };
}
