/**
 * `compassionate-intake/catalog.js`: the needs catalog (SDOH codes, Open Eligibility terms) and the
 * bundled crisis directory, as data for hosts that map needs or lines on their own side.
 */
export { needsCatalog, taxonomyFor, NEED_IDS } from './data/needs-catalog.js';
export type { NeedDefinition, TaxonomyTerm, NeedId } from './data/needs-catalog.js';
export { crisisLines, emergencyNumbers, CRISIS_DATA_COMPILED } from './data/crisis-lines.js';
