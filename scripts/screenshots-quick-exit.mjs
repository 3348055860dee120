// Quick exit on a phone: the demo pages at 320 × 640 in en, es and ar, at the top and scrolled to the
// check-in's answers, so a person can see whether the quick exit covers anything.
// Usage: node scripts/screenshots-quick-exit.mjs [out-dir]   (default screenshots/quick-exit)
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const out = process.argv[2] ?? 'screenshots/quick-exit';
mkdirSync(out, { recursive: true });
const vite = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await vite.listen();
const base = vite.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  for (const lang of ['en', 'es', 'ar']) {
    for (const [name, page, target] of [
      ['provider', '', 'intake-check-in'],
      ['self-referral', 'self-referral.html', 'intake-needs-finder'],
    ]) {
      await tab.goto(`${base}/demo/${page}?lang=${lang}`);
      await tab.waitForTimeout(1200);
      await tab.screenshot({ path: `${out}/${name}-${lang}-top.png` });
      // Scroll so the element's first answer sits low in the viewport, where a bottom bar would cover it.
      await tab.locator(`${target} button`).first().evaluate((b) => b.scrollIntoView({ block: 'end' }));
      await tab.waitForTimeout(300);
      await tab.screenshot({ path: `${out}/${name}-${lang}-scrolled.png` });
    }
  }
} finally {
  await browser.close();
  await vite.close();
}
console.log(`quick exit screenshots in ${out}/`);
