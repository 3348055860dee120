/** Typed `intake-*` events: CustomEvents that bubble out of shadow roots. */
import type { IntakeEventDetails, IntakeEventName, IntakeErrorCode } from './schemas.js';

/** Every event the library fires, for hosts that log or forward them all (a test keeps it equal to the schemas). */
export const INTAKE_EVENTS = [
  'intake-error',
  'intake-crisis-contact',
  'intake-quick-exit',
  'intake-risk',
  'intake-submit',
  'intake-check-in-complete',
  'intake-check-in-step',
  'intake-needs-change',
  'intake-needs-complete',
  'intake-services-load',
  'intake-service-select',
  'intake-referral-request',
] as const satisfies readonly IntakeEventName[];

export type IntakeEvent<K extends IntakeEventName> = CustomEvent<IntakeEventDetails[K]>;

type IntakeEventMap = { [K in IntakeEventName]: IntakeEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends IntakeEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends IntakeEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends IntakeEventMap {}
}

/**
 * Dispatches a typed intake event (bubbles, composed). Returns false when a
 * listener called preventDefault() on a cancelable event.
 */
export function emit<K extends IntakeEventName>(
  target: EventTarget,
  type: K,
  detail: IntakeEventDetails[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Reports bad input to the host without throwing: the person never sees a stack trace. */
export function reportError(target: EventTarget, code: IntakeErrorCode, message: string, source: string): void {
  emit(target, 'intake-error', { code, message: message.slice(0, 500), source });
}
