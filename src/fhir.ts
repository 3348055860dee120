/**
 * `compassionate-intake/fhir.js`: FHIR R4 QuestionnaireResponse converters for check-in and needs
 * results. A separate entry, so pages that only show the elements do not load them.
 */
export { toQuestionnaireResponse, toQuestionnaireResponses } from './check-in/fhir.js';
export { toNeedsQuestionnaireResponse } from './needs-finder/fhir.js';
export { toReferralBundle } from './handoff/referral-bundle.js';
export type { ReferralBundle, ReferralOptions, ReferralService, ReferralSource, BundleEntry, FhirResource } from './handoff/referral-bundle.js';
