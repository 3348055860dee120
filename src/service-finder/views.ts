/**
 * The service finder's detail view (hours table, contacts, places) and saved list (print, copy, share),
 * with the text they need: weekly hours and the plain-text list. The element imports this module the first
 * time the person opens a service or their list, so the search and results paint without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/localization.js';
import { linkHost, mailtoHref, safeHref } from '../core/safe-url.js';
import { telHref } from '../core/phone.js';
import type { ServiceAction } from '../core/service-schemas.js';
import type { NormalizedService } from './hsds.js';
import { localTime, type OpeningRule } from './open-now.js';
import { costText, formatNumber, languageName, listOf, memo } from './service-texts.js';
import { openText, timeFormat } from './open-text.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

/** What the views read from the element and call back on it. */
export interface ViewHost {
  /** Heading level of service names (2 to 6). */
  readonly level: number;
  /** The clock, in ms. */
  readonly now: number;
  readonly saved: ReadonlyMap<string, NormalizedService>;
  readonly copyFallback: string;
  readonly persist: boolean;
  readonly persistAgreed: boolean;
  /** The host's `report-url` with `{id}` filled in for this service, when safe. */
  reportHref(s: NormalizedService): string | undefined;
  back(): void;
  open(id: string): void;
  select(s: NormalizedService, action: ServiceAction): void;
  toggleSave(s: NormalizedService): void;
  /** Takes a service off "My list" and keeps focus in the list (the next Remove, else the heading). */
  removeSaved(s: NormalizedService): void;
  print(): void;
  copy(): void;
  share(): void;
  setPersist(agreed: boolean): void;
  /** With `referral`: "Ask them to contact me" and its form (referral-view.ts). */
  referral?(s: NormalizedService): TemplateResult | typeof nothing;
}

// ---- text ------------------------------------------------------------------------------------

/** Wall-clock minutes -> "9 AM" / "5:30 PM" in the person's format. */
export function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return timeFormat('UTC', m % 60 !== 0, false).format(Date.UTC(2024, 0, 7, 0, m));
}

export interface HoursRow {
  weekday: number;
  label: string;
  spans: string[];
}

/** Weekly hours, one row per day (Monday first), for rules that repeat every week. */
export function weeklyHours(rules: readonly OpeningRule[], now: number, timeZone: string): HoursRow[] {
  const today = localTime(now, timeZone).day;
  const weekly = rules.filter((r) => r.days && !r.nth && !r.monthDays && !r.interval && (r.to === undefined || r.to >= today));
  if (!weekly.length) return [];
  const names = memo(`wd:${getLocale()}`, () => new Intl.DateTimeFormat(getLocale(), { weekday: 'long', timeZone: 'UTC' }));
  const rows: HoursRow[] = [];
  for (const wd of [1, 2, 3, 4, 5, 6, 0]) {
    const spans = weekly
      .filter((r) => r.days & (1 << wd))
      .sort((a, b) => a.opens - b.opens)
      .map((r) => (r.closes - r.opens >= 1440 ? msg('Open 24 hours') : `${clockTime(r.opens)} – ${clockTime(r.closes)}`));
    // 2024-01-07 was a Sunday.
    rows.push({ weekday: wd, label: names.format(Date.UTC(2024, 0, 7 + wd)), spans });
  }
  return rows;
}

/** True when some rule applies only on certain days of the month or every few weeks (said in the notes). */
export const hasIrregularHours = (rules: readonly OpeningRule[]): boolean => rules.some((r) => r.nth || r.monthDays || r.interval);

/** The saved list as plain text, for copying and sharing. */
export function plainTextList(services: readonly NormalizedService[]): string {
  const blocks = services.map((s) => {
    const lines = [s.name];
    if (s.organization && s.organization !== s.name) lines.push(s.organization);
    const place = s.locations.find((l) => l.address.length);
    if (place) lines.push(place.address.join(', '));
    for (const p of s.phones.slice(0, 2)) lines.push(phoneText(p));
    if (s.url) lines.push(s.url);
    return lines.join('\n');
  });
  return `${msg('My list of services')}\n\n${blocks.join('\n\n')}\n`;
}

/** A phone as the person reads it: "(415) 555-0199 ext. 12". */
function phoneText(p: NormalizedService['phones'][number]): string {
  const number = p.number;
  const ext = p.extension;
  return ext !== undefined ? msg(str`${number} ext. ${ext}`) : number;
}

// ---- templates -------------------------------------------------------------------------------

