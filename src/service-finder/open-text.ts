/**
 * A service's open status as the person reads it ("Open until 5 PM", "Closed now. Opens Tuesday 9 AM").
 * Apart from service-texts.ts because it needs the opening-hours code (open-now.ts): the result cards
 * and views load it with the directory, and the element's first load goes without it.
 */
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/localization.js';
import type { NormalizedService } from './hsds.js';
import { localTime, opensOrClosesNext } from './open-now.js';
import { memo } from './service-texts.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

/** True where clocks read 0-23 ("20:00"): there the minutes are always shown. */
const twentyFourHour = (): boolean =>
  memo(`h24:${getLocale()}`, () => {
    const cycle = new Intl.DateTimeFormat(getLocale(), { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h23' || cycle === 'h24';
  });

export function timeFormat(timeZone: string, minutes: boolean, weekday: boolean): Intl.DateTimeFormat {
  const withMinutes = minutes || twentyFourHour();
  return memo(`tf:${getLocale()}:${timeZone}:${withMinutes}:${weekday}`, () => {
    try {
      return new Intl.DateTimeFormat(getLocale(), { hour: 'numeric', minute: withMinutes ? '2-digit' : undefined, weekday: weekday ? 'long' : undefined, timeZone });
    } catch {
      return new Intl.DateTimeFormat(getLocale(), { hour: 'numeric', minute: withMinutes ? '2-digit' : undefined, weekday: weekday ? 'long' : undefined });
    }
  });
}

export interface OpenText {
  open: boolean;
  text: string;
}

/** "Open until 5 PM", "Open 24 hours", "Closed · Opens Tuesday 9 AM"; undefined when no hours are listed. */
export function openText(s: Pick<NormalizedService, 'hours' | 'timeZone'>, now: number): OpenText | undefined {
  if (!s.hours.length) return undefined;
  const state = opensOrClosesNext(s.hours, now, s.timeZone, 8);
  if (state.open && state.next === undefined) return { open: true, text: msg('Open 24 hours') };
  if (state.next === undefined || !state.nextLocal) return { open: false, text: msg('Closed now') };
  const sameDay = localTime(now, s.timeZone).day === state.nextLocal.day || (state.open && state.nextLocal.day === localTime(now, s.timeZone).day + 1 && state.nextLocal.minute < 360);
  const time = timeFormat(s.timeZone, state.nextLocal.minute % 60 !== 0, !sameDay).format(state.next);
  return state.open ? { open: true, text: msg(str`Open until ${time}`) } : { open: false, text: msg(str`Closed now. Opens ${time}`) };
}
