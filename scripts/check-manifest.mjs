// Keeps docs true: custom-elements.json (from JSDoc), the README tables, package.json exports,
// scripts/entries.mjs and dist/schemas must agree. Writes .test-results/manifest.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elements } from './entries.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const results = [];
const check = (name, ok, why = '') => results.push({ name, ok, why });
const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

const decls = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));
const byTag = new Map(decls.map((d) => [d.tagName, d]));

/** Names in the first column of README tables whose header starts with `kind`, in the section of `tag`. */
function readmeNames(tag, kind) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return null;
  const next = readme.indexOf('\n### ', start + 5);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const names = [];
  let inTable = false;
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const first = line.split('|')[1].trim();
    if (new RegExp(`^${kind}\\b`, 'i').test(first)) inTable = true;
    else if (inTable && !/^-+$/.test(first.replace(/:/g, ''))) names.push(first.replace(/`/g, ''));
  }
  return names;
}

for (const e of elements) {
  const d = byTag.get(e.tag);
  check(`${e.tag} is in custom-elements.json with a summary`, !!d?.summary, d ? 'no @summary' : 'missing');
  if (!d) continue;
  check(`${e.tag} has package.json export ./${e.name}.js`, !!pkg.exports[`./${e.name}.js`]);
  const attrs = (d.attributes ?? []).map((a) => a.name);
  const events = (d.events ?? []).map((ev) => ev.name);
  const rAttrs = readmeNames(e.tag, 'attribute');
  const rEvents = readmeNames(e.tag, 'event');
  check(`README attributes of ${e.tag} match the manifest`, rAttrs && same(attrs, rAttrs), `manifest [${attrs}] vs README [${rAttrs}]`);
  check(`README events of ${e.tag} match the manifest`, rEvents && same(events, rEvents), `manifest [${events}] vs README [${rEvents}]`);
  for (const ev of events) check(`${ev} has dist/schemas/${ev}.schema.json`, existsSync(`dist/schemas/${ev}.schema.json`));
  for (const ev of d.events ?? []) check(`${e.tag} documents ${ev.name}`, !!ev.description);
}
for (const tag of byTag.keys()) check(`${tag} is listed in scripts/entries.mjs`, elements.some((e) => e.tag === tag));

mkdirSync('.test-results', { recursive: true });
const failedChecks = results.filter((r) => !r.ok);
for (const r of failedChecks) console.log(`FAIL ${r.name}: ${r.why}`);
writeFileSync(
  '.test-results/manifest.json',
  JSON.stringify({ passed: results.length - failedChecks.length, failed: failedChecks.length, failures: failedChecks.map((r) => `${r.name}: ${r.why}`) }),
);
console.log(`manifest: ${results.length - failedChecks.length} passed, ${failedChecks.length} failed`);
process.exit(failedChecks.length ? 1 : 0);
