/* eslint-disable lit-a11y/no-invalid-change-handler -- a select here only filters the results below it: no navigation, no focus move, so change is the right event. */
/**
 * The service finder's filters panel (its controls, the language, distance and age options, and
 * "Use my location") and the empty state. The panel is collapsed at first paint, so the element imports
 * this module when the person first reaches for it (hover, focus, typing), when the results have painted
 * and the page is idle, or when nothing matches: the search and results paint without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../core/localization.js';
import { reportError } from '../core/events.js';
import { listInSentence } from '../core/list-in-sentence.js';
import type { LatLon } from './distance.js';
import type { Geocode } from './postcodes.js';
import type { NamedCity } from './service-areas.js';
import type { SearchIndex } from './search-index.js';
import type { NeedOption } from './needs-filter.js';
import { formatDistance, KM_PER_MILE, languageName, usesMiles } from './service-texts.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

export type When = '' | 'now' | 'today';
export type How = '' | 'in-person' | 'telehealth';
export interface Filters {
  /** 'host': the `needs` the host gave; '': any kind of help; else one need id. */
  need: string;
  language: string;
  free: boolean;
  wheelchair: boolean;
  when: When;
  how: How;
  age: string;
  /** '' or a distance in the person's unit (miles or km). */
  within: string;
  /** Only services whose listed service areas hold the person's place. */
  area?: boolean;
}

/** Where a postcode lookup stands: '' (nothing asked, or found), 'busy', or why it found nothing. */
export type PostcodeState = '' | 'busy' | 'empty' | 'not-a-zip' | 'unknown' | 'no-lookup' | 'failed' | 'unknown-place';

/** What the panel and the empty state read from the element and call back on it. */
export interface FilterHost {
  readonly filters: Filters;
  /** How many filters are on. */
  readonly active: number;
  readonly needs: readonly string[];
  readonly needOptions: readonly NeedOption[];
  readonly index?: SearchIndex;
  /** The place distances are measured from: the person's, else the page's `origin`. */
  readonly origin?: LatLon;
  /** The person's own location, once "Use my location" found it. */
  readonly myOrigin?: LatLon;
  readonly locating: '' | 'busy' | 'failed';
  /** The postcode the person's place came from, when they typed one. */
  readonly myPostcode?: string;
  /** The city the person typed, or the one their postcode is in (from the directory's addresses or the host's geocode). */
  readonly myCity?: string;
  /** A city the person typed, when the directory has services there (never throws). */
  findCity(text: string): Promise<NamedCity | undefined>;
  readonly postcodeState: PostcodeState;
  /** ISO 3166 country of postcodes ('US': ZIP codes, looked up in the bundled table without a host geocode). */
  readonly country: string;
  /** Whether any service in the directory says where it serves. */
  readonly areasListed: boolean;
  readonly text: string;
  /**
   * A postcode lookup starts (the state is 'busy'): the function it returns tells how it ended, and
   * returns false when a newer lookup, another place or a reset came first (the answer is then dropped).
   */
  askPostcode(): (state: PostcodeState) => boolean;
  /** The element: for `intake-error`, and its `geocode` as it is when a person looks a postcode up. */
  readonly host: HTMLElement & { geocode?: Geocode | null };
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  /** Announce politely. */
  say(text: string): void;
  clearFilters(): void;
  clearSearch(): void;
  /** What "Use my location" found, and what to announce. */
  located(result: Located, say?: string): void;
  crisisCard(): TemplateResult;
}

