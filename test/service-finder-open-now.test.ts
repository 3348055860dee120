import { expect } from '@open-wc/testing';
import {
  parseSchedule,
  isOpenAt,
  isOpenToday,
  opensOrClosesNext,
  openMask,
  OpenMaskCache,
  localTime,
  zonedInstant,
  type OpeningRule,
  type ScheduleInput,
} from '../src/service-finder/open-now.js';

const LA = 'America/Los_Angeles';
const rule = (s: ScheduleInput): OpeningRule => {
  const p = parseSchedule(s);
  if (!('rule' in p)) throw new Error(`expected a rule, got ${JSON.stringify(p)}`);
  return p.rule;
};
const utc = (iso: string) => Date.parse(iso);

const weekdays = rule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' });
const overnight = rule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '19:00', closes_at: '07:00' });
const mondayNight = rule({ byday: 'MO', opens_at: '22:00', closes_at: '02:00' });

describe('open now: parsing HSDS schedules', () => {
  it('reads times with seconds, "24:00" and "23:59" as midnight', () => {
    expect(rule({ byday: 'MO', opens_at: '10:00:00', closes_at: '18:00:00' })).to.include({ opens: 600, closes: 1080 });
    expect(rule({ byday: 'MO', opens_at: '08:00', closes_at: '24:00' })).to.include({ opens: 480, closes: 1440 });
    expect(rule({ byday: 'MO', opens_at: '08:00', closes_at: '23:59' })).to.include({ opens: 480, closes: 1440 });
    expect(rule({ opens_at: '00:00', closes_at: '00:00' })).to.include({ days: 0x7f, opens: 0, closes: 1440 });
  });

  it('refuses what it cannot read', () => {
    for (const bad of [
      { byday: 'MO', opens_at: '25:00', closes_at: '26:00' },
      { byday: 'MO', opens_at: '9am', closes_at: '5pm' },
      { byday: 'XX', opens_at: '09:00', closes_at: '17:00' },
      { freq: 'WEEKLY', byday: '2SA', opens_at: '09:00', closes_at: '17:00' },
      { freq: 'YEARLY', opens_at: '09:00', closes_at: '17:00' },
      { byday: 'MO', opens_at: '09:00' },
      { byday: 'MO' },
      { opens_at: '09:00', closes_at: '17:00', valid_from: '2024-02-31' },
      { opens_at: '09:00', closes_at: '17:00', valid_from: '2025-05-01', valid_to: '2025-04-01' },
    ]) {
      expect(parseSchedule(bad), JSON.stringify(bad)).to.have.property('error');
    }
    expect(parseSchedule({})).to.deep.equal({ none: true });
  });
});

describe('open now: a weekday 9 to 5 in Los Angeles', () => {
  it('is open Tuesday 10:00 PDT and closed at 17:00 and on Saturday', () => {
    expect(isOpenAt([weekdays], utc('2025-06-10T17:00:00Z'), LA)).to.equal(true); // Tue 10:00 PDT
    expect(isOpenAt([weekdays], utc('2025-06-11T00:00:00Z'), LA)).to.equal(false); // Tue 17:00 PDT
    expect(isOpenAt([weekdays], utc('2025-06-10T23:59:00Z'), LA)).to.equal(true); // Tue 16:59
    expect(isOpenAt([weekdays], utc('2025-06-14T17:00:00Z'), LA)).to.equal(false); // Sat
  });

  it('says "open until 5 pm" and "opens Monday 9 am"', () => {
    const tue = opensOrClosesNext([weekdays], utc('2025-06-10T17:00:00Z'), LA);
    expect(tue.open).to.equal(true);
    expect(tue.nextLocal!.minute).to.equal(17 * 60);
    expect(tue.next).to.equal(utc('2025-06-11T00:00:00Z'));
    const sat = opensOrClosesNext([weekdays], utc('2025-06-14T17:00:00Z'), LA);
    expect(sat.open).to.equal(false);
    expect(sat.next).to.equal(utc('2025-06-16T16:00:00Z')); // Mon 09:00 PDT
    expect(new Date(sat.next!).getUTCDay()).to.equal(1);
  });

  it('is open today on a weekday even after closing, not on Sunday', () => {
    expect(isOpenToday([weekdays], utc('2025-06-11T05:00:00Z'), LA)).to.equal(true); // Tue 22:00
    expect(isOpenToday([weekdays], utc('2025-06-15T20:00:00Z'), LA)).to.equal(false); // Sun
  });

  it('merges back-to-back hours into one stretch', () => {
    const morning = rule({ byday: 'MO', opens_at: '09:00', closes_at: '12:00' });
    const afternoon = rule({ byday: 'MO', opens_at: '12:00', closes_at: '17:00' });
    const s = opensOrClosesNext([morning, afternoon], utc('2025-06-09T17:00:00Z'), LA); // Mon 10:00
    expect(s.nextLocal!.minute).to.equal(17 * 60);
  });

  it('is always open for 24/7 hours, with no next change', () => {
    const always = rule({ opens_at: '00:00', closes_at: '23:59' });
    expect(opensOrClosesNext([always], utc('2025-06-09T17:00:00Z'), LA)).to.deep.equal({ open: true });
    expect(opensOrClosesNext([], utc('2025-06-09T17:00:00Z'), LA)).to.deep.equal({ open: false });
  });
});

