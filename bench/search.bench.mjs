#!/usr/bin/env node
// Service search benchmark, in headless Chromium: our index vs MiniSearch and Fuse.js on the same
// directories and queries, in the same run. Prints a table; a script, not a test.
//
//   node bench/search.bench.mjs                 1k, 10k and 100k services
//   node bench/search.bench.mjs --sizes 1000,10000
//
// Directories come from scripts/generate-directory.mjs (seeded; written to bench/.data/, git-ignored)
// and are normalized in Node once (cached as bench/.data/normalized-<n>.json), so the browser only
// pays for what is measured. Served over http on 127.0.0.1 with cross-origin isolation so that
// performance.now() has fine resolution.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench/.data');
const argSizes = process.argv.indexOf('--sizes');
const sizes = argSizes > 0 ? process.argv[argSizes + 1].split(',').map(Number) : [1000, 10000, 100000];

mkdirSync(dataDir, { recursive: true });
if (!existsSync(join(dataDir, '.gitignore'))) writeFileSync(join(dataDir, '.gitignore'), '*\n');

// ---- data --------------------------------------------------------------------------------------

const nodeHsds = join(dataDir, 'hsds.node.mjs');
await build({
  entryPoints: [join(root, 'src/service-finder/hsds.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: nodeHsds,
  logLevel: 'warning',
});
const { normalizeServices } = await import(pathToFileURL(nodeHsds).href);

for (const n of sizes) {
  const raw = join(dataDir, `directory-${n}.json`);
  const norm = join(dataDir, `normalized-${n}.json`);
  const generator = join(root, 'scripts/generate-directory.mjs');
  if (!existsSync(raw) || statSync(raw).mtimeMs < statSync(generator).mtimeMs) {
    console.error(`generating ${n} services...`);
    execFileSync(process.execPath, [generator, '--count', String(n), '--out', raw], { stdio: 'inherit' });
  }
  if (!existsSync(norm) || statSync(norm).mtimeMs < statSync(raw).mtimeMs) {
    console.error(`normalizing ${n} services...`);
    const t = performance.now();
    const r = normalizeServices(JSON.parse(readFileSync(raw, 'utf8')), { timeZone: 'America/Los_Angeles' });
    // Only what the three indexes read.
    const lite = r.services.map((s) => ({
      id: s.id,
      name: s.name,
      organization: s.organization,
      description: s.description,
      categories: s.categories.map((c) => ({ id: c.id, code: c.code, name: c.name })),
      languages: s.languages,
      free: s.free,
      telehealth: s.telehealth,
      inPerson: s.inPerson,
      wheelchair: s.wheelchair,
      minAge: s.minAge,
      maxAge: s.maxAge,
      locations: s.locations.filter((l) => l.lat !== undefined).map((l) => ({ lat: l.lat, lon: l.lon })),
    }));
    writeFileSync(norm, JSON.stringify(lite));
    console.error(`  ${r.services.length} services, ${r.skipped} skipped, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}

// ---- the page ------------------------------------------------------------------------------------

const pageSource = `
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { buildSearchIndex, search, indexByteSize, tokenize } from './src/service-finder/search-index.ts';

const WORDS = ['food', 'pantry', 'shelter', 'clinic', 'clinica', 'counseling', 'legal', 'immigration', 'english classes',
  'job', 'dental', 'rent help', 'mental health', 'youth', 'senior meals', 'hiv testing', 'diapers', 'tax', 'legal aid',
  'free groceries', 'support group', 'recovery', 'childcare', 'domestic violence', 'bus pass', 'health insurance',
  'hot meals', 'overnight', 'resume', 'therapy'];
// As you type: each query also as its prefixes (3+ letters of the last word).
const QUERIES = [];
for (const w of WORDS) {
  QUERIES.push(w);
  const last = w.lastIndexOf(' ') + 1;
  for (let n = last + 3; n < w.length; n += 2) QUERIES.push(w.slice(0, n));
}
const FILTERS = [
  { languages: ['es'], free: true },
  { categories: ['102'] },
  { telehealth: true },
  { wheelchair: true, age: 30 },
  { languages: ['zh'], inPerson: true },
];
const LANG = (d) => new Set(d.languages);

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}
const gc = () => { if (globalThis.gc) { globalThis.gc(); globalThis.gc(); } };
const heap = () => { gc(); return performance.memory ? performance.memory.usedJSHeapSize : NaN; };

function matchesFilter(d, f) {
  if (f.languages && !f.languages.some((l) => d.languages.includes(l))) return false;
  if (f.free && !d.free) return false;
  if (f.telehealth && !d.telehealth) return false;
  if (f.inPerson && !d.inPerson) return false;
  if (f.wheelchair && !d.wheelchair) return false;
  if (f.age !== undefined && ((d.minAge ?? 0) > f.age || (d.maxAge ?? 255) < f.age)) return false;
  if (f.categories && !d.categories.some((c) => f.categories.some((k) => c.id === k || (c.code && (c.code === k || c.code.startsWith(k + '-')))))) return false;
  return true;
}

// One edit per query, made deterministically from words of the directory.
function typoQueries(docs) {
  const counts = new Map();
  for (const d of docs.slice(0, 2000)) for (const t of tokenize(d.name + ' ' + d.description)) if (t.length >= 5 && /^[a-z]+$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 60).map((e) => e[0]);
  return words.map((w, i) => {
    const p = 1 + (i % (w.length - 2));
    const kind = i % 4;
    const typo = kind === 0 ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2) // swap
      : kind === 1 ? w.slice(0, p) + w.slice(p + 1) // missing letter
      : kind === 2 ? w.slice(0, p) + 'x' + w.slice(p) // extra letter
      : w.slice(0, p) + (w[p] === 'e' ? 'a' : 'e') + w.slice(p + 1); // wrong letter
    return { word: w, typo };
  });
}

window.runBench = async (size, { fuseQueries }) => {
  const docs = await (await fetch('/data/normalized-' + size + '.json')).json();
  const out = { size, docs: docs.length };

  // ---- ours
  let before = heap();
  let t = performance.now();
  let ours = buildSearchIndex(docs);
  out.oursBuild = performance.now() - t;
  out.oursHeap = heap() - before;
  out.oursBytes = indexByteSize(ours);
  if (size <= 10000) { // median of 3 builds where it is cheap
    const b = [out.oursBuild];
    for (let i = 0; i < 2; i++) { t = performance.now(); buildSearchIndex(docs); b.push(performance.now() - t); }
    out.oursBuild = b.sort((x, y) => x - y)[1];
  }
  const oursText = [], oursFiltered = [];
  for (let round = 0; round < 4; round++) {
    for (const q of QUERIES) {
      t = performance.now(); search(ours, { text: q }); const dt = performance.now() - t;
      if (round) oursText.push(dt);
      for (const f of FILTERS) {
        t = performance.now(); search(ours, { text: q, ...f }); const df = performance.now() - t;
        if (round) oursFiltered.push(df);
      }
    }
  }
  out.oursText = stats(oursText);
  out.oursFiltered = stats(oursFiltered);
  const typos = typoQueries(docs);
  const found = (ids, word) => ids.some((i) => tokenize(docs[i].name + ' ' + docs[i].organization + ' ' + docs[i].description + ' ' + docs[i].categories.map((c) => c.name).join(' ')).includes(word));
  out.typoTotal = typos.length;
  out.oursTypo = typos.filter(({ word, typo }) => found([...search(ours, { text: typo + ' ', limit: 50 }).docs], word)).length;
  ours = null;

  // ---- MiniSearch 7.2: prefix + fuzzy 0.2, AND, boosts like ours; filters through a callback
  before = heap();
  t = performance.now();
  let mini = new MiniSearch({
    idField: 'i',
    fields: ['name', 'organization', 'description', 'cats'],
    extractField: (d, f) => (f === 'i' ? d.__i : f === 'cats' ? d.categories.map((c) => c.name).join(' ') : d[f]),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 10, cats: 6, organization: 3 } },
  });
  docs.forEach((d, i) => (d.__i = i));
  mini.addAll(docs);
  out.miniBuild = performance.now() - t;
  out.miniHeap = heap() - before;
  const miniText = [], miniFiltered = [];
  for (let round = 0; round < (size > 10000 ? 2 : 4); round++) {
    for (const q of QUERIES) {
      t = performance.now(); mini.search(q); const dt = performance.now() - t;
      if (round) miniText.push(dt);
      for (const f of FILTERS) {
        t = performance.now(); mini.search(q, { filter: (r) => matchesFilter(docs[r.id], f) }); const df = performance.now() - t;
        if (round) miniFiltered.push(df);
      }
    }
  }
  out.miniText = stats(miniText);
  out.miniFiltered = stats(miniFiltered);
  out.miniTypo = typos.filter(({ word, typo }) => found(mini.search(typo).slice(0, 50).map((r) => r.id), word)).length;
  mini = null;

  // ---- Fuse.js: a scan per query, so only a few queries
  if (fuseQueries > 0) {
    before = heap();
    t = performance.now();
    let fuse = new Fuse(docs, {
      keys: [{ name: 'name', weight: 10 }, { name: 'categories.name', weight: 6 }, { name: 'organization', weight: 3 }, { name: 'description', weight: 1 }],
      threshold: 0.3,
      ignoreLocation: true,
    });
    out.fuseBuild = performance.now() - t;
    out.fuseHeap = heap() - before;
    const fuseText = [];
    for (const q of WORDS.slice(0, fuseQueries)) { t = performance.now(); fuse.search(q); fuseText.push(performance.now() - t); }
    out.fuseText = stats(fuseText);
    fuse = null;
  }
  return out;
};
window.benchReady = true;
`;

const bundle = await build({
  stdin: { contents: pageSource, resolveDir: root, sourcefile: 'bench-page.mjs', loader: 'js' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'warning',
});
const js = bundle.outputFiles[0].text;
const html = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>search bench</title><script type="module" src="/bench.js"></script>';

// ---- server and browser ---------------------------------------------------------------------------

const server = createServer((req, res) => {
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(html);
  if (url.pathname === '/bench.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(js);
  const m = /^\/data\/(normalized-\d+\.json)$/.exec(url.pathname);
  if (m && existsSync(join(dataDir, m[1]))) return res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(readFileSync(join(dataDir, m[1])));
  res.writeHead(404, headers).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const { chromium: chromiumPath } = findBrowsers();
if (!chromiumPath) throw new Error('Chromium not found (apt-get install chromium, or set CHROME_PATH)');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc --max-old-space-size=4096', '--enable-precise-memory-info'],
});
const results = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.benchReady === true);
  const isolated = await page.evaluate(() => crossOriginIsolated);
  if (!isolated) console.error('warning: page is not cross-origin isolated; timer resolution is coarse');
  for (const size of sizes) {
    console.error(`running ${size}...`);
    const fuseQueries = size <= 1000 ? 30 : size <= 10000 ? 5 : 0;
    results.push(await page.evaluate(([s, o]) => window.runBench(s, o), [size, { fuseQueries }]));
  }
} finally {
  await browser.close();
  server.close();
}

// ---- table ---------------------------------------------------------------------------------------

const ms = (v) => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const mb = (v) => (v === undefined || Number.isNaN(v) ? '–' : (v / 1048576).toFixed(1));
const x = (a, b) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(1)}×`);
const rows = [['services', 'engine', 'build ms', 'text p50', 'text p95', 'filtered p50', 'filtered p95', 'heap MB', 'typo found']];
for (const r of results) {
  rows.push([r.docs, 'ours', ms(r.oursBuild), ms(r.oursText.p50), ms(r.oursText.p95), ms(r.oursFiltered.p50), ms(r.oursFiltered.p95), `${mb(r.oursHeap)} (est. ${mb(r.oursBytes)})`, `${r.oursTypo}/${r.typoTotal}`]);
  rows.push([r.docs, 'MiniSearch 7.2', ms(r.miniBuild), ms(r.miniText.p50), ms(r.miniText.p95), ms(r.miniFiltered.p50), ms(r.miniFiltered.p95), mb(r.miniHeap), `${r.miniTypo}/${r.typoTotal}`]);
  if (r.fuseText) rows.push([r.docs, `Fuse.js 7 (${r.fuseText.n} q)`, ms(r.fuseBuild), ms(r.fuseText.p50), ms(r.fuseText.p95), '–', '–', mb(r.fuseHeap), '–']);
  else rows.push([r.docs, 'Fuse.js 7', 'skipped (a full scan per query)', '', '', '', '', '', '']);
  rows.push([r.docs, 'MiniSearch ÷ ours', x(r.miniBuild, r.oursBuild), x(r.miniText.p50, r.oursText.p50), x(r.miniText.p95, r.oursText.p95), x(r.miniFiltered.p50, r.oursFiltered.p50), x(r.miniFiltered.p95, r.oursFiltered.p95), x(r.miniHeap, r.oursHeap), '']);
  if (r.fuseText) rows.push([r.docs, 'Fuse ÷ ours', x(r.fuseBuild, r.oursBuild), x(r.fuseText.p50, r.oursText.p50), x(r.fuseText.p95, r.oursText.p95), '', '', '', '']);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
const line = (row) => `| ${row.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
const q = results[0];
console.log(`\nqueries: ${q ? 'text = 30 phrases and their as-you-type prefixes; filtered = each with 5 filter sets (language+free, category, telehealth, wheelchair+age, language+in person)' : ''}`);
console.log('times in ms (Chromium, performance.now() cross-origin isolated); heap = usedJSHeapSize growth after GC (est. = typed arrays + 2 bytes per string char, an upper bound); typo found = one-edit queries whose top 50 include a service with the intended word.');

const targets = results.map((r) => {
  const t = [];
  if (r.docs >= 10000 && r.docs < 100000) {
    t.push(`10k filtered p95 ${ms(r.oursFiltered.p95)} ms (target ≤ 1.5) ${r.oursFiltered.p95 <= 1.5 ? 'ok' : 'MISSED'}`);
    t.push(`10k vs MiniSearch filtered p95 ${x(r.miniFiltered.p95, r.oursFiltered.p95)} (target ≥ 2×) ${r.miniFiltered.p95 / r.oursFiltered.p95 >= 2 ? 'ok' : 'MISSED'}`);
    t.push(`10k build ${ms(r.oursBuild)} ms (target ≤ 200) ${r.oursBuild <= 200 ? 'ok' : 'MISSED'}`);
  }
  if (r.docs >= 100000) {
    t.push(`100k filtered p95 ${ms(r.oursFiltered.p95)} ms, text p95 ${ms(r.oursText.p95)} ms (target ≤ 5) ${Math.max(r.oursFiltered.p95, r.oursText.p95) <= 5 ? 'ok' : 'MISSED'}`);
    t.push(`100k build ${ms(r.oursBuild)} ms (target ≤ 2000) ${r.oursBuild <= 2000 ? 'ok' : 'MISSED'}`);
    t.push(`100k index heap ${mb(r.oursHeap)} MB (target ≤ 30) ${r.oursHeap <= 30 * 1048576 ? 'ok' : 'MISSED'}`);
  }
  t.push(`${r.docs}: typo queries found ${r.oursTypo}/${r.typoTotal} vs MiniSearch ${r.miniTypo}/${r.typoTotal} ${r.oursTypo >= r.miniTypo ? 'ok' : 'MISSED'}`);
  return t.join('\n');
});
console.log(`\n${targets.join('\n')}`);
