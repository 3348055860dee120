/* eslint-disable lit-a11y/no-invalid-change-handler -- a select here only filters or re-sorts the results below it: no navigation, no focus move, so change is the right event. */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { localized, msg, str } from '@lit/localize';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { emit, reportError } from '../core/events.js';
import { numberOf, resetNonText } from '../core/any-value.js';
import { lazyImport } from '../core/lazy-import.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import { safeHref } from '../core/safe-url.js';
import { STORAGE_PREFIX, WipeOnQuickExit } from '../core/wipe.js';
import type { ServiceAction } from '../core/service-schemas.js';
import type { NormalizedService } from './hsds.js';
import type { SearchIndex } from './search-index.js';
import type { OpenMaskCache } from './open-now.js';
import { isValidTimeZone } from './time-zone.js';
import { parseLatLon, type LatLon } from './distance.js';
// Loading, the search index and the API client are imported when first needed: a page with only `src` never loads remote.ts.
import type { LoadedDirectory } from './load.js';
import type { ApiInfo, FinderFilters, RemoteErrorKind, RemoteQuery, RemoteSearch } from './remote.js';
import { formatNumber, KM_PER_MILE, plural, usesMiles } from './service-texts.js';
import type { NeedOption } from './needs-filter.js';
import type { ViewHost } from './views.js';
import type { FilterHost, Filters, PostcodeState } from './filters.js';
import type { Geocode } from './postcodes.js';
import type { AreaService } from './service-areas.js';
import type { CardHost } from './results.js';
import type { Expansion } from './vocabulary.js';
import { styles } from './service-finder.styles.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

/** The crisis card shows only in the empty and error states: load it then, not with the finder. */
let crisisCard: Promise<unknown> | undefined;
const crisisCardTemplate = (): TemplateResult => {
  crisisCard ??= import('../crisis-card/define.js');
  return html`<intake-crisis-card variant="compact"></intake-crisis-card>`;
};

/**
 * The detail and saved views (and the hours table, print, copy and share text) load the first time the
 * person opens one, so the search and results paint without them. One module for every finder on the page.
 */
type Views = typeof import('./views.js');
let views: Views | undefined;
const loadViews = lazyImport(() => import('./views.js'), (m) => (views = m));

/**
 * The filters panel's controls, "Use my location" and the empty state load when the person first hovers,
 * focuses or types in the finder, once the results have painted and the page is idle, or when the panel
 * opens or nothing matches before that. The panel is collapsed at first paint. One module for every finder.
 */
type FiltersModule = typeof import('./filters.js');
let filtersModule: FiltersModule | undefined;
const loadFilters = lazyImport(() => import('./filters.js'), (m) => (filtersModule = m));
/** After the next frame is painted (or 100 ms on, for a page that draws no frames while hidden). */
const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
const whenIdle = (fn: () => void): unknown => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200));

/**
 * The result cards (and the plain list they sit in) load with the directory and its search index, which
 * they wait for anyway: the first paint goes without them. One module for every finder on the page.
 */
type Results = typeof import('./results.js');
let resultsModule: Results | undefined;
const loadResults = lazyImport(() => import('./results.js'), (m) => (resultsModule = m));
/** Started with a directory's download; a failure here shows when the list renders (resultItems). */
const preloadResults = (): Promise<unknown> => loadResults().catch(() => undefined);

/** The search index comes with the directory (load.ts needs it as well), not with the element. */
/**
 * Short result lists render as plain DOM; the virtualizer (about 7 kB) loads only when a list is
 * longer than this, and the first PLAIN_LIST_MAX cards show meanwhile.
 */
const PLAIN_LIST_MAX = 60;
/** Cards shown while a big directory is still arriving (see resultItems). */
const FIRST_SCREEN = 12;
let virtualize: typeof import('@lit-labs/virtualizer/virtualize.js').virtualize | undefined;
let virtualizerLoad: Promise<unknown> | undefined;
// The virtualizer measures through a ResizeObserver that reports a frame later (no "ResizeObserver loop" error).
const loadVirtualizer = () =>
  (virtualizerLoad ??= Promise.all([
    import('@lit-labs/virtualizer/virtualize.js'),
    import('@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js'),
    import('./frame-resize-observer.js'),
  ]).then(([m, { provideResizeObserver }, { FrameResizeObserver }]) => {
    provideResizeObserver(FrameResizeObserver);
    virtualize = m.virtualize;
  }));

let searchIndex: typeof import('./search-index.js') | undefined;
const loadSearchIndex = () => import('./search-index.js').then((m) => (searchIndex = m));
/** Opening hours (open now, open today) come with the directory: the cards show them, the filter needs them. */
let openNow: typeof import('./open-now.js') | undefined;
const loadOpenNow = () => import('./open-now.js').then((m) => (openNow = m));
let vocabularyModule: typeof import('./vocabulary.js') | undefined;
/** Service areas are tested only once a person has given a place and the directory lists areas. */
let serviceAreas: typeof import('./service-areas.js') | undefined;
const loadServiceAreas = lazyImport(() => import('./service-areas.js'), (m) => (serviceAreas = m));
const loadVocabularyModule = () => import('./vocabulary.js').then((m) => (vocabularyModule = m));
/** The API client (remote mode only), kept once loaded. */
let remoteModule: typeof import('./remote.js') | undefined;

const TAG = 'intake-service-finder';
/** An object that reads as plain JSON (no getter that throws, no cycle): a JWK can be. */
const plainJson = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  try {
    return typeof JSON.stringify(v) === 'string';
  } catch {
    return false;
  }
};
const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** A list of strings, read without letting a Proxy or a throwing getter escape. */
function isTextList(value: unknown): value is string[] {
  try {
    return Array.isArray(value) && value.length <= 1000 && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** `now` as ms (a number or a Date); NaN for anything else, never an exception. */
function timeOf(value: unknown): number {
  if (typeof value === 'number') return value;
  try {
    return value instanceof Date ? value.getTime() : NaN;
  } catch {
    return NaN;
  }
}
const STORAGE_KEY = `${STORAGE_PREFIX}service-finder:saved`;
const TAXONOMY_CODE = /^\d{3}(-\d{2}){0,4}$/;

const NO_FILTERS: Filters = { need: 'host', language: '', free: false, wheelchair: false, when: '', how: '', age: '', within: '' };

type View = 'list' | 'detail' | 'saved';
type Problem = 'network' | 'invalid-data' | 'timeout';
export type ServiceFinderStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Directory {
  services: NormalizedService[];
  index: SearchIndex;
  /** The index worker, kept to answer where a place is served (the outlines stay there); absent for API pages and without a Worker. */
  areas?: AreaService;
}

const needsConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]): string => value.join(' '),
};

