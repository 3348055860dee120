#!/usr/bin/env node
// Check-in speed: time from a click on an answer (or Back) to the next question on screen, in headless
// Chromium, as p50/p95 over many clicks and as a ratio to one 60 Hz frame (16 ms). A script, not a test.
//
//   node bench/check-in.bench.mjs            (72 clicks: PHQ-9 forward and back, 4 rounds)
//   node bench/check-in.bench.mjs --rounds 10
//
// Two numbers per click:
// - work: click -> Lit update done -> layout forced (what the main thread spends on our code);
// - painted: click -> the first animation frame after the update has run and a task after it (the
//   frame that shows the new question; includes waiting for the frame boundary);
// - frames: which display frame shows the new question, counted from the last frame before the
//   click (1 = the very next frame, nothing missed; 2 = one frame late).
// Clicks come at random moments within a frame (seeded), like a person's, not in step with the display.
// The element is bundled with Vite (minified, like the package) and served on 127.0.0.1.
import { build } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { minifyCssTemplates } from '../scripts/vite-plugins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/.data/check-in');
const argRounds = process.argv.indexOf('--rounds');
const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 4;

mkdirSync(out, { recursive: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  plugins: [minifyCssTemplates()],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: { 'check-in': join(root, 'src/check-in/define.ts') }, formats: ['es'] },
    rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
  },
});
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width"><title>check-in bench</title></head>
<body><intake-check-in script="phq-9" region="US"></intake-check-in>
<script type="module" src="./check-in.js"></script></body></html>`,
);

const server = await serve(out);
const { chromium: executablePath } = findBrowsers();
if (!executablePath) throw new Error('No Chromium found (apt-get install chromium)');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => {
    const el = document.querySelector('intake-check-in');
    return !!el?.shadowRoot?.querySelector('#q-current');
  });
  const result = await page.evaluate(async (rounds) => {
    const el = document.querySelector('intake-check-in');
    const root = el.shadowRoot;
    const button = (text) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    // A steady rAF loop: the vsync timestamp of the last frame that began, and the frame interval.
    let lastFrame = 0;
    const intervals = [];
    const tick = (ts) => {
      if (lastFrame) intervals.push(ts - lastFrame);
      lastFrame = ts;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    await new Promise((r) => setTimeout(r, 300));
    const frame = () =>
      new Promise((r) =>
        requestAnimationFrame(() => {
          const ran = performance.now();
          setTimeout(() => r(ran), 0);
        }),
      );
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const work = [];
    const painted = [];
    const frames = [];
    const framesAt = [];
    async function click(b) {
      const before = root.querySelector('#q-current .text')?.textContent;
      const t0 = performance.now();
      const frameBefore = lastFrame;
      b.click();
      await el.updateComplete;
      void root.querySelector('#q-current').offsetHeight; // force style and layout
      work.push(performance.now() - t0);
      const shownAt = await frame();
      painted.push(performance.now() - t0);
      framesAt.push([frameBefore, shownAt]);
      if (root.querySelector('#q-current .text')?.textContent === before) throw new Error('the question did not change');
      await new Promise((r) => setTimeout(r, 20 + random() * 17)); // settle, then a random moment in the frame
    }
    await click(button('Continue')); // intro -> item 1 (warm-up, not counted)
    work.length = 0;
    painted.length = 0;
    framesAt.length = 0;
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < 9; i++) await click(button(i % 2 ? 'Several days' : 'Not at all'));
      for (let i = 0; i < 9; i++) await click(button('Back'));
    }
    const sorted = [...intervals].sort((a, b) => a - b);
    const interval = sorted[Math.floor(sorted.length / 2)];
    // The frame's callbacks run a little after its vsync: floor, not round.
    for (const [before, shown] of framesAt) frames.push(Math.max(1, Math.floor((shown - before) / interval)));
    return { work, painted, frames, interval };
  }, rounds);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
  };
  const rows = [
    ['work (click -> DOM updated + layout)', stats(result.work)],
    ['painted (click -> next frame shown)', stats(result.painted)],
  ];
  const version = browser.version();
  console.log(`\n<intake-check-in> PHQ-9, Chromium ${version}, ${rows[0][1].n} clicks (answers and Back)\n`);
  console.log('measure                                   p50 ms   p95 ms   max ms   p50/16ms   p95/16ms');
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(40)} ${s.p50.toFixed(2).padStart(7)}  ${s.p95.toFixed(2).padStart(7)}  ${s.max.toFixed(2).padStart(7)}   ${(s.p50 / 16).toFixed(2).padStart(7)}x   ${(s.p95 / 16).toFixed(2).padStart(7)}x`,
    );
  }
  const next = result.frames.filter((f) => f === 1).length;
  const late = stats(result.frames);
  console.log(
    `frames (1 = the very next frame)           ${String(late.p50).padStart(5)}    ${String(late.p95).padStart(5)}    ${String(late.max).padStart(5)}`,
  );
  console.log(`\nShown in the very next frame after the click: ${next} of ${result.frames.length} clicks (${((100 * next) / result.frames.length).toFixed(0)} %); frame interval ${result.interval.toFixed(1)} ms.`);
  console.log('Under one frame means a ratio below 1.00x. "painted" includes waiting for the frame boundary.');
} finally {
  await browser.close();
  await server.close();
}
