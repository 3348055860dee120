/**
 * Opening hours from HSDS 3.0 schedules (a subset of RFC 5545 RRULE: WEEKLY/MONTHLY, byday,
 * bymonthday, interval, opens_at/closes_at, valid_from/valid_to/until), evaluated on the wall
 * clock of the location's time zone with Intl only. No Lit, no libraries.
 *
 * Hours are kept as wall-clock minutes: a rule that opens at 19:00 and closes at 07:00 runs past
 * midnight, and on a DST night it is simply one hour shorter or longer, as it is for the people there.
 */
import { formatterFor, isValidTimeZone, OFFSET_ZONE } from './time-zone.js';

export { isValidTimeZone };

export interface OpeningRule {
  /** WEEKLY days as a bitmask, bit 0 = Sunday ... bit 6 = Saturday; 0 when the rule is monthly only. */
  days: number;
  /** MONTHLY "2SA,-1FR": [n, weekday] pairs, n in 1..5 or -1..-5. */
  nth?: [number, number][];
  /** MONTHLY by day of month, 1..31 or -1..-31 (from the end). */
  monthDays?: number[];
  /** Minutes after local midnight, 0..1439. */
  opens: number;
  /** Minutes after the opening day's midnight, opens < closes <= opens + 1440 (past 1440 = after midnight). */
  closes: number;
  /** First and last local day (days since 1970-01-01) the rule applies to, inclusive. */
  from?: number;
  to?: number;
  /** Every n-th week (or month), counted from the anchor day (dtstart). */
  interval?: number;
  anchor?: number;
}

