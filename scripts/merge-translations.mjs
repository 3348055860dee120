// Refreshes locales/*.xlf from the source (lit-localize extract), then fills every missing <target>
// from locales/translations/*.json ({ "<English source>": { "<locale>": "<text>" } }).
// Placeholders: `${expr}` in a translation is matched to the English key's expressions by order.
// Targets written here carry state="needs-review-translation": written by us, not yet reviewed
// by a native speaker. Usage: node scripts/merge-translations.mjs [--check]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

const check = process.argv.includes('--check');
const configAt = process.argv.indexOf('--config');
const config = JSON.parse(readFileSync(configAt > 0 ? process.argv[configAt + 1] : 'lit-localize.json', 'utf8'));

if (check) {
  // What ships is what `lit-localize build` generates: it names every message of the source that has
  // no translation in a locale ("<locale> message <id> is missing").
  const out = spawnSync('node_modules/.bin/lit-localize', ['build'], { encoding: 'utf8' });
  const missing = `${out.stdout}${out.stderr}`.split('\n').filter((l) => / message \S+ is missing/.test(l));
  for (const line of missing.slice(0, 30)) console.log(line);
  console.log(missing.length ? `${missing.length} messages have no translation (add them to locales/translations/*.json, then run node scripts/merge-translations.mjs)` : 'translations: every message translated in every locale');
  process.exit(missing.length || out.status ? 1 : 0);
}
// `--config other.json` extracts with another lit-localize config (e.g. one that leaves out work in progress).
execSync(`npx lit-localize extract${configAt > 0 ? ` --config ${process.argv[configAt + 1]}` : ''}`, { stdio: 'inherit' });

const EXPR = /\$\{([^}]*)\}/g;
const normalize = (s) => s.replace(EXPR, '${}').replace(/\s+/g, ' ').trim();

// key (placeholders blanked) -> { exprs: [...], byLocale: {...} }
const table = new Map();
for (const file of readdirSync('locales/translations').filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(`locales/translations/${file}`, 'utf8'));
  for (const [english, byLocale] of Object.entries(data)) {
    table.set(normalize(english), { exprs: [...english.matchAll(EXPR)].map((m) => m[1]), byLocale, file });
  }
}

const sourceText = (node) => {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.data;
    else if (c.nodeName === 'x') out += '${}';
  }
  return out;
};

let missing = 0;
for (const locale of config.targetLocales) {
  const path = `${config.interchange.xliffDir}${locale}.xlf`;
  const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  let filled = 0;
  let updated = 0;
  let absent = 0;
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    const entry = table.get(normalize(sourceText(source)));
    const text = entry?.byLocale[locale];
    const existing = unit.getElementsByTagName('target')[0];
    if (existing) {
      // A reviewed translation (any other state) is never overwritten; ours are refreshed from the JSON.
      if (!text || existing.getAttribute('state') !== 'needs-review-translation' || sourceText(existing) === text.replace(EXPR, '${}')) continue;
      updated++;
    }
    if (!text) {
      absent++;
      continue;
    }
    const xs = Array.from(source.getElementsByTagName('x'));
    const target = doc.createElement('target');
    target.setAttribute('state', 'needs-review-translation');
    let last = 0;
    for (const m of text.matchAll(EXPR)) {
      target.appendChild(doc.createTextNode(text.slice(last, m.index)));
      const i = entry.exprs.indexOf(m[1]);
      if (i < 0 || !xs[i]) throw new Error(`${entry.file}: "${m[1]}" is not a placeholder of "${text}"`);
      target.appendChild(xs[i].cloneNode(true));
      last = m.index + m[0].length;
    }
    target.appendChild(doc.createTextNode(text.slice(last)));
    if (existing) {
      // In place: an updated translation changes one line of the file, not its blank lines.
      unit.replaceChild(target, existing);
    } else {
      unit.appendChild(doc.createTextNode('\n  '));
      unit.appendChild(target);
      unit.appendChild(doc.createTextNode('\n'));
    }
    filled++;
  }
  missing += absent;
  writeFileSync(path, new XMLSerializer().serializeToString(doc));
  console.log(`${locale}: ${filled - updated} filled, ${updated} updated, ${absent} missing`);
}
if (missing) console.log(`${missing} messages still need a translation in locales/translations/*.json`);
