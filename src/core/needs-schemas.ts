/** Event detail and result schemas of <intake-needs-finder> (zod/mini). */
import * as z from 'zod/mini';
import { ResultEnvelope } from './schemas-base.js';

/** A need id: built-in (`food`, `housing-tonight`, ...) or host-given. */
export const NeedIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/));

export const WANTS_HELP = ['yes', 'not-now', 'already-getting-help'] as const;
export const URGENCIES = ['today', 'this-week', 'later'] as const;
export const NEEDS_MODES = ['cards', 'questions'] as const;

/** `intake-needs-change`: the ids of the needs picked so far (cards) or screened positive (questions). */
export const NeedsChangeDetail = z.object({
  needs: z.array(NeedIdSchema),
});

export const NeedTaxonomyTerm = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
});

export const NeedFinding = z.object({
  system: z.literal('http://snomed.info/sct'),
  code: z.string().check(z.regex(/^\d{6,18}$/)),
  display: z.string().check(z.minLength(1), z.maxLength(200)),
});

/**
 * One need. `hasNeed` (the person has it) is kept apart from `wantsHelp` (they want help with it now):
 * a need with `wantsHelp: 'not-now'` is recorded and never handed to a service finder.
 * `null` means the person skipped that question. `priority` 1 matters most.
 */
export const NeedEntry = z
  .object({
    id: NeedIdSchema,
    sdohCode: z.nullable(z.string().check(z.minLength(1))),
    /** Every SDOH category of the need, `sdohCode` first (a need can touch two domains). */
    sdohCodes: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** SNOMED CT findings for a FHIR Condition, where the HL7 SDOH IG names one. */
    findings: z.optional(z.array(NeedFinding)),
    taxonomy: z.array(NeedTaxonomyTerm),
    hasNeed: z.boolean(),
    wantsHelp: z.nullable(z.enum(WANTS_HELP)),
    urgency: z.nullable(z.enum(URGENCIES)),
    priority: z.nullable(z.int().check(z.minimum(1))),
  })
  .check(
    z.refine((n) => n.hasNeed || (n.wantsHelp === null && n.urgency === null && n.priority === null), 'a need the person does not have carries no wantsHelp, urgency or priority'),
    z.refine((n) => n.urgency === null || n.wantsHelp === 'yes', 'urgency is only asked when the person wants help'),
  );

/** One answered screening item (questions mode). `code` is the LOINC code, null for our own safety question. */
export const ScreeningAnswer = z.object({
  linkId: z.string().check(z.minLength(1)),
  code: z.nullable(z.string().check(z.minLength(1))),
  text: z.string().check(z.minLength(1)),
  answers: z
    .array(
      z.object({
        code: z.nullable(z.string().check(z.minLength(1))),
        display: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});

export const NeedsResult = z.extend(ResultEnvelope, {
  schema: z.literal('compassionate-intake/needs'),
  mode: z.enum(NEEDS_MODES),
  completedAt: z.iso.datetime(),
  needs: z.array(NeedEntry),
  /** The need the person said matters most, or null when they skipped that question or had one need. */
  mostImportant: z.nullable(NeedIdSchema),
  /** True when the person picked safety at home or answered the safety question yes or sometimes. */
  safetyConcern: z.boolean(),
  /** Questions mode: the answered screening items (AHC HRSN core items 1-6 plus our own safety question). */
  screening: z.optional(z.array(ScreeningAnswer)),
  /** Questions mode: false unless the items were shown in English to the person themself (no validated translation is bundled). */
  translationValidated: z.optional(z.boolean()),
});

export type NeedsChangeDetail = z.infer<typeof NeedsChangeDetail>;
export type NeedEntry = z.infer<typeof NeedEntry>;
export type ScreeningAnswer = z.infer<typeof ScreeningAnswer>;
export type NeedsResult = z.infer<typeof NeedsResult>;
export type WantsHelp = (typeof WANTS_HELP)[number];
export type Urgency = (typeof URGENCIES)[number];
export type NeedsMode = (typeof NEEDS_MODES)[number];

export const needsEventSchemas = {
  'intake-needs-change': NeedsChangeDetail,
  'intake-needs-complete': NeedsResult,
} as const;
export const needsResultSchemas = {
  'needs-result': NeedsResult,
} as const;
