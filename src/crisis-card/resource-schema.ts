/**
 * Validation of host-given `resources` (local lines such as a county crisis team or a warm line).
 * Loaded on demand, only when a host sets `resources`, so zod stays out of the card's first load.
 */
import * as z from 'zod/mini';
import { safeHref } from '../core/safe-url.js';
import type { CrisisLine } from '../data/crisis-lines.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const ChannelSchema = z.object({
  type: z.enum(['call', 'text', 'chat']),
  display: text(60),
  dial: z.optional(z.string().check(z.regex(/^\+?[\d*#]{1,20}$/))),
  keyword: z.optional(text(20)),
  menu: z.optional(z.string().check(z.regex(/^\d$/))),
  url: z.optional(z.string().check(z.refine((u) => safeHref(u, { webOnly: true }) !== undefined, 'only https: or http: links'))),
  languages: z.optional(z.array(text(12)).check(z.maxLength(20))),
});

export const AUDIENCE_VALUES = ['general', 'youth', 'veterans', 'lgbtq', 'trans', 'deaf-hard-of-hearing', 'domestic-violence'] as const;

/** The shape of one line, bundled or host-given (host-given: country, audiences, source optional). */
export const CrisisLineSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,80}$/)),
  name: text(120),
  description: z.optional(text(300)),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  audiences: z.optional(z.array(z.enum(AUDIENCE_VALUES)).check(z.minLength(1))),
  languages: z.optional(z.array(text(12)).check(z.maxLength(20))),
  always: z.optional(z.boolean()),
  hours: z.optional(text(120)),
  channels: z.array(ChannelSchema).check(
    z.minLength(1),
    z.maxLength(6),
    z.refine((cs) => cs.every((c) => (c.type === 'chat' ? !!c.url : /\d/.test(c.dial ?? c.display))), 'call and text need a number; chat needs a link'),
  ),
  source: z.optional(z.string()),
  verifiedOn: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
  secondaryOnly: z.optional(z.boolean()),
  interpreters: z.optional(
    z.object({
      offered: z.enum(['yes', 'no', 'unknown']),
      source: z.optional(z.string()),
      verifiedOn: z.optional(z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))),
      secondaryOnly: z.optional(z.boolean()),
      note: z.optional(z.string()),
    }),
  ),
  note: z.optional(z.string()),
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

export interface ResourceCheck {
  valid: CrisisLine[];
  problems: string[];
}

/** Keeps the valid host lines (marked local) and describes each dropped one. Never throws. */
export function checkResources(input: unknown, country: string): ResourceCheck {
  try {
    return checkList(input, country);
  } catch {
    // A Proxy whose traps throw, a getter that throws: the host's value cannot be read at all.
    return { valid: [], problems: ['resources could not be read (a getter or Proxy threw)'] };
  }
}

function checkList(input: unknown, country: string): ResourceCheck {
  if (!Array.isArray(input)) {
    return { valid: [], problems: [`resources must be an array of lines, got ${input === null ? 'null' : typeof input}`] };
  }
  const valid: CrisisLine[] = [];
  const problems: string[] = [];
  input.slice(0, 50).forEach((entry, i) => {
    const r = CrisisLineSchema.safeParse(entry);
    if (!r.success) {
      const where = r.error.issues.map((iss) => `${iss.path.join('.') || '(entry)'}: ${iss.message}`).slice(0, 3);
      problems.push(`resources[${i}] dropped (${where.join('; ')})`);
      return;
    }
    const d = r.data;
    // Half an emoji (a lone surrogate) cannot go into a text message: the keyword loses it, and the host hears why.
    d.channels.forEach((c, j) => {
      if (c.keyword && LONE_SURROGATE.test(c.keyword)) {
        c.keyword = c.keyword.replace(LONE_SURROGATE_ALL, '').trim() || undefined;
        problems.push(`resources[${i}].channels[${j}].keyword has a broken character (half of an emoji); it was left out of the message`);
      }
    });
    valid.push({
      ...d,
      country: d.country ?? country,
      audiences: d.audiences ?? ['general'],
      languages: d.languages ?? [],
      always: d.always ?? false,
      source: d.source ?? 'host page',
      verifiedOn: d.verifiedOn ?? null,
      local: true,
    });
  });
  if (input.length > 50) problems.push(`only the first 50 of ${input.length} resources are used`);
  return { valid, problems };
}
