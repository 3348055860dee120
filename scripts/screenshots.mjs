// Screenshots of what people see: the demo pages and story states, in en, es, ar and zh-Hant,
// at 320 px and 1280 px wide, into screenshots/. Needs a Storybook build for the story states
// (npm run build-storybook). Usage: node scripts/screenshots.mjs [story-id ...]
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { existsSync, mkdirSync } from 'node:fs';
import { serve } from './static-server.mjs';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const LOCALES = ['en', 'es', 'ar', 'zh-Hant'];
const WIDTHS = [320, 1280];
const stories = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['elements-crisis-card--urgent', 'elements-crisis-card--with-local-lines', 'elements-quick-exit--default'];

mkdirSync('screenshots', { recursive: true });
const vite = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await vite.listen();
const demoUrl = vite.resolvedUrls.local[0].replace(/\/$/, '');
const sb = existsSync('storybook-static/index.json') ? await serve('storybook-static') : null;
const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
const shots = [];
try {
  for (const width of WIDTHS) {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    for (const lang of LOCALES) {
      for (const page of ['', 'self-referral.html']) {
        await tab.goto(`${demoUrl}/demo/${page}?lang=${lang}`);
        await tab.waitForTimeout(800);
        const file = `screenshots/demo-${page ? 'self-referral' : 'provider'}-${lang}-${width}.png`;
        // The whole page in the viewport: the result list renders what is on screen, as for a person scrolling.
        await tab.setViewportSize({ width, height: await tab.evaluate(() => document.documentElement.scrollHeight) });
        await tab.waitForTimeout(400);
        await tab.screenshot({ path: file, fullPage: true });
        await tab.setViewportSize({ width, height: 900 });
        shots.push(file);
      }
      if (!sb) continue;
      for (const id of stories) {
        await tab.goto(`${sb.url}/iframe.html?id=${id}&viewMode=story&globals=locale:${lang}`);
        await tab.waitForTimeout(600);
        const file = `screenshots/${id}-${lang}-${width}.png`;
        await tab.screenshot({ path: file, fullPage: true });
        shots.push(file);
      }
    }
    await tab.close();
  }
} finally {
  await browser.close();
  await vite.close();
  await sb?.close();
}
console.log(`screenshots: ${shots.length} files in screenshots/`);