function heading(h: ViewHost, text: string, id: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${h.level} id=${id} tabindex="-1" dir="auto">${text}</div>`;
}

/** "2024-03-05" as the person's language writes a date ("March 5, 2024"). */
function checkedDate(isoDate: string): string {
  try {
    return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
}

export function detailView(h: ViewHost, s: NormalizedService): TemplateResult {
  const now = h.now;
  const rows = weeklyHours(s.hours, now, s.timeZone);
  const today = new Date(now).getDay();
  const saved = h.saved.has(s.id);
  const website = safeHref(s.url, { webOnly: true });
  const websiteHost = linkHost(website);
  // One plain address only; anything else (a query, a second address) is shown as text.
  const email = mailtoHref(s.email);
  const min = s.minAge !== undefined ? formatNumber(s.minAge) : '';
  const max = s.maxAge !== undefined ? formatNumber(s.maxAge) : '';
  const ages = min && max ? msg(str`Ages ${min} to ${max}`) : min ? msg(str`Ages ${min} and up`) : max ? msg(str`Up to age ${max}`) : undefined;
  const emailText = s.email ?? '';
  const cost = costText(s);
  const open = openText(s, now);
  const report = h.reportHref(s);
  return html`<section class="detail" part="detail" aria-labelledby="detail-name">
    <button type="button" class="back action secondary" part="action" @click=${() => h.back()}>${msg('Back to results')}</button>
    ${heading(h, s.name, 'detail-name')}
    ${s.organization && s.organization !== s.name ? html`<p class="org" dir="auto">${s.organization}</p>` : nothing}
    ${s.alert ? html`<p class="alert" dir="auto">${s.alert}</p>` : nothing}
    ${s.status === 'temporarily closed' ? html`<p class="alert">${msg('Temporarily closed')}</p>` : open ? html`<p class=${open.open ? 'open' : 'closed'}>${open.text}</p>` : nothing}
    ${s.description ? html`<p class="description" dir="auto">${s.description}</p>` : nothing}
    <dl class="about">
      ${s.eligibility && !sameWords(s.eligibility, ages) ? html`<dt>${msg('Who can get help')}</dt><dd dir="auto">${s.eligibility}</dd>` : nothing}
      ${ages ? html`<dt>${msg('Ages')}</dt><dd>${ages}</dd>` : nothing}
      ${s.applicationProcess ? html`<dt>${msg('How to get help')}</dt><dd dir="auto">${s.applicationProcess}</dd>` : nothing}
      ${cost ? html`<dt>${msg('Cost')}</dt><dd dir="auto">${cost}</dd>` : nothing}
      ${s.languages.length ? html`<dt>${msg('Languages')}</dt><dd>${listOf(s.languages.map(languageName))}</dd>` : nothing}
      ${s.interpretation ? html`<dt>${msg('Interpreters')}</dt><dd dir="auto">${s.interpretation}</dd>` : nothing}
      ${s.requiredDocuments?.length
        ? html`<dt>${msg('What to bring')}</dt><dd><ul class="documents">${s.requiredDocuments.map((d) => html`<li dir="auto">${d}</li>`)}</ul></dd>`
        : nothing}
      ${s.waitTime ? html`<dt>${msg('Wait time')}</dt><dd dir="auto">${s.waitTime}</dd>` : nothing}
      ${s.lastChecked ? html`<dt>${msg('Last checked')}</dt><dd>${checkedDate(s.lastChecked)}</dd>` : nothing}
    </dl>
    ${rows.length
      ? html`<table class="hours">
          <caption>
            ${msg('Hours')}
          </caption>
          <tbody>
            ${rows.map(
              (r) => html`<tr class=${r.weekday === today ? 'today' : ''}>
                <th scope="row">${r.label}</th>
                <td>${r.spans.length ? r.spans.join(', ') : msg('Closed')}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${s.hoursNotes.length || hasIrregularHours(s.hours) ? html`${s.hoursNotes.map((n) => html`<p class="small" dir="auto">${n}</p>`)}` : nothing}
    <div class="contact actions">
      ${s.phones.map((p) => {
        // Dials exactly what the data says: vanity letters as digits, the extension after a pause.
        const href = telHref(p.number, p.extension);
        const number = phoneText(p);
        const label = msg(str`Call ${number}`);
        return href
          ? html`<a class="action" part="action" href=${href} dir="auto" @click=${() => h.select(s, 'call')}>${label}</a>`
          : html`<span class="action-text" dir="auto">${number}</span>`;
      })}
      ${website
        ? html`<a class="action secondary" part="action" href=${website} target="_blank" rel="noopener noreferrer" @click=${() => h.select(s, 'website')}
            >${websiteHost ? msg(str`Website: ${websiteHost}`) : msg('Website')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
          >`
        : nothing}
      ${email
        ? html`<a class="action secondary" part="action" href=${email} dir="auto">${msg(str`Email ${emailText}`)}</a>`
        : emailText
          ? html`<span class="action-text" dir="auto">${msg(str`Email ${emailText}`)}</span>`
          : nothing}
    </div>
    ${s.locations.map((l) => place(h, s, l))}
    <div class="actions">
      <button type="button" class="save action" part="action" aria-pressed=${saved ? 'true' : 'false'} @click=${() => h.toggleSave(s)}>
        ${saved ? msg('Saved to my list') : msg('Save to my list')}
      </button>
    </div>
    ${h.referral ? h.referral(s) : nothing}
    ${report
      ? html`<p class="small report">
          <a href=${report} target="_blank" rel="noopener noreferrer">${msg('Report a problem with this listing')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a>
        </p>`
      : nothing}
  </section>`;
}

function place(h: ViewHost, s: NormalizedService, l: NormalizedService['locations'][number]): TemplateResult | typeof nothing {
  if (l.kind === 'virtual') {
    const url = safeHref(l.url, { webOnly: true });
    const host = linkHost(url);
    return html`<div class="place">
      <p class="place-name" dir="auto">${l.name || msg('Phone or video')}</p>
      ${url
        ? html`<a class="action secondary" part="action" href=${url} target="_blank" rel="noopener noreferrer" @click=${() => h.select(s, 'website')}
            >${host ? msg(str`Start online: ${host}`) : msg('Start online')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
          >`
        : nothing}
    </div>`;
  }
  if (!l.address.length && l.lat === undefined) return nothing;
  const destination = l.lat !== undefined && l.lon !== undefined ? `${l.lat},${l.lon}` : l.address.join(', ');
  const directions = safeHref(`https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`, { webOnly: true });
  return html`<div class="place">
    ${l.name ? html`<p class="place-name" dir="auto">${l.name}</p>` : nothing}
    ${l.address.length ? html`<address dir="auto">${l.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>` : nothing}
    ${l.accessibility.map((a) => html`<p class="small" dir="auto">${a}</p>`)}
    ${l.transportation ? html`<p class="small" dir="auto">${l.transportation}</p>` : nothing}
    ${directions
      ? html`<a class="action secondary" part="action" href=${directions} target="_blank" rel="noopener noreferrer" @click=${() => h.select(s, 'directions')}
          >${msg('Directions')}<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span></a
        >`
      : nothing}
  </div>`;
}

export function savedView(h: ViewHost): TemplateResult {
  const list = [...h.saved.values()];
  const canShare = typeof navigator.share === 'function';
  return html`<section class="saved" part="saved" aria-labelledby="saved-heading">
    <button type="button" class="back action secondary" part="action" @click=${() => h.back()}>${msg('Back to results')}</button>
    ${heading(h, msg('My list of services'), 'saved-heading')}
    ${list.length
      ? html`<ol class="saved-list">
            ${list.map((s) => {
              const place = s.locations.find((l) => l.address.length);
              return html`<li>
                <p class="saved-name" dir="auto">${s.name}</p>
                ${s.organization && s.organization !== s.name ? html`<p class="org" dir="auto">${s.organization}</p>` : nothing}
                ${place ? html`<p dir="auto">${place.address.join(', ')}</p>` : nothing}
                ${s.phones.slice(0, 2).map((p) => html`<p dir="auto">${phoneText(p)}</p>`)} ${s.url ? html`<p class="url" dir="auto">${s.url}</p>` : nothing}
                <div class="actions no-print">
                  <button type="button" class="action secondary" @click=${() => h.open(s.id)}>
                    ${msg('Details')}<span class="visually-hidden" dir="auto">: ${s.name}</span>
                  </button>
                  <button type="button" class="action secondary remove" @click=${() => h.removeSaved(s)}>
                    ${msg('Remove')}<span class="visually-hidden" dir="auto">: ${s.name}</span>
                  </button>
                </div>
              </li>`;
            })}
          </ol>
          <div class="actions no-print">
            <button type="button" class="action" part="action" @click=${() => h.print()}>${msg('Print')}</button>
            <button type="button" class="action secondary" part="action" @click=${() => h.copy()}>${msg('Copy as text')}</button>
            ${canShare ? html`<button type="button" class="action secondary" part="action" @click=${() => h.share()}>${msg('Share')}</button>` : nothing}
          </div>
          ${h.copyFallback
            ? html`<label class="no-print copy-fallback"
                >${msg('Your list as text')}<textarea readonly rows="8" .value=${h.copyFallback}></textarea
              ></label>`
            : nothing}
          ${h.persist
            ? html`<label class="check no-print"
                ><input type="checkbox" .checked=${h.persistAgreed} @change=${(e: Event) => h.setPersist((e.target as HTMLInputElement).checked)} />
                ${msg('Keep my list on this device until I close this tab')}</label
              >`
            : nothing}`
      : html`<p>${msg('Your list is empty. Press Save on a service to add it here.')}</p>`}
  </section>`;
}

/** The same words, give or take case and punctuation ("Ages 12 to 24." and "Ages 12 to 24"): said once. */
function sameWords(a: string, b: string | undefined): boolean {
  const words = (x: string) => x.toLocaleLowerCase().replace(/[\p{P}\s]+/gu, ' ').trim();
  return !!b && words(a) === words(b);
}
