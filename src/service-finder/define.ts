import { IntakeServiceFinder } from './service-finder.js';

// Idempotent: loading this module twice (or it and the bundle) never throws.
if (!customElements.get('intake-service-finder')) customElements.define('intake-service-finder', IntakeServiceFinder);

export { IntakeServiceFinder };
