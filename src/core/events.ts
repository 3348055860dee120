/** Typed `intake-*` events: CustomEvents that bubble out of shadow roots. */
import type { IntakeEventDetails, IntakeEventName, IntakeErrorCode } from './schemas.js';

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