/** Languages spoken in the directory, most common first. */
function languageOptions(idx: SearchIndex | undefined): string[] {
  if (!idx) return [];
  const out: [string, number][] = [];
  idx.facets.forEach((f, i) => {
    if (f.startsWith('l:')) out.push([f.slice(2), idx.facetStart[i + 1]! - idx.facetStart[i]!]);
  });
  return out.sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** What the person reads under the postcode field (and hears, when they asked); '' when there is nothing to say. */
export function postcodeText(state: PostcodeState, zip: boolean): string {
  switch (state) {
    case 'busy':
      return msg('Looking it up…', { desc: 'Service finder: while the ZIP code or postcode the person typed is being looked up.' });
    case 'empty':
      return zip ? msg('Type your ZIP code first.') : msg('Type your postcode first.');
    case 'not-a-zip':
      return msg('A ZIP code has 5 numbers, like 94110.');
    case 'unknown':
      return zip
        ? msg("We couldn't find that ZIP code. Check the numbers, or use your location.")
        : msg("We couldn't find that postcode. Check it, or use your location.");
    case 'no-lookup':
      return msg("We can't look up postcodes here. You can use your location instead.");
    case 'failed':
      return msg("We couldn't look that up right now. You can try again or use your location.");
    case 'unknown-place':
      return msg("We couldn't find a place by that name in this directory. Check the spelling, or use your location.", {
        desc: 'Service finder: the person typed a city or town name in the ZIP code or postcode field, and no service in the directory is in a place of that name.',
      });
    default:
      return '';
  }
}

/** The postcode field: a small form of its own, so Enter looks it up. */
function postcodeForm(h: FilterHost): TemplateResult {
  const zip = countryOf(h) === 'US';
  const state = h.postcodeState;
  const problem = state !== '' && state !== 'busy';
  const said = postcodeText(state, zip);
  return html`<form class="postcode" @submit=${(e: Event) => {
    e.preventDefault();
    void findPostcode(h, (e.target as HTMLFormElement).querySelector('input')!.value);
  }}>
    <label for="postcode"
      >${zip
        ? msg('ZIP code or city', { desc: 'Service finder: label of the field where the person types their US ZIP code, or the name of their city, to see services near it.' })
        : msg('Postcode or town', { desc: 'Service finder: label of the field where the person types their postcode, or the name of their town or city, to see services near it.' })}</label
    >
    <div class="postcode-row">
      <input
        id="postcode"
        name="postcode"
        autocomplete="postal-code"
        enterkeyhint="go"
        size="10"
        maxlength="60"
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${said ? 'postcode-hint' : nothing}
      />
      <button type="submit" class="action secondary" part="action" ?disabled=${state === 'busy'}>${msg('Use this place', { desc: 'Service finder: button next to the ZIP code (or postcode) or city field; measures distances from what the person typed.' })}</button>
    </div>
    ${said ? html`<p id="postcode-hint" class=${problem ? 'hint problem' : 'hint'}>${said}</p>` : nothing}
  </form>`;
}

/** The controls inside the filters disclosure (its summary stays with the element). */
export function filterGrid(h: FilterHost): TemplateResult {
  const f = h.filters;
  const n = h.active;
  const miles = usesMiles();
  const within = (d: number) => {
    const distance = formatDistance(miles ? d * KM_PER_MILE : d);
    return msg(str`Within ${distance}`);
  };
  const hostNeeds = listInSentence(h.needs.map((id) => h.needOptions.find((o) => o.id === id)?.label ?? id), getLocale());
  const onSelect = <K extends keyof Filters>(key: K) => (e: Event) => h.setFilter(key, (e.target as HTMLSelectElement).value as Filters[K]);
  const origin = h.origin;
  return html`<div class="filter-grid">
    <label
      >${msg('Kind of help')}
      <select @change=${onSelect('need')}>
        <option value="" ?selected=${!f.need}>${msg('Any kind of help')}</option>
        ${hostNeeds ? html`<option value="host" ?selected=${f.need === 'host'}>${msg(str`What you chose: ${hostNeeds}`)}</option>` : nothing}
        ${h.needOptions.map((o) => html`<option value=${o.id} ?selected=${f.need === o.id}>${o.label}</option>`)}
      </select></label
    >
    <label
      >${msg('Language spoken')}
      <select @change=${onSelect('language')}>
        <option value="" ?selected=${!f.language}>${msg('Any language')}</option>
        ${languageOptions(h.index).map((code) => html`<option value=${code} ?selected=${f.language === code}>${languageName(code)}</option>`)}
      </select></label
    >
    <label
      >${msg('When')}
      <select @change=${onSelect('when')}>
        <option value="" ?selected=${!f.when}>${msg('Any time')}</option>
        <option value="now" ?selected=${f.when === 'now'}>${msg('Open now')}</option>
        <option value="today" ?selected=${f.when === 'today'}>${msg('Open today')}</option>
      </select></label
    >
    <label
      >${msg('How')}
      <select @change=${onSelect('how')}>
        <option value="" ?selected=${!f.how}>${msg('In person or by phone or video')}</option>
        <option value="in-person" ?selected=${f.how === 'in-person'}>${msg('In person')}</option>
        <option value="telehealth" ?selected=${f.how === 'telehealth'}>${msg('By phone or video')}</option>
      </select></label
    >
    <!-- Distance and where it is measured from: one cell, so they stay together. -->
    <div class="distance">
      <label
        >${msg('Distance')}
        <select @change=${onSelect('within')} ?disabled=${!origin} aria-describedby="distance-hint">
          <option value="" ?selected=${!f.within}>${msg('Any distance')}</option>
          ${[1, 3, 5, 10, 25].map((d) => html`<option value=${d} ?selected=${f.within === String(d)}>${within(d)}</option>`)}
        </select></label
      >
      <div class="locate">
        <button type="button" class="action secondary" part="action" @click=${() => findLocation(h.located)} ?disabled=${h.locating === 'busy'}>
          ${h.myOrigin ? msg('Update my location') : msg('Use my location')}
        </button>
        <p id="distance-hint" class="hint">
          ${h.locating === 'busy'
            ? msg('Finding your location…')
            : h.locating === 'failed'
              ? msg('We could not find your location. You can still search.')
              : h.myOrigin && h.myPostcode && h.myCity
                ? msg(str`Distances are from ${h.myPostcode} (${h.myCity}).`, {
                    desc: 'Service finder: the ZIP code or postcode the person typed is where distances are measured from; in brackets the city it is in, as the directory writes it.',
                  })
                : h.myOrigin && h.myPostcode
                ? msg(str`Distances are from ${h.myPostcode}.`, { desc: 'Service finder: the ZIP code or postcode the person typed is where distances are measured from.' })
                : h.myOrigin && h.myCity
                  ? msg(str`Near ${h.myCity}. Distances are from the middle of that city.`, {
                      desc: 'Service finder: the person typed a city name; distances are measured from the middle of the services listed in that city. The city name is as the directory writes it.',
                    })
                : h.myOrigin
                  ? msg('Using your location. It stays on this device.')
                  : origin
                    ? msg('Distances are from the place this page set.')
                    : msg('To see distances, use your location. We only ask when you press the button.')}
        </p>
        ${postcodeForm(h)}
      </div>
    </div>
    <div class="area-filter">
      <label class="check"
        ><input type="checkbox" .checked=${!!f.area} ?disabled=${!origin && !f.area} aria-describedby="area-hint" @change=${(e: Event) => h.setFilter('area', (e.target as HTMLInputElement).checked)} />
        ${msg('Serves my area', { desc: 'Service finder filter: only services whose listed service area includes where the person is.' })}</label
      >
      <p id="area-hint" class="hint">
        ${!origin
          ? countryOf(h) === 'US'
            ? msg('To use this, type your ZIP code or use your location.')
            : msg('To use this, type your postcode or use your location.')
          : h.areasListed
            ? msg("Shows only services that list your area. Services that don't say where they serve are left out.")
            : msg("This directory doesn't say where its services serve.")}
      </p>
    </div>
    <label
      >${msg('Age of the person who needs help')}
      <input type="number" inputmode="numeric" min="0" max="120" .value=${f.age} @input=${(e: Event) => h.setFilter('age', (e.target as HTMLInputElement).value)} />
    </label>
    <label class="check"
      ><input type="checkbox" .checked=${f.free} @change=${(e: Event) => h.setFilter('free', (e.target as HTMLInputElement).checked)} />
      ${msg('Free')}</label
    >
    <label class="check"
      ><input type="checkbox" .checked=${f.wheelchair} @change=${(e: Event) => h.setFilter('wheelchair', (e.target as HTMLInputElement).checked)} />
      ${msg('Wheelchair accessible')}</label
    >
    <button type="button" class="action secondary" part="action" @click=${() => h.clearFilters()} ?disabled=${n === 0}>${msg('Clear filters')}</button>
  </div>`;
}

/**
 * Remote mode: the filters on now that the directory's server cannot apply itself, so they only check
 * the services loaded so far. Said plainly, by the names the panel shows.
 */
export function loadedOnlyNote(keys: readonly (keyof Filters)[]): TemplateResult {
  const names: Partial<Record<keyof Filters, () => string>> = {
    language: () => msg('Language spoken'),
    when: () => msg('When'),
    how: () => msg('How'),
    within: () => msg('Distance'),
    age: () => msg('Age of the person who needs help'),
    free: () => msg('Free'),
    wheelchair: () => msg('Wheelchair accessible'),
  };
  const list = listInSentence(
    keys.map((k) => names[k]?.() ?? k),
    getLocale(),
  );
  return html`<p class="notice small loaded-only">${msg(str`These filters only look at the services loaded so far, not the whole directory: ${list}.`, { desc: 'Service finder, remote mode: some filters cannot be sent to the directory server, so they only check the services already loaded. The list names the filters as the filter panel shows them.' })}</p>`;
}


/** What "Use my location" (or a postcode) found: a place, or the state of the search for it. */
export type Located = (LatLon & { postcode?: string; city?: string }) | 'busy' | 'failed';

const countryOf = (h: FilterHost) => (/^[A-Za-z]{2}$/.test(h.country) ? h.country.toUpperCase() : 'US');

/** Looks the typed postcode up (the host's geocode, else the bundled US ZIP table) and measures from it. */
async function findPostcode(h: FilterHost, value: string): Promise<void> {
  const done = h.askPostcode();
  const country = countryOf(h);
  // Checked here, where it is used, to keep the element's first load small.
  if (h.country != null && country !== h.country.toUpperCase()) reportError(h.host, 'invalid-attribute', 'country is not a two-letter code like US; using US', 'intake-service-finder');
  // A word, not a postcode: a city of this directory first ("oakland", "San José"), then the host's geocode.
  const named = /\p{L}/u.test(value) && !/\d/.test(value);
  const city = named ? await h.findCity(value.trim().replace(/\s+/g, ' ').slice(0, 100)).catch(() => undefined) : undefined;
  if (city) {
    if (done('')) h.located({ lat: city.lat, lon: city.lon, city: city.name }, msg('Showing the nearest services first.'));
    return;
  }
  let answer: import('./postcodes.js').PostcodeAnswer;
  try {
    answer = await (await import('./postcodes.js')).findPostcode(value, country, h.host.geocode);
  } catch (err) {
    answer = { problem: 'failed', error: `could not load the postcode lookup: ${err instanceof Error ? err.name : 'error'}` };
  }
  // A name no one could place: say so, not what a ZIP code looks like.
  if (named && 'problem' in answer && (answer.problem === 'not-a-zip' || answer.problem === 'no-lookup' || answer.problem === 'unknown')) answer = { problem: 'unknown-place' };
  if ('place' in answer) {
    const { place, postcode, city: locality } = answer;
    if (done('')) h.located({ ...place, postcode, ...(locality ? { city: locality } : {}) }, msg('Showing the nearest services first.'));
  } else if (done(answer.problem)) {
    if ('error' in answer) reportError(h.host, 'geocode-failed', answer.error, 'intake-service-finder');
    h.say(postcodeText(answer.problem, country === 'US'));
  }
}

/** Asks the browser for the person's location (only ever after they press "Use my location"). */
function findLocation(done: (result: Located, say?: string) => void): void {
  if (!navigator.geolocation) {
    done('failed');
    return;
  }
  done('busy');
  navigator.geolocation.getCurrentPosition(
    (pos) => done({ lat: pos.coords.latitude, lon: pos.coords.longitude }, msg('Showing the nearest services first.')),
    () => done('failed', msg('We could not find your location. You can still search.')),
    { maximumAge: 600_000, timeout: 15_000 },
  );
}

/** Nothing matches: say so, offer to widen the search, and show the crisis card. */
export function emptyState(h: FilterHost): TemplateResult {
  const filtered = h.active > 0;
  return html`<div class="empty" part="empty">
    <p class="empty-lead">${msg('No services match yet.')}</p>
    <p>${filtered || h.text ? msg('Try fewer filters or other words. You can also look through everything.') : msg('This directory has no services to show.')}</p>
    <div class="actions">
      ${filtered ? html`<button type="button" class="action" part="action" @click=${() => h.clearFilters()}>${msg('Clear filters')}</button>` : nothing}
      ${h.text ? html`<button type="button" class="action secondary" part="action" @click=${() => h.clearSearch()}>${msg('Clear the search')}</button>` : nothing}
    </div>
    ${h.crisisCard()}
  </div>`;
}
