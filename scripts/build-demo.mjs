// Builds the demo pages for production into demo-dist/ (the end-to-end journeys and the
// Content-Security-Policy check run on these: Vite's dev server injects inline scripts).
// Usage: node scripts/build-demo.mjs [--out DIR] [--no-minify]   (unminified: readable profiles, bench/profile.mjs)
import { build } from 'vite';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localize } from './localize.mjs';
import { minifyCssTemplates, stripMsgDescriptions } from './vite-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = `${root}demo`;
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : `${root}demo-dist`;
const minify = !process.argv.includes('--no-minify');
const SAFETY_CORE = /[\\/](src[\\/]core[\\/](tokens|localization|locale-match|locales|safe-url|events|wipe|phone|cut-text)\.ts|src[\\/]generated[\\/]locale-codes\.ts|@lit[\\/]localize[\\/].*\.js)$/;
export const DEMO_PAGES = ['index.html', 'self-referral.html', 'csp.html', 'receive.html'];

// The elements import the generated locale modules.
if (!existsSync(`${root}src/generated/locale-areas.ts`) && !localize()) process.exit(1);

rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  root: demo,
  base: './',
  logLevel: 'warn',
  plugins: [minifyCssTemplates(), stripMsgDescriptions()],
  worker: { format: 'es', plugins: () => [minifyCssTemplates(), stripMsgDescriptions()] },
  build: {
    target: 'es2022',
    outDir: out,
    minify,
    emptyOutDir: true,
    sourcemap: false,
    // No inline data: URLs for assets, and no modulepreload polyfill (it is code the page does not need).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(DEMO_PAGES.map((p) => [p.replace(/\.html$/, ''), `${demo}/${p}`])),
      // The small modules the quick exit and the crisis card share, in one chunk of their own. Left to itself the
      // bundler put the tokens in the crisis card's chunk, which the quick exit then had to run first (so it painted a
      // frame after the card), and the rest in eight tiny chunks: on a slow network each wave of six requests costs a
      // round trip (bench/demo.bench.mjs, safety).
      output: { codeSplitting: { groups: [{ name: 'safety-core', test: SAFETY_CORE }] } },
      // The demo imports every element, so the elements' lazy imports of each other stay in one chunk: expected here.
      onwarn(warning, warn) {
        if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
      },
    },
  },
});
cpSync(`${demo}/data`, `${out}/data`, { recursive: true });
console.log(`build-demo: ${DEMO_PAGES.join(', ')} and data/ in ${out}`);
