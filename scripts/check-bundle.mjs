// Loads the BUILT files in Chromium: the all-in-one bundle twice plus a per-element entry must
// register every element once, render, and log no error. Writes .test-results/bundle.json.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';
import { elements } from './entries.mjs';

const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
    'zod/mini': '/node_modules/zod/v4/mini/index.js',
  },
};
const page = (body) => `<!doctype html><html lang="es-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap)}</script></head><body>${body}</body></html>`;
const tags = elements.map((e) => `<${e.tag}></${e.tag}>`).join('\n');

const results = [];
const server = await serve('.', {});
const pages = {
  '/.test-results/bundle-twice.html': page(`${tags}
<script type="module" src="/dist/compassionate-intake.js"></script>
<script type="module" src="/dist/compassionate-intake.js?copy=2"></script>`),
  '/.test-results/entry-and-bundle.html': page(`${tags}
<script type="module" src="/dist/crisis-card.js"></script>
<script type="module" src="/dist/index.js"></script>
<script type="module" src="/dist/compassionate-intake.js"></script>`),
  // Only the crisis card: its language module holds its own strings, not every element's.
  '/.test-results/crisis-card-only.html': page(`<intake-crisis-card></intake-crisis-card>
<script type="module" src="/dist/crisis-card.js"></script>`),
};
const LANGUAGE_MODULE = /\/(?:chunks|cdn)\/(es|zh-Hant|zh-Hans|tl|vi|ru|ko|ar)-[\w-]+\.js$/;
mkdirSync('.test-results', { recursive: true });
for (const [path, html] of Object.entries(pages)) writeFileSync(`.${path}`, html);

const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
try {
  for (const path of Object.keys(pages)) {
    const tab = await browser.newPage();
    const errors = [];
    const languageModules = [];
    tab.on('response', async (r) => LANGUAGE_MODULE.test(r.url()) && languageModules.push({ url: r.url(), gzip: gzipSync(await r.body()).length }));
    tab.on('pageerror', (e) => errors.push(String(e)));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(server.url + path);
    await tab.waitForFunction(() => document.querySelector('intake-crisis-card')?.shadowRoot?.querySelector('a'));
    await tab.waitForTimeout(300);
    const only = path.includes('crisis-card-only');
    const state = await tab.evaluate((names) => ({
      defined: names.map((n) => !!customElements.get(n)),
      firstLink: document.querySelector('intake-crisis-card').shadowRoot.querySelector('a').textContent,
    }), elements.map((e) => e.tag));
    results.push({ name: `${path}: no error`, ok: errors.length === 0, why: errors.join(' | ') });
    if (only) {
      const bytes = languageModules.reduce((n, m) => n + m.gzip, 0);
      console.log(`bundle: crisis card alone in Spanish loads ${languageModules.length} language module(s), ${(bytes / 1024).toFixed(1)} kB gzip`);
      results.push({ name: `${path}: one language module, the crisis card's own (under 3 kB gzip)`, ok: languageModules.length === 1 && bytes < 3 * 1024, why: JSON.stringify(languageModules) });
    } else {
      results.push({ name: `${path}: every element defined`, ok: state.defined.every(Boolean), why: JSON.stringify(state.defined) });
    }
    results.push({ name: `${path}: renders in Spanish from <html lang>`, ok: state.firstLink === 'Llama al 988 y marca 2', why: state.firstLink });
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const bad = results.filter((r) => !r.ok);
for (const r of bad) console.log(`FAIL ${r.name}: ${r.why}`);
writeFileSync('.test-results/bundle.json', JSON.stringify({ passed: results.length - bad.length, failed: bad.length, failures: bad.map((r) => `${r.name}: ${r.why}`) }));
console.log(`bundle: ${results.length - bad.length} passed, ${bad.length} failed`);
process.exit(bad.length ? 1 : 0);
