#!/usr/bin/env node
// Where the main thread's time goes, from a Chromium trace at 4× CPU slowdown on a built demo:
// the long tasks (over 50 ms) on the page's main thread, and inside them the self time per function
// (V8 sampling profiler) and per browser phase (layout, style, paint, parse, GC, message cloning).
// A tool for finding what to fix, not a bench: timings under load are inflated, the structure is not.
//
//   node scripts/build-demo.mjs --out /tmp/demo-plain --no-minify     (readable function names)
//   node bench/profile.mjs --dist /tmp/demo-plain --label before --save
//   (--save appends to bench/results/profile-load-10k.txt and profile-checkin.txt)
//
// - load-src / load-services: self-referral.html, the sample directory painted, then a 10k directory set by
//   `src` (or `services`, fetched and parsed by the "host" before the trace starts); traced until
//   `intake-services-load` and 1 s after.
// - checkin: index.html?script=phq-9, 9 real mouse clicks on answers, then 8 on Back.
// - typing: self-referral.html with a 10k directory in place of the sample one; real key presses in the search box.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg('dist', join(root, 'demo-dist')));
const only = arg('only', 'load-src,load-services,checkin,typing').split(',');
const save = process.argv.includes('--save');
const label = arg('label', '');
const CPU = Number(arg('cpu', '4'));
const LONG = 50;
// Long tasks over this many ms also list inclusive time (the functions on the stack).
const INCLUSIVE_OVER = Number(arg('inclusive-over', '150'));
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built demo: run node scripts/build-demo.mjs --out ${dist} --no-minify`);

const raw = join(root, 'bench/.data/directory-10000.json');
const generator = join(root, 'scripts/generate-directory.mjs');
mkdirSync(dirname(raw), { recursive: true });
if (!existsSync(raw) || statSync(raw).mtimeMs < statSync(generator).mtimeMs) {
  execFileSync(process.execPath, [generator, '--count', '10000', '--out', raw], { stdio: 'inherit' });
}
const directory = readFileSync(raw);

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'toplevel',
];

async function trace(cdp, body) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  await body();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The page's main thread: the renderer's CrRendererMain with the most work in the trace. */
function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best, most = -1;
  for (const t of names) {
    const n = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
    if (n > most) {
      best = t;
      most = n;
    }
  }
  return best && { pid: best.pid, tid: best.tid };
}

/** CPU samples of one thread as [{ ts, frame }] where frame is "function (file:line)" of the leaf. */
function samplesOf(events, { pid, tid }) {
  const nodes = new Map();
  const out = [];
  const profiles = new Map(); // id -> { ts }
  for (const e of events) if (e.name === 'Profile' && e.pid === pid && e.tid === tid) profiles.set(e.id, { ts: e.args.data.startTime });
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const p = profiles.get(e.id);
    if (!p) continue;
    const cp = e.args.data.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((id, i) => {
      p.ts += deltas[i] ?? 0;
      out.push({ ts: p.ts, node: `${e.id}:${id}` });
    });
  }
  const frame = (key) => {
    const n = typeof key === 'string' ? nodes.get(key) : key;
    if (!n) return '(unknown)';
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '').replace(/\?.*$/, '') : '';
    return `${f.functionName || '(anonymous)'}${file ? ` (${file}:${f.lineNumber + 1})` : ''}`;
  };
  // Every function on the sample's stack, once (for inclusive time).
  const stack = (key) => {
    const seen = new Set();
    const [pid] = key.split(':');
    for (let n = nodes.get(key); n; n = n.parent === undefined ? undefined : nodes.get(`${pid}:${n.parent}`)) seen.add(frame(n));
    return seen;
  };
  return out.map((s) => ({ ts: s.ts, frame: frame(s.node), stack: () => stack(s.node) }));
}

/** Self time by function and by trace phase inside each long task on the main thread. */
function analyse(events) {
  const main = mainThread(events);
  if (!main) return { text: 'no main thread found in the trace\n', longest: 0 };
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts);
  // Nested RunTask (a task inside a task's message loop) counts once, as its outer task.
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  const long = top.filter((t) => t.dur / 1000 > LONG);
  const samples = samplesOf(events, main).sort((a, b) => a.ts - b.ts);
  const phases = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && !/RunTask|ThreadController|TaskQueue/.test(e.name),
  );
  const lines = [];
  const bySelf = new Map();
  const byPhase = new Map();
  let longSum = 0;
  for (const t of long) {
    longSum += t.dur;
    const inTask = samples.filter((s) => s.ts >= t.ts && s.ts <= t.ts + t.dur);
    const self = new Map();
    for (const s of inTask) self.set(s.frame, (self.get(s.frame) ?? 0) + 1);
    const per = t.dur / Math.max(1, inTask.length);
    for (const [f, n] of self) bySelf.set(f, (bySelf.get(f) ?? 0) + n * per);
    // Trace phases: the outermost named events inside the task.
    const inside = phases.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const outer = new Map();
    let end = -1;
    for (const e of inside) {
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      outer.set(e.name, (outer.get(e.name) ?? 0) + e.dur);
    }
    for (const [n, d] of outer) byPhase.set(n, (byPhase.get(n) ?? 0) + d);
    const topSelf = [...self].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([f, n]) => `${f} ${((n * per) / 1000).toFixed(0)}`);
    const topPhase = [...outer].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`);
    lines.push(`  task ${(t.dur / 1000).toFixed(0).padStart(5)} ms  phases: ${topPhase.join(', ')}\n      self: ${topSelf.join('; ')}`);
    if (t.dur / 1000 > INCLUSIVE_OVER) {
      const incl = new Map();
      for (const s of inTask) for (const f of s.stack()) incl.set(f, (incl.get(f) ?? 0) + 1);
      const topIncl = [...incl].filter(([f]) => f !== '(root)').sort((a, b) => b[1] - a[1]).slice(0, 14).map(([f, n]) => `${f} ${((n * per) / 1000).toFixed(0)}`);
      lines.push(`      inclusive: ${topIncl.join('; ')}`);
    }
  }
  const allSelf = new Map();
  for (const s of samples) allSelf.set(s.frame, (allSelf.get(s.frame) ?? 0) + 1);
  const longest = Math.max(0, ...top.map((t) => t.dur / 1000));
  const text = [
    `main-thread tasks: ${top.length}, over ${LONG} ms: ${long.length} (sum ${(longSum / 1000).toFixed(0)} ms), over 100 ms: ${top.filter((t) => t.dur / 1000 > 100).length}, longest ${longest.toFixed(0)} ms; CPU samples on the main thread: ${samples.length}`,
    `self time inside long tasks, by function (ms):`,
    ...[...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([f, d]) => `  ${(d / 1000).toFixed(0).padStart(6)}  ${f}`),
    `time inside long tasks, by outermost trace event (ms):`,
    ...[...byPhase].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([n, d]) => `  ${(d / 1000).toFixed(0).padStart(6)}  ${n}`),
    `main-thread samples over the whole trace, top functions (samples):`,
    ...[...allSelf].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([f, n]) => `  ${String(n).padStart(6)}  ${f}`),
    `long tasks in order:`,
    ...lines,
  ];
  return { text: text.join('\n') + '\n', longest };
}

