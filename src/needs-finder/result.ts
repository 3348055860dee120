/**
 * The needs finder's result building and handoff list (pure, no Lit, no zod). The element needs them
 * only once the person has picked or answered something, so they load on demand with views.ts.
 */
import type { NeedEntry, NeedsMode, NeedsResult, Urgency, WantsHelp } from '../core/needs-schemas.js';
import type { Locale } from '../core/locales.js';
import type { NeedCard } from '../data/need-cards.js';
import { SNOMED_CT, findNeed, sdohCategoriesOf, type NeedDefinition } from '../data/needs-catalog.js';
import { currentNeeds, hasSafetyConcern } from './needs-of.js';
import type { FollowUp, NeedsState, ScreeningLogic } from './state.js';

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
  /** The needs shown: built-in cards (their codes are looked up here) or full definitions from a host. */
  active: readonly NeedCard[];
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
  const entry = (card: NeedCard, hasNeed: boolean): NeedEntry => {
    const need = codesOf(card);
    const f = hasNeed ? state.followUp[need.id] : undefined;
    return {
      id: need.id,
      sdohCode: need.sdoh ?? null,
      sdohCodes: sdohCategoriesOf(need),
      findings: (need.findings ?? []).map((f) => ({ system: SNOMED_CT, code: f.code, display: f.display })),
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

/** A need with its codes: a host's own definition as given, a built-in card with the catalog's codes. */
function codesOf(card: NeedCard): NeedDefinition {
  if ('taxonomy' in card) return card as NeedDefinition;
  return findNeed(card.id) ?? { ...card, taxonomy: [], keywords: [] };
}

/** A random id for a result (crypto when available). */
export function newResultId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `needs-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