export interface ScheduleInput {
  freq?: string | null;
  byday?: string | null;
  bymonthday?: string | null;
  interval?: number | null;
  dtstart?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  until?: string | null;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of an ISO date (date part of a date-time is enough), or undefined. */
export function parseDay(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2024-02-31 into March: reject it instead.
  if (new Date(ms).getUTCDate() !== d) return undefined;
  return Math.floor(ms / 86_400_000);
}

/** "09:00", "9:00:00", "17:30Z", "17:30+01:00", "24:00" -> minutes; undefined if unparseable. */
export function parseTime(value: string): number | undefined {
  // An offset suffix is accepted but not applied: the location's zone is the source of truth.
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

export type ParsedSchedule = { rule: OpeningRule } | { error: string } | { none: true };

/**
 * One HSDS schedule -> one rule. `{ none }` for a schedule that only has a description (nothing to
 * evaluate, not an error); `{ error }` for one that says something we cannot read.
 */
export function parseSchedule(s: ScheduleInput): ParsedSchedule {
  const hasTimes = s.opens_at != null || s.closes_at != null;
  if (!hasTimes) {
    return s.byday || s.bymonthday ? { error: 'days without opens_at/closes_at' } : { none: true };
  }
  if (s.opens_at == null || s.closes_at == null) return { error: 'opens_at or closes_at missing' };
  const opensRaw = parseTime(s.opens_at);
  let closes = parseTime(s.closes_at);
  if (opensRaw === undefined || closes === undefined) return { error: 'unreadable opens_at/closes_at' };
  const opens = opensRaw === MINUTES_PER_DAY ? 0 : opensRaw;
  // "23:59" is how many directories write "until midnight".
  if (closes === MINUTES_PER_DAY - 1 && opens < closes) closes = MINUTES_PER_DAY;
  if (closes <= opens) closes += MINUTES_PER_DAY; // runs past midnight; equal means 24 hours
  if (closes - opens > MINUTES_PER_DAY) closes -= MINUTES_PER_DAY;

  const freq = (s.freq ?? '').trim().toUpperCase();
  if (freq && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'DAILY') return { error: `unsupported freq ${freq}` };
  const rule: OpeningRule = { days: 0, opens, closes };

  const byday = (s.byday ?? '').trim().toUpperCase();
  if (byday) {
    for (const part of byday.split(/\s*,\s*/)) {
      const m = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(part);
      if (!m) return { error: `unreadable byday ${part.slice(0, 20)}` };
      const wd = WEEKDAYS.indexOf(m[2]!);
      if (m[1]) {
        if (freq !== 'MONTHLY') return { error: 'numbered byday needs freq MONTHLY' };
        (rule.nth ??= []).push([Number(m[1]), wd]);
      } else {
        rule.days |= 1 << wd;
      }
    }
  }
  // RFC 5545 allows BYMONTHDAY only with MONTHLY (and longer); a weekly rule ignores it.
  const bymonthday = freq === 'MONTHLY' ? (s.bymonthday ?? '').trim() : '';
  if (bymonthday) {
    for (const part of bymonthday.split(/\s*,\s*/)) {
      const n = Number(part);
      if (!Number.isInteger(n) || n === 0 || n > 31 || n < -31) return { error: `unreadable bymonthday ${part.slice(0, 20)}` };
      (rule.monthDays ??= []).push(n);
    }
  }
  // No day list at all: every day (a plain "opens 9, closes 5" schedule).
  if (!byday && !bymonthday) rule.days = 0x7f;

  if (s.interval != null) {
    if (!Number.isInteger(s.interval) || s.interval < 1) return { error: 'interval must be a positive integer' };
    if (s.interval > 1) {
      const anchor = parseDay(s.dtstart);
      if (anchor === undefined) return { error: 'interval needs dtstart' };
      rule.interval = s.interval;
      rule.anchor = anchor;
    }
  }
  if (s.valid_from) {
    const d = parseDay(s.valid_from);
    if (d === undefined) return { error: 'unreadable valid_from' };
    rule.from = d;
  }
  const toRaw = s.valid_to || s.until;
  if (toRaw) {
    const d = parseDay(toRaw);
    if (d === undefined) return { error: 'unreadable valid_to/until' };
    rule.to = d;
  }
  if (rule.from !== undefined && rule.to !== undefined && rule.to < rule.from) return { error: 'valid_to before valid_from' };
  return { rule };
}

/** Weekday of a day number: 0 = Sunday. 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

function civil(day: number): { y: number; m: number; d: number; daysInMonth: number } {
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  return { y, m, d: date.getUTCDate(), daysInMonth: new Date(Date.UTC(y, m + 1, 0)).getUTCDate() };
}

/** Does the rule open on this local day (the day its opening time falls on)? */
export function appliesOn(rule: OpeningRule, day: number): boolean {
  if (rule.from !== undefined && day < rule.from) return false;
  if (rule.to !== undefined && day > rule.to) return false;
  const wd = weekdayOf(day);
  let hit = (rule.days & (1 << wd)) !== 0;
  if (!hit && (rule.nth || rule.monthDays)) {
    const { d, daysInMonth } = civil(day);
    if (rule.monthDays) hit = rule.monthDays.some((n) => (n > 0 ? n === d : daysInMonth + 1 + n === d));
    if (!hit && rule.nth) {
      const fromStart = Math.floor((d - 1) / 7) + 1;
      const fromEnd = -(Math.floor((daysInMonth - d) / 7) + 1);
      hit = rule.nth.some(([n, w]) => w === wd && (n === fromStart || n === fromEnd));
    }
  }
  if (hit && rule.interval && rule.anchor !== undefined) {
    if (day < rule.anchor) return false;
    if (rule.nth || rule.monthDays) {
      const a = civil(rule.anchor);
      const c = civil(day);
      hit = ((c.y - a.y) * 12 + (c.m - a.m)) % rule.interval === 0;
    } else {
      // Weeks counted Monday to Sunday, as RRULE's default WKST.
      const weekStart = (x: number) => x - ((weekdayOf(x) + 6) % 7);
      hit = Math.round((weekStart(day) - weekStart(rule.anchor)) / 7) % rule.interval === 0;
    }
  }
  return hit;
}

// ---- time zones -------------------------------------------------------------------------------

export interface LocalTime {
  /** Local day, days since 1970-01-01. */
  day: number;
  /** Minutes after local midnight. */
  minute: number;
}

/** Wall-clock day and minute of an instant in a zone (IANA name or fixed "+hh:mm"). */
export function localTime(at: number | Date, tz: string): LocalTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  const fixed = OFFSET_ZONE.exec(tz);
  if (fixed) {
    const off = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
    const total = Math.floor(ms / 60_000) + off;
    return { day: Math.floor(total / MINUTES_PER_DAY), minute: ((total % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY };
  }
  const key = `${tz} ${ms}`;
  const known = recentLocalTimes.get(key);
  if (known) return { ...known };
  const p: Record<string, number> = {};
  for (const part of formatterFor(tz).formatToParts(ms)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const day = Math.floor(Date.UTC(p.year!, p.month! - 1, p.day!) / 86_400_000);
  const local = { day, minute: (p.hour! % 24) * 60 + p.minute! };
  if (recentLocalTimes.size >= 512) recentLocalTimes.clear();
  recentLocalTimes.set(key, local);
  return { ...local };
}

/**
 * The same instants come back for every card on screen (now, today's closing time), several per card:
 * formatToParts was a large share of a keystroke over 10k services at 4x CPU. Exact instants only.
 */
const recentLocalTimes = new Map<string, LocalTime>();

/**
 * The instant a wall-clock minute (minutes since 1970-01-01 local) happens in a zone. A time that
 * a spring-forward skips maps to just after the jump; a time that happens twice maps to the first.
 */
export function zonedInstant(localMinutes: number, tz: string): number {
  const asUtc = localMinutes * 60_000;
  const offsetAt = (t: number) => {
    const l = localTime(t, tz);
    return (l.day * MINUTES_PER_DAY + l.minute) * 60_000 - Math.floor(t / 60_000) * 60_000;
  };
  const t1 = asUtc - offsetAt(asUtc);
  const t2 = asUtc - offsetAt(t1);
  const exact = [t1, t2].filter((t) => {
    const l = localTime(t, tz);
    return l.day * MINUTES_PER_DAY + l.minute === localMinutes;
  });
  return exact.length ? Math.min(...exact) : Math.max(t1, t2);
}

// ---- evaluation -------------------------------------------------------------------------------

/** Open at this wall-clock time? Counts rules that opened the day before and run past midnight. */
export function isOpenLocal(rules: readonly OpeningRule[], t: LocalTime): boolean {
  for (const r of rules) {
    if (t.minute >= r.opens && t.minute < r.closes && appliesOn(r, t.day)) return true;
    if (r.closes > MINUTES_PER_DAY && t.minute + MINUTES_PER_DAY < r.closes && appliesOn(r, t.day - 1)) return true;
  }
  return false;
}

export function isOpenAt(rules: readonly OpeningRule[], at: number | Date, timeZone: string): boolean {
  return rules.length > 0 && isOpenLocal(rules, localTime(at, timeZone));
}

/** Open at any time on the local day of `at` (including the tail of last night's hours). */
export function isOpenToday(rules: readonly OpeningRule[], at: number | Date, timeZone: string): boolean {
  if (!rules.length) return false;
  const { day } = localTime(at, timeZone);
  return rules.some((r) => appliesOn(r, day) || (r.closes > MINUTES_PER_DAY && appliesOn(r, day - 1)));
}

export interface OpenState {
  open: boolean;
  /** Next instant the state flips (epoch ms); undefined when it never does within the horizon (always open, or no upcoming hours). */
  next?: number;
  /** The same moment as a wall-clock day and minute, for "Open until 5 pm" / "Opens Tuesday 9 am". */
  nextLocal?: LocalTime;
}

/**
 * Open now, and when that changes. Looks ahead `horizonDays` (default 35, enough for monthly
 * rules). Back-to-back or overlapping hours merge, so "9-12, 12-5" reads "Open until 5 pm".
 */
export function opensOrClosesNext(
  rules: readonly OpeningRule[],
  at: number | Date,
  timeZone: string,
  horizonDays = 35,
): OpenState {
  if (!rules.length) return { open: false };
  const now = localTime(at, timeZone);
  const nowMin = now.day * MINUTES_PER_DAY + now.minute;
  const spans: [number, number][] = [];
  for (let day = now.day - 1; day <= now.day + horizonDays; day++) {
    for (const r of rules) {
      if (appliesOn(r, day)) spans.push([day * MINUTES_PER_DAY + r.opens, day * MINUTES_PER_DAY + r.closes]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const end = (now.day + horizonDays) * MINUTES_PER_DAY;
  const toLocal = (m: number): LocalTime => ({ day: Math.floor(m / MINUTES_PER_DAY), minute: m % MINUTES_PER_DAY });
  for (const [a, b] of merged) {
    if (nowMin >= a && nowMin < b) {
      if (b >= end) return { open: true };
      return { open: true, next: zonedInstant(b, timeZone), nextLocal: toLocal(b) };
    }
    if (a > nowMin) return { open: false, next: zonedInstant(a, timeZone), nextLocal: toLocal(a) };
  }
  return { open: false };
}

/**
 * One bit per service (same order as `services`): open at `at`. Local time is computed once per
 * zone, so a 100k directory costs one pass of cheap integer checks.
 */
export function openMask(
  services: readonly { hours: readonly OpeningRule[]; timeZone: string }[],
  at: number | Date,
  mode: 'now' | 'today' = 'now',
): Uint32Array {
  const mask = new Uint32Array((services.length + 31) >>> 5);
  const byZone = new Map<string, LocalTime>();
  for (let i = 0; i < services.length; i++) {
    const s = services[i]!;
    if (!s.hours.length) continue;
    let t = byZone.get(s.timeZone);
    if (!t) {
      t = localTime(at, s.timeZone);
      byZone.set(s.timeZone, t);
    }
    const hit =
      mode === 'now'
        ? isOpenLocal(s.hours, t)
        : s.hours.some((r) => appliesOn(r, t.day) || (r.closes > MINUTES_PER_DAY && appliesOn(r, t.day - 1)));
    if (hit) mask[i >>> 5] |= 1 << (i & 31);
  }
  return mask;
}

/**
 * openMask() once per wall-clock minute (hours are whole minutes, so the mask cannot change within
 * one) and per directory, so typing does not re-evaluate every service's hours on each key.
 */
export class OpenMaskCache {
  private services?: readonly unknown[];
  private length = -1;
  private minute = NaN;
  private mode?: 'now' | 'today';
  private mask?: Uint32Array;

  get(services: readonly { hours: readonly OpeningRule[]; timeZone: string }[], at: number | Date, mode: 'now' | 'today' = 'now'): Uint32Array {
    const minute = Math.floor((typeof at === 'number' ? at : at.getTime()) / 60_000);
    // The same array may grow (pages of an API directory): its length is part of the key.
    if (!this.mask || services !== this.services || services.length !== this.length || minute !== this.minute || mode !== this.mode) {
      this.mask = openMask(services, minute * 60_000, mode);
      this.services = services;
      this.length = services.length;
      this.minute = minute;
      this.mode = mode;
    }
    return this.mask;
  }
}
