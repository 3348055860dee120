/**
 * The zod-free half of the script format: limits, kinds, condition helpers and
 * text resolution. The element loads only this at start; the zod validator in
 * script-schema.ts is loaded on demand, for host scripts. Pure: no Lit.
 */
import type { Locale } from '../core/locales.js';
import type { Condition, Script, Text } from './script-schema.js';

/** Limits that keep a hostile or mistaken script from freezing a cheap phone. */
export const LIMITS = {
  steps: 200,
  options: 30,
  text: 2000,
  id: 64,
  value: 100,
  list: 12,
  conditions: 10,
} as const;

export const STEP_KINDS = ['message', 'single', 'multiple', 'text', 'number', 'date', 'contact', 'consent', 'summary'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const INSTRUMENT_IDS = ['phq-9', 'gad-7', 'phq-4', 'who-5', 'asq'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const CONTACT_METHODS = ['call', 'text', 'email'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** Where an answer goes in the result besides the answer list (continuity and follow-up). */
export const STEP_ROLES = [
  'helpers',
  'helper-name',
  'helper-org',
  'follow-up',
  'follow-up-when',
  'follow-up-how',
  'needs',
  'feeling',
  /** The plain, unscored question about thoughts of death or self-harm asked beside an English PHQ-9 item 9. */
  'safety-question',
] as const;
export type StepRole = (typeof STEP_ROLES)[number];

/** The step ids a condition reads ('subject' conditions read none). */
export function conditionRefs(c: Condition | undefined): string[] {
  if (!c) return [];
  if ('enableWhen' in c) return c.enableWhen.flatMap((g) => g.checks.map((k) => k.step));
  if ('all' in c) return c.all.flatMap((l) => conditionRefs(l));
  if ('any' in c) return c.any.flatMap((l) => conditionRefs(l));
  if ('not' in c) return conditionRefs(c.not);
  return 'step' in c ? [c.step] : [];
}

export function readsSubject(c: Condition | undefined): boolean {
  if (!c || 'enableWhen' in c) return false;
  if ('all' in c) return c.all.some(readsSubject);
  if ('any' in c) return c.any.some(readsSubject);
  if ('not' in c) return readsSubject(c.not);
  return 'subject' in c;
}

/** Where a step can go next: its own `next`, each option's `next`, or the following step. */
export function successors(script: Script, index: number): number[] {
  const step = script.steps[index];
  const at = new Map(script.steps.map((s, i) => [s.id, i]));
  const out = new Set<number>();
  const following = index + 1 < script.steps.length ? index + 1 : -1;
  // A hidden step falls through to the following one whatever it says.
  if (step.when && following >= 0) out.add(following);
  if (!step.end) {
    const target = step.next !== undefined ? at.get(step.next) : following;
    if (target !== undefined && target >= 0) out.add(target);
    if (step.kind === 'single') {
      for (const o of step.options) {
        const t = o.next !== undefined ? at.get(o.next) : undefined;
        if (t !== undefined) out.add(t);
      }
    }
  }
  return [...out];
}

/** How the element turns a Text into what it shows. */
export interface TextContext {
  locale: Locale;
  /** Built-in message ids -> translated text (msg() at render time). */
  lookup?: (id: string) => string | undefined;
}

/** The text to show and the locale it is really in (for `translationValidated` and `lang`). */
export function resolveText(text: Text, ctx: TextContext): string {
  return resolveTextIn(text, ctx).text;
}

export function resolveTextIn(text: Text, ctx: TextContext): { text: string; locale: Locale | undefined } {
  if (typeof text === 'string') {
    const found = ctx.lookup?.(text);
    // A string that is not a known id is the host's own text.
    return found !== undefined ? { text: found, locale: undefined } : { text, locale: undefined };
  }
  const map = text as Partial<Record<Locale, string>>;
  if (map[ctx.locale] !== undefined) return { text: map[ctx.locale]!, locale: ctx.locale };
  if (map.en !== undefined) return { text: map.en, locale: 'en' };
  const first = (Object.keys(map) as Locale[])[0];
  return { text: map[first] ?? '', locale: first };
}
