import { IntakeNeedsFinder } from './needs-finder.js';

// Idempotent: loading this module twice (or it and the bundle) never throws.
// <intake-crisis-card> (the safety path) is registered on the person's first interaction: see loadCrisisCard().
if (!customElements.get('intake-needs-finder')) customElements.define('intake-needs-finder', IntakeNeedsFinder);

export { IntakeNeedsFinder };