describe('open now: around midnight', () => {
  it('an overnight shelter is open at 23:00 and 06:59, closed at 07:00 and 18:59', () => {
    expect(isOpenAt([overnight], utc('2025-06-11T06:00:00Z'), LA)).to.equal(true); // 23:00 PDT
    expect(isOpenAt([overnight], utc('2025-06-11T13:59:00Z'), LA)).to.equal(true); // 06:59
    expect(isOpenAt([overnight], utc('2025-06-11T14:00:00Z'), LA)).to.equal(false); // 07:00
    expect(isOpenAt([overnight], utc('2025-06-12T01:59:00Z'), LA)).to.equal(false); // 18:59
  });

  it('a Monday-night rule is open early Tuesday, not early Monday', () => {
    expect(isOpenAt([mondayNight], utc('2025-06-10T08:30:00Z'), LA)).to.equal(true); // Tue 01:30
    expect(isOpenAt([mondayNight], utc('2025-06-09T08:30:00Z'), LA)).to.equal(false); // Mon 01:30
    expect(isOpenToday([mondayNight], utc('2025-06-10T18:00:00Z'), LA)).to.equal(true); // Tue: last night's tail
  });

  it('says it closes at 7 am the next morning', () => {
    const s = opensOrClosesNext([overnight], utc('2025-06-11T06:00:00Z'), LA);
    expect(s.open).to.equal(true);
    expect(s.nextLocal!.minute).to.equal(7 * 60);
    expect(s.next).to.equal(utc('2025-06-11T14:00:00Z'));
  });
});

