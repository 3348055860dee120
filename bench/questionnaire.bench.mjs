#!/usr/bin/env node
// A FHIR Questionnaire with 200 questions and deep enableWhen, answered one question at a time in
// headless Chromium: prints the render time of every step (click -> Lit update done -> layout forced)
// and p50 / p95 / max against one 60 Hz frame (16.7 ms). A script, not a test.
//
//   node bench/questionnaire.bench.mjs
//
// The Questionnaire: 20 groups nested 10 deep in two chains, 10 choice questions each; every question is
// enabled only when the one before it was answered (exists) and was not "No" (!=), so each answer
// re-reads the whole chain of conditions before it, and the group conditions on top of that.
import { build } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowsers, CHROMIUM_ARGS } from '../scripts/browsers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { minifyCssTemplates } from '../scripts/vite-plugins.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/.data/questionnaire');

function bigQuestionnaire() {
  const yesNo = [
    { valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } },
    { valueCoding: { system: 'http://loinc.org', code: 'LA32-8', display: 'No' } },
  ];
  let n = 0;
  let previous;
  const question = () => {
    n++;
    const item = { linkId: `q${n}`, type: 'choice', text: `Question ${n}: is this true for you?`, answerOption: yesNo, required: n % 3 === 0 };
    if (previous) {
      item.enableWhen = [
        { question: previous, operator: 'exists', answerBoolean: true },
        { question: previous, operator: '!=', answerCoding: { system: 'http://loinc.org', code: 'LA32-8' } },
      ];
    }
    previous = item.linkId;
    return item;
  };
  const chain = (depth, prefix) => {
    // A group opens when the question before it was answered.
    const opensAfter = previous;
    const group = { linkId: `${prefix}-${depth}`, type: 'group', item: Array.from({ length: 10 }, question) };
    if (opensAfter) group.enableWhen = [{ question: opensAfter, operator: 'exists', answerBoolean: true }];
    if (depth > 1) group.item.push(chain(depth - 1, prefix));
    return group;
  };
  return { resourceType: 'Questionnaire', status: 'active', title: 'Bench: 200 items, deep enableWhen', item: [chain(10, 'a'), chain(10, 'b')] };
}

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
writeFileSync(join(out, 'questionnaire.json'), JSON.stringify(bigQuestionnaire()));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width"><title>questionnaire bench</title></head>
<body><intake-check-in questionnaire-src="./questionnaire.json" region="US"></intake-check-in>
<script type="module" src="./check-in.js"></script></body></html>`,
);

const server = await serve(out);
const { chromium: executablePath } = findBrowsers();
if (!executablePath) throw new Error('No Chromium found (apt-get install chromium)');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error(m.text()));
  await page.goto(`${server.url}/index.html`);
  await page.evaluate(() => document.querySelector('intake-check-in').addEventListener('intake-error', (e) => console.error(JSON.stringify(e.detail))));
  await page.waitForFunction(() => !!document.querySelector('intake-check-in')?.shadowRoot?.querySelector('#q-current .text'));
  const steps = await page.evaluate(async () => {
    const el = document.querySelector('intake-check-in');
    const root = el.shadowRoot;
    const times = [];
    await new Promise((r) => setTimeout(r, 300)); // views.ts is in
    for (let i = 0; i < 200; i++) {
      const yes = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Yes');
      if (!yes) break;
      const t0 = performance.now();
      yes.click();
      await el.updateComplete;
      void root.querySelector('#q-current')?.offsetHeight; // layout of the new step
      times.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return { times, done: !!el.value || !root.querySelector('#q-current .text') };
  });
  const sorted = [...steps.times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log('step  ms');
  steps.times.forEach((t, i) => console.log(`${String(i + 1).padStart(4)}  ${t.toFixed(1)}`));
  console.log(`\n${steps.times.length} steps answered; p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (one frame: 16.7 ms); reached the end: ${steps.done}`);
} finally {
  await browser.close();
  await server.close();
}
