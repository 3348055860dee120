/**
 * The React wrappers, built for whichever React the caller passes in. `compassionate-intake/react`
 * (index.ts) calls this with the `react` package; nothing else in the library imports React.
 */
import type * as ReactTypes from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { IntakeCrisisCard } from '../crisis-card/define.js';
import { IntakeQuickExit } from '../quick-exit/define.js';
import { IntakeNeedsFinder } from '../needs-finder/define.js';
import { IntakeCheckIn } from '../check-in/define.js';
import { IntakeServiceFinder } from '../service-finder/define.js';
import type { IntakeEvent } from '../core/events.js';
import type { IntakeEventName } from '../core/schemas.js';

/** Types an event name so the matching `on…` prop receives `IntakeEvent<K>` (a CustomEvent with the typed detail). */
const ev = <K extends IntakeEventName>(name: K) => name as EventName<IntakeEvent<K>>;

// The elements that show a crisis card inside them let its `intake-crisis-contact` bubble out too.
export const crisisCardEvents = { onCrisisContact: ev('intake-crisis-contact'), onError: ev('intake-error') };
export const quickExitEvents = { onError: ev('intake-error') };
export const checkInEvents = {
  onCheckInStep: ev('intake-check-in-step'),
  onCheckInComplete: ev('intake-check-in-complete'),
  onSubmit: ev('intake-submit'),
  onRisk: ev('intake-risk'),
  onCrisisContact: ev('intake-crisis-contact'),
  onError: ev('intake-error'),
};
export const needsFinderEvents = {
  onNeedsChange: ev('intake-needs-change'),
  onNeedsComplete: ev('intake-needs-complete'),
  onSubmit: ev('intake-submit'),
  onRisk: ev('intake-risk'),
  onCrisisContact: ev('intake-crisis-contact'),
  onError: ev('intake-error'),
};
export const serviceFinderEvents = {
  onServicesLoad: ev('intake-services-load'),
  onServiceSelect: ev('intake-service-select'),
  onReferralRequest: ev('intake-referral-request'),
  onSubmit: ev('intake-submit'),
  onCrisisContact: ev('intake-crisis-contact'),
  onError: ev('intake-error'),
};

type QuickExitBase = ReactWebComponent<IntakeQuickExit, typeof quickExitEvents>;
export type QuickExitProps = ReactTypes.ComponentPropsWithoutRef<QuickExitBase> & {
  /**
   * `intake-quick-exit` fires on `document`, not on the element: this is called for any quick exit on
   * the page while the component is mounted. Call `event.preventDefault()` to stay.
   */
  onQuickExit?: (event: IntakeEvent<'intake-quick-exit'>) => void;
};

export interface IntakeComponents {
  CrisisCard: ReactWebComponent<IntakeCrisisCard, typeof crisisCardEvents>;
  QuickExit: ReactTypes.ForwardRefExoticComponent<QuickExitProps & ReactTypes.RefAttributes<IntakeQuickExit>>;
  CheckIn: ReactWebComponent<IntakeCheckIn, typeof checkInEvents>;
  NeedsFinder: ReactWebComponent<IntakeNeedsFinder, typeof needsFinderEvents>;
  ServiceFinder: ReactWebComponent<IntakeServiceFinder, typeof serviceFinderEvents>;
}

export function createIntakeComponents(react: typeof ReactTypes): IntakeComponents {
  const QuickExitElement: QuickExitBase = createComponent({
    react,
    tagName: 'intake-quick-exit',
    elementClass: IntakeQuickExit,
    events: quickExitEvents,
    displayName: 'QuickExitElement',
  });
  const QuickExit = react.forwardRef<IntakeQuickExit, QuickExitProps>(function QuickExit({ onQuickExit, onError, ...props }, ref) {
    const handler = react.useRef(onQuickExit);
    react.useLayoutEffect(() => {
      handler.current = onQuickExit;
    });
    react.useEffect(() => {
      const listener = (event: IntakeEvent<'intake-quick-exit'>) => handler.current?.(event);
      document.addEventListener('intake-quick-exit', listener);
      return () => document.removeEventListener('intake-quick-exit', listener);
    }, []);
    // onError first: the element checks `href` as soon as it is set, and props are set in this order.
    return react.createElement(QuickExitElement, { onError, ...props, ref });
  });
  QuickExit.displayName = 'QuickExit';

  return {
    CrisisCard: createComponent({
      react,
      tagName: 'intake-crisis-card',
      elementClass: IntakeCrisisCard,
      events: crisisCardEvents,
      displayName: 'CrisisCard',
    }),
    QuickExit,
    CheckIn: createComponent({ react, tagName: 'intake-check-in', elementClass: IntakeCheckIn, events: checkInEvents, displayName: 'CheckIn' }),
    NeedsFinder: createComponent({
      react,
      tagName: 'intake-needs-finder',
      elementClass: IntakeNeedsFinder,
      events: needsFinderEvents,
      displayName: 'NeedsFinder',
    }),
    ServiceFinder: createComponent({
      react,
      tagName: 'intake-service-finder',
      elementClass: IntakeServiceFinder,
      events: serviceFinderEvents,
      displayName: 'ServiceFinder',
    }),
  };
}
