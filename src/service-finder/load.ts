/**
 * Loads a directory for the service finder: in a Worker when the browser allows one (so typing never
 * stalls on a big file), on the main thread otherwise. Validation (zod) is only ever loaded here, on
 * demand, so it stays off the element's first load.
 */
import type { NormalizeResult, NormalizedService } from './hsds.js';
import type { DirectoryFormat, PreparedDirectory } from './directory-formats.js';
import { buildSearchIndex, type SearchIndex } from './search-index.js';
import type { AreaAnswers, AreaService, NamedCity, Place } from './service-areas.js';

export interface LoadRequest {
  /** Absolute URL to fetch, or */
  url?: string;
  /** records already in hand (the `services` property), or */
  data?: unknown;
  /** the number of `{ part }` messages that bring the records (a big `services` array, posted in parts). */
  parts?: number;
  timeZone?: string;
}

/** The worker's first reply: the index, the first services as JSON bytes, and how many there are in all. */
export type LoadReply =
  | ({ ok: true; index: SearchIndex; count: number; bytes: Uint8Array; format: DirectoryFormat } & Omit<NormalizeResult, 'services'>)
  | { ok: false; code: 'network' | 'invalid-data'; message: string };

/** After its load, the worker answers questions about places (see index-worker.ts). */
export type AreaQuestion = { ask: number; place: Place } | { ask: number; cityNamed: string };
export interface AreaReply {
  ask: number;
  answers?: AreaAnswers;
  city?: NamedCity | null;
}

/** The services that follow the first reply, as JSON bytes. */
export interface WorkerChunk {
  bytes: Uint8Array;
}

/**
 * `format`: what the directory was published as (HSDS JSON, an HSDS CSV data package, Open Referral UK JSON).
 * `areas`: the index worker, kept after the load to say where a place is served. With it, the services'
 * area outlines (`area.polygons`) stay in the worker and are empty here.
 */
export type LoadedDirectory = { ok: true; index: SearchIndex; format?: DirectoryFormat; areas?: AreaService } & NormalizeResult;

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
  let result: ReturnType<typeof normalizeServices>;
  try {
    result = normalizeServices(data, { timeZone });
  } catch {
    // A host's Proxy or getter threw while being read: say so without passing on its own message.
    throw new LoadError('invalid-data', 'services could not be read (a getter or Proxy threw)');
  }
  return { ok: true, ...result, index: buildSearchIndex(result.services) };
}