describe('open now: daylight saving time in Los Angeles', () => {
  it('spring forward (9 March 2025): the shelter night is an hour shorter, closing at 07:00 PDT', () => {
    const midnight = utc('2025-03-09T08:00:00Z'); // 00:00 PST
    const s = opensOrClosesNext([overnight], midnight, LA);
    expect(s.open).to.equal(true);
    expect(s.next).to.equal(utc('2025-03-09T14:00:00Z')); // 07:00 PDT, 6 h later not 7
    expect(isOpenAt([overnight], utc('2025-03-09T13:30:00Z'), LA)).to.equal(true); // 06:30 PDT
    expect(isOpenAt([overnight], utc('2025-03-09T14:30:00Z'), LA)).to.equal(false); // 07:30 PDT (14:30 UTC would be 06:30 PST)
  });

  it('spring forward: a 02:30 opening that never happens on the clock opens just after the jump', () => {
    const r = rule({ byday: 'SU', opens_at: '02:30', closes_at: '05:00' });
    const s = opensOrClosesNext([r], utc('2025-03-09T08:00:00Z'), LA);
    expect(s.open).to.equal(false);
    expect(s.next).to.equal(utc('2025-03-09T10:30:00Z')); // 03:30 PDT
    expect(isOpenAt([r], utc('2025-03-09T10:15:00Z'), LA)).to.equal(true); // 03:15 PDT
  });

  it('fall back (2 November 2025): the shelter night is an hour longer, closing at 07:00 PST', () => {
    const s = opensOrClosesNext([overnight], utc('2025-11-02T08:00:00Z'), LA); // 01:00 PDT
    expect(s.open).to.equal(true);
    expect(s.next).to.equal(utc('2025-11-02T15:00:00Z')); // 07:00 PST
    expect(isOpenAt([overnight], utc('2025-11-02T14:30:00Z'), LA)).to.equal(true); // 06:30 PST
    expect(isOpenAt([overnight], utc('2025-11-02T15:00:00Z'), LA)).to.equal(false);
  });

  it('fall back: a wall-clock time that happens twice maps to the first', () => {
    const local = localTime(utc('2025-11-02T08:30:00Z'), LA); // 01:30 PDT
    expect(local.minute).to.equal(90);
    expect(zonedInstant(local.day * 1440 + 90, LA)).to.equal(utc('2025-11-02T08:30:00Z'));
  });

  it('a 9 to 5 opens at 09:00 local on both sides of each change', () => {
    const before = opensOrClosesNext([weekdays], utc('2025-03-07T02:00:00Z'), LA); // Thu 18:00 PST
    expect(before.next).to.equal(utc('2025-03-07T17:00:00Z')); // Fri 09:00 PST
    const after = opensOrClosesNext([weekdays], utc('2025-03-08T20:00:00Z'), LA); // Sat
    expect(after.next).to.equal(utc('2025-03-10T16:00:00Z')); // Mon 09:00 PDT
  });
});

describe('open now: other time zones', () => {
  it('Tokyo (no DST) and a fixed offset', () => {
    expect(isOpenAt([weekdays], utc('2025-06-10T01:00:00Z'), 'Asia/Tokyo')).to.equal(true); // Tue 10:00 JST
    expect(isOpenAt([weekdays], utc('2025-06-10T09:00:00Z'), 'Asia/Tokyo')).to.equal(false); // 18:00 JST
    expect(isOpenAt([weekdays], utc('2025-06-10T07:00:00Z'), '+03:00')).to.equal(true); // 10:00
    expect(isOpenAt([weekdays], utc('2025-06-10T14:30:00Z'), '+03:00')).to.equal(false); // 17:30
    expect(isOpenAt([weekdays], utc('2025-06-10T14:30:00Z'), '-05:00')).to.equal(true); // 09:30
  });

  it('London across its spring change (30 March 2025)', () => {
    const sunday = rule({ byday: 'SU', opens_at: '00:30', closes_at: '03:00' });
    // 01:00-02:00 local does not exist; 01:30 UTC is 02:30 BST.
    expect(isOpenAt([sunday], utc('2025-03-30T01:30:00Z'), 'Europe/London')).to.equal(true);
    expect(isOpenAt([sunday], utc('2025-03-30T02:00:00Z'), 'Europe/London')).to.equal(false); // 03:00 BST
  });

  it('Sydney: the same instant is Monday there and Sunday in Los Angeles', () => {
    const at = utc('2025-06-08T23:30:00Z'); // Mon 09:30 AEST, Sun 16:30 PDT
    expect(isOpenAt([weekdays], at, 'Australia/Sydney')).to.equal(true);
    expect(isOpenAt([weekdays], at, LA)).to.equal(false);
  });
});

