// What `npm publish` would ship: only dist/ (modules, bundle, chunks, schemas, types), the manifest,
// README, LICENSE and package.json, and every `exports` target among them. Needs a build first
// (`node scripts/build.mjs`). Writes .test-results/pack.json; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const results = [];
const check = (name, ok, why = '') => results.push({ name, ok, why });
const list = (paths, max = 8) => paths.slice(0, max).join(', ') + (paths.length > max ? ` and ${paths.length - max} more` : '');

function packedFiles() {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  if (r.status !== 0) return { error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  try {
    const [info] = JSON.parse(r.stdout);
    return { files: info.files.map((f) => f.path), size: info.size, unpackedSize: info.unpackedSize };
  } catch (err) {
    return { error: `unreadable npm pack output: ${err.message}` };
  }
}

const pack = packedFiles();
check('npm pack --dry-run lists the package', !pack.error, pack.error);
const files = pack.files ?? [];
const has = new Set(files);

// Rule: an allow-list, nothing else.
const ROOT_FILES = ['package.json', 'README.md', 'LICENSE', 'custom-elements.json'];
const allowed = (p) => ROOT_FILES.includes(p) || p.startsWith('dist/');
const stray = files.filter((p) => !allowed(p));
check('only dist/, custom-elements.json, README.md, LICENSE and package.json are packed', stray.length === 0, `also packed: ${list(stray)}`);

// Rules for what must never ship, each named so a failure says what slipped in.
const forbidden = [
  ['no sources (src/)', (p) => p.startsWith('src/')],
  ['no tests or fixtures (test/, .test-results/)', (p) => p.startsWith('test/') || p.startsWith('.test-results/')],
  ['no stories or Storybook output', (p) => p.startsWith('stories/') || p.startsWith('.storybook/') || p.startsWith('storybook-static/')],
  ['no demo pages', (p) => p.startsWith('demo/') || p.startsWith('demo-dist/')],
  ['no node_modules', (p) => p.includes('node_modules/')],
  ['no benchmarks or bench data', (p) => p.startsWith('bench/')],
  ['no screenshots or raster images', (p) => p.startsWith('screenshots/') || /\.(png|jpe?g|webp|gif|avif)$/i.test(p)],
  ['no source maps', (p) => p.endsWith('.map')],
  ['no TypeScript sources (only .d.ts under dist/types)', (p) => /\.(m|c)?tsx?$/.test(p) && !(p.startsWith('dist/types/') && p.endsWith('.d.ts'))],
  ['no build, lint or config files', (p) => /^(scripts|locales|docs|\.ci)\//.test(p) || /(^|\/)(tsconfig[^/]*\.json|vite\.config\.\w+|eslint\.config\.\w+|web-test-runner\.config\.\w+|\.npmrc|\.gitignore|package-lock\.json)$/.test(p)],
  ['no packed tarballs or logs', (p) => /\.(tgz|log)$/.test(p)],
];
for (const [name, bad] of forbidden) {
  const hits = files.filter(bad);
  check(name, hits.length === 0, list(hits));
}

// Rule: what a user needs is there.
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/index.js',
  'dist/compassionate-intake.js',
  'dist/types/index.d.ts',
];
const missing = required.filter((p) => !has.has(p));
check('the entry points, bundle, types, manifest, README and LICENSE are packed', missing.length === 0, `missing: ${list(missing)}`);
const schemas = files.filter((p) => /^dist\/schemas\/[^/]+\.schema\.json$/.test(p));
check('the JSON Schemas are packed (dist/schemas/*.schema.json)', schemas.length > 0, 'none found');

// Rule: every path package.json points at is in the pack.
/** Every target string in an exports value (conditions nest; arrays are fallbacks). */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}
const inPack = (target) => {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return has.has(path);
  const re = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`);
  return files.some((p) => re.test(p));
};
const exportTargets = Object.entries(pkg.exports ?? {}).flatMap(([key, value]) => targets(value).map((t) => [key, t]));
const badExports = exportTargets.filter(([, t]) => !inPack(t)).map(([key, t]) => `${key} -> ${t}`);
check(`every package.json exports target is packed (${exportTargets.length} targets)`, exportTargets.length > 0 && badExports.length === 0, badExports.length ? `not packed: ${list(badExports)}` : 'no exports');
const fields = ['main', 'module', 'types', 'customElements'].filter((f) => pkg[f]);
const badFields = fields.filter((f) => !inPack(pkg[f])).map((f) => `${f}: ${pkg[f]}`);
check('main, module, types and customElements point at packed files', badFields.length === 0, `not packed: ${list(badFields)}`);

mkdirSync('.test-results', { recursive: true });
const failedChecks = results.filter((r) => !r.ok);
for (const r of failedChecks) console.log(`FAIL ${r.name}: ${r.why}`);
writeFileSync(
  '.test-results/pack.json',
  JSON.stringify({
    passed: results.length - failedChecks.length,
    failed: failedChecks.length,
    failures: failedChecks.map((r) => `${r.name}: ${r.why}`),
    files: files.length,
    size: pack.size,
    unpackedSize: pack.unpackedSize,
  }),
);
console.log(`pack: ${results.length - failedChecks.length} passed, ${failedChecks.length} failed (${files.length} files, ${Math.round((pack.size ?? 0) / 1024)} kB packed)`);
process.exit(failedChecks.length ? 1 : 0);
