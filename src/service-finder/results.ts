/**
 * The service finder's result cards (name, organization, distance, open status, languages, cost, Save)
 * and the plain list they sit in. Cards show only once a directory and its search index are in, which
 * load on demand, so the element imports this module alongside them: the first paint goes without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { NormalizedService } from './hsds.js';
import { nearestKm, type LatLon } from './distance.js';
import { costText, formatDistance, languageName, listOf } from './service-texts.js';
import { openText } from './open-text.js';
import { cutText } from '../core/cut-text.js';
import { getLocale } from '../core/localization.js';
import { languageKey } from './search-index.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

/** What the cards read from the element and call back on it. */
export interface CardHost {
  /** Heading level of service names (2 to 6). */
  readonly level: number;
  /** The clock, in ms. */
  readonly now: number;
  /** Where distances are measured from. */
  readonly origin?: LatLon;
  /** Ids of the services whose listed areas hold the person's place. */
  readonly served?: ReadonlySet<string>;
  readonly saved: ReadonlyMap<string, NormalizedService>;
  open(id: string): void;
  toggleSave(s: NormalizedService): void;
}

/** Short lists: plain DOM, one card per item, kept by key. */
export const plainList = <T>(items: readonly T[], key: (item: T) => unknown, render: (item: T, i: number) => unknown): unknown => repeat(items, key, render);

function facts(h: CardHost, s: NormalizedService): TemplateResult {
  const origin = h.origin;
  const km = origin ? nearestKm(origin, s.locations) : undefined;
  const distance = km !== undefined ? formatDistance(km) : '';
  const open = openText(s, h.now);
  const cost = costText(s);
  const langs = listOf(s.languages.slice(0, 4).map(languageName));
  // English is the directory's own language here: marking it would mark nearly every card.
  const yours = languageKey(getLocale());
  const speaksYours = yours !== undefined && yours !== 'en' && s.languages.includes(yours);
  return html`<ul class="facts" role="list">
    ${speaksYours ? html`<li class="yours">${msg('Speaks your language', { desc: 'Service finder card: staff at this service speak the language the page is shown in.' })}</li>` : nothing}
    ${h.served?.has(s.id) ? html`<li class="yours">${msg('Serves your area', { desc: "Service finder card: the service lists an area it serves, and the person's ZIP code or location is in it." })}</li>` : nothing}
    ${distance ? html`<li>${msg(str`${distance} away`)}</li>` : nothing}
    ${s.status === 'temporarily closed' ? html`<li class="closed">${msg('Temporarily closed')}</li>` : open ? html`<li class=${open.open ? 'open' : 'closed'}>${open.text}</li>` : nothing}
    ${s.telehealth ? html`<li>${msg('Phone or video')}</li>` : nothing}
    ${langs ? html`<li>${msg(str`Speaks ${langs}`)}</li>` : nothing}
    ${cost ? html`<li dir="auto">${cutText(cost, 80, '…')}</li>` : nothing}
  </ul>`;
}

export function card(h: CardHost, s: NormalizedService, i: number, total: number): TemplateResult {
  const saved = h.saved.has(s.id);
  const short = cutText(s.description, 180, '…');
  return html`<div class="card" part="card" role="listitem" aria-posinset=${i + 1} aria-setsize=${total}>
    <div class="heading" role="heading" aria-level=${h.level}>
      <button type="button" class="name-button" data-id=${s.id} dir="auto" @click=${() => h.open(s.id)}>${s.name}</button>
    </div>
    ${s.organization && s.organization !== s.name ? html`<p class="org" dir="auto">${s.organization}</p>` : nothing}
    ${short ? html`<p class="description" dir="auto">${short}</p>` : nothing} ${facts(h, s)}
    <button type="button" class="save action secondary" aria-pressed=${saved ? 'true' : 'false'} @click=${() => h.toggleSave(s)}>
      ${saved ? msg('Saved') : msg('Save')}<span class="visually-hidden" dir="auto">: ${s.name}</span>
    </button>
  </div>`;
}
