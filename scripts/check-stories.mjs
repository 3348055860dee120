// Opens every story of the static Storybook build in Chromium: each must render something and log no
// console error or page error. Writes .test-results/stories.json.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await serve('storybook-static');
const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
const results = [];
try {
  const tab = await browser.newPage();
  let errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location()?.url ?? ''}`));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  for (const s of stories) {
    errors = [];
    await tab.goto(`${server.url}/iframe.html?id=${s.id}&viewMode=story`);
    const rendered = await tab
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const el = root?.querySelector('*');
          return !!el && (root.textContent.trim().length > 0 || [...root.querySelectorAll('*')].some((n) => n.shadowRoot?.textContent.trim()));
        },
        null,
        { timeout: 10000 },
      )
      .then(() => true)
      .catch(() => false);
    await tab.waitForTimeout(100);
    results.push({ name: `story ${s.id}`, ok: rendered && errors.length === 0, why: rendered ? errors.join(' | ') : 'rendered nothing' });
  }
} finally {
  await browser.close();
  await server.close();
}
const bad = results.filter((r) => !r.ok);
for (const r of bad) console.log(`FAIL ${r.name}: ${r.why}`);
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/stories.json', JSON.stringify({ passed: results.length - bad.length, failed: bad.length, failures: bad.map((r) => `${r.name}: ${r.why}`) }));
console.log(`stories: ${results.length - bad.length} passed, ${bad.length} failed (of ${stories.length})`);
process.exit(bad.length ? 1 : 0);
