/**
 * Properties can be set to any JavaScript value by a host script: Symbols, Proxies whose traps throw,
 * objects whose toString throws. These helpers read such a value without running its code and never throw.
 */
import { cutText } from './cut-text.js';

/** Reflects only real strings: a host object set as a property is never stringified into an attribute. */
export const stringOnly = {
  fromAttribute: (value: string | null) => value ?? undefined,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/** The value as a number, as the Number attribute converter would read it; NaN for anything unreadable. */
export function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  if (value === null || value === undefined || typeof value === 'boolean') return Number(value);
  // Objects (an array like [3] reads as 3) may run host code or throw: never let that escape.
  if (typeof value !== 'object') return NaN;
  try {
    return Number(value);
  } catch {
    return NaN;
  }
}

/** A bad value, quoted safely for an error message (never calls a host object's toString). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${cutText(value, 60)}"`;
  if (value === null) return 'null';
  return `of type ${typeof value}`;
}

/**
 * For each changed property in `defaults` that holds neither a string nor nothing (null, undefined),
 * puts the default back and names it: the element then reports one `intake-error` and goes on.
 * Call from `willUpdate`, before anything reads those properties.
 */
export function resetNonText(el: object, changed: ReadonlyMap<PropertyKey, unknown>, defaults: Record<string, string | undefined>): string[] {
  const reset: string[] = [];
  const props = el as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = props[key];
    if (!changed.has(key) || value === null || value === undefined || typeof value === 'string') continue;
    props[key] = fallback;
    reset.push(`${key} (${typeof value})`);
  }
  return reset;
}
