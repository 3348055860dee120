/**
 * Time zones: is a zone usable, and one cached formatter per zone for reading wall clocks. Apart from
 * open-now.ts so the service finder can check its `time-zone` attribute at start without loading the
 * opening-hours code (that comes with the directory).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export const OFFSET_ZONE = /^([+-])(\d{2}):?(\d{2})$/;

/** True for an IANA zone this browser knows, or a fixed offset like "+03:00". */
export function isValidTimeZone(tz: string): boolean {
  if (OFFSET_ZONE.test(tz)) return true;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

export function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

