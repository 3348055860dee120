/**
 * The "Keep a copy" button's action, shared by the check-in and the needs finder: loads the copy view
 * (and with it the summary) only now, and reads the host's settings defensively from the element.
 */
import type { CheckInResult } from '../core/check-in-schemas.js';
import type { NeedsResult } from '../core/needs-schemas.js';
import { reportError } from '../core/events.js';

/** A property if the element has one, else its attribute. */
function setting(el: HTMLElement, property: string, attribute: string): unknown {
  const value = (el as unknown as Record<string, unknown>)[property];
  return value ?? el.getAttribute(attribute) ?? undefined;
}

/** Opens the person's copy of `result` (in their language); `needLabel` names needs in the page's language. */
export async function openCopy(el: HTMLElement, result: CheckInResult | NeedsResult, needLabel?: (id: string) => string): Promise<void> {
  try {
    const { showCopy } = await import('./copy-view.js');
    showCopy({
      result,
      options: {
        responseTime: setting(el, 'responseTime', 'response-time'),
        pointPerson: setting(el, 'pointPerson', 'point-person'),
        region: setting(el, 'region', 'region'),
        ...(needLabel ? { needLabel } : {}),
      },
    });
  } catch (err) {
    reportError(el, 'network', `Could not open the copy: ${String(err).slice(0, 200)}`, el.localName);
  }
}
