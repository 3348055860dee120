#!/usr/bin/env node
// <intake-service-finder> first paint, in headless Chromium: how long from the moment the directory
// arrives in the element (intake-services-load: validated, normalized and indexed) until the first
// results are painted, and the whole way from `src` / `services` to that paint. A script, not a test.
//
//   node bench/service-finder-render.bench.mjs               10k services, 7 runs each
//   node bench/service-finder-render.bench.mjs --sizes 1000,10000,100000 --runs 5
//
// Directories come from scripts/generate-directory.mjs (seeded; cached in bench/.data/, git-ignored).
// The element is bundled with esbuild (its index Worker separately) and served on 127.0.0.1.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench/.data');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '10000').split(',').map(Number);
const runs = Number(arg('runs', '7'));
const TARGET_MS = 100;

mkdirSync(dataDir, { recursive: true });
if (!existsSync(join(dataDir, '.gitignore'))) writeFileSync(join(dataDir, '.gitignore'), '*\n');

for (const n of sizes) {
  const raw = join(dataDir, `directory-${n}.json`);
  const generator = join(root, 'scripts/generate-directory.mjs');
  if (!existsSync(raw) || statSync(raw).mtimeMs < statSync(generator).mtimeMs) {
    console.error(`generating ${n} services...`);
    execFileSync(process.execPath, [generator, '--count', String(n), '--out', raw], { stdio: 'inherit' });
  }
}

// ---- bundles -------------------------------------------------------------------------------------

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
};
const [page, worker] = await Promise.all([
  build({ ...common, entryPoints: [join(root, 'src/service-finder/define.ts')], write: false, splitting: true, outdir: '/bundle' }),
  build({ ...common, entryPoints: [join(root, 'src/service-finder/index-worker.ts')], write: false, outfile: '/index-worker.js' }),
]);
const files = new Map(page.outputFiles.map((f) => [f.path.replace('/bundle', ''), f.contents]));
// The element asks for new URL('./index-worker.ts', import.meta.url): serve the worker bundle under that name.
files.set('/index-worker.ts', worker.outputFiles[0].contents);
files.set(
  '/',
  Buffer.from(`<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>body{margin:0;font:16px system-ui} intake-service-finder{max-width:48rem;margin:auto}</style></head>
<body><script type="module" src="/define.js"></script></body></html>`),
);

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const data = /^\/directory-(\d+)\.json$/.exec(path);
  const body = data ? readFileSync(join(dataDir, `directory-${data[1]}.json`)) : files.get(path);
  if (!body) return res.writeHead(404).end();
  const type = path.endsWith('.json') ? 'application/json' : path === '/' ? 'text/html' : 'text/javascript';
  res.writeHead(200, { 'content-type': type, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- measure -----------------------------------------------------------------------------------

const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
const rows = [];
try {
  const tab = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  tab.on('pageerror', (e) => {
    if (!/ResizeObserver loop/.test(String(e))) console.error('page error:', String(e));
  });
  await tab.goto(base);
  await tab.waitForFunction(() => !!customElements.get('intake-service-finder'));
  for (const n of sizes) {
    for (const mode of ['src', 'services', 'services (no worker)']) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        samples.push(
          await tab.evaluate(
            async ({ n, mode }) => {
              document.querySelector('intake-service-finder')?.remove();
              const data = mode === 'src' ? undefined : await (await fetch(`/directory-${n}.json`)).json();
              const el = document.createElement('intake-service-finder');
              el.setAttribute('time-zone', 'America/Los_Angeles');
              document.body.append(el);
              await el.updateComplete;
              const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
              const painted = async () => {
                // Results are in the DOM, then one frame is drawn: after the next animation frame's task.
                while (!el.shadowRoot.querySelector('[part="card"]')) await frame();
                await frame();
                await new Promise((r) => setTimeout(r, 0));
                return performance.now();
              };
              let arrived = 0;
              el.addEventListener('intake-services-load', () => (arrived = performance.now()), { once: true });
              const noWorker = mode.includes('no worker');
              const saved = window.Worker;
              if (noWorker) window.Worker = undefined;
              const start = performance.now();
              if (mode === 'src') el.src = `/directory-${n}.json`;
              else el.services = data;
              const done = await painted();
              if (noWorker) window.Worker = saved;
              return { arriveToPaint: done - arrived, total: done - start, cards: el.shadowRoot.querySelectorAll('[part="card"]').length };
            },
            { n, mode },
          ),
        );
      }
      const pick = (key) => samples.map((s) => s[key]).sort((a, b) => a - b);
      const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
      const a = pick('arriveToPaint');
      const t = pick('total');
      rows.push({ n, mode, p50: pct(a, 0.5), p95: pct(a, 0.95), totalP50: pct(t, 0.5), cards: samples[0].cards });
    }
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\n<intake-service-finder> first results painted (Chromium ${chromium.name()}, ${runs} runs each)`);
console.log('services  data from              arrive -> paint p50   p95      ok (<= 100 ms)   src/services -> paint p50   cards painted');
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(8)}  ${r.mode.padEnd(22)} ${r.p50.toFixed(1).padStart(10)} ms ${r.p95.toFixed(1).padStart(7)} ms   ${r.p95 <= TARGET_MS ? 'yes' : 'NO '}              ${r.totalP50.toFixed(0).padStart(8)} ms              ${r.cards}`,
  );
}
console.log('\n"arrive": the element has the validated, indexed directory (intake-services-load fires).');
console.log('"no worker": Worker unavailable, so validation and indexing run on the main thread (the fallback).');
