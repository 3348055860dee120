/**
 * compassionate-intake: importing this registers every element and exposes the public API.
 * Each element also has its own entry (`compassionate-intake/crisis-card.js`, ...).
 */
import './crisis-card/define.js';
import './quick-exit/define.js';
import './needs-finder/define.js';
import './check-in/define.js';
import './service-finder/define.js';

export { IntakeCrisisCard } from './crisis-card/crisis-card.js';
export { IntakeQuickExit, DEFAULT_EXIT_HREF } from './quick-exit/quick-exit.js';
export { IntakeNeedsFinder } from './needs-finder/needs-finder.js';
export { IntakeCheckIn } from './check-in/check-in.js';
/** Checks a host check-in script (loads the validator, with zod, only when called). */
export async function validateScript(script: unknown): Promise<import('./check-in/script-schema.js').ValidationResult> {
  return (await import('./check-in/script-schema.js')).validateScript(script);
}
export { IntakeServiceFinder } from './service-finder/service-finder.js';
export type { NeedDefinition, TaxonomyTerm, NeedId } from './data/needs-catalog.js';
// FHIR converters: 'compassionate-intake/fhir.js'; catalog data: 'compassionate-intake/catalog.js'.
export { setLocale, getLocale, followDocumentLanguage, localeReady } from './core/localization.js';
export { LOCALES } from './core/locales.js';
export { STORAGE_PREFIX } from './core/wipe.js';
export type * from './core/schemas.js';
export type { CrisisLine, CrisisChannel, CrisisAudience } from './data/crisis-lines.js';
export { INTAKE_EVENTS, type IntakeEvent } from './core/events.js';
