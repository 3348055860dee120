/**
 * Every event detail and result schema (zod/mini), gathered from the shared base and each element's area file.
 * Elements import only the inferred types (no runtime cost); tests parse every event fired,
 * and the build writes these as JSON Schema to dist/schemas/.
 */
import type * as z from 'zod/mini';
import { IntakeErrorDetail, CrisisContactDetail, QuickExitDetail, RiskDetail, ResultEnvelope, SubmitDetail } from './schemas-base.js';
import { checkInEventSchemas, checkInResultSchemas } from './check-in-schemas.js';
import { needsEventSchemas, needsResultSchemas } from './needs-schemas.js';
import { serviceEventSchemas, serviceResultSchemas } from './service-schemas.js';

export * from './schemas-base.js';

/** Event name -> detail schema. Each element's issue adds its own events in its area file. */
export const eventSchemas = {
  'intake-error': IntakeErrorDetail,
  'intake-crisis-contact': CrisisContactDetail,
  'intake-quick-exit': QuickExitDetail,
  'intake-risk': RiskDetail,
  'intake-submit': SubmitDetail,
  ...checkInEventSchemas,
  ...needsEventSchemas,
  ...serviceEventSchemas,
} as const;

/** Result kind -> schema, written to dist/schemas/<name>.schema.json. */
export const resultSchemas = {
  'result-envelope': ResultEnvelope,
  ...checkInResultSchemas,
  ...needsResultSchemas,
  ...serviceResultSchemas,
} as const;

export type IntakeEventName = keyof typeof eventSchemas;
export type IntakeEventDetails = { [K in IntakeEventName]: z.infer<(typeof eventSchemas)[K]> };
