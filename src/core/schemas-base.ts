/**
 * Zod (zod/mini) schemas shared by every element: errors, crisis contact, quick exit, risk, the result envelope.
 * Area files (check-in-schemas.ts, ...) import from here; schemas.ts gathers them all.
 * Elements import only the inferred types (no runtime cost); tests parse every
 * event fired, and the build writes these as JSON Schema to dist/schemas/.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from './locales.js';

export { LOCALES, type Locale };

export const ERROR_CODES = [
  'invalid-attribute',
  'invalid-property',
  'invalid-resource',
  'invalid-data',
  'invalid-script',
  'invalid-url',
  'saved-state-invalid',
  'unknown-locale',
  'localization-conflict',
  'network',
  'invalid-questionnaire',
  'questionnaire-unsupported',
  'questionnaire-expression',
  // Delivery after consent (submit-url, encrypt-to, submit-format) and a form that would send answers in its URL.
  'submit-url-invalid',
  'encrypt-key-invalid',
  'submit-format-unsupported',
  'submit-failed',
  'form-method-get',
  'geocode-failed',
] as const;

export const IntakeErrorDetail = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
});

export const CRISIS_CHANNELS = ['call', 'text', 'chat'] as const;
export const CrisisContactDetail = z.object({
  resourceId: z.string().check(z.minLength(1)),
  channel: z.enum(CRISIS_CHANNELS),
  region: z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)),
});

/** `intake-submit`: the result reached `submit-url` (HTTP status 2xx) in this format. Never the answers. */
export const SUBMIT_FORMATS = ['json', 'fhir'] as const;
export const SubmitDetail = z.strictObject({
  status: z.int().check(z.gte(200), z.lte(299)),
  format: z.enum(SUBMIT_FORMATS),
});

export const QuickExitDetail = z.strictObject({});

export const RiskDetail = z.object({
  level: z.enum(['urgent', 'emergency']),
  reasons: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
});


/** Every result the library hands a host is wrapped in this versioned envelope. */
export const ResultEnvelope = z.object({
  schema: z.string().check(z.regex(/^compassionate-intake\/[a-z-]+$/)),
  version: z.literal(1),
  id: z.string().check(z.minLength(1)),
  locale: z.enum(LOCALES),
  subject: z.enum(['self', 'other']),
});

export type IntakeErrorDetail = z.infer<typeof IntakeErrorDetail>;
export type IntakeErrorCode = (typeof ERROR_CODES)[number];
export type CrisisContactDetail = z.infer<typeof CrisisContactDetail>;
export type RiskDetail = z.infer<typeof RiskDetail>;
export type SubmitDetail = z.infer<typeof SubmitDetail>;
export type SubmitFormat = (typeof SUBMIT_FORMATS)[number];
export type ResultEnvelope = z.infer<typeof ResultEnvelope>;
