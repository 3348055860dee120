// The printed summary ("Keep a copy") as headless Chromium prints it: the person's copy in en, es and ar
// (A4 and Letter) and a staff copy (English staff, Spanish answers), each to PDF and then to PNG
// (pdftoppm, from poppler-utils) under screenshots/summary/. The results come from the real engine
// (test/fixtures/referral-examples.ts), opened on the demo page as the elements open them.
//   node scripts/screenshots-summary.mjs
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_ARGS, findBrowsers } from './browsers.mjs';

const OUT = 'screenshots/summary';
mkdirSync(OUT, { recursive: true });
const vite = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
await vite.listen();
const base = vite.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findBrowsers().chromium, args: CHROMIUM_ARGS });

const shots = [
  { name: 'person-en', lang: 'en', audience: 'person', format: 'Letter' },
  { name: 'person-es', lang: 'es', audience: 'person', format: 'A4' },
  { name: 'person-ar', lang: 'ar', audience: 'person', format: 'A4' },
  { name: 'staff-en-answers-es', lang: 'es', audience: 'staff', staff: 'en', format: 'Letter', risky: true },
];
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.goto(`${base}/demo/self-referral.html?lang=${shot.lang}`);
    await page.waitForTimeout(800);
    await page.evaluate(async ({ lang, audience, staff, risky }) => {
      document.documentElement.lang = lang;
      await new Promise((r) => setTimeout(r, 500)); // the page's translations
      const x = await import('/test/fixtures/referral-examples.ts');
      const { showCopy } = await import('/src/handoff/copy-view.ts');
      const { needLabel } = await import('/src/needs-finder/need-texts.ts');
      const { needsCatalog } = await import('/src/data/needs-catalog.ts');
      await import('/src/crisis-card/define.ts'); // the elements define it before a copy can open
      const result = risky ? x.phq9(2, lang) : x.selfReferral(lang);
      showCopy({
        result,
        audience,
        locale: staff ?? lang,
        region: 'US',
        options: {
          responseTime: { en: 'within 1 business day', es: 'en 1 día hábil', ar: 'خلال يوم عمل واحد' }[lang],
          pointPerson: { en: { name: 'Maria', role: 'peer navigator' }, es: { name: 'María', role: 'navegadora de pares' }, ar: { name: 'مريم', role: 'مرشدة أقران' } }[lang],
          needLabel: (id) => needLabel(needsCatalog.find((n) => n.id === id), lang),
        },
      });
    }, shot);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${shot.name}-screen.png` });
    const pdf = `${OUT}/${shot.name}.pdf`;
    await page.pdf({ path: pdf, format: shot.format, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${OUT}/${shot.name}-print`]);
    await page.close();
  }
} finally {
  await browser.close();
  await vite.close();
}
console.log(`summary screenshots in ${OUT}/`);
