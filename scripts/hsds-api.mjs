// A small Open Referral HSDS API over a JSON directory (by default demo/data/sample-directory.json):
//   GET <prefix>/services?search=&taxonomy_term_id=&page=&per_page=   -> an HSDS page { contents, total_items, ... }
//   GET <prefix>/services/{id}                                        -> one service, or 404
// Prefixes (test hooks):
//   /hsds-api/                 answers normally
//   /hsds-api-slow/ , /hsds-api-slow-<ms>/   answers after a delay (default 1500 ms)
//   /hsds-api-500/             answers 500
//   /hsds-api-badjson/         answers 200 with text that is not JSON
//   /hsds-api-fail-once-<id>/  answers 500 the first time for each <id>, then normally (for Retry)
// Shared by the test runner plugin (scripts/wtr-plugins.mjs) and the standalone server (scripts/hsds-api-server.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_FILE = join(dirname(fileURLToPath(import.meta.url)), '../demo/data/sample-directory.json');
const PREFIX = /^\/hsds-api(?:-(slow)(?:-(\d{1,5}))?|-(500)|-(badjson)|-fail-once-([\w-]{1,40}))?(\/.*)$/;

const fold = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** Returns `handle(url) -> Promise<{ status, headers, body } | undefined>` (undefined: not an API path). */
export function createHsdsApi({ file = DEFAULT_FILE } = {}) {
  let services;
  const load = () => (services ??= JSON.parse(readFileSync(file, 'utf8')));
  const failedOnce = new Set();

  const json = (status, value) => ({
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' },
    body: JSON.stringify(value),
  });

  const matches = (s, words, terms) => {
    if (words.length) {
      const hay = fold([s.name, s.alternate_name, s.description, s.organization?.name, ...(s.attributes ?? []).map((a) => a.taxonomy_term?.name)].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    if (terms.length) {
      const own = (s.attributes ?? []).flatMap((a) => [a.taxonomy_term_id, a.taxonomy_term?.id, a.taxonomy_term?.code].filter(Boolean));
      if (!terms.some((t) => own.some((o) => o === t || o.startsWith(`${t}-`)))) return false;
    }
    return true;
  };

  return async function handle(url) {
    const m = PREFIX.exec(url.pathname);
    if (!m) return undefined;
    const [, slow, delay, fail, badJson, failOnce, rest] = m;
    if (slow) await new Promise((r) => setTimeout(r, Number(delay ?? 1500)));
    if (fail) return json(500, { error: 'internal server error (test hook)' });
    if (failOnce && !failedOnce.has(failOnce)) {
      failedOnce.add(failOnce);
      return json(500, { error: 'failing once (test hook)' });
    }
    if (badJson) return { status: 200, headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: '{"contents": [ {"id": "oops", ' };
    const all = load();
    const one = /^\/services\/([^/]+)\/?$/.exec(rest);
    if (one) {
      const id = decodeURIComponent(one[1]);
      const s = all.find((x) => x.id === id);
      return s ? json(200, s) : json(404, { error: `no service ${id}` });
    }
    if (!/^\/services\/?$/.test(rest)) return json(404, { error: 'not found' });
    const q = url.searchParams;
    const words = fold(q.get('search') ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const terms = (q.get('taxonomy_term_id') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const perPage = Math.max(1, Math.min(100, Number.parseInt(q.get('per_page') ?? '', 10) || 25));
    const hits = all.filter((s) => matches(s, words, terms));
    const totalPages = Math.max(1, Math.ceil(hits.length / perPage));
    const page = Math.max(1, Number.parseInt(q.get('page') ?? '', 10) || 1);
    const contents = hits.slice((page - 1) * perPage, page * perPage);
    return json(200, {
      total_items: hits.length,
      total_pages: totalPages,
      page_number: page,
      size: contents.length,
      first_page: page === 1,
      last_page: page >= totalPages,
      empty: contents.length === 0,
      contents,
    });
  };
}
