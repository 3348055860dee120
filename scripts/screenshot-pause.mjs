// Screenshots of the check-in's safety pause (what a person sees right after PHQ-9 item 9 above 0, or
// "Safety at home"), at 320 × 640 and desktop, into screenshots/ (gitignored). Writes a test page there
// (a check-in and the page's own crisis card with local lines) and serves it with vite.
// Usage: node scripts/screenshot-pause.mjs
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

mkdirSync('screenshots', { recursive: true });
writeFileSync('screenshots/pause.html', `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>pause</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:8px}</style></head>
<body>
<main>
<intake-check-in script="phq-9" region="US-CA" response-time="within 1 business day"></intake-check-in>
<intake-crisis-card region="US-CA"></intake-crisis-card>
</main>
<script type="module">
  const p = new URLSearchParams(location.search);
  document.documentElement.lang = p.get('lang') || 'en';
  document.querySelector('intake-check-in').script = p.get('script') || 'phq-9';
  const { countyResources } = await import('/stories/examples.ts');
  document.querySelector('intake-crisis-card').resources = countyResources;
  await import('/src/index.ts');
</script>
</body></html>
`);

const vite = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await vite.listen();
const base = vite.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
const shots = [];
try {
  const runs = [
    ...['en', 'es', 'ar', 'zh-Hant'].map((lang) => ({ lang, width: 320, height: 640, flow: 'phq9' })),
    { lang: 'en', width: 1280, height: 800, flow: 'phq9' },
    { lang: 'en', width: 320, height: 640, flow: 'safety' },
    { lang: 'ar', width: 320, height: 640, flow: 'safety' },
    { lang: 'en', width: 320, height: 640, flow: 'closing' },
    { lang: 'es', width: 320, height: 640, flow: 'closing' },
  ];
  for (const { lang, width, height, flow } of runs) {
    const tab = await browser.newPage({ viewport: { width, height } });
    await tab.goto(`${base}/screenshots/pause.html?lang=${lang}&script=${flow === 'safety' ? 'welcome' : 'phq-9'}`);
    const ci = tab.locator('intake-check-in');
    const radios = ci.locator('.controls [role="radio"]');
    const next = () => ci.locator('.controls button.action:not(.secondary)').first().click();
    if (flow !== 'safety') {
      await next();
      for (let i = 0; i < 8; i++) {
        await radios.first().click();
        await tab.waitForTimeout(60);
      }
      await radios.nth(1).click();
    }
    if (flow === 'closing') {
      // Keep going, then yes to being reached with a phone, share, and the closing words.
      const pause = (ms = 150) => tab.waitForTimeout(ms);
      await ci.locator('.pause button.action:not(.secondary)').click();
      await pause();
      await radios.first().click();
      await pause();
      await radios.first().click();
      await pause();
      await ci.locator('.contact input[type="checkbox"]').first().check();
      await ci.locator('#c-phone').fill('415 555 0100');
      await ci.locator('.contact button.action').click();
      await pause();
      await next();
      await pause();
      await radios.first().click();
      await tab.waitForTimeout(500);
      await ci.locator('#q-current').scrollIntoViewIfNeeded();
    } else if (flow === 'safety') {
      await radios.first().click();
      await tab.waitForTimeout(100);
      await radios.nth(1).click();
      await tab.waitForTimeout(100);
      await ci.locator('.controls label.choice input').nth(7).check();
      await ci.locator('.controls button.action:not(.secondary)').first().click();
    }
    await tab.waitForTimeout(700);
    const file = `screenshots/pause-${flow}-${lang}-${width}.png`;
    await tab.screenshot({ path: file });
    shots.push(file);
    await tab.close();
  }
} finally {
  await browser.close();
  await vite.close();
}
console.log(shots.join('\n'));
