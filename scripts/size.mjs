// Size budget: bundles each element entry alone (minified, everything it loads at start, Lit included)
// and the all-in-one file, then prints gzip bytes. Locale and validation chunks load on demand and are
// reported separately. Exits non-zero when an entry is over budget. Writes .test-results/size.json.
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { elements, bundle } from './entries.mjs';
import { buildAlone } from './build-alone.mjs';
import { minifyCssTemplates, stripMsgDescriptions, wholeLocales } from './vite-plugins.mjs';

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const LOCALE = /^(es|zh-Hant|zh-Hans|tl|vi|ru|ko|ar)-/;
/** A translation chunk's element folder and locale, from its module (src/generated/locales/<area>/<locale>.ts). */
// The bundle's whole-locale modules (src/generated/locales/<locale>.ts) count as the area "all".
const localeOf = (chunk) =>
  chunk.moduleIds.map((id) => /generated\/locales\/(?:([\w-]+)\/)?([\w-]+)\.ts$/.exec(id)).find(Boolean)?.map((x, i) => (i === 1 ? (x ?? 'all') : x));

async function measure(name, entry, whole = false) {
  const { chunks, byName, start } = await buildAlone(name, entry, [minifyCssTemplates(), stripMsgDescriptions(), ...(whole ? [wholeLocales()] : [])]);
  const initial = [...start].reduce((sum, f) => sum + gz(byName.get(f).code), 0);
  const lazy = chunks.filter((c) => !start.has(c.fileName));
  // The element folders whose code this entry can run (now or later): their strings are what it loads
  // for a language (useTranslations in each module that calls msg()).
  const reach = new Set();
  const walk = (file) => {
    const c = byName.get(file);
    if (!c || reach.has(file) || localeOf(c)) return;
    reach.add(file);
    for (const dep of [...c.imports, ...c.dynamicImports]) walk(dep);
  };
  walk(`${name}.js`);
  const areas = new Set();
  // The areas registered by generated/translations/<area>.ts modules this entry can run.
  for (const f of reach) for (const id of byName.get(f).moduleIds) areas.add(/generated\/translations\/([\w-]+)\.ts$/.exec(id)?.[1]);
  const perLocale = new Map();
  for (const c of lazy) {
    const m = localeOf(c);
    if (m && areas.has(m[1])) perLocale.set(m[2], (perLocale.get(m[2]) ?? 0) + gz(c.code));
  }
  const other = lazy.filter((c) => !LOCALE.test(c.fileName)).map((c) => [c.fileName.replace(/-[\w-]+\.js$/, ''), gz(c.code)]);
  return { initial, localeMax: Math.max(0, ...perLocale.values()), areas: [...areas].filter(Boolean), other };
}

const rows = [];
for (const e of [...elements, { name: bundle.name, define: bundle.entry, budget: bundle.budget }]) {
  const m = await measure(e.name, e.define, e.name === bundle.name);
  rows.push({ name: e.name, budget: e.budget, ...m, ok: m.initial <= e.budget });
}

console.log('\nentry                        gzip at load   budget     one language*    loaded on demand');
for (const r of rows) {
  const lazy = r.other.map(([n, b]) => `${n} ${kb(b)}`).join(', ') || '-';
  console.log(
    `${r.ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(24)} ${kb(r.initial).padStart(9)}   ${kb(r.budget).padStart(8)}   ${kb(r.localeMax).padStart(9)}        ${lazy}`,
  );
}
console.log("* the largest language's strings for what the entry can show, loaded on demand (split by element)");
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/size.json', JSON.stringify(rows, null, 2));
const over = rows.filter((r) => !r.ok);
writeFileSync(
  '.test-results/size.json.counts',
  JSON.stringify({ passed: rows.length - over.length, failed: over.length, failures: over.map((r) => `size: ${r.name} over budget`) }),
);
console.log(`size: ${rows.length - over.length} passed, ${over.length} failed`);
process.exit(over.length ? 1 : 0);
