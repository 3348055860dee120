/**
 * The "Keep a copy" button's action, shared by the check-in and the needs finder: the copy view (and
 * with it the summary) loads only now. Kept tiny: it is part of both elements' first load.
 */
import type { CheckInResult } from '../core/check-in-schemas.js';
import type { NeedsResult } from '../core/needs-schemas.js';
import { reportError } from '../core/events.js';

/** Opens the person's copy of `result` (in their language); `needLabel` names needs in the page's language. */
export function openCopy(el: HTMLElement, result: CheckInResult | NeedsResult, needLabel?: (id: string) => string): Promise<void> {
  return import('./copy-view.js').then(
    (view) => void view.showCopyFor(el, result, needLabel),
    (err: unknown) => reportError(el, 'network', `Could not open the copy: ${String(err).slice(0, 200)}`, el.localName),
  );
}
