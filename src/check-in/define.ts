import { IntakeCheckIn } from './check-in.js';

// Idempotent: loading this module twice (or it and the bundle) never throws.
// The crisis card it shows inline is loaded by the element when it connects.
if (!customElements.get('intake-check-in')) customElements.define('intake-check-in', IntakeCheckIn);

export { IntakeCheckIn };
