/**
 * Loads a directory for the service finder: in a Worker when the browser allows one (so typing never
 * stalls on a big file), on the main thread otherwise. Validation (zod) is only ever loaded here, on
 * demand, so it stays off the element's first load.
 */
import type { NormalizeResult } from './hsds.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';

export interface LoadRequest {
  /** Absolute URL to fetch, or */
  url?: string;
  /** records already in hand (the `services` property). */
  data?: unknown;
  timeZone?: string;
}

export type LoadReply =
  | ({ ok: true; index: SearchIndex } & NormalizeResult)
  | { ok: false; code: 'network' | 'invalid-data'; message: string };

export type LoadedDirectory = Extract<LoadReply, { ok: true }>;

export class LoadError extends Error {
  constructor(
    readonly code: 'network' | 'invalid-data',
    message: string,
  ) {
    super(message);
  }
}

const abortError = () => new DOMException('superseded', 'AbortError');

/** Normalize and index records on this thread (used without a Worker, and for API pages). */
export async function normalizeHere(data: unknown, timeZone?: string): Promise<LoadedDirectory> {
  const { normalizeServices } = await import('./hsds.js');
  const result = normalizeServices(data, { timeZone });
  return { ok: true, ...result, index: buildSearchIndex(result.services) };
}

async function loadHere(job: LoadRequest, signal: AbortSignal): Promise<LoadedDirectory> {
  let data = job.data;
  if (job.url) {
    let response: Response;
    try {
      response = await fetch(job.url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (err) {
      if (signal.aborted) throw abortError();
      throw new LoadError('network', `Could not fetch ${job.url}: ${String(err)}`);
    }
    if (!response.ok) throw new LoadError('network', `GET ${job.url} answered ${response.status}`);
    try {
      data = await response.json();
    } catch (err) {
      if (signal.aborted) throw abortError();
      throw new LoadError('invalid-data', `${job.url} is not JSON: ${String(err)}`);
    }
  }
  if (signal.aborted) throw abortError();
  return normalizeHere(data, job.timeZone);
}

/** The Trusted Types policy hosts allow for the index worker: `trusted-types lit-html compassionate-intake`. */
export const TRUSTED_TYPES_POLICY = 'compassionate-intake';
let workerPolicy: { createScriptURL(url: string): unknown } | null | undefined;

/** Our own built worker file as a TrustedScriptURL where Trusted Types exist (other URLs are refused). */
function trustedWorkerURL(url: URL): URL {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createScriptURL(url: string): unknown } } }).trustedTypes;
  if (!tt) return url;
  if (workerPolicy === undefined) {
    try {
      workerPolicy = tt.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL: (raw: string) => {
          const u = new URL(raw);
          return /\/index-worker[-\w.]*\.[jt]s$/.test(u.pathname) ? u.href : null;
        },
      });
    } catch {
      workerPolicy = null; // not allowed by the page's CSP, or another copy already made it: plain URL
    }
  }
  return (workerPolicy ? workerPolicy.createScriptURL(url.href) : url) as URL;
}

/**
 * Shadows the global Worker in this module so that the literal `new Worker(new URL(...))` below, the
 * pattern Vite bundles as a worker, goes through the Trusted Types policy. Undefined where there are
 * no workers (server rendering), so importing this module never throws.
 */
const Worker = (
  globalThis.Worker
    ? class extends globalThis.Worker {
        constructor(url: URL, options?: WorkerOptions) {
          super(trustedWorkerURL(url), options);
        }
      }
    : undefined
) as typeof globalThis.Worker;

/** Set to false to keep everything on the main thread (tests, strict CSPs without worker-src). */
export const workerSupport = { enabled: typeof globalThis.Worker !== 'undefined' };

/** Fetch (or take), validate, normalize and index a directory. Rejects with LoadError, or AbortError when aborted. */
export function loadDirectory(job: LoadRequest, signal: AbortSignal): Promise<LoadedDirectory> {
  if (!workerSupport.enabled) return loadHere(job, signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module', name: 'intake-service-finder-index' });
  } catch {
    return loadHere(job, signal);
  }
  return new Promise<LoadedDirectory>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      finish();
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<LoadReply>) => {
      if (settled) return;
      finish();
      const reply = e.data;
      if (reply.ok) resolve(reply);
      else reject(new LoadError(reply.code, reply.message));
    };
    // The worker could not start (a CSP without worker-src, an old browser): do the work here.
    const fallBack = () => {
      if (settled) return;
      finish();
      loadHere(job, signal).then(resolve, reject);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    worker.onmessageerror = fallBack;
    try {
      worker.postMessage(job);
    } catch {
      // Records that cannot be cloned (functions, DOM nodes): validate them here, where zod will say why.
      fallBack();
    }
  });
}
