/**
 * `point-person`: who will follow up ("Maria, peer navigator"), set by the host. No Lit.
 * The photo is an https URL only (it is loaded from the host's server, never from data: or javascript:).
 */
import * as z from 'zod/mini';
import { checkJsonSetting, type Checked } from '../core/json-setting.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const PointPerson = z.object({
  name: text(80),
  role: text(80),
  photo: z.optional(z.string().check(z.maxLength(2048))),
});
export type PointPerson = z.infer<typeof PointPerson>;

/** The host's JSON (attribute) or object (property), checked; a bad one names what is wrong, never the value. */
export function checkPointPerson(raw: unknown): Checked<PointPerson> {
  return checkJsonSetting(raw, 'point-person', '{"name", "role", "photo"?}', readPointPerson);
}

function readPointPerson(value: unknown): Checked<PointPerson> {
  const parsed = PointPerson.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'point-person needs a name and a role (text, 80 characters at most), and photo only as an https URL' };
  const { photo } = parsed.data;
  if (photo !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(photo);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || url.username || url.password) {
      return { ok: false, problem: 'point-person photo must be an https URL' };
    }
    return { ok: true, value: { ...parsed.data, photo: url.href } };
  }
  return { ok: true, value: parsed.data };
}
