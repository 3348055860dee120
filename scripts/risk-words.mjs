// `npm run risk-words`: recall and false alarms of the crisis-word matcher on its own corpus
// (test/fixtures/risk-phrases/<language>.json: { catch: [...], ignore: [...] }), per language and overall.
// Exits non-zero when a language is under target: recall >= 95 %, false alarms <= 5 %.
//   --heldout     also scores heldout.json (phrases written before the matcher; never tune on them)
//   --verbose     lists every miss and false alarm (and which of the library's own strings match)
//   --try "text"  prints what the matcher reads and finds in one text
// Writes .test-results/risk-words.json (`passed`/`failed`: one per language and measure) for `npm test`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const RECALL = 0.95;
const FALSE_ALARMS = 0.05;
const DIR = 'test/fixtures/risk-phrases';
const args = process.argv.slice(2);

const bundled = await build({ entryPoints: ['src/check-in/crisis-words.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
const { findCrisisWords, prepare } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const tryAt = args.indexOf('--try');
if (tryAt >= 0) {
  for (const text of args.slice(tryAt + 1)) console.log(`${JSON.stringify(text)}\n  reads ${JSON.stringify(prepare(text))}\n  finds ${JSON.stringify(findCrisisWords(text))}`);
  process.exit(0);
}

const verbose = args.includes('--verbose');
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)} %` : '-');

function score(name, sets) {
  console.log(`\n${name}`);
  console.log('language   recall             false alarms');
  const total = { caught: 0, catch: 0, alarms: 0, ignore: 0 };
  const rows = [];
  for (const [lang, { catch: pos = [], ignore: neg = [] }] of sets) {
    const missed = pos.filter((t) => findCrisisWords(t).length === 0);
    const alarms = neg.filter((t) => findCrisisWords(t).length > 0);
    const row = { lang, caught: pos.length - missed.length, catch: pos.length, alarms: alarms.length, ignore: neg.length };
    rows.push(row);
    for (const k of Object.keys(total)) total[k] += row[k];
    console.log(`${lang.padEnd(10)} ${`${row.caught}/${row.catch}`.padStart(7)} ${pct(row.caught, row.catch).padStart(8)}   ${`${row.alarms}/${row.ignore}`.padStart(7)} ${pct(row.alarms, row.ignore).padStart(8)}`);
    if (verbose) {
      for (const t of missed) console.log(`             missed: ${t}`);
      for (const t of alarms) console.log(`             false alarm: ${t} ${JSON.stringify(findCrisisWords(t))}`);
    }
  }
  console.log(`${'overall'.padEnd(10)} ${`${total.caught}/${total.catch}`.padStart(7)} ${pct(total.caught, total.catch).padStart(8)}   ${`${total.alarms}/${total.ignore}`.padStart(7)} ${pct(total.alarms, total.ignore).padStart(8)}`);
  return rows;
}

const corpus = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'heldout.json')
  .sort()
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8'))]);
const rows = score(`Corpus (${DIR}), target: recall >= ${RECALL * 100} %, false alarms <= ${FALSE_ALARMS * 100} % per language`, corpus);

const failures = [];
let passed = 0;
for (const r of rows) {
  const checks = [
    [`risk words ${r.lang}: recall ${pct(r.caught, r.catch)}`, r.catch >= 40 && r.caught / r.catch >= RECALL],
    [`risk words ${r.lang}: false alarms ${pct(r.alarms, r.ignore)}`, r.ignore >= 15 && r.alarms / r.ignore <= FALSE_ALARMS],
  ];
  for (const [name, ok] of checks) {
    if (ok) passed++;
    else failures.push(name);
  }
}

// Ordinary text at scale: every string the library shows, in every language (informational: the crisis
// card's line that names suicide is expected to match).
let strings = 0;
const flagged = [];
for (const f of readdirSync('locales/translations')) {
  for (const [en, tr] of Object.entries(JSON.parse(readFileSync(`locales/translations/${f}`, 'utf8')))) {
    for (const t of [en, ...Object.values(tr)].filter((x) => typeof x === 'string')) {
      strings++;
      if (findCrisisWords(t).length) flagged.push(t);
    }
  }
}
console.log(`\nOrdinary text (locales/translations, 9 languages): ${flagged.length} of ${strings} strings match`);
if (verbose) for (const t of flagged) console.log(`             ${t.slice(0, 100)}`);

if (args.includes('--heldout')) {
  const held = JSON.parse(readFileSync(`${DIR}/heldout.json`, 'utf8'));
  score('Held out (heldout.json: informational, never a target)', Object.entries(held).filter(([k]) => !k.startsWith('_') && k !== 'heldout2'));
  if (held.heldout2) score('Held out, second set (heldout.json "heldout2")', Object.entries(held.heldout2));
}

mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/risk-words.json', JSON.stringify({ passed, failed: failures.length, failures }));
if (failures.length) console.log(`\nUnder target:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
process.exit(failures.length ? 1 : 0);
