/**
 * Off the main thread: fetch a directory (or take one posted in), parse, validate and normalize it,
 * and build the search index. The index's typed arrays are transferred, not copied, and the services
 * follow as JSON bytes in transferred chunks, so the page never spends one long task taking them in.
 * One job per worker; the element terminates the worker when a newer load supersedes it. After the
 * load the worker keeps the service areas (their outlines never go to the page) and answers where a
 * place is served: one byte per service, transferred (service-areas.ts), so the page never walks
 * thousands of county outlines itself.
 */
import { normalizeServices } from './hsds.js';
import { buildSearchIndex, indexTransferables } from './search-index.js';
import { mergeReport, prepareDirectory } from './directory-formats.js';
import { DirectoryAreas } from './service-areas.js';
import type { NormalizedService } from './hsds.js';
import type { AreaQuestion, AreaReply, LoadRequest, LoadReply, WorkerChunk } from './load.js';

/**
 * Services in the first reply (enough for the first screen of results), then per later message. The
 * page parses each message in its own task: 100 services take about 15 ms at 4x CPU slowdown (500 took
 * 60-110 ms, long tasks that held up typing). A first reply of 60 made a locale-switch test fail
 * (service-finder-languages: cards kept the old language), so it stays 200 until that is understood.
 */
const FIRST_CHUNK = 200;
const CHUNK = 100;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest | { part: unknown[] } | AreaQuestion>) => void) | null;
  postMessage(message: LoadReply | WorkerChunk | AreaReply, transfer?: Transferable[]): void;
};

let job: LoadRequest | undefined;
const parts: unknown[][] = [];
/** The loaded directory's areas and addresses, kept to answer the page's questions about places. */
let areas: DirectoryAreas | undefined;

// Records posted by the page in parts (see load.ts) come after the job; start once all are in.
scope.onmessage = ({ data }) => {
  if ('ask' in data) {
    answer(data);
    return;
  }
  if ('part' in data) parts.push(data.part);
  else job = data;
  if (job && parts.length === (job.parts ?? 0)) void run(job, job.parts ? joined(parts) : job.data);
};

function joined(lists: unknown[][]): unknown[] {
  const all: unknown[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return all;
}

/** Where a place is served (bytes transferred), or where a typed city is. Asked only after the load has answered. */
function answer(q: AreaQuestion): void {
  if (!areas) {
    scope.postMessage({ ask: q.ask });
    return;
  }
  if ('cityNamed' in q) {
    scope.postMessage({ ask: q.ask, city: areas.cityNamed(String(q.cityNamed)) ?? null });
    return;
  }
  const answers = areas.answer(q.place);
  scope.postMessage({ ask: q.ask, answers }, [answers.answers.buffer]);
}

/** A service as the page gets it: its area outlines stay here (the page asks about places instead). */
const withoutOutlines = (s: NormalizedService): NormalizedService => (s.area?.polygons.length ? { ...s, area: { ...s.area, polygons: [] } } : s);

/** Services as JSON bytes: the buffer is transferred, and the page parses one chunk per task. */
function encode(services: readonly NormalizedService[]): { bytes: Uint8Array; transfer: Transferable[] } {
  const bytes = new TextEncoder().encode(JSON.stringify(services.map(withoutOutlines)));
  return { bytes, transfer: [bytes.buffer] };
}

async function run(job: LoadRequest, data: unknown): Promise<void> {
  let input: unknown = data;
  let url: string | undefined;
  if (job.url) {
    let response: Response;
    try {
      response = await fetch(job.url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (err) {
      scope.postMessage({ ok: false, code: 'network', message: `Could not fetch ${job.url}: ${String(err)}` });
      return;
    }
    if (!response.ok) {
      scope.postMessage({ ok: false, code: 'network', message: `GET ${job.url} answered ${response.status}` });
      return;
    }
    try {
      input = await response.json();
    } catch (err) {
      scope.postMessage({ ok: false, code: 'invalid-data', message: `${job.url} is not JSON: ${String(err)}` });
      return;
    }
    url = response.url || job.url;
  }
  // A CSV data package or Open Referral UK JSON becomes HSDS records first (the CSV parser loads only then).
  let prepared: Awaited<ReturnType<typeof prepareDirectory>>;
  try {
    prepared = await prepareDirectory(input, url);
  } catch (err) {
    scope.postMessage({ ok: false, code: 'invalid-data', message: `${job.url ?? 'services'}: ${err instanceof Error ? err.message : String(err)}` });
    return;
  }
  try {
    const { services, ...normalized } = normalizeServices(prepared.data, { timeZone: job.timeZone });
    const result = { ...mergeReport(prepared, normalized), format: prepared.format };
    const index = buildSearchIndex(services);
    // Kept before the first reply, so a question the page asks as soon as it has results finds them.
    areas = new DirectoryAreas(services.map((s) => ({ area: s.area, locations: s.locations })));
    // The index and the first services first (the page shows results from them), then the rest in chunks.
    const first = encode(services.slice(0, FIRST_CHUNK));
    scope.postMessage({ ok: true, ...result, index, count: services.length, bytes: first.bytes }, [...indexTransferables(index), ...first.transfer]);
    for (let i = FIRST_CHUNK; i < services.length; i += CHUNK) {
      const chunk = encode(services.slice(i, i + CHUNK));
      scope.postMessage({ bytes: chunk.bytes }, chunk.transfer);
    }
  } catch (err) {
    scope.postMessage({ ok: false, code: 'invalid-data', message: String(err) });
  }
}