/**
 * @summary Search and filter an Open Referral HSDS 3.0 directory: language, cost, open now, distance, telehealth, age and access; save, print and share a list.
 *
 * Accessibility: the search box has a visible label and results update as you type; the number of results is
 * announced politely, only after the person types or changes a filter (never on load). Every filter is a native
 * control with a label; "Use my location" asks only when pressed. Results are a list (`role="list"`) whose items say
 * their position; each service name is a button that opens its details, where focus moves to the service's name,
 * and "Back to results" returns focus to the same service. Save buttons use `aria-pressed`. Hours are a table with
 * row headers; phones are `tel:` links, websites open in a new tab and say so; only http(s), tel and mailto links are
 * ever made from data. Loading, slow, error and empty states are written out in words, each with a next step
 * (Try again, Clear filters) and the crisis card's compact form. Works at 320 px, 200% zoom, in forced colors, and
 * right to left. Printing shows only the saved list.
 *
 * The `time-zone` attribute is the directory's IANA time zone (HSDS records carry none), used for "Open until 5 pm",
 * open now and open today; by default the schedules' UTC offset, else the browser's zone.
 *
 * @fires intake-services-load - A directory the host asked for (`src`, `services`, or an `api` page) was read. Detail: `{ count, skipped }`.
 * @fires intake-service-select - The person opened, saved, called, got directions to, visited, shared, printed or copied a service. Detail: `{ serviceId, name, organization, action }`; for print, copy and share one event per saved service.
 * @fires intake-referral-request - With `referral`: the person asked a service to contact them and said yes to sharing. Detail: `{ serviceId, service, contact, needs? }`.
 * @fires intake-submit - With `referral` and `submit-url`: the request reached `submit-url`. Detail: `{ status, format }`.
 * @fires intake-error - Bad records (in aggregate), a failed or unreadable download, or a bad attribute. Detail: `{ code, message, source }`.
 *
 * @csspart search - The search form.
 * @csspart filters - The filters disclosure.
 * @csspart card - One service in the results.
 * @csspart detail - The detail view of one service.
 * @csspart referral - "Ask them to contact me" and its form, in the detail (`referral`).
 * @csspart submit - Sending the request to `submit-url`: sending, sent, failed.
 * @csspart saved - The saved list.
 * @csspart action - A main action button or link.
 *
 * @cssprop --intake-color-accent - Buttons, links and focus accents.
 * @cssprop --intake-color-surface - Card background.
 * @cssprop --intake-color-surface-alt - Page-like background behind cards.
 * @cssprop --intake-color-text - Text color.
 * @cssprop --intake-color-muted - Secondary text.
 * @cssprop --intake-color-border - Borders.
 * @cssprop --intake-radius - Corner radius.
 * @cssprop --intake-font - Font family.
 */
@localized()
export class IntakeServiceFinder extends LitElement {
  static override styles = styles;

  /**
   * URL of an HSDS 3.0 JSON file (an array of compiled services, an API page, or one organization with its services),
   * an HSDS tabular data package (`datapackage.json` and its CSV files, 3.0 or 1.1/2.0 layout, on the same site), or
   * Open Referral UK JSON. Told apart by content; see `loadReport`.
   */
  @property() src?: string;

  /**
   * Where a person can report a wrong listing: an http(s) URL template, `{id}` replaced by the
   * service id (URL-encoded). Adds "Report a problem with this listing" to each service's details.
   */
  @property({ attribute: 'report-url' }) reportUrl?: string;

  /** "Ask them to contact me" in each service's details (referral-view.ts); with `submit-url` (+ `encrypt-to`) the request is also sent there. */
  @property({ type: Boolean }) referral = false;
  @property({ attribute: 'submit-url' }) submitUrl?: string;
  @property({ attribute: 'encrypt-to' }) encryptTo?: unknown;
  private referrals?: import('./referral-view.js').Referral;
  private referralPending?: Promise<void>;

  /** Base URL of an HSDS API server (`/services`, `/services/{id}`). Takes precedence over `src` and `services`. */
  @property() api?: string;

  /** Need ids from the needs finder (`food housing-tonight`), or taxonomy codes (`102-04`); space or comma separated. */
  @property({ converter: needsConverter }) needs: string[] = [];

  /** Where distances are measured from, `lat,lon` (e.g. `37.77,-122.42`). "Use my location" replaces it when pressed. */
  @property() origin?: string;

  /** The country (ISO 3166-1 alpha-2) of the postcodes a person types. `US` (the default) looks ZIP codes up in a bundled table when there is no `geocode`. */
  @property() country = 'US';

  /**
   * Looks up where a postcode is: `(postcode, country) => Promise<{ lat, lon } | null>` (null: not found).
   * Used instead of the bundled US ZIP table; the way to serve other countries. Gets the postcode as typed
   * (trimmed, upper case): the host decides where it goes.
   */
  // A plain field, not a reactive property: read only when a person looks a postcode up.
  geocode?: Geocode | null;

  /** The directory's IANA time zone (e.g. `America/Los_Angeles`) for opening hours. Default: the schedules' offset, else the browser's zone. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Drop the element's own card frame (border, corners, padding), for a host that already frames it. Narrow elements (480 px or less) drop it anyway. */
  @property({ type: Boolean, reflect: true }) flush = false;

  /** Offer to keep the saved list in sessionStorage; kept only after the person agrees. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** Level of each service name's heading, 2 to 6 (default 3: under the host's own heading). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Services per API page in remote mode (1 to 100). */
  @property({ attribute: 'per-page', type: Number }) perPage = 25;

  /** HSDS service records in hand (same shapes as `src`). Used when `api` is not set; wins over `src`. */
  @property({ attribute: false }) services?: unknown;

  /** The clock for open now and "Open until" (ms or Date); default the real time. For previews and tests. */
  @property({ attribute: false }) now?: number | Date;

  /** Milliseconds before a slow API request says so; then `timeout` before it gives up. */
  slowAfter = 3000;
  timeout = 20000;
  /** Milliseconds to wait after typing before asking an API server. */
  debounce = 250;
  /** Largest API answer read, in bytes; a bigger one is an error (`invalid-data`). */
  maxResponseBytes = 8_000_000;

  @state() private text = '';
  @state() private filters: Filters = { ...NO_FILTERS };
  @state() private sort: 'relevance' | 'distance' = 'relevance';
  @state() private view: View = 'list';
  @state() private detailId?: string;
  @state() private saved = new Map<string, NormalizedService>();
  private report?: { format: string; count: number; skipped: number; dropped: number; reasons: string[] };
  @state() private persistAgreed = false;
  /** A kept list was found but could not be used (tampered, damaged, another version): told once. */
  @state() private savedLost = false;
  /** The person's place: "Use my location", or the postcode or city it was found from. */
  @state() private myOrigin?: LatLon & { postcode?: string; city?: string };
  /** The city the person's postcode was taken to be in (the directory's addresses, or the host's geocode). */
  @state() private placeCity?: string;
  @state() private locating: '' | 'busy' | 'failed' = '';
  @state() private postcodeState: PostcodeState = '';
  @state() private loadState: ServiceFinderStatus = 'idle';
  @state() private problem?: Problem;
  @state() private slow = false;
  @state() private live = '';
  @state() private copyFallback = '';
  @state() private needOptions: NeedOption[] = [];
  @state() private dataVersion = 0;
  @state() private remoteMore: 'idle' | 'loading' | 'error' = 'idle';
  /** Bumped when more words for kinds of help have loaded. */
  @state() protected vocabularyVersion = 0;
  /** The vocabulary version the results were ranked with (-1: none yet). */
  private rankedWithVocabulary = -1;
  /** The page language the results were ranked for (services that speak it come first). */
  private resultsLocale = '';

  private directory?: Directory;
  /** Services whose listed areas hold the person's place (ids, and a bitset over doc numbers). */
  private served?: { ids: Set<string>; mask: Uint32Array };
  /** Answers about places for the current directory when it has no worker (API pages, no Worker). */
  private areasHere?: { services: readonly NormalizedService[]; service: AreaService };
  private areaAsk = 0;
  private postcodeAsk = 0;
  private results: number[] = [];
  private total = 0;
  private detailOverride?: NormalizedService;
  private needsModule?: typeof import('./needs-filter.js');
  private loadController?: AbortController;
  private pageController?: AbortController;
  private detailController?: AbortController;
  private debounceTimer?: ReturnType<typeof setTimeout>;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private liveTimer?: ReturnType<typeof setTimeout>;
  private remote: { key: string; info?: ApiInfo; search?: RemoteSearch; records: NormalizedService[] } = { key: '', records: [] };
  private returnFocusId?: string;
  private returnScroll = 0;
  private focusNext?: string;
  /** Set while views.ts loads for this element; updateComplete waits for it. */
  private viewsPending?: Promise<void>;
  /** Set while filters.ts loads for this element; updateComplete waits for it. */
  private filtersPending?: Promise<void>;
  /** The empty state asked for filters.ts (a failed preload is reported only when something waits for it). */
  private filtersWanted = false;
  private filtersPreloadQueued = false;

