// Payload next to peers (issue 7, informational): what a page loads to show one form with
// compassionate-intake, SurveyJS and LHC-Forms, measured the same way as scripts/size.mjs: gzip level 9
// of the minified files loaded at start, JS and CSS apart. Fonts, images and lazily loaded chunks are
// left out for everyone (and named). Never fails the build: a peer that cannot be measured prints
// "not measured: <why>" and the script still exits 0. Run after scripts/size.mjs (it reads
// .test-results/size.json; if that is missing it runs size.mjs first). Writes .test-results/peers.json.
//
// What each library documents for a script-tag page:
// - SurveyJS 2.5.38 ("Add a Survey to a JavaScript Application", surveyjs.io): survey-core/survey-core.min.css
//   (default theme), survey-core/survey.core.min.js, survey-js-ui/survey-js-ui.min.js. The CSS also pulls
//   Open Sans from fonts.gstatic.com (not counted; survey-core.fontless.min.css avoids it). Also measured:
//   an ES module page bundled by Vite exactly like size.mjs (`new Model(json)` + `renderSurvey`), which
//   is what a bundler user gets after tree shaking.
// - LHC-Forms 40.1.3 (package README, "Using the LHC-Forms Web Component"): webcomponent/styles.css,
//   webcomponent/assets/lib/zone.min.js, runtime.js, polyfills.js, main.js, plus ONE FHIR support file
//   when the form is a FHIR Questionnaire (fhir/R4/lformsFHIR.min.js here: PHQ-9 as a FHIR R4
//   Questionnaire is the comparable form, and our check-in exports FHIR R4 too). lforms cannot be
//   installed with its dependency tree, so its published tarball is fetched with `npm pack` into
//   node_modules/.cache/compassionate-intake/peers/ and only those files are extracted with tar.
//   Offline: LFORMS_TGZ=/path/to/lforms-40.1.3.tgz node scripts/compare-peers.mjs
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const LFORMS = '40.1.3';
const CACHE = 'node_modules/.cache/compassionate-intake/peers';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** { js, css, files: [[path, raw, gzip]] } from lists of files on disk. */
function measureFiles(dir, js, css) {
  const files = [];
  const sum = (list) =>
    list.reduce((total, f) => {
      const buf = readFileSync(join(dir, f));
      const g = gz(buf);
      files.push([f, buf.length, g]);
      return total + g;
    }, 0);
  return { js: sum(js), css: sum(css), files };
}

// ---- ours ----------------------------------------------------------------------------------------

function ours() {
  if (!existsSync('.test-results/size.json')) {
    console.log('(.test-results/size.json missing: running scripts/size.mjs first)');
    spawnSync('node', ['scripts/size.mjs'], { stdio: 'inherit' });
  }
  const rows = JSON.parse(readFileSync('.test-results/size.json', 'utf8'));
  const by = Object.fromEntries(rows.map((r) => [r.name, r.initial]));
  // Lit components carry their CSS inside the JS (adoptedStyleSheets): CSS is 0 and counted in JS.
  return [
    { name: 'compassionate-intake: check-in entry', js: by['check-in'], css: 0, note: 'one element, Lit and styles included; locale chunks load on demand' },
    { name: 'compassionate-intake: all-in-one bundle', js: by['compassionate-intake'], css: 0, note: 'all five elements; locale and validation chunks load on demand' },
  ];
}

// ---- SurveyJS ------------------------------------------------------------------------------------

function surveyCdn() {
  // The packages' exports maps hide package.json and the UMD files: read them from node_modules.
  const core = join(process.cwd(), 'node_modules/survey-core');
  const ui = join(process.cwd(), 'node_modules/survey-js-ui');
  const version = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8')).version;
  const m = measureFiles('/', [join(core, 'survey.core.min.js'), join(ui, 'survey-js-ui.min.js')], [join(core, 'survey-core.min.css')]);
  return { name: `SurveyJS ${version}: script tags (documented)`, ...m, note: 'survey.core.min.js + survey-js-ui.min.js + survey-core.min.css; + Open Sans from Google Fonts, not counted' };
}

async function surveyBundled() {
  const { buildAlone } = await import('./build-alone.mjs');
  const entry = join(CACHE, 'surveyjs-entry.js');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    entry,
    "import { Model } from 'survey-core';\nimport { renderSurvey } from 'survey-js-ui';\nexport function show(json, el) { renderSurvey(new Model(json), el); }\n",
  );
  const { byName, start } = await buildAlone('survey', entry);
  const files = [...start].map((f) => [`${f} (bundled)`, byName.get(f).code.length, gz(Buffer.from(byName.get(f).code))]);
  const js = files.reduce((s, f) => s + f[2], 0);
  const css = gz(readFileSync('node_modules/survey-core/survey-core.min.css'));
  return { name: 'SurveyJS: ES modules bundled by Vite like size.mjs', js, css, files, note: 'tree-shaken Model + renderSurvey; same default theme CSS' };
}

