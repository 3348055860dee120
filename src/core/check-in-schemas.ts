/**
 * Event detail and result schemas of `<intake-check-in>` (zod/mini).
 * Base schemas come from './schemas-base.js' (never './schemas.js': that would be a cycle).
 */
import * as z from 'zod/mini';
import { ResultEnvelope } from './schemas-base.js';

const nonEmpty = z.string().check(z.minLength(1));

export const CheckInStepDetail = z.object({
  stepId: nonEmpty,
  /** Zero-based position of the step among the steps the person will see. */
  index: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(1)),
});

export const ContactPreferences = z.object({
  methods: z.array(z.enum(['call', 'text', 'email'])),
  name: z.optional(z.string()),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  bestTime: z.optional(z.string()),
  /** Is it safe to leave a message? */
  leaveMessage: z.optional(z.boolean()),
});

const INSTRUMENTS = ['phq-9', 'gad-7', 'phq-4', 'who-5', 'asq'] as const;

/**
 * Why a check-in raised `intake-risk`: PHQ-9 item 9 above 0; a yes to the plain safety question asked
 * beside an English item 9; an ASQ positive screen (yes to or refusal of 1-4) or acute (yes to 5); an
 * option marked as risk; crisis words typed; "Safety at home" picked among needs.
 */
export const CHECK_IN_RISK_REASONS = [
  'phq9-item9',
  'safety-question',
  'asq-positive',
  'asq-acute',
  'person-not-safe',
  'crisis-words',
  'safety-at-home-picked',
] as const;

export const CheckInAnswer = z.object({
  stepId: nonEmpty,
  kind: z.enum(['single', 'multiple', 'text', 'number', 'date', 'contact', 'consent']),
  /** The question exactly as the person saw it (in their language). */
  question: z.string(),
  /** True for "I'd rather not say" (and for a question left unanswered). */
  skipped: z.boolean(),
  value: z.optional(z.union([z.string(), z.array(z.string()), z.number(), z.boolean(), ContactPreferences])),
  /** The chosen options as shown. */
  answerText: z.optional(z.array(z.string())),
  comment: z.optional(z.string()),
  at: z.optional(z.string()),
  instrument: z.optional(
    z.object({
      id: z.enum(INSTRUMENTS),
      item: z.int().check(z.gte(1)),
      linkId: nonEmpty,
      code: z.optional(z.string()),
      score: z.optional(z.int().check(z.gte(0))),
      answerCode: z.optional(z.string()),
      answerDisplay: z.optional(z.string()),
    }),
  ),
});

const Subscale = z.object({
  id: z.enum(['phq-2', 'gad-2']),
  complete: z.boolean(),
  answered: z.int().check(z.gte(0)),
  items: z.int().check(z.gte(1)),
  total: z.optional(z.int().check(z.gte(0))),
  positive: z.optional(z.boolean()),
});

/**
 * A screening result, never a diagnosis, for staff (the person sees plain words unless the host sets
 * show-scores). No total when an item was skipped, except PHQ-9 and GAD-7 with at most 2 missing:
 * then a prorated total (`prorated: true`, `answered` of `items`).
 */
export const InstrumentResult = z.object({
  instrument: z.enum(INSTRUMENTS),
  kind: z.literal('screening-result'),
  complete: z.boolean(),
  answered: z.int().check(z.gte(0)),
  items: z.int().check(z.gte(1)),
  total: z.optional(z.int().check(z.gte(0))),
  /** The total was prorated: mean of the answered items × the item count, rounded. */
  prorated: z.optional(z.boolean()),
  /** Left out for ASQ, which has no total. */
  maxTotal: z.optional(z.int().check(z.gte(1))),
  band: z.optional(z.enum(['none-minimal', 'minimal', 'mild', 'moderate', 'moderately-severe', 'severe'])),
  percentage: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** PHQ-9: item 9 (thoughts of death or self-harm) was skipped or not reached. */
  item9Unanswered: z.optional(z.boolean()),
  /** WHO-5: raw score below 13. */
  poorWellBeing: z.optional(z.boolean()),
  /** WHO-5: raw score 7 or less. */
  likelyDepression: z.optional(z.boolean()),
  /** ASQ: a yes to (or a refusal of) any of questions 1-4. */
  positive: z.optional(z.boolean()),
  /** ASQ: a yes to question 5. */
  acute: z.optional(z.boolean()),
  flags: z.array(
    z.enum([
      'item-9-positive',
      'item-9-unanswered',
      'poor-wellbeing',
      'likely-depression',
      'depression-screen-indicated',
      'asq-positive',
      'asq-acute',
    ]),
  ),
  subscales: z.optional(z.array(Subscale)),
  /** False when shown in a language with no official translation (then it was shown in English). */
  translationValidated: z.boolean(),
});

export const CheckInContinuity = z.object({
  /** Someone who already helps: a case manager, counselor, doctor, peer worker. */
  helpers: z.optional(
    z.object({
      roles: z.array(z.string()),
      name: z.optional(z.string()),
      organization: z.optional(z.string()),
    }),
  ),
  followUp: z.optional(
    z.object({
      wanted: z.string(),
      when: z.optional(z.string()),
      how: z.optional(z.array(z.string())),
    }),
  ),
});

export const CheckInResult = z.extend(ResultEnvelope, {
  schema: z.literal('compassionate-intake/check-in'),
  script: z.object({ id: nonEmpty, version: nonEmpty }),
  completedAt: z.iso.datetime({ offset: true }),
  answers: z.array(CheckInAnswer),
  instruments: z.array(InstrumentResult),
  risk: z.nullable(
    z.object({
      level: z.enum(['urgent', 'emergency']),
      reasons: z.array(z.enum(CHECK_IN_RISK_REASONS)).check(z.minLength(1)),
    }),
  ),
  contact: z.optional(ContactPreferences),
  continuity: CheckInContinuity,
  /** A check-in from a FHIR Questionnaire: which one, the answer scores and the response. */
  questionnaire: z.optional(
    z.object({
      url: z.optional(z.string()),
      title: z.optional(z.string()),
      /** Sum of the chosen answers' ordinalValue / itemWeight (none chosen: left out). */
      score: z.optional(z.number()),
      /** Values of calculatedExpression items, by linkId. */
      calculated: z.optional(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]))),
      /** Required items the person chose not to answer (the response is then `in-progress`). */
      requiredUnanswered: z.array(z.string()),
      /** Items the check-in cannot ask (attachment, reference, quantity, repeating groups), skipped. */
      unsupported: z.array(z.string()),
    }),
  ),
  /** A check-in from a FHIR Questionnaire: its FHIR R4 QuestionnaireResponse. */
  questionnaireResponse: z.optional(z.looseObject({ resourceType: z.literal('QuestionnaireResponse') })),
  consent: z.optional(
    z.object({
      given: z.boolean(),
      at: z.optional(z.iso.datetime({ offset: true })),
      /** The consent text as the person saw it. */
      text: z.string(),
    }),
  ),
});

export type CheckInStepDetail = z.infer<typeof CheckInStepDetail>;
export type CheckInResult = z.infer<typeof CheckInResult>;
export type CheckInAnswer = z.infer<typeof CheckInAnswer>;
export type InstrumentResult = z.infer<typeof InstrumentResult>;
export type ContactPreferences = z.infer<typeof ContactPreferences>;

export const checkInEventSchemas = {
  'intake-check-in-complete': CheckInResult,
  'intake-check-in-step': CheckInStepDetail,
} as const;

export const checkInResultSchemas = {
  'check-in-result': CheckInResult,
} as const;
