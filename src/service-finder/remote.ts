/**
 * A small client for the Open Referral HSDS API (`GET /services?search=&taxonomy_term_id=&page=&per_page=`,
 * `GET /services/{id}`): timeouts, aborts and errors that say what went wrong. No Lit.
 */

export type RemoteErrorKind = 'network' | 'http' | 'bad-json' | 'timeout';

export class RemoteError extends Error {
  constructor(
    readonly kind: RemoteErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface PageQuery {
  search?: string;
  /** Taxonomy term ids or codes; sent comma-separated. */
  taxonomy?: readonly string[];
  page: number;
  perPage: number;
}

/** `base` is an absolute http(s) URL, with or without a trailing slash. */
export function servicesUrl(base: string, q: PageQuery): string {
  const url = new URL(`${base.replace(/\/+$/, '')}/services`);
  if (q.search?.trim()) url.searchParams.set('search', q.search.trim());
  if (q.taxonomy?.length) url.searchParams.set('taxonomy_term_id', q.taxonomy.join(','));
  url.searchParams.set('page', String(q.page));
  url.searchParams.set('per_page', String(q.perPage));
  return url.href;
}

export function serviceUrl(base: string, id: string): string {
  return `${base.replace(/\/+$/, '')}/services/${encodeURIComponent(id)}`;
}

/**
 * GET JSON. Aborts with `signal`; gives up after `timeoutMs` with a RemoteError('timeout').
 * An abort by `signal` rejects with the AbortError unchanged, so callers can ignore it.
 */
export async function getJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  const local = new AbortController();
  let timedOut = false;
  const onAbort = () => local.abort(signal.reason);
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort);
  const timer = setTimeout(() => {
    timedOut = true;
    local.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: local.signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    } catch (err) {
      if (timedOut) throw new RemoteError('timeout', `GET ${url} took longer than ${timeoutMs} ms`);
      if (signal.aborted) throw err;
      throw new RemoteError('network', `GET ${url} failed: ${String(err)}`);
    }
    if (!response.ok) throw new RemoteError('http', `GET ${url} answered ${response.status}`, response.status);
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      if (timedOut) throw new RemoteError('timeout', `GET ${url} took longer than ${timeoutMs} ms`);
      if (signal.aborted) throw err;
      throw new RemoteError('network', `GET ${url} failed: ${String(err)}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new RemoteError('bad-json', `GET ${url} did not answer with JSON`);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
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

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';
