/**
 * Off the main thread: fetch a directory (or take one posted in), parse, validate and normalize it,
 * and build the search index. The index's typed arrays are transferred, not copied.
 * One job per worker; the element terminates the worker when a newer load supersedes it.
 */
import { normalizeServices } from './hsds.js';
import { buildSearchIndex, indexTransferables } from './search-index.js';
import type { LoadRequest, LoadReply } from './load.js';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: LoadReply, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data: job }) => {
  let input: unknown = job.data;
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
  }
  try {
    const result = normalizeServices(input, { timeZone: job.timeZone });
    const index = buildSearchIndex(result.services);
    scope.postMessage({ ok: true, ...result, index }, indexTransferables(index));
  } catch (err) {
    scope.postMessage({ ok: false, code: 'invalid-data', message: String(err) });
  }
};
