/** Weekdays as older HSDS layouts and ORUK feeds write them, read as RFC 5545 BYDAY codes. */
const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A `weekday` (1-7 from Monday as HSDS 1.1 counts, 0 or 7 Sunday, a name like "Mon" or "Monday", or a code like "MO") as a BYDAY code. */
export function weekdayCode(value: unknown): string | undefined {
  const v = String(value ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (/^[0-7]$/.test(v)) return CODES[Number(v) % 7];
  if (v.length === 2) return CODES.find((c) => c === v.toUpperCase());
  const day = NAMES.findIndex((n) => v.length >= 3 && n.startsWith(v.replace(/\.$/, '')));
  return day >= 0 ? CODES[day] : undefined;
}
