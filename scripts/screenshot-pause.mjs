// Screenshots of the check-in's safety pause (what a person sees right after PHQ-9 item 9 above 0, or
// "Safety at home"), at 320 × 640 and desktop, into screenshots/. Serves screenshots/pause.html with vite.
// Usage: node scripts/screenshot-pause.mjs
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

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
  ];
  for (const { lang, width, height, flow } of runs) {
    const tab = await browser.newPage({ viewport: { width, height } });
    await tab.goto(`${base}/screenshots/pause.html?lang=${lang}&script=${flow === 'phq9' ? 'phq-9' : 'welcome'}`);
    const ci = tab.locator('intake-check-in');
    const radios = ci.locator('.controls [role="radio"]');
    if (flow === 'phq9') {
      await ci.locator('.controls button.action:not(.secondary)').first().click();
      for (let i = 0; i < 8; i++) {
        await radios.first().click();
        await tab.waitForTimeout(60);
      }
      await radios.nth(1).click();
    } else {
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
