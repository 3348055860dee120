import { IntakeCrisisCard } from './crisis-card.js';

// Idempotent: loading this module twice (or it and the bundle) never throws.
if (!customElements.get('intake-crisis-card')) customElements.define('intake-crisis-card', IntakeCrisisCard);

export { IntakeCrisisCard };