async function loadHere(job: LoadRequest, signal: AbortSignal): Promise<LoadedDirectory> {
  let data = job.data;
  let url: string | undefined;
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
    url = response.url || job.url;
  }
  if (signal.aborted) throw abortError();
  // Another format (a CSV data package, Open Referral UK) becomes HSDS records first; the CSV reader loads only then.
  const { prepareDirectory, mergeReport } = await import('./directory-formats.js');
  let prepared: PreparedDirectory;
  try {
    prepared = await prepareDirectory(data, url);
  } catch (err) {
    if (signal.aborted) throw abortError();
    throw new LoadError('invalid-data', `${job.url ?? 'services'}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (signal.aborted) throw abortError();
  const loaded = await normalizeHere(prepared.data, job.timeZone);
  return { ...mergeReport(prepared, loaded), format: prepared.format };
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

/**
 * Records of a `services` array per message to the worker, and how long the page clones before it lets
 * other work (a key press, a paint) in: cloning 500 records took 50-150 ms at 4x CPU slowdown.
 */
const PART = 50;
const SLICE_MS = 12;
/** The next task: scheduler.yield() where there is one (no 4 ms timer clamp), else a timer. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};
const decode = (bytes: Uint8Array): NormalizedService[] => JSON.parse(new TextDecoder().decode(bytes)) as NormalizedService[];

/** How many directories were loaded in a Worker and on this thread (tests check which path ran). */
export const loadCounts = { worker: 0, here: 0 };

/**
 * Fetch (or take), validate, normalize and index a directory. Rejects with LoadError, or AbortError
 * when aborted. With a Worker, `onFirst` gets the directory as soon as its index and first services
 * are in (its `services` array then grows to the full list before the promise resolves).
 */
export function loadDirectory(job: LoadRequest, signal: AbortSignal, onFirst?: (partial: LoadedDirectory) => void): Promise<LoadedDirectory> {
  if (!workerSupport.enabled) return loadHereCounted(job, signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module', name: 'intake-service-finder-index' });
  } catch {
    return loadHereCounted(job, signal);
  }
  loadCounts.worker++;
  const areas = workerAreas(worker);
  return new Promise<LoadedDirectory>((resolve, reject) => {
    let settled = false;
    let loaded: LoadedDirectory | undefined;
    let count = 0;
    // Loaded: the worker stays for questions about places until a newer load (or disconnecting) aborts.
    // Ending a worker costs the page 100+ ms at 4x CPU: done in a task of its own, not in the update that starts a new load.
    const end = () => {
      worker.onmessage = null;
      setTimeout(() => worker.terminate(), 0);
    };
    const finish = (keep = false) => {
      settled = true;
      if (keep) return;
      end();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      if (settled) return;
      finish();
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<LoadReply | WorkerChunk | AreaReply>) => {
      const reply = e.data;
      if ('ask' in reply) {
        areas.receive(reply);
        return;
      }
      if (settled) return;
      if ('ok' in reply) {
        if (!reply.ok) {
          finish();
          reject(new LoadError(reply.code, reply.message));
          return;
        }
        const { bytes, count: total, ...rest } = reply;
        count = total;
        loaded = { ...rest, services: decode(bytes), areas: areas.service };
        // The first results are searched and drawn in a task of their own, not after this decode (one long task).
        const first = loaded;
        if (first.services.length < count && onFirst) void nextTask().then(() => !settled && !signal.aborted && onFirst(first));
      } else if (loaded) {
        for (const s of decode(reply.bytes)) loaded.services.push(s);
      }
      if (loaded && loaded.services.length >= count) {
        const done = loaded;
        finish(true);
        void nextTask().then(() => resolve(done)); // likewise the full list
      }
    };
    // The worker could not start (a CSP without worker-src, an old browser): do the work here.
    const fallBack = () => {
      if (settled) return;
      finish();
      loadHereCounted(job, signal).then(resolve, reject);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fallBack();
    };
    worker.onmessageerror = fallBack;
    void post(worker, job, () => settled).catch(fallBack);
  });
}

/** Questions about places to a loaded worker, each answered by the reply with its number. */
function workerAreas(worker: Worker): { service: AreaService; receive(reply: AreaReply): void } {
  let asks = 0;
  const waiting = new Map<number, (reply: AreaReply) => void>();
  const ask = (question: { place: Place } | { cityNamed: string }) =>
    new Promise<AreaReply>((resolve) => {
      const id = ++asks;
      waiting.set(id, resolve);
      worker.postMessage({ ...question, ask: id });
    });
  return {
    service: {
      answer: (place) => ask({ place }).then((r) => r.answers ?? { answers: new Uint8Array(0) }),
      cityNamed: (text) => ask({ cityNamed: text }).then((r) => r.city ?? undefined),
    },
    receive: (reply) => {
      waiting.get(reply.ask)?.(reply);
      waiting.delete(reply.ask);
    },
  };
}

/** A big `services` array goes over in parts, one per task, so the page never clones 10k records at once. */
async function post(worker: Worker, job: LoadRequest, stopped: () => boolean): Promise<void> {
  const data = job.data;
  if (!Array.isArray(data) || data.length <= PART) {
    // Records that cannot be cloned (functions, DOM nodes) throw here: the caller validates them on this thread, where zod says why.
    worker.postMessage(job);
    return;
  }
  const parts = Math.ceil(data.length / PART);
  worker.postMessage({ ...job, data: undefined, parts });
  let sliceStart = -Infinity;
  for (let i = 0; i < parts; i++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      if (stopped()) return;
      sliceStart = performance.now();
    }
    worker.postMessage({ part: data.slice(i * PART, (i + 1) * PART) });
  }
}

function loadHereCounted(job: LoadRequest, signal: AbortSignal): Promise<LoadedDirectory> {
  loadCounts.here++;
  return loadHere(job, signal);
}