// ---- LHC-Forms -----------------------------------------------------------------------------------

const LFORMS_DIR = 'package/dist/lforms/';
const LFORMS_JS = ['webcomponent/assets/lib/zone.min.js', 'webcomponent/runtime.js', 'webcomponent/polyfills.js', 'webcomponent/main.js'];
const LFORMS_CSS = ['webcomponent/styles.css'];
const LFORMS_FHIR = 'fhir/R4/lformsFHIR.min.js';

function lformsTarball() {
  const tgz = join(CACHE, `lforms-${LFORMS}.tgz`);
  if (existsSync(tgz)) return tgz;
  mkdirSync(CACHE, { recursive: true });
  if (process.env.LFORMS_TGZ) {
    if (!existsSync(process.env.LFORMS_TGZ)) throw new Error(`LFORMS_TGZ=${process.env.LFORMS_TGZ} does not exist`);
    copyFileSync(process.env.LFORMS_TGZ, tgz);
    return tgz;
  }
  console.log(`(fetching lforms@${LFORMS} with npm pack into ${CACHE}; about 13 MB)`);
  const r = spawnSync('npm', ['pack', `lforms@${LFORMS}`, '--pack-destination', CACHE, '--loglevel=error'], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0 || !existsSync(tgz)) throw new Error(`npm pack lforms@${LFORMS} failed: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(0, 2).join(' ')}`);
  return tgz;
}

function lforms() {
  const tgz = lformsTarball();
  const dir = join(CACHE, `lforms-${LFORMS}`);
  const wanted = [...LFORMS_JS, ...LFORMS_CSS, LFORMS_FHIR, '../../package.json'].map((f) => join(LFORMS_DIR, f));
  if (!wanted.every((f) => existsSync(join(dir, f)))) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('tar', ['-xzf', tgz, '-C', dir, ...wanted], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tar could not extract the web component files: ${r.stderr.trim()}`);
  }
  const version = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8')).version;
  const base = join(dir, LFORMS_DIR);
  const core = measureFiles(base, LFORMS_JS, LFORMS_CSS);
  const fhir = measureFiles(base, [LFORMS_FHIR], []);
  return [
    { name: `LHC-Forms ${version}: web component (documented)`, ...core, note: 'zone.min.js + runtime.js + polyfills.js + main.js + styles.css' },
    { name: `LHC-Forms ${version}: + FHIR R4 support`, js: core.js + fhir.js, css: core.css, files: [...core.files, ...fhir.files], note: 'needed to render a FHIR Questionnaire such as PHQ-9' },
  ];
}

// ---- run -----------------------------------------------------------------------------------------

const rows = [];
const notMeasured = [];
const attempt = async (label, fn) => {
  try {
    const r = await fn();
    rows.push(...(Array.isArray(r) ? r : [r]));
  } catch (err) {
    notMeasured.push(`${label}: not measured: ${String(err.message ?? err).split('\n')[0]}`);
  }
};
await attempt('compassionate-intake', ours);
await attempt('SurveyJS (script tags)', surveyCdn);
await attempt('SurveyJS (bundled)', surveyBundled);
await attempt('LHC-Forms', lforms);

const base = rows.find((r) => r.name.includes('check-in entry'));
const all = rows.find((r) => r.name.includes('all-in-one'));
const ratio = (n, d) => (d ? `${(n / d).toFixed(1)}×` : '-');
console.log('\nPayload to show one form (gzip -9 of the minified files loaded at start; fonts and on-demand chunks not counted)\n');
console.log(`${'what the page loads'.padEnd(56)} ${'JS'.padStart(9)} ${'CSS'.padStart(9)} ${'total'.padStart(9)}   vs check-in   vs all-in-one`);
for (const r of rows) {
  const total = r.js + r.css;
  console.log(
    `${r.name.padEnd(56)} ${kb(r.js).padStart(9)} ${kb(r.css).padStart(9)} ${kb(total).padStart(9)}   ${ratio(total, base && base.js + base.css).padStart(11)}   ${ratio(total, all && all.js + all.css).padStart(13)}`,
  );
}
console.log('\nwhat each row counts:');
for (const r of rows) {
  console.log(`  ${r.name}: ${r.note}`);
  for (const [f, raw, g] of r.files ?? []) console.log(`      ${f.replace(/^.*node_modules\//, '').replace(/^.*package\/dist\/lforms\//, 'lforms/dist/lforms/').padEnd(60)} ${kb(raw).padStart(10)} raw ${kb(g).padStart(9)} gzip`);
}
for (const line of notMeasured) console.log(line);
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/peers.json', JSON.stringify({ rows: rows.map((r) => ({ name: r.name, js: r.js, css: r.css, total: r.js + r.css, note: r.note })), notMeasured }, null, 2));
console.log(`peers: ${rows.length} rows measured, ${notMeasured.length} not measured (informational, never fails)`);
process.exit(0);
