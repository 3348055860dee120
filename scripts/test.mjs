// `npm test`: everything CI holds us to, in one run. Each step reports; the last line is
// `tests: N passed, M failed` (browser tests count one each; every other check counts one).
// Finds or installs browsers first (and PostgreSQL + PostGIS for the server step). Exits non-zero on any failure.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';
import { localize } from './localize.mjs';
import { npx, run } from './run.mjs';
import { startHsdsPg } from './hsds-pg-for-tests.mjs';

const started = Date.now();
const only = process.argv.slice(2); // e.g. `npm test -- browser` runs one step
let passed = 0;
let failed = 0;
const failures = [];

function count(name, ok, n = 1) {
  if (ok) passed += n;
  else {
    failed += n;
    failures.push(name);
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

/** Adds the `N passed, M failed` a sub-step wrote to a JSON file (or one failure if it wrote none). */
function countFrom(file, name, ok) {
  if (!existsSync(file)) return count(name, false);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const p = data.passed ?? 0;
  const f = data.failed ?? 0;
  passed += p;
  failed += f;
  if (f || !ok) failures.push(...(data.failures ?? [name]));
  if (!ok && f === 0) count(`${name} (exited with an error)`, false);
  console.log(`${f === 0 && ok ? 'ok  ' : 'FAIL'} ${name}: ${p} passed, ${f} failed`);
}

const step = (name) => !only.length || only.includes(name);
rmSync('.test-results', { recursive: true, force: true });

let browsers;
try {
  browsers = ensureBrowsers();
  count(`browsers found (${browsers.chromium}, ${browsers.firefox})`, true);
} catch (err) {
  console.error(String(err.message));
  count('browsers found', false);
}
const env = { CHROME_PATH: browsers?.chromium ?? '', FIREFOX_PATH: browsers?.firefox ?? '' };

count('translations generated and split by element (lit-localize build)', localize());
if (step('translations')) count('every message translated in every locale', run('node', ['scripts/merge-translations.mjs', '--check'], { quiet: true }));
if (step('language')) countFrom('.test-results/language.json', 'plain language and respect (reading grade, stigmatizing words)', run('node', ['scripts/check-language.mjs']));
if (step('risk-words')) countFrom('.test-results/risk-words.json', 'crisis words: recall >= 95 % and false alarms <= 5 % per language (npm run risk-words)', run('node', ['scripts/risk-words.mjs'], { quiet: true }));
if (step('typecheck')) count('type-check (tsc --noEmit, strict)', npx('tsc', ['--noEmit', '-p', 'tsconfig.json']));
if (step('lint')) count('lint (eslint: typescript, lit, lit-a11y)', npx('eslint', ['.', '--max-warnings', '0']));
// The HSDS API server (server/): its own type-check, then node:test against a throwaway PostgreSQL
// cluster that scripts/test-server.mjs starts (installing Debian's postgresql + postgis when missing) and removes.
if (step('server')) {
  count('server type-check (tsc -p server/tsconfig.json)', npx('tsc', ['--noEmit', '-p', 'server/tsconfig.json']));
  countFrom('.test-results/server.json', 'HSDS API server on PostgreSQL (node --test, embedded cluster)', run('node', ['scripts/test-server.mjs']));
}

const built = step('build') || step('size') || step('manifest') || step('bundle') || step('pack') ? run('node', ['scripts/build.mjs']) : true;
if (step('build')) count('build (ES modules, bundle, types, manifest, schemas)', built);
if (step('size')) {
  countFrom('.test-results/size.json.counts', 'size budget', run('node', ['scripts/size.mjs', '--counts']));
  run('node', ['scripts/compare-peers.mjs']); // informational: SurveyJS and LHC-Forms payloads, never fails
}
if (step('manifest')) countFrom('.test-results/manifest.json', 'manifest, README and exports agree', run('node', ['scripts/check-manifest.mjs']));
if (step('pack')) countFrom('.test-results/pack.json', 'npm pack contains only dist, manifest, README, LICENSE', run('node', ['scripts/check-pack.mjs']));
if (step('bundle')) countFrom('.test-results/bundle.json', 'built files in Chromium', run('node', ['scripts/check-bundle.mjs'], { env }));
if (step('browser')) {
  // The finder's remote-mode conformance tests also run against the PostgreSQL HSDS server (server/):
  // started here on 127.0.0.1 and handed to the test runner as HSDS_PG_URL. If it cannot start, that is
  // a failure here and those tests show as skipped (never a silent pass).
  let pg;
  try {
    pg = await startHsdsPg();
    console.log(`ok   PostgreSQL HSDS server for the remote-mode browser tests (${pg.url}, ready in ${(pg.ms / 1000).toFixed(1)} s)`);
  } catch (err) {
    count(`PostgreSQL HSDS server for the remote-mode browser tests: ${err.message}`, false);
  }
  const ok = npx('web-test-runner', [], { env: { ...env, CI: 'true', HSDS_PG_URL: pg?.url ?? '' } });
  pg?.stop();
  const r = existsSync('.test-results/browser.json') ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8')) : null;
  if (!r) count('browser tests (no results: the runner failed to start)', false);
  for (const [name, c] of Object.entries(r?.byBrowser ?? {})) {
    passed += c.passed;
    failed += c.failed;
    console.log(`${c.failed ? 'FAIL' : 'ok  '} browser tests in ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped ?? 0} skipped`);
  }
  if (r) failures.push(...r.failures);
  if (!ok && r && Object.values(r.byBrowser).every((c) => c.failed === 0)) count('browser test runner exited with an error', false);
}
if (step('e2e')) {
  const demo = run('node', ['scripts/build-demo.mjs']);
  if (!demo) count('demo build for end-to-end journeys', false);
  else countFrom('.test-results/e2e.json', 'end-to-end journeys, strict CSP, no network of our own (Chromium; the encrypted handoff in Firefox too)', run('node', ['scripts/e2e.mjs'], { env }));
}
if (step('storybook')) {
  const ok = npx('storybook', ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry'], { env: { STORYBOOK_DISABLE_TELEMETRY: '1' } });
  count('Storybook static build', ok);
  if (ok) countFrom('.test-results/stories.json', 'every story renders without console errors', run('node', ['scripts/check-stories.mjs'], { env }));
}

if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures.slice(0, 40)) console.log(`  - ${f}`);
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`duration: ${Math.floor(seconds / 60)} min ${seconds % 60} s (${seconds} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
