/**
 * A client for the Open Referral HSDS 3.0 API as the standard's openapi.json says: reads `GET /` first
 * (version, profile) and sends only the parameters that profile defines; asks one `taxonomy_term_id`
 * per request and merges the answers, deduped by id; `full=true` only when nested records are needed;
 * stops paging on a repeated or out-of-range `page_number`; caps each answer's size. Error messages
 * name the path, never the query string (it holds what the person typed). No Lit.
 */

export type RemoteErrorKind = 'network' | 'http' | 'bad-json' | 'timeout' | 'too-large';

export class RemoteError extends Error {
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Largest answer read, in bytes (a full page of 100 services is well under 1 MB). */
export const MAX_RESPONSE_BYTES = 8_000_000;

const trim = (base: string) => base.replace(/\/+$/, '');

/** `GET https://host/path`: what a message may say about a request (no query: it can hold the person's words). */
export function requestName(url: string): string {
  try {
    const u = new URL(url);
    return `GET ${u.origin}${u.pathname}`;
  } catch {
    return 'GET (unreadable address)';
  }
}

/** Reads a body, giving up as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, name: string): Promise<string> {
  const tooLarge = () => new RemoteError('too-large', `${name} answered more than ${maxBytes} bytes; not read`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * GET JSON. Aborts with `signal`; gives up after `timeoutMs` with a RemoteError('timeout'), and on an
 * answer over `maxBytes` with a RemoteError('too-large'). An abort by `signal` rejects with the
 * AbortError unchanged, so callers can ignore it.
 */
export async function getJson(url: string, signal: AbortSignal, timeoutMs: number, maxBytes = MAX_RESPONSE_BYTES): Promise<unknown> {
  const name = requestName(url);
  const local = new AbortController();
  let timedOut = false;
  const onAbort = () => local.abort(signal.reason);
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort);
  const timer = setTimeout(() => {
    timedOut = true;
    local.abort();
  }, timeoutMs);
  const failed = (err: unknown): unknown => {
    if (timedOut) return new RemoteError('timeout', `${name} took longer than ${timeoutMs} ms`);
    if (signal.aborted || err instanceof RemoteError) return err;
    // The browser's own message can quote the address; say only what kind of failure it was.
    return new RemoteError('network', `${name} failed (${err instanceof Error ? err.name : 'error'})`);
  };
  try {
    let text: string;
    try {
      const response = await fetch(url, { signal: local.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) {
        void response.body?.cancel().catch(() => undefined);
        throw new RemoteError('http', `${name} answered ${response.status}`, response.status);
      }
      text = await readCapped(response, maxBytes, name);
    } catch (err) {
      throw failed(err);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new RemoteError('bad-json', `${name} did not answer with JSON`);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

// ---- what the server is (GET /) ----------------------------------------------------------------

export interface ApiInfo {
  /** HSDS version the server says it speaks ('' when it did not say). */
  version: string;
  profile: string;
  /** The Open Referral UK profile: /services also takes minimum_age, maximum_age, day, start_time, end_time. */
  uk: boolean;
  /** HSDS 3 (or unknown): `full` exists. */
  v3: boolean;
}

const UK_PROFILE = /openreferraluk|uk-profile/i;

/** Reads a `GET /` answer; anything unreadable counts as plain HSDS 3.0 with no profile extras. */
export function readApiInfo(json: unknown): ApiInfo {
  const o = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const version = typeof o.version === 'string' ? o.version.slice(0, 40) : '';
  const profile = typeof o.profile === 'string' ? o.profile.slice(0, 500) : '';
  const major = Number(/(\d+)(?:\.\d+)*/.exec(version)?.[1] ?? 3);
  return { version, profile, uk: UK_PROFILE.test(profile), v3: major >= 3 };
}

const infoCache = new Map<string, Promise<ApiInfo>>();

/**
 * `GET /` once per base URL. A server without it (404, not JSON) is taken as plain HSDS 3.0; a network
 * failure or timeout rejects (and is not kept), so the caller shows the error and can try again.
 */
export function apiInfo(base: string, signal: AbortSignal, timeoutMs: number): Promise<ApiInfo> {
  const key = trim(base);
  let p = infoCache.get(key);
  if (!p) {
    p = getJson(`${key}/`, signal, timeoutMs, 100_000).then(readApiInfo, (err: unknown) => {
      if (err instanceof RemoteError && (err.kind === 'http' || err.kind === 'bad-json' || err.kind === 'too-large')) return readApiInfo(undefined);
      throw err;
    });
    p.catch(() => infoCache.delete(key));
    infoCache.set(key, p);
  }
  return p;
}

// ---- taxonomy codes to term ids ----------------------------------------------------------------

const termCache = new Map<string, Promise<Map<string, string[]>>>();
const MAX_TERM_PAGES = 20;

/**
 * Code -> term ids, from the server's `/taxonomy_terms` (read once per base URL, at most
 * MAX_TERM_PAGES pages). `taxonomy_term_id` takes a term's id, and a directory's ids are often not
 * its codes (uuids). A server without the list gives an empty map (codes are then sent as they are).
 */
function termIds(base: string, signal: AbortSignal, timeoutMs: number, maxBytes: number): Promise<Map<string, string[]>> {
  const key = trim(base);
  let p = termCache.get(key);
  if (!p) {
    p = (async () => {
      const byCode = new Map<string, string[]>();
      const seen = new Set<number>();
      for (let page = 1; page <= MAX_TERM_PAGES; page++) {
        let info: PageInfo;
        try {
          info = readPage(await getJson(`${key}/taxonomy_terms?page=${page}&per_page=100`, signal, timeoutMs, maxBytes), page);
        } catch (err) {
          if (err instanceof RemoteError && (err.kind === 'http' || err.kind === 'bad-json' || err.kind === 'too-large')) break;
          throw err;
        }
        if (!Array.isArray(info.contents) || seen.has(info.pageNumber) || info.pageNumber !== page) break;
        seen.add(info.pageNumber);
        for (const t of info.contents as unknown[]) {
          const term = t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
          if (typeof term.id !== 'string' || typeof term.code !== 'string') continue;
          byCode.set(term.code, [...(byCode.get(term.code) ?? []), term.id]);
        }
        if (!info.contents.length || page >= (info.totalPages ?? page)) break;
      }
      return byCode;
    })();
    p.catch(() => termCache.delete(key));
    termCache.set(key, p);
  }
  return p;
}

// ---- the query ---------------------------------------------------------------------------------

export interface RemoteQuery {
  search?: string;
  /** Taxonomy term ids or codes; one request each. */
  taxonomy?: readonly string[];
  /** Ask for nested records (schedules, locations, languages...) on each list item. */
  full?: boolean;
  /** The person's age (UK profile: sent as minimum_age and maximum_age). */
  age?: number;
  /** Open on this day (`MO`...`SU`), and, with `time` (`HH:MM`), at that time (UK profile). */
  day?: string;
  time?: string;
  /** Near this postcode (`/service_at_locations`), within `proximity` meters. */
  postcode?: string;
  proximity?: number;
  perPage: number;
}

/** Which filters a server with this profile applies itself (the rest only check what has loaded). */
export function serverFilters(info: ApiInfo | undefined): { age: boolean; when: boolean; full: boolean } {
  return info ? { age: info.uk, when: info.uk, full: info.v3 } : { age: false, when: false, full: true };
}

/** The finder's filters as remote mode reads them (`age`: a usable age or undefined; `hasOrigin`: distances shown). */
export interface FinderFilters {
  language: string;
  free: boolean;
  wheelchair: boolean;
  how: string;
  within: string;
  when: string;
  age?: number;
  hasOrigin: boolean;
}

/** The query for a server: the filters its profile defines go to it; `full` only when nested records are needed. */
export function planQuery(info: ApiInfo | undefined, f: FinderFilters, q: RemoteQuery, now: number, zone?: string): RemoteQuery {
  const server = serverFilters(info);
  const out: RemoteQuery = { ...q };
  if (server.age && f.age !== undefined) out.age = f.age;
  if (server.when && f.when) {
    const at = dayAndTime(now, zone);
    out.day = at.day;
    if (f.when === 'now') out.time = at.time;
  }
  // Schedules, locations, languages and costs come only with full records.
  out.full = server.full && !!(f.language || f.free || f.wheelchair || f.how || f.within || f.hasOrigin || (f.when && !server.when));
  return out;
}

type FilterName = 'language' | 'when' | 'how' | 'within' | 'age' | 'free' | 'wheelchair';

/** The filters on now that the server cannot apply: they only check the services loaded so far. */
export function loadedOnly(info: ApiInfo | undefined, f: FinderFilters): FilterName[] {
  const server = serverFilters(info);
  const on: [FilterName, unknown][] = [
    ['language', f.language],
    ['when', f.when && !server.when],
    ['how', f.how],
    ['within', f.within && f.hasOrigin],
    ['age', f.age !== undefined && !server.age],
    ['free', f.free],
    ['wheelchair', f.wheelchair],
  ];
  return on.filter(([, active]) => active).map(([name]) => name);
}

/** The URL of one page of one list (`termId`: one taxonomy term, or none). Only parameters the profile defines. */
export function listUrl(base: string, info: ApiInfo, q: RemoteQuery, termId: string | undefined, page: number): string {
  const atLocations = q.postcode !== undefined;
  const url = new URL(`${trim(base)}/${atLocations ? 'service_at_locations' : 'services'}`);
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  };
  set('search', q.search?.trim());
  set('taxonomy_term_id', termId);
  if (q.full && info.v3) set('full', 'true');
  if (info.uk) {
    // The person's age as a range of one: services whose own age range includes it.
    set('minimum_age', q.age);
    set('maximum_age', q.age);
    set('day', q.day);
    // Open now: open during this minute.
    set('start_time', q.time);
    set('end_time', q.time && minuteAfter(q.time));
  }
  if (atLocations) {
    set('postcode', q.postcode);
    set('proximity', q.proximity);
  }
  set('page', page);
  set('per_page', q.perPage);
  return url.href;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The weekday (`MO`...`SU`, as schedules' `byday` writes it) and `HH:MM` at `ms` in `zone` (default the browser's). */
export function dayAndTime(ms: number, zone?: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = BYDAY[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'))] ?? 'MO';
  return { day, time: `${part('hour').padStart(2, '0')}:${part('minute').padStart(2, '0')}` };
}

/** `HH:MM` one minute later (24:00 at the end of the day), so start_time..end_time is that minute. */
function minuteAfter(time: string): string {
  const m = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function serviceUrl(base: string, id: string): string {
  return `${trim(base)}/services/${encodeURIComponent(id)}`;
}

export interface PageInfo {
  /** The records of this page (validated later). */
  contents: unknown;
  totalItems?: number;
  totalPages?: number;
  pageNumber: number;
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** An HSDS API page (`{ contents, total_items, total_pages, page_number, ... }`), or a bare array. */
export function readPage(json: unknown, requested: number): PageInfo {
  if (Array.isArray(json)) return { contents: json, pageNumber: requested, totalPages: requested };
  if (json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)) {
    const o = json as Record<string, unknown>;
    return {
      contents: o.contents,
      totalItems: count(o.total_items),
      totalPages: count(o.total_pages),
      pageNumber: count(o.page_number) ?? requested,
    };
  }
  throw new RemoteError('bad-json', 'the answer is not an HSDS API page (no "contents" list)');
}

/** A `/service_at_locations` item as the service it is at (with that one location), else the record as is. */
function asService(item: unknown): unknown {
  if (!item || typeof item !== 'object') return item;
  const o = item as Record<string, unknown>;
  if (!('service_id' in o) || !o.service || typeof o.service !== 'object') return item;
  const service = o.service as Record<string, unknown>;
  return { ...service, service_at_locations: o.location ? [{ id: o.id, location: o.location }] : service.service_at_locations };
}

interface Stream {
  termId?: string;
  next: number;
  done: boolean;
  total?: number;
  loaded: number;
  pages: Set<number>;
}

/**
 * One search against the API: one stream of pages per taxonomy term (or one stream), merged and
 * deduped by id. `loadNext()` loads the next page of every stream that has more.
 */
export class RemoteSearch {
  private streams: Stream[] = [];
  private ids = new Set<string>();
  private ready?: Promise<void>;
  info?: ApiInfo;

  constructor(
    private readonly base: string,
    private readonly query: RemoteQuery,
    private readonly options: { timeoutMs: number; maxBytes: number },
  ) {}

  private async prepare(signal: AbortSignal): Promise<void> {
    const { timeoutMs, maxBytes } = this.options;
    this.info = await apiInfo(this.base, signal, timeoutMs);
    // A code with control characters stands for "no kind of help matches": nothing to ask.
    const codes = [...new Set(this.query.taxonomy ?? [])];
    const usable = codes.filter((c) => c && !/[\u0000-\u001f]/.test(c));
    let terms: (string | undefined)[] = [undefined];
    if (codes.length && !usable.length) terms = [];
    else if (codes.length) {
      const byCode = await termIds(this.base, signal, timeoutMs, maxBytes);
      // With the server's term list, a code it does not have finds nothing there: not asked. Without
      // the list, codes are sent as they are (some servers take codes as term ids).
      terms = [...new Set(usable.flatMap((c) => byCode.get(c) ?? (byCode.size ? [] : [c])))];
    }
    this.streams = terms.map((termId) => ({ termId, next: 1, done: false, loaded: 0, pages: new Set() }));
  }

  /** True until every stream has answered its last page. */
  get hasMore(): boolean {
    return !this.ready || this.streams.some((s) => !s.done);
  }

  /** Requests made per page load (one per taxonomy term). */
  get width(): number {
    return this.streams.length;
  }

  /** Services in the whole answer: exact with one stream; with several, an upper bound until all have loaded. */
  get total(): { count: number; exact: boolean } {
    const open = this.streams.filter((s) => !s.done);
    if (!open.length) return { count: this.ids.size, exact: true };
    if (this.streams.length === 1) return { count: Math.max(this.streams[0]!.total ?? 0, this.ids.size), exact: this.streams[0]!.total !== undefined };
    const rest = open.reduce((n, s) => n + Math.max(0, (s.total ?? s.loaded) - s.loaded), 0);
    return { count: this.ids.size + rest, exact: false };
  }

  /** Loads the next page of every open stream; resolves with the new records (services), deduped by id. */
  async loadNext(signal: AbortSignal): Promise<unknown[]> {
    this.ready ??= this.prepare(signal);
    try {
      await this.ready;
    } catch (err) {
      this.ready = undefined;
      throw err;
    }
    const info = this.info!;
    const open = this.streams.filter((s) => !s.done);
    const pages = await Promise.all(
      open.map(async (s) => {
        const page = s.next;
        const got = readPage(await getJson(listUrl(this.base, info, this.query, s.termId, page), signal, this.options.timeoutMs, this.options.maxBytes), page);
        return { s, page, got };
      }),
    );
    const fresh: unknown[] = [];
    for (const { s, page, got } of pages) {
      // A server that ignores `page` (answers the same page again) or answers past its end is not asked again.
      const wrong = got.pageNumber !== page || s.pages.has(got.pageNumber) || (got.totalPages !== undefined && got.pageNumber > Math.max(1, got.totalPages));
      s.pages.add(got.pageNumber);
      s.total = got.totalItems ?? s.total;
      const items = Array.isArray(got.contents) ? (got.contents as unknown[]) : [];
      s.loaded += items.length;
      s.next = page + 1;
      s.done = wrong || !items.length || (got.totalPages !== undefined ? page >= got.totalPages : items.length < this.query.perPage);
      for (const raw of items) {
        const item = asService(raw);
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof id === 'string') {
          if (this.ids.has(id)) continue;
          this.ids.add(id);
        }
        fresh.push(item);
      }
    }
    return fresh;
  }
}

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';
