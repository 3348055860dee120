/**
 * compassionate-intake/react: React components for every element, made with @lit/react.
 * Importing this registers the five elements. Props set the element's properties (objects such as
 * `resources`, `script` and `services` included); `on…` props receive the typed `intake-*` events.
 *
 * ```tsx
 * import { CrisisCard, NeedsFinder } from 'compassionate-intake/react';
 * <CrisisCard region="US-CA" onCrisisContact={(e) => log(e.detail.channel)} />
 * ```
 *
 * This is the only module of the library that imports React (a peer dependency, 18 or newer).
 */
import * as React from 'react';
import { createIntakeComponents } from './components.js';

export type { QuickExitProps, IntakeComponents } from './components.js';
export type { IntakeEvent } from '../core/events.js';
export type * from '../core/schemas.js';

const components = createIntakeComponents(React);

/** `<intake-crisis-card>`: `onCrisisContact`, `onError`. */
export const CrisisCard = components.CrisisCard;
/** `<intake-quick-exit>`: `onQuickExit` (cancelable; fires on `document`), `onError`. */
export const QuickExit = components.QuickExit;
/** `<intake-check-in>`: `onCheckInStep`, `onCheckInComplete`, `onRisk`, `onCrisisContact`, `onError`. */
export const CheckIn = components.CheckIn;
/** `<intake-needs-finder>`: `onNeedsChange`, `onNeedsComplete`, `onRisk`, `onCrisisContact`, `onError`. */
export const NeedsFinder = components.NeedsFinder;
/** `<intake-service-finder>`: `onServicesLoad`, `onServiceSelect`, `onCrisisContact`, `onError`. */
export const ServiceFinder = components.ServiceFinder;
