/** Event detail and result schemas of the service finder (zod/mini). */
import * as z from 'zod/mini';

/** Fired when a directory the host asked for (src, services, api page) has been read. */
export const ServicesLoadDetail = z.object({
  /** Services loaded. */
  count: z.number().check(z.int(), z.nonnegative()),
  /** Service records left out as unreadable (details go to intake-error, in aggregate). */
  skipped: z.number().check(z.int(), z.nonnegative()),
});

export const SERVICE_ACTIONS = ['open', 'save', 'unsave', 'call', 'directions', 'website', 'share', 'print', 'copy'] as const;

/** Fired when the person acts on a service. */
export const ServiceSelectDetail = z.object({
  serviceId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** Organization name; empty when the directory has none. */
  organization: z.string(),
  action: z.enum(SERVICE_ACTIONS),
});

/** "Ask them to contact me" (`referral`): what the person agreed to share with one service. */
export const ReferralRequestDetail = z.strictObject({
  serviceId: z.string().check(z.minLength(1)),
  service: z.strictObject({ id: z.string().check(z.minLength(1)), name: z.string(), organization: z.optional(z.string()) }),
  contact: z.strictObject({
    name: z.optional(z.string()),
    methods: z.array(z.enum(['call', 'text', 'email'])),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    /** Free text, like "weekday mornings". */
    bestTime: z.optional(z.string()),
    /** The language to be contacted in (one of the nine locales). */
    language: z.string(),
    interpreter: z.boolean(),
  }),
  /** The result of an `<intake-needs-finder for>` naming this finder, when it has finished. */
  needs: z.optional(z.record(z.string(), z.unknown())),
});

export type ServicesLoadDetail = z.infer<typeof ServicesLoadDetail>;
export type ServiceSelectDetail = z.infer<typeof ServiceSelectDetail>;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

export const serviceEventSchemas = {
  'intake-services-load': ServicesLoadDetail,
  'intake-service-select': ServiceSelectDetail,
  'intake-referral-request': ReferralRequestDetail,
} as const;
export const serviceResultSchemas = {} as const;