describe('open now: monthly, intervals and validity', () => {
  it('second and fourth Saturday of the month', () => {
    const r = rule({ freq: 'MONTHLY', byday: '2SA,4SA', opens_at: '10:00', closes_at: '13:00' });
    expect(isOpenAt([r], utc('2025-06-14T18:00:00Z'), LA)).to.equal(true); // 2nd Sat of June
    expect(isOpenAt([r], utc('2025-06-28T18:00:00Z'), LA)).to.equal(true); // 4th
    expect(isOpenAt([r], utc('2025-06-21T18:00:00Z'), LA)).to.equal(false); // 3rd
    const s = opensOrClosesNext([r], utc('2025-06-15T18:00:00Z'), LA);
    expect(s.next).to.equal(utc('2025-06-28T17:00:00Z'));
  });

  it('last Friday of the month, and day of month from the end', () => {
    const lastFri = rule({ freq: 'MONTHLY', byday: '-1FR', opens_at: '10:00', closes_at: '12:00' });
    expect(isOpenAt([lastFri], utc('2025-05-30T18:00:00Z'), LA)).to.equal(true);
    expect(isOpenAt([lastFri], utc('2025-05-23T18:00:00Z'), LA)).to.equal(false);
    const lastDay = rule({ freq: 'MONTHLY', bymonthday: '-1', opens_at: '10:00', closes_at: '12:00' });
    expect(isOpenAt([lastDay], utc('2025-02-28T19:00:00Z'), LA)).to.equal(true);
    expect(isOpenAt([lastDay], utc('2025-02-27T19:00:00Z'), LA)).to.equal(false);
  });

  it('every other week from dtstart', () => {
    const r = rule({ freq: 'WEEKLY', interval: 2, dtstart: '2025-06-02', byday: 'MO', opens_at: '09:00', closes_at: '11:00' });
    expect(isOpenAt([r], utc('2025-06-02T17:00:00Z'), LA)).to.equal(true);
    expect(isOpenAt([r], utc('2025-06-09T17:00:00Z'), LA)).to.equal(false);
    expect(isOpenAt([r], utc('2025-06-16T17:00:00Z'), LA)).to.equal(true);
  });

  it('valid_from and valid_to bound the rule (inclusive, local dates)', () => {
    const r = rule({ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', valid_from: '2025-06-10', valid_to: '2025-06-12' });
    expect(isOpenAt([r], utc('2025-06-09T17:00:00Z'), LA)).to.equal(false);
    expect(isOpenAt([r], utc('2025-06-10T17:00:00Z'), LA)).to.equal(true);
    expect(isOpenAt([r], utc('2025-06-12T23:00:00Z'), LA)).to.equal(true); // Thu 16:00 PDT is still the 12th
    expect(isOpenAt([r], utc('2025-06-13T17:00:00Z'), LA)).to.equal(false);
  });
});

describe('open now: a bitset for the search index', () => {
  it('marks the services open at that moment, each in its own zone', () => {
    const services = [
      { hours: [weekdays], timeZone: LA },
      { hours: [overnight], timeZone: LA },
      { hours: [], timeZone: LA },
      { hours: [weekdays], timeZone: 'Asia/Tokyo' },
    ];
    const at = utc('2025-06-10T17:00:00Z'); // Tue 10:00 PDT = Wed 02:00 JST
    const now = openMask(services, at);
    expect(now[0]).to.equal(0b0001);
    const today = openMask(services, at, 'today');
    expect(today[0]).to.equal(0b1011); // the shelter opens tonight; Tokyo's Wednesday is a weekday
  });
});

describe('open now: the mask is computed once a minute, not on every key', () => {
  const services = [
    { hours: [weekdays], timeZone: LA },
    { hours: [overnight], timeZone: LA },
  ];
  // Tuesday 16:59:05 in Los Angeles (PDT): the weekday service is open, the shelter closed.
  const t = utc('2025-06-10T23:59:05Z');

  it('gives the same mask for every search within a minute of the clock', () => {
    const cache = new OpenMaskCache();
    const first = cache.get(services, t);
    expect(Array.from(first)).to.deep.equal([0b01]);
    for (const later of [t + 1_000, t + 30_000, t + 54_000]) expect(cache.get(services, later)).to.equal(first);
  });

  it('computes it again in the next minute, and when the directory or the mode changes', () => {
    const cache = new OpenMaskCache();
    const first = cache.get(services, t);
    const next = cache.get(services, t + 60_000); // 17:00:05: the weekday service has closed
    expect(next).not.to.equal(first);
    expect(Array.from(next)).to.deep.equal([0]);
    const other = [...services];
    expect(cache.get(other, t + 60_000)).not.to.equal(next);
    expect(Array.from(cache.get(other, t + 60_000, 'today'))).to.deep.equal([0b11]);
  });
});
