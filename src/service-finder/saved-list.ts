/**
 * "My list" read back from sessionStorage (kept only after the person agreed). Storage is input like any
 * other: each saved service is checked against the shape the directory loader makes (NormalizedService),
 * with zod/mini like host data, and the list is refused whole when any entry is wrong (a tampered or
 * outdated list). Loaded on demand, only when a saved list is found.
 */
import * as z from 'zod/mini';
import type { NormalizedService } from './hsds.js';

const text = (max: number) => z.string().check(z.maxLength(max));
const int = z.number().check(z.int());
const count = z.number().check(z.int(), z.nonnegative());

const Rule = z.object({
  days: int.check(z.gte(0), z.lte(127)),
  nth: z.optional(z.array(z.tuple([int, int])).check(z.maxLength(50))),
  monthDays: z.optional(z.array(int).check(z.maxLength(62))),
  opens: int.check(z.gte(0), z.lte(1439)),
  closes: int.check(z.gte(0), z.lte(2880)),
  from: z.optional(int),
  to: z.optional(int),
  interval: z.optional(count),
  anchor: z.optional(int),
});

const Location = z.object({
  id: text(200),
  name: text(300),
  kind: z.enum(['physical', 'postal', 'virtual']),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  address: z.array(text(400)).check(z.maxLength(10)),
  url: z.optional(text(2048)),
  accessibility: z.array(text(2000)).check(z.maxLength(50)),
  transportation: z.optional(text(1000)),
});

const Phone = z.object({
  number: text(60),
  extension: z.optional(count),
  type: z.optional(text(20)),
  description: z.optional(text(500)),
});

export const SavedService = z.object({
  id: text(4000).check(z.minLength(1)),
  name: text(300).check(z.minLength(1)),
  alternateName: z.optional(text(300)),
  organization: text(300),
  organizationId: z.optional(text(200)),
  description: text(4000),
  url: z.optional(text(2048)),
  email: z.optional(text(254)),
  status: z.enum(['active', 'temporarily closed']),
  eligibility: z.optional(text(4000)),
  applicationProcess: z.optional(text(4000)),
  fees: z.optional(text(4000)),
  alert: z.optional(text(1000)),
  interpretation: z.optional(text(1000)),
  minAge: z.optional(z.number()),
  maxAge: z.optional(z.number()),
  languages: z.array(text(20)).check(z.maxLength(200)),
  free: z.boolean(),
  costs: z.array(
    z.object({ amount: z.optional(z.number()), currency: z.optional(text(3)), option: z.optional(text(300)), description: z.optional(text(300)) }),
  ),
  categories: z.array(z.object({ id: text(200), code: z.optional(text(100)), name: text(200), parentId: z.optional(text(200)) })),
  locations: z.array(Location).check(z.maxLength(200)),
  phones: z.array(Phone).check(z.maxLength(50)),
  hours: z.array(Rule).check(z.maxLength(200)),
  hoursNotes: z.array(text(500)).check(z.maxLength(200)),
  timeZone: text(64),
  telehealth: z.boolean(),
  inPerson: z.boolean(),
  wheelchair: z.boolean(),
});

const SavedList = z.array(SavedService).check(z.maxLength(500));

export type SavedListRead = { services: NormalizedService[] } | { problem: string };

/** The saved list, or why it cannot be used (never what it held). Never throws. */
export function readSavedList(raw: string): SavedListRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { problem: 'the saved list is not JSON' };
  }
  const r = SavedList.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p).slice(0, 40)}`)).join('') : '';
    return { problem: `the saved list does not match the service shape${where ? ` at list${where}` : ''}` };
  }
  return { services: r.data as NormalizedService[] };
}