  constructor() {
    super();
    new WipeOnQuickExit(this, () => this.reset());
  }

  // ---- public API ----------------------------------------------------------------------------

  /** `loading` while a directory or page is on its way, `ready` once results can show, `error` after a failed load. */
  get status(): ServiceFinderStatus {
    return this.loadState;
  }

  /** How many services match the current search and filters. */
  get resultCount(): number {
    return this.total;
  }

  /**
   * The last directory load: what it was published as (`hsds-json`, `hsds-3-csv` and `hsds-2-csv` for an HSDS
   * data package, `oruk` for Open Referral UK JSON; told apart by content), how many services loaded, how many
   * records were skipped and parts left out, and why (never anything a person typed).
   */
  get loadReport(): { format: string; count: number; skipped: number; dropped: number; reasons: string[] } | undefined {
    return this.report && { ...this.report, reasons: [...this.report.reasons] };
  }

  /** The saved list, in the order saved. */
  get savedServices(): NormalizedService[] {
    return [...this.saved.values()];
  }

  /** Forget the search, filters, location, saved list and anything kept in storage. */
  reset(): void {
    this.text = '';
    // Words typed a moment ago and not yet searched go too (the box is emptied, so the search finds '').
    const box = this.renderRoot?.querySelector<HTMLInputElement>('#q');
    if (box) box.value = '';
    this.filters = { ...NO_FILTERS, need: this.needs.length ? 'host' : '' };
    this.sort = 'relevance';
    this.view = 'list';
    this.detailId = undefined;
    this.saved = new Map();
    this.persistAgreed = false;
    this.savedLost = false;
    this.myOrigin = undefined;
    this.renderRoot?.querySelector<HTMLFormElement>('form.postcode')?.reset();
    this.postcodeState = '';
    this.postcodeAsk++;
    this.locating = '';
    this.live = '';
    this.copyFallback = '';
    this.referrals?.wipe();
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // storage disabled: nothing kept
    }
    if (this.api) this.scheduleRemote(0);
  }

  /** Load again after an error. */
  retry(): void {
    if (this.api) {
      if (this.loadState === 'error' || !this.remote.search) this.scheduleRemote(0, true);
      else void this.loadRemotePage(false);
    } else this.startLoad();
  }

  /** Shows the saved list and opens the browser's print dialog (only the list prints). */
  async printSaved(): Promise<void> {
    this.view = 'saved';
    await this.updateComplete;
    this.selectAll('print');
    window.print();
  }

  /** Copies the saved list as plain text; shows it to select by hand when the clipboard is not allowed. */
  async copySaved(): Promise<boolean> {
    let text: string;
    try {
      text = (views ?? (await loadViews())).plainTextList(this.savedServices);
    } catch {
      return false;
    }
    this.selectAll('copy');
    try {
      await navigator.clipboard.writeText(text);
      this.copyFallback = '';
      this.say(msg('Your list is copied.'));
      return true;
    } catch {
      this.copyFallback = text;
      this.say(msg('We could not copy. Select the text below and copy it.'));
      return false;
    }
  }

  /** Shares the saved list as plain text through the device's share sheet (where there is one). */
  async shareSaved(): Promise<boolean> {
    if (typeof navigator.share !== 'function') return this.copySaved();
    try {
      const text = (views ?? (await loadViews())).plainTextList(this.savedServices);
      this.selectAll('share');
      await navigator.share({ title: msg('My list of services'), text });
      return true;
    } catch {
      return false;
    }
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Focus goes to the search field: where a needs finder's "See services" brings the person. */
  override focus(options?: FocusOptions): void {
    const q = this.renderRoot?.querySelector<HTMLElement>('#q');
    if (q) q.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.persist) this.restoreSaved();
    void this.loadNeedsModule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreObserver?.disconnect();
    for (const c of [this.loadController, this.pageController, this.detailController]) c?.abort();
    for (const t of [this.debounceTimer, this.slowTimer, this.liveTimer]) clearTimeout(t);
  }

  override willUpdate(changed: PropertyValues): void {
    syncLocaleAttributes(this);
    // Any JavaScript value can be set (a Symbol, a Proxy): text properties hold text from here on.
    const notText = resetNonText(this, changed, { src: undefined, api: undefined, origin: undefined, timeZone: undefined, reportUrl: undefined, country: 'US', submitUrl: undefined });
    // encrypt-to: a JWK as JSON text or as an object; anything else is dropped (the key itself is checked when sending).
    const key = this.encryptTo;
    if (changed.has('encryptTo') && key !== undefined && key !== null && typeof key !== 'string' && !plainJson(key)) {
      notText.push(`encryptTo (${typeof key})`);
      this.encryptTo = undefined;
    }
    if (changed.has('needs') && !isTextList(this.needs)) {
      notText.push(`needs (${typeof this.needs})`);
      this.needs = [];
    }
    if (changed.has('now') && this.now !== undefined && this.now !== null && !Number.isFinite(timeOf(this.now))) {
      notText.push(`now (${typeof this.now})`);
      this.now = undefined;
    }
    if (notText.length) reportError(this, 'invalid-property', `${notText.join(', ')}: not a usable value; using the default`, TAG);
    const level = numberOf(this.headingLevel);
    if (changed.has('headingLevel') && !(level >= 2 && level <= 6)) reportError(this, 'invalid-attribute', 'heading-level must be 2 to 6; using 3', TAG);
    const perPage = numberOf(this.perPage);
    if (changed.has('perPage') && !(perPage >= 1 && perPage <= 100)) reportError(this, 'invalid-attribute', 'per-page must be 1 to 100; using 25', TAG);
    if (changed.has('origin') && this.origin && !parseLatLon(this.origin)) {
      reportError(this, 'invalid-attribute', `origin "${this.origin.slice(0, 60)}" is not "lat,lon" like 37.77,-122.42`, TAG);
    }
    if (changed.has('timeZone') && this.timeZone && !isValidTimeZone(this.timeZone)) {
      reportError(this, 'invalid-attribute', `time-zone "${this.timeZone.slice(0, 60)}" is not an IANA time zone like America/Los_Angeles`, TAG);
    }
    if (changed.has('needs')) {
      this.filters = { ...this.filters, need: this.needs.length ? 'host' : '' };
      if (this.needs.length && !this.needsModule) void this.loadNeedsModule();
    }
    const sourceChanged = changed.has('src') || changed.has('services') || changed.has('api') || changed.has('timeZone');
    if (sourceChanged && (this.hasUpdated || this.src || this.services !== undefined || this.api)) this.startLoad();
    // (A place to measure from asks for full records: the list items carry no locations.)
    const asked = ['text', 'filters', 'needs', 'origin', 'myOrigin'].some((k) => changed.has(k));
    if (this.api && asked && this.hasUpdated && !sourceChanged) {
      const key = this.remoteKey();
      if (key !== this.remote.key) this.scheduleRemote(this.debounce);
    }
    if (changed.has('dataVersion') || changed.has('myOrigin') || changed.has('origin')) this.updateAreas();
    if (
      changed.has('text') ||
      changed.has('filters') ||
      changed.has('sort') ||
      changed.has('needs') ||
      changed.has('origin') ||
      changed.has('myOrigin') ||
      changed.has('dataVersion') ||
      changed.has('now') ||
      changed.has('needOptions') ||
      changed.has('vocabularyVersion') ||
      this.resultsLocale !== getLocale()
    ) {
      this.computeResults();
    }
  }

  override updated(): void {
    this.watchMoreButton();
    if (this.loadState === 'ready' && !filtersModule && !this.filtersPreloadQueued) {
      this.filtersPreloadQueued = true;
      whenIdle(() => this.loadFiltersModule());
    }
    if (this.focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
      if (target) {
        this.focusNext = undefined;
        target.focus({ preventScroll: false });
      }
    }
  }

  // ---- loading ---------------------------------------------------------------------------------

  private startLoad(): void {
    this.loadController?.abort();
    this.pageController?.abort();
    clearTimeout(this.slowTimer);
    this.problem = undefined;
    this.slow = false;
    if (this.api) {
      const base = this.resolveUrl(this.api, 'api');
      this.directory = undefined;
      this.dataVersion++;
      if (!base) {
        this.loadState = 'error';
        this.problem = 'network';
        return;
      }
      this.scheduleRemote(0, true);
      return;
    }
    let url: string | undefined;
    if (this.services === undefined) {
      if (!this.src) {
        this.loadState = 'idle';
        return;
      }
      url = this.resolveUrl(this.src, 'src');
      if (!url) {
        this.loadState = 'error';
        this.problem = 'network';
        return;
      }
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadState = 'loading';
    this.slowTimer = setTimeout(() => (this.slow = true), this.slowAfter);
    const job = url ? { url, timeZone: this.zone } : { data: this.services, timeZone: this.zone };
    Promise.all([import('./load.js'), loadSearchIndex(), preloadResults(), loadOpenNow()])
      .then(([{ loadDirectory }]) =>
        loadDirectory(job, controller.signal, (first) => {
          // Results from the first services while the rest arrive (see computeResults).
          if (controller !== this.loadController) return;
          this.directory = { services: first.services, index: first.index, areas: first.areas };
          this.dataVersion++;
        }),
      )
      .then(
        (loaded) => {
          if (controller !== this.loadController) return;
          this.accept(loaded, true);
        },
        (err: unknown) => {
          if (controller !== this.loadController || isAbort(err)) return;
          const code = (err as { code?: unknown }).code;
          this.fail(code === 'network' ? 'network' : 'invalid-data', messageOf(err));
        },
      );
  }

  private get zone(): string | undefined {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : undefined;
  }

  private resolveUrl(raw: string, attr: string): string | undefined {
    const url = safeHref(raw, { base: document.baseURI, webOnly: true });
    if (!url) reportError(this, 'invalid-url', `${attr} "${raw.slice(0, 100)}" is not an http(s) URL`, TAG);
    return url;
  }

  private accept(loaded: LoadedDirectory, replace: boolean): void {
    const { format = 'hsds-json', services, skipped, dropped, reasons } = loaded;
    this.report = { format, count: services.length, skipped, dropped, reasons };
    clearTimeout(this.slowTimer);
    this.slow = false;
    this.problem = undefined;
    if (replace) this.directory = { services: loaded.services, index: loaded.index, areas: loaded.areas };
    this.loadState = 'ready';
    this.dataVersion++;
    emit(this, 'intake-services-load', { count: loaded.services.length, skipped: loaded.skipped });
    if (loaded.skipped || loaded.dropped) {
      const parts = [];
      if (loaded.skipped) parts.push(`${loaded.skipped} service record${loaded.skipped === 1 ? '' : 's'} skipped`);
      if (loaded.dropped) parts.push(`${loaded.dropped} unreadable part${loaded.dropped === 1 ? '' : 's'} left out`);
      reportError(this, 'invalid-data', `${parts.join('; ')}: ${loaded.reasons.join(' | ')}`, TAG);
    }
  }

  private fail(code: 'network' | 'invalid-data' | 'timeout', message: string): void {
    this.report = undefined;
    clearTimeout(this.slowTimer);
    this.slow = false;
    this.loadState = 'error';
    this.problem = code;
    reportError(this, code === 'timeout' ? 'network' : code, message, TAG);
  }

  // ---- remote (HSDS API) -----------------------------------------------------------------------

  /** What the API is asked (remote.ts decides what the server's profile lets it send). */
  private remoteQuery(info: ApiInfo | undefined, perPage: number): RemoteQuery {
    const base = { search: this.text.trim() || undefined, taxonomy: this.activeCodes(), perPage };
    return remoteModule ? remoteModule.planQuery(info, this.finderFilters(), base, this.clock(), this.zone) : base;
  }

  private finderFilters(): FinderFilters {
    return { ...this.filters, age: this.ageFilter(), hasOrigin: !!this.effectiveOrigin };
  }

  /** Filters on now that the server cannot apply: they check only the services loaded so far. */
  private loadedOnlyFilters(): (keyof Filters)[] {
    return this.api && remoteModule ? remoteModule.loadedOnly(this.remote.info, this.finderFilters()) : [];
  }

  /** The age typed in the filter; undefined when empty or outside 0-120 (a typo, "-3", filters nothing). */
  private ageFilter(): number | undefined {
    const text = this.filters.age.trim();
    const age = text === '' ? NaN : Number(text);
    return Number.isFinite(age) && age >= 0 && age <= 120 ? Math.floor(age) : undefined;
  }

  private get perPageValue(): number {
    return Math.max(1, Math.min(100, Math.floor(numberOf(this.perPage)) || 25));
  }

  private remoteKey(): string {
    return JSON.stringify(this.remoteQuery(this.remote.info, this.perPageValue));
  }

  private scheduleRemote(delay: number, force = false): void {
    clearTimeout(this.debounceTimer);
    if (force) this.remote.key = '';
    this.debounceTimer = setTimeout(() => void this.loadRemotePage(true), delay);
  }

  /** A new search (`replace`), or the next page of the current one. */
  private async loadRemotePage(replace: boolean): Promise<void> {
    const base = this.api && this.resolveUrl(this.api, 'api');
    if (!base) return;
    if (!replace && !this.remote.search?.hasMore) return;
    if (this.needs.length && !this.needsModule) await this.loadNeedsModule();
    this.pageController?.abort();
    const controller = new AbortController();
    this.pageController = controller;
    if (replace) {
      this.loadState = 'loading';
      this.problem = undefined;
    } else this.remoteMore = 'loading';
    clearTimeout(this.slowTimer);
    this.slow = false;
    this.slowTimer = setTimeout(() => (this.slow = true), this.slowAfter);
    try {
      const [remote, { normalizeHere }, { buildSearchIndex }] = await Promise.all([
        import('./remote.js').then((m) => (remoteModule = m)),
        import('./load.js'),
        loadSearchIndex(),
        preloadResults(),
        loadOpenNow(),
      ]);
      let search = this.remote.search;
      if (replace) {
        // GET / first: which filters this server applies itself decides what is asked.
        const info = await remote.apiInfo(base, controller.signal, this.timeout);
        if (controller !== this.pageController) return;
        const query = this.remoteQuery(info, this.perPageValue);
        search = new remote.RemoteSearch(base, query, { timeoutMs: this.timeout, maxBytes: this.maxResponseBytes });
        this.remote = { key: JSON.stringify(query), info, search, records: [] };
      }
      const fresh = await search!.loadNext(controller.signal);
      const loaded = await normalizeHere(fresh, this.zone);
      if (controller !== this.pageController) return;
      const records = [...this.remote.records];
      const have = new Set(records.map((s) => s.id));
      for (const s of loaded.services) if (!have.has(s.id)) records.push(s);
      this.remote = { ...this.remote, records };
      this.directory = { services: records, index: buildSearchIndex(records) };
      this.remoteMore = 'idle';
      this.accept(loaded, false);
    } catch (err) {
      if (controller !== this.pageController || isAbort(err)) return;
      const kind = (err as { kind?: RemoteErrorKind }).kind;
      const code: Problem = kind === 'timeout' ? 'timeout' : kind === 'network' || kind === 'http' ? 'network' : 'invalid-data';
      // remote.ts messages name the path only; anything else is not repeated (it could quote the query).
      const message = kind ? messageOf(err) : 'The directory answer could not be read.';
      if (replace) {
        this.remote = { ...this.remote, search: undefined };
        this.fail(code, message);
      } else {
        clearTimeout(this.slowTimer);
        this.slow = false;
        this.remoteMore = 'error';
        this.problem = code;
        reportError(this, code === 'timeout' ? 'network' : code, message, TAG);
      }
    }
  }

  private moreObserver?: IntersectionObserver;
  private watchedMore?: Element;

  /**
   * Remote mode: the next page loads when the "Show more" button scrolls into view (the virtualizer's
   * range events do the same for long lists); the button stays for keyboard and screen-reader users.
   */
  private watchMoreButton(): void {
    const button = this.renderRoot.querySelector('.more button');
    if (button === this.watchedMore) return;
    this.moreObserver?.disconnect();
    this.watchedMore = button ?? undefined;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    this.moreObserver = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      if (this.api && this.loadState === 'ready' && this.remoteMore === 'idle' && this.remote.search?.hasMore) {
        void this.loadRemotePage(false);
      }
    });
    this.moreObserver.observe(button);
  }

  private onRange(e: RangeChangedEvent): void {
    if (!this.api || this.loadState !== 'ready' || this.remoteMore !== 'idle') return;
    if (this.remote.search?.hasMore && e.last >= this.results.length - 5) void this.loadRemotePage(false);
  }

  // ---- needs -----------------------------------------------------------------------------------

  private async loadNeedsModule(): Promise<void> {
    if (this.needsModule) return;
    const m = await import('./needs-filter.js');
    this.needsModule = m;
    this.needOptions = m.needOptions();
  }

  /** Taxonomy codes for the kind-of-help filter; undefined when it is off. */
  private activeCodes(): string[] | undefined {
    const need = this.filters.need;
    if (!need) return undefined;
    const ids = need === 'host' ? this.needs : [need];
    if (!ids.length) return undefined;
    const m = this.needsModule;
    const codes = ids.filter((id) => TAXONOMY_CODE.test(id) || (m ? !m.knownNeed(id) : false));
    if (m) codes.push(...m.codesFor(ids));
    return codes.length ? [...new Set(codes)] : ['\u0000none'];
  }

  // ---- results ---------------------------------------------------------------------------------

  private clock(): number {
    const t = timeOf(this.now);
    return Number.isFinite(t) ? t : Date.now();
  }

  private get effectiveOrigin(): LatLon | undefined {
    return this.myOrigin ?? parseLatLon(this.origin);
  }

  /** Open now / open today, computed at most once a minute, not on every key (made when open-now.ts is in). */
  private openMasks?: OpenMaskCache;

  /** The open-now or open-today mask; loads open-now.ts first if the directory did not bring it (then searches again). */
  private openMask(services: readonly NormalizedService[], when: 'now' | 'today'): Uint32Array | undefined {
    if (!openNow) {
      loadOpenNow().then(
        () => this.dataVersion++,
        (err: unknown) => reportError(this, 'network', `Could not load the opening hours: ${messageOf(err)}`, TAG),
      );
      return new Uint32Array((services.length + 31) >> 5); // nothing is known to be open yet
    }
    this.openMasks ??= new openNow.OpenMaskCache();
    return this.openMasks.get(services, this.clock(), when);
  }

  private computeResults(): void {
    const dir = this.directory;
    if (!dir || !searchIndex) {
      this.results = [];
      this.total = 0;
      return;
    }
    const f = this.filters;
    const origin = this.effectiveOrigin;
    const within = Number(f.within);
    const server = this.api && remoteModule ? remoteModule.serverFilters(this.remote.info) : { age: false, when: false };
    const open = f.when && !server.when ? this.openMask(dir.services, f.when) : undefined;
    const age = server.age ? undefined : this.ageFilter();
    // Open now / today, and "Serves my area": until the areas are known, nothing is known to serve the place.
    let mask = f.area ? (serviceAreas?.bothMasks(open, this.served?.mask, dir.index.docCount) ?? new Uint32Array(dir.index.docCount)) : open;
    // A kind of help with no taxonomy term (a phone) is found by its phrases, as well as by any codes.
    const named = this.api ? undefined : this.needPhraseMask(dir);
    if (named && mask) mask = mask.map((word, i) => word & (named[i] ?? 0));
    else if (named) mask = named;
    const query = {
      text: this.api ? '' : this.text,
      categories: this.api || named ? undefined : this.activeCodes(),
      languages: f.language ? [f.language] : undefined,
      free: f.free,
      wheelchair: f.wheelchair,
      inPerson: f.how === 'in-person',
      telehealth: f.how === 'telehealth',
      age,
      origin,
      maxKm: origin && within > 0 ? (usesMiles() ? within * KM_PER_MILE : within) : undefined,
      sort: this.sort === 'distance' && origin ? 'distance' : 'relevance',
      mask,
      preferLanguage: getLocale(),
    } as const;
    // Words that name a kind of help in any language ("comida", "住房", "粵語") also find that help's
    // services in the directory's own words and codes, after the text matches (not with a
    // kind-of-help filter on: that decides). See vocabulary.ts. A known word is no typo ("ropa" is not "rope").
    const text = this.api || f.need ? '' : this.text.trim();
    const expansion = text ? this.expansionFor(text) : undefined;
    this.rankedWithVocabulary = vocabularyModule ? vocabularyModule.loadedVocabulary().version : -1;
    const r = searchIndex.search(dir.index, expansion?.concepts.length ? { ...query, typos: false } : query);
    this.resultsLocale = getLocale();
    let docs = Array.from(r.docs);
    let total = r.total;
    if (expansion && vocabularyModule && (expansion.words.length || expansion.codes.length || expansion.languages.length)) {
      const more = vocabularyModule.expandedDocs(searchIndex, dir.index, query, expansion, new Set(docs));
      docs = [...docs, ...more];
      total += more.length;
      if (query.sort === 'distance') {
        const km = new Map(docs.map((d) => [d, searchIndex!.distanceKm(dir.index, d, origin!.lat, origin!.lon)]));
        docs.sort((a, b) => km.get(a)! - km.get(b)!);
      }
    }
    // While a directory is still arriving, only the services already here can be shown.
    const partial = dir.services.length < dir.index.docCount;
    if (partial) docs = docs.filter((d) => d < dir.services.length);
    this.results = docs;
    this.total = partial ? docs.length : total;
  }

  private needMaskCache?: { key: string; index: SearchIndex; mask: Uint32Array };

  /** The kind-of-help filter as a bitset when a chosen need has no taxonomy term: its phrases' services and its codes' (needs-filter.ts). */
  private needPhraseMask(dir: Directory): Uint32Array | undefined {
    const m = this.needsModule;
    const need = this.filters.need;
    if (!m || !need || !searchIndex) return undefined;
    const phrases = m.phrasesFor(need === 'host' ? this.needs : [need]);
    if (!phrases.length) return undefined;
    const codes = this.activeCodes() ?? [];
    const key = JSON.stringify([phrases, codes, dir.services.length]);
    if (this.needMaskCache?.index === dir.index && this.needMaskCache.key === key) return this.needMaskCache.mask;
    const mask = m.docsNaming(searchIndex, dir.index, dir.services, phrases);
    for (const d of searchIndex.search(dir.index, { categories: codes }).docs) mask[d >>> 5]! |= 1 << (d & 31);
    this.needMaskCache = { key, index: dir.index, mask };
    return mask;
  }

  /**
   * Which services serve the person's place, and which city it is in. The index worker answers when the
   * directory came through one (the outlines are there); otherwise service-areas.ts runs here, over the
   * few services of API pages (it loads the first time there is a place).
   */
  private updateAreas(): void {
    const dir = this.directory;
    const origin = this.effectiveOrigin;
    const ask = ++this.areaAsk;
    this.served = undefined;
    if (!dir || !origin) {
      this.placeCity = undefined;
      return;
    }
    const { postcode, city } = this.myOrigin ?? {};
    const place = { lat: origin.lat, lon: origin.lon, ...(postcode ? { postcode } : {}), ...(city ? { city } : {}) };
    Promise.all([loadServiceAreas(), this.areaService(dir)])
      .then(async ([m, areas]) => ({ m, answer: await areas.answer(place) }))
      .then(
        ({ m, answer }) => {
          if (ask !== this.areaAsk) return;
          this.placeCity = answer.city;
          this.served = m.servedFrom(answer.answers, dir.services, dir.index.docCount);
          // The results change only with "Serves my area" on; otherwise the cards' marks do.
          if (this.filters.area) this.computeResults();
          this.requestUpdate();
        },
        (err: unknown) => reportError(this, 'network', messageOf(err), TAG),
      );
  }

  /** Who answers about places for this directory: its index worker, else service-areas.ts on this thread. */
  private async areaService(dir: Directory): Promise<AreaService> {
    if (dir.areas) return dir.areas;
    const m = await loadServiceAreas();
    if (this.areasHere?.services !== dir.services) this.areasHere = { services: dir.services, service: m.areasHere(dir.services) };
    return this.areasHere.service;
  }

  /** What the typed words name: the vocabulary's concepts plus the needs named by their labels as shown. */
  private expansionFor(text: string): Expansion | undefined {
    const v = vocabularyModule;
    const fromVocabulary = v ? v.loadedVocabulary().expand(text) : undefined;
    const needs = this.needsModule ? this.needsModule.needsNamed(text) : [];
    if (!fromVocabulary && !needs.length) return undefined;
    const codes = new Set([...(fromVocabulary?.codes ?? []), ...(needs.length ? this.needsModule!.codesFor(needs) : [])]);
    return { concepts: fromVocabulary?.concepts ?? [], words: fromVocabulary?.words ?? [], codes: [...codes], languages: fromVocabulary?.languages ?? [] };
  }

  /** The report-url template filled in for one service; undefined when unset or not a safe web URL. */
  private reportHref(s: NormalizedService): string | undefined {
    if (!this.reportUrl) return undefined;
    const href = safeHref(this.reportUrl.split('{id}').join(encodeURIComponent(s.id)), { webOnly: true, base: document.baseURI });
    if (!href && !this.reportedBadReportUrl) {
      this.reportedBadReportUrl = true;
      reportError(this, 'invalid-attribute', 'report-url is not an http(s) URL template like https://example.org/report?service={id}', TAG);
    }
    return href;
  }
  private reportedBadReportUrl = false;

  /** Load the word lists for what was typed (its script and the page's language), then search again. */
  private loadVocabularyFor(text: string): void {
    if (!text.trim() || this.api) return;
    const locale = getLocale();
    void loadVocabularyModule()
      .then(async (v) => {
        const wanted = v.languagesForText(text, locale);
        const vocab = v.loadedVocabulary();
        if (!wanted.every((l) => vocab.loaded.has(l))) await v.loadVocabulary(wanted);
        // Search again if these results were ranked without these words (or without the module).
        if (this.rankedWithVocabulary !== vocab.version) this.vocabularyVersion++;
      })
      .catch((err: unknown) => reportError(this, 'network', `Could not load the words for kinds of help: ${messageOf(err)}`, TAG));
  }

  /** Politely announce a change the person caused, once they pause. */
  private announceCount(): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      void this.updateComplete.then(() => {
        if (this.loadState === 'ready') this.say(this.countText());
      });
    }, 500);
  }

  private say(text: string): void {
    // Clearing first makes a repeat of the same words announce again.
    this.live = '';
    void this.updateComplete.then(() => {
      this.live = text;
    });
  }

  private countText(): string {
    const n = this.total;
    const shown = formatNumber(n);
    // Remote mode, more pages to come and no filter that only checks what has loaded: the server's count.
    const search = this.api ? this.remote.search : undefined;
    if (search?.hasMore && !this.loadedOnlyFilters().length) {
      const all = search.total;
      const total = formatNumber(all.count);
      if (all.count > n) return all.exact ? msg(str`Showing ${shown} of ${total} services`) : msg(str`Showing ${shown} of up to ${total} services`, { desc: 'Service finder, remote mode: the count of services loaded so far, out of at most this many (the directory was asked for several kinds of help; some services may be counted twice until all have loaded).' });
    }
    return n === 0 ? msg('No services found') : plural(n, () => msg(str`${shown} service found`), () => msg(str`${shown} services found`));
  }

  // ---- person's actions --------------------------------------------------------------------------

  private onSearchInput(e: Event): void {
    this.loadFiltersModule();
    void this.loadNeedsModule(); // kinds of help named in the person's language (see computeResults)
    const input = e.target as HTMLInputElement;
    this.loadVocabularyFor(input.value);
    this.view = 'list';
    // The key's own paint first, the search after it: on a slow phone a 10k search and its cards
    // (50-150 ms) would otherwise hold back the letter just typed. Keys typed meanwhile search once.
    this.typedPending ??= afterNextPaint().then(() => {
      this.typedPending = undefined;
      this.text = input.value;
      this.announceCount();
    });
  }

  /** Set between a key press and the search it starts (see onSearchInput); updateComplete waits for it. */
  private typedPending?: Promise<void>;

  private setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.filters = { ...this.filters, [key]: value };
    this.announceCount();
  }

  private clearFilters(): void {
    this.filters = { ...NO_FILTERS, need: '' };
    this.announceCount();
    this.focusNext = '#q';
  }

  private clearSearch(): void {
    this.text = '';
    this.announceCount();
    this.focusNext = '#q';
  }

  private select(s: NormalizedService, action: ServiceAction): void {
    emit(this, 'intake-service-select', { serviceId: s.id, name: s.name, organization: s.organization, action });
  }

  private selectAll(action: 'print' | 'copy' | 'share'): void {
    for (const s of this.saved.values()) this.select(s, action);
  }

  private findService(id: string): NormalizedService | undefined {
    if (this.detailOverride?.id === id) return this.detailOverride;
    return this.directory?.services.find((s) => s.id === id) ?? this.saved.get(id);
  }

  /** Opens the detail view of a service by id. */
  openService(id: string): void {
    const s = this.findService(id);
    if (!s) return;
    if (this.view === 'list') {
      this.returnFocusId = id;
      this.returnScroll = window.scrollY;
    }
    this.detailId = id;
    this.detailOverride = undefined;
    this.view = 'detail';
    this.focusNext = '#detail-name';
    this.select(s, 'open');
    if (this.api) void this.refreshDetail(id);
  }

  /** Remote mode: the list page may be a summary; ask for the full record. */
  private async refreshDetail(id: string): Promise<void> {
    const base = this.api && this.resolveUrl(this.api, 'api');
    if (!base) return;
    this.detailController?.abort();
    const controller = new AbortController();
    this.detailController = controller;
    try {
      const [{ getJson, serviceUrl }, { normalizeHere }] = await Promise.all([import('./remote.js'), import('./load.js')]);
      const json = await getJson(serviceUrl(base, id), controller.signal, this.timeout);
      const loaded = await normalizeHere(json, this.zone);
      const full = loaded.services[0];
      if (controller !== this.detailController || !full || full.id !== id || this.detailId !== id) return;
      this.detailOverride = full;
      this.requestUpdate();
    } catch {
      // The summary we have is still worth showing.
    }
  }

  private back(): void {
    const from = this.view;
    this.view = 'list';
    const id = from === 'detail' ? this.returnFocusId : undefined;
    void this.updateComplete.then(() => {
      if (from === 'detail') window.scrollTo({ top: this.returnScroll });
      requestAnimationFrame(() => {
        const card = id ? [...this.renderRoot.querySelectorAll<HTMLElement>('.name-button')].find((b) => b.dataset.id === id) : undefined;
        (card ?? this.renderRoot.querySelector<HTMLElement>(from === 'saved' ? '#saved-toggle' : '#q'))?.focus();
      });
    });
  }

  private toggleSave(s: NormalizedService): void {
    const next = new Map(this.saved);
    const had = next.delete(s.id);
    if (!had) next.set(s.id, s);
    this.saved = next;
    this.select(s, had ? 'unsave' : 'save');
    const name = s.name;
    this.say(had ? msg(str`Removed ${name} from your list.`) : msg(str`Saved ${name} to your list.`));
    this.storeSaved();
  }

  private removeSaved(s: NormalizedService): void {
    const at = [...this.saved.keys()].indexOf(s.id);
    this.toggleSave(s);
    // The button is gone with its row: focus the next row's Remove (or the last), else the heading.
    void this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.saved-list .remove')];
      (buttons[at] ?? buttons.at(-1) ?? this.renderRoot.querySelector<HTMLElement>('#saved-heading'))?.focus();
    });
  }

  private showSaved(): void {
    if (this.view === 'saved') {
      this.back();
      return;
    }
    if (this.view === 'list') this.returnScroll = window.scrollY;
    this.view = 'saved';
    this.focusNext = '#saved-heading';
  }

  private setPersist(agreed: boolean): void {
    this.persistAgreed = agreed;
    if (agreed) this.storeSaved();
    else {
      try {
        sessionStorage.removeItem(STORAGE_KEY);
      } catch {
        // nothing kept
      }
    }
  }

  private storeSaved(): void {
    if (!this.persist || !this.persistAgreed) return;
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.savedServices));
    } catch {
      // storage full or disabled: the list stays in memory
    }
  }

  /** Brings back the kept list, checked like any input (saved-list.ts); a bad one is told, never used. */
  private restoreSaved(): void {
    let raw: string | null = null;
    try {
      raw = sessionStorage.getItem(STORAGE_KEY);
    } catch {
      // storage disabled: nothing kept
    }
    if (!raw) return;
    const kept = raw;
    import('./saved-list.js').then(
      ({ readSavedList }) => {
        const read = readSavedList(kept);
        if ('problem' in read) {
          try {
            sessionStorage.removeItem(STORAGE_KEY);
          } catch {
            // nothing kept
          }
          this.savedLost = true;
          reportError(this, 'saved-state-invalid', `Saved list not restored: ${read.problem}; starting with an empty list`, TAG);
          return;
        }
        // Services saved while this loaded stay too.
        this.saved = new Map([...read.services.map((s) => [s.id, s] as const), ...this.saved]);
        this.persistAgreed = true;
      },
      (err: unknown) => reportError(this, 'network', `Could not load the saved-list check: ${messageOf(err)}`, TAG),
    );
  }

  // ---- rendering -------------------------------------------------------------------------------------

  private get level(): number {
    const level = numberOf(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 3;
  }

  override render() {
    return html`<div class="finder view-${this.view}" @pointerenter=${this.loadFiltersModule} @focusin=${this.loadFiltersModule}>
      ${this.searchForm()} ${this.filterPanel()}
      <div class="toolbar">
        <p class="count" id="count">${this.loadState === 'ready' ? this.countText() : nothing}</p>
        <label class="sort"
          >${msg('Sort by')}
          <select .value=${this.sort} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as 'relevance' | 'distance')}>
            <option value="relevance" ?selected=${this.sort === 'relevance'}>${msg('Best match')}</option>
            <option value="distance" ?selected=${this.sort === 'distance'} ?disabled=${!this.effectiveOrigin}>${msg('Nearest first')}</option>
          </select></label
        >
        <button id="saved-toggle" type="button" class="action secondary" part="action" aria-pressed=${this.view === 'saved' ? 'true' : 'false'} @click=${this.showSaved}>
          ${this.myListLabel()}
        </button>
      </div>
      ${this.loadState === 'ready' && filtersModule && this.loadedOnlyFilters().length ? filtersModule.loadedOnlyNote(this.loadedOnlyFilters()) : nothing}
      ${this.savedLost ? html`<p class="notice small">${msg("We couldn't bring back your earlier list. You can save services again.")}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.live}</p>
      <div class="list-view" ?hidden=${this.view !== 'list'}>${this.listBody()}</div>
      ${this.view === 'list' ? nothing : this.otherView()}
    </div>`;
  }

  /** The detail view or the saved list; nothing for the moment views.ts takes to load the first time. */
  private otherView(): TemplateResult | typeof nothing {
    if (!views) {
      this.viewsPending ??= loadViews()
        .then(
          () => this.requestUpdate(),
          (err: unknown) => {
            reportError(this, 'network', `Could not load the ${this.view === 'saved' ? 'saved list' : 'detail view'}: ${messageOf(err)}`, TAG);
            this.view = 'list';
          },
        )
        .finally(() => (this.viewsPending = undefined));
      return nothing;
    }
    const host: ViewHost = {
      level: this.level,
      now: this.clock(),
      saved: this.saved,
      copyFallback: this.copyFallback,
      persist: this.persist,
      persistAgreed: this.persistAgreed,
      reportHref: (s) => this.reportHref(s),
      back: () => this.back(),
      open: (id) => this.openService(id),
      select: (s, action) => this.select(s, action),
      toggleSave: (s) => this.toggleSave(s),
      removeSaved: (s) => this.removeSaved(s),
      print: () => void this.printSaved(),
      copy: () => void this.copySaved(),
      share: () => void this.shareSaved(),
      setPersist: (agreed) => this.setPersist(agreed),
      referral: this.referral ? (s) => this.referralPart(s) : undefined,
    };
    if (this.view === 'saved') return views.savedView(host);
    const s = this.detailId ? this.findService(this.detailId) : undefined;
    return s ? views.detailView(host, s) : nothing;
  }

  private referralPart(s: NormalizedService): TemplateResult | typeof nothing {
    if (this.referrals) return this.referrals.view(s, crisisCardTemplate);
    const settings = () => ({ url: this.submitUrl, encryptTo: this.encryptTo, format: undefined, timeoutMs: undefined, pointPerson: undefined });
    // Its own promise: views.ts may still be settling in this very render.
    this.referralPending ??= import('./referral-view.js')
      .then((m) => void (this.referrals ??= new m.Referral(this, TAG, settings)), (err: unknown) => reportError(this, 'network', `Could not load the contact form: ${messageOf(err)}`, TAG))
      .finally(() => (this.referralPending = undefined))
      .then(() => this.requestUpdate());
    return nothing;
  }

  /** Resolves once the view on screen is drawn, including one that waited for views.ts. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.typedPending) await this.typedPending;
    const done = await super.getUpdateComplete();
    if (this.virtualizerPending) {
      await this.virtualizerPending;
      return this.getUpdateComplete();
    }
    const pending = this.viewsPending ?? this.referralPending ?? this.filtersPending ?? this.resultsPending;
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  private virtualizerPending?: Promise<unknown>;

  /** Set while results.ts loads for this element (when the directory did not bring it); updateComplete waits for it. */
  private resultsPending?: Promise<void>;

  /** The result list: plain for short lists, virtualized (loaded on demand) for long ones; nothing until results.ts is in. */
  private resultItems(services: readonly NormalizedService[], total: number): unknown {
    const r = resultsModule;
    if (!r) {
      this.resultsPending ??= loadResults()
        .then(
          () => this.requestUpdate(),
          (err: unknown) => reportError(this, 'network', `Could not load the result list: ${messageOf(err)}`, TAG),
        )
        .finally(() => (this.resultsPending = undefined));
      return nothing;
    }
    const host: CardHost = {
      level: this.level,
      now: this.clock(),
      origin: this.effectiveOrigin,
      served: this.served?.ids,
      saved: this.saved,
      open: (id) => this.openService(id),
      toggleSave: (s) => this.toggleSave(s),
    };
    const key = (doc: number) => services[doc]!.id;
    const render = (doc: number, i: number) => r.card(host, services[doc]!, i, total);
    // While a directory is still arriving: a first screen of cards, not a full plain list that is drawn and
    // laid out (60 cards: 0.2-0.8 s at 4x CPU) only to be replaced when the rest is in.
    if (services.length < this.directory!.index.docCount) return r.plainList(this.results.slice(0, FIRST_SCREEN), key, render);
    if (total > PLAIN_LIST_MAX && virtualize) return virtualize({ items: this.results, keyFunction: key, renderItem: render });
    if (total > PLAIN_LIST_MAX && !this.virtualizerPending) {
      this.virtualizerPending = loadVirtualizer()
        .catch((err) => reportError(this, 'network', `Could not load the long-list module: ${messageOf(err)}`, TAG))
        .finally(() => {
          this.virtualizerPending = undefined;
          this.requestUpdate();
        });
    }
    return r.plainList(this.results.slice(0, PLAIN_LIST_MAX), key, render);
  }

  private myListLabel(): string {
    const count = formatNumber(this.saved.size);
    return msg(str`My list (${count})`);
  }

  private searchForm(): TemplateResult {
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label for="q">${msg('Search for help')}</label>
      <input
        id="q"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${msg('Food, shelter, counseling…')}
        .value=${this.text}
        aria-describedby="count"
        @input=${this.onSearchInput}
      />
    </form>`;
  }

  private activeFilterCount(): number {
    const f = this.filters;
    return [f.need && (f.need !== 'host' || this.needs.length), f.language, f.free, f.wheelchair, f.when, f.how, f.age.trim(), f.within, f.area].filter(Boolean).length;
  }

  /** Starts loading filters.ts for this element (a preload, or for the open panel or the empty state); re-renders when it is in. */
  private loadFiltersModule(): void {
    if (filtersModule || this.filtersPending) return;
    this.filtersPending = loadFilters()
      .then(
        () => this.requestUpdate(),
        (err: unknown) => {
          const panel = this.renderRoot.querySelector<HTMLDetailsElement>('details.filters');
          if (!panel?.open && !this.filtersWanted) return; // only a preload: try again when the person asks
          this.filtersWanted = false;
          if (panel) panel.open = false;
          reportError(this, 'network', `Could not load the filters: ${messageOf(err)}`, TAG);
        },
      )
      .finally(() => (this.filtersPending = undefined));
  }

  private filterHost(): FilterHost {
    return {
      filters: this.filters,
      active: this.activeFilterCount(),
      needs: this.needs,
      needOptions: this.needOptions,
      index: this.directory?.index,
      origin: this.effectiveOrigin,
      myOrigin: this.myOrigin,
      locating: this.locating,
      text: this.text,
      setFilter: (key, value) => this.setFilter(key, value),
      say: (text) => this.say(text),
      clearFilters: () => this.clearFilters(),
      clearSearch: () => this.clearSearch(),
      myPostcode: this.myOrigin?.postcode,
      myCity: this.myOrigin?.city ?? this.placeCity,
      findCity: async (text) => {
        const dir = this.directory;
        return dir ? (await this.areaService(dir)).cityNamed(text) : undefined;
      },
      postcodeState: this.postcodeState,
      country: this.country,
      areasListed: !!this.directory?.services.some((s) => s.area),
      host: this,
      askPostcode: () => {
        const ask = ++this.postcodeAsk;
        this.postcodeState = 'busy';
        return (state) => {
          if (ask !== this.postcodeAsk) return false;
          this.postcodeState = state;
          return true;
        };
      },
      located: (result, say) => {
        if (typeof result === 'string') this.locating = result;
        else {
          this.myOrigin = result;
          if (!result.postcode) this.postcodeState = '';
          this.postcodeAsk++;
          this.locating = '';
          this.sort = 'distance';
        }
        if (say) this.say(say);
      },
      crisisCard: crisisCardTemplate,
    };
  }

  /** The filters disclosure: its summary now, its controls once filters.ts is in (nothing until then). */
  private filterPanel(): TemplateResult {
    const n = this.activeFilterCount();
    const count = formatNumber(n);
    return html`<details class="filters" part="filters" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && this.loadFiltersModule()}>
      <summary>${n ? msg(str`Filters (${count} on)`) : msg('Filters')}</summary>
      ${filtersModule ? this.guardedGrid(filtersModule) : nothing}
    </details>`;
  }

  /**
   * The filter controls, built again only when what they show changed: not for each key typed or each
   * part of a directory arriving (100+ kinds of help and the language names cost 20-40 ms at 4x CPU).
   */
  private guardedGrid(m: NonNullable<typeof filtersModule>): unknown {
    const h = this.filterHost();
    const shown = Object.entries(h).filter(([k, v]) => k !== 'text' && typeof v !== 'function');
    // A place is compared by where it is (the page's origin is parsed afresh each time).
    const same = (v: unknown) => (v && typeof v === 'object' && 'lat' in v && 'lon' in v ? `${String(v.lat)},${String(v.lon)}` : v);
    return guard([getLocale(), ...shown.map(([, v]) => same(v))], () => m.filterGrid(h));
  }

  private notice(): TemplateResult {
    const text =
      this.problem === 'timeout'
        ? msg('The directory is taking too long to answer. Please try again in a moment.')
        : this.problem === 'invalid-data'
          ? msg('The directory sent something we could not read. Please try again, or come back later.')
          : msg('We could not reach the directory right now. Check your connection and try again.');
    return html`<div class="notice error" part="error">
      <p>${text}</p>
      <button type="button" class="action" part="action" @click=${() => this.retry()}>${msg('Try again')}</button>
      ${crisisCardTemplate()}
    </div>`;
  }

  private listBody(): TemplateResult | typeof nothing {
    if (this.loadState === 'idle') return html`<p class="notice">${msg('There is no list of services yet.')}</p>`;
    if (this.loadState === 'error') return this.notice();
    const needsPending = this.filters.need === 'host' && this.needs.length > 0 && !this.needsModule;
    if ((this.loadState === 'loading' && !this.directory?.services.length) || needsPending) {
      return html`<p class="notice" aria-busy="true">${this.slow ? msg('Still looking. The directory is slow to answer.') : msg('Loading services…')}</p>`;
    }
    if (!this.results.length) {
      const more = this.api && this.remote.search?.hasMore && this.loadedOnlyFilters().length;
      return html`${this.emptyState()}${more ? this.moreButton() : nothing}`;
    }
    const services = this.directory!.services;
    const total = this.results.length;
    const more = this.api && this.remote.search?.hasMore;
    return html`${this.loadState === 'loading' ? html`<p class="notice small">${this.slow ? msg('Still looking. The directory is slow to answer.') : msg('Updating…')}</p>` : nothing}
      <div class="results" role="list" aria-label=${msg('Services')} @rangeChanged=${this.onRange}>
        ${this.resultItems(services, total)}
      </div>
      ${more ? this.moreButton() : nothing}`;
  }

  /** Remote mode: load the next page (also under an empty list when a filter only checked what has loaded). */
  private moreButton(): TemplateResult {
    return html`<div class="more">
      ${this.remoteMore === 'error'
        ? html`<p>${msg('We could not load more services.')}</p>
            <button type="button" class="action" part="action" @click=${() => this.retry()}>${msg('Try again')}</button>`
        : html`<button type="button" class="action secondary" part="action" ?disabled=${this.remoteMore === 'loading'} @click=${() => void this.loadRemotePage(false)}>
            ${this.remoteMore === 'loading' ? (this.slow ? msg('Still looking. The directory is slow to answer.') : msg('Loading more…')) : msg('Show more')}
          </button>`}
    </div>`;
  }

  /** The empty state; nothing for the moment filters.ts takes to load. */
  private emptyState(): TemplateResult | typeof nothing {
    if (filtersModule) return filtersModule.emptyState(this.filterHost());
    this.filtersWanted = true;
    this.loadFiltersModule();
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-service-finder': IntakeServiceFinder;
  }
}