const server = await serve(dist);
const { chromium: executablePath } = findBrowsers();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await context.route('**/data/directory-10000.json*', (route) => route.fulfill({ body: directory, contentType: 'application/json' }));
  await page.addInitScript(() => {
    window.__counts = [];
    document.addEventListener('intake-services-load', (e) => window.__counts.push(e.detail.count), true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  return { page, context, cdp };
}

const scenarios = {
  async load(how) {
    const { page, context, cdp } = await newPage();
    await page.goto(`${server.url}/self-referral.html`);
    await page.locator('#services').locator('.card').first().waitFor({ timeout: 120_000 });
    if (how === 'services') await page.evaluate(async () => {
      window.__data = await (await fetch('./data/directory-10000.json')).json(); // not returned: 10k records over the protocol
    });
    // Playwright's own scripts compile on first use: before the trace, as in demo.bench.mjs.
    await page.evaluate(() => 0);
    await page.waitForFunction(() => true);
    await page.waitForTimeout(1500);
    const events = await trace(cdp, async () => {
      await page.evaluate((h) => {
        const el = document.querySelector('#services');
        if (h === 'src') el.src = './data/directory-10000.json';
        else el.services = window.__data;
      }, how);
      await page.waitForFunction(() => window.__counts.includes(10000), null, { timeout: 300_000, polling: 200 });
      await page.waitForTimeout(1000);
    });
    await context.close();
    return events;
  },
  async typing() {
    const { page, context, cdp } = await newPage();
    await context.route('**/data/sample-directory.json', (route) => route.fulfill({ body: directory, contentType: 'application/json' }));
    await page.goto(`${server.url}/self-referral.html`);
    const finder = page.locator('#services');
    await finder.locator('.card').first().waitFor({ timeout: 300_000 });
    await page.waitForFunction(() => window.__counts.includes(10000), null, { timeout: 300_000 });
    await page.waitForTimeout(1500);
    const box = finder.locator('input[type=search]');
    await box.click();
    await page.waitForTimeout(500);
    const events = await trace(cdp, async () => {
      for (const q of ['food pantry', 'legal aid', 'clinic', 'fod']) {
        await box.pressSequentially(q, { delay: 120 });
        await page.waitForTimeout(400);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(400);
      }
    });
    await context.close();
    return events;
  },
  async checkin() {
    const { page, context, cdp } = await newPage();
    await page.goto(`${server.url}/index.html?script=phq-9`);
    const el = page.locator('#checkin');
    await el.locator('#q-current').waitFor();
    const question = () => page.evaluate(() => document.querySelector('#checkin').shadowRoot.querySelector('#q-current')?.textContent ?? '');
    const click = async (name) => {
      const before = await question();
      await el.getByRole(name === 'Continue' || name === 'Back' ? 'button' : 'radio', { name, exact: true }).last().click();
      await page.waitForFunction((b) => (document.querySelector('#checkin').shadowRoot.querySelector('#q-current')?.textContent ?? '') !== b, before);
      await page.waitForTimeout(150);
    };
    await click('Continue');
    await page.waitForTimeout(1000);
    const events = await trace(cdp, async () => {
      for (let i = 0; i < 9; i++) await click(i % 2 ? 'Several days' : 'Not at all');
      for (let i = 0; i < 8; i++) await click('Back');
    });
    await context.close();
    return events;
  },
};

try {
  for (const name of only) {
    const events = name in scenarios ? await scenarios[name]() : await scenarios.load(name.replace('load-', ''));
    const { text } = analyse(events);
    const head = `# profile ${name}${label ? ` (${label})` : ''}: ${dist.replace(root + '/', '')}, Chromium ${browser.version()}, ${CPU}× CPU slowdown, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${new Date().toISOString()}\n`;
    console.log(head + text);
    const file = name.startsWith('load-') ? 'profile-load-10k.txt' : `profile-${name}.txt`;
    if (save) writeFileSync(join(root, 'bench/results', file), head + text + '\n', { flag: 'a' });
  }
} finally {
  await browser.close();
  await server.close();
}
