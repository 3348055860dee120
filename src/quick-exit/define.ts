import { IntakeQuickExit } from './quick-exit.js';

// Idempotent: loading this module twice (or it and the bundle) never throws.
if (!customElements.get('intake-quick-exit')) customElements.define('intake-quick-exit', IntakeQuickExit);

export { IntakeQuickExit };
