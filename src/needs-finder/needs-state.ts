/**
 * The needs finder's state and result building (pure, no Lit, no zod).
 * The element keeps one NeedsState, replaces it through these functions, and renders it.
 *
 * Split so the element's first load carries only what the need cards use: state.ts (state and steps)
 * and needs-of.ts (which needs the person has) load with it; answers.ts (follow-up answers) and
 * result.ts (the result and the handoff list) load on demand with views.ts. This module gathers them
 * for everyone else.
 */
export * from './state.js';
export * from './needs-of.js';
export * from './answers.js';
export * from './result.js';
