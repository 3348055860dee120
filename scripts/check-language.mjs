// Plain language and respect (issue 7): the reading grade of every English string a person reads,
// and no stigmatizing words anywhere in the English that ships. Writes .test-results/language.json
// ({ passed, failed, failures }) and prints `language: N passed, M failed`; exits non-zero on failure.
//
// What is read
// - Our strings: every msg() of the source, as the <source> texts of locales/es.xlf (lit-localize
//   extract; `merge-translations.mjs --check` in `npm test` fails when a msg() is missing there).
//   Placeholders <x equiv-text="${...}"/> become a neutral one-syllable word: "ten" for numbers
//   (counts, totals, phone numbers, distances), "it" for everything else (names, labels, times).
// - Fixed instrument text: PHQ-9, GAD-7, PHQ-4, WHO-5 stems, items and answer options, and their
//   required notices (src/check-in/scripts/instruments.ts). Validated wording may not be changed, so
//   it is graded for information only; it is still scanned for stigmatizing words.
// - Sample data shown in the demo: English text fields of demo/data/sample-directory.json (graded for
//   information only; scanned for stigmatizing words).
// - Every string literal and template-literal text in src/**/*.ts (crisis line names, hours and notes,
//   needs-catalog keywords and Open Eligibility term names, error messages): stigma scan only, since
//   names, keywords and developer messages are not sentences a grade formula can judge.
//
// How grade is scored
// - Flesch-Kincaid grade from text-readability's own counts (words, sentences, syllables), without the
//   library's rounding of words-per-sentence and syllables-per-word to one decimal (that rounding
//   moves a short string's grade by up to 0.6). SMOG and Coleman-Liau are printed for information.
// - Grade formulas mean nothing for labels ("Next", "Food", "Not now"): only strings of 5 or more
//   words are scored. The gate: median of our scored strings <= 6, and none of them above 9. The
//   median over every string (labels included) is printed too.
//
// Stigmatizing terms: one check each, case-insensitive, on word boundaries (see TERMS below).
import { readFileSync, readdirSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import rs from 'text-readability';
import { DOMParser } from '@xmldom/xmldom';
import ts from 'typescript';
import { build } from 'vite';

const MEDIAN_MAX = 6;
const GRADE_MAX = 9;
const MIN_WORDS = 5;

/**
 * Person-first, non-stigmatizing language (CONVENTIONS.md "Voice and tone"; NIDA "Words Matter";
 * reportingonsuicide.org; APA Style bias-free language; AP Stylebook on immigration). Each entry is
 * one check. Deliberately NOT listed:
 * - "addiction": names a condition, not a person ("addiction services", Open Eligibility's
 *   "Addiction & Recovery"); NIDA uses it itself. Only "addict(s)", which labels a person, fails.
 * - "abuse" alone: domestic and elder abuse are the plain, correct words; only "substance/drug/alcohol
 *   abuse(r)" fails (say "substance use", "person who uses drugs").
 * - "victim", "clean"/"dirty", "homeless" as an adjective ("homeless shelter"): too many correct uses
 *   (legal terms, hygiene, service names); reviewed by hand instead.
 */
export const TERMS = [
  { term: 'committed suicide', re: /\bcommit(?:s|ted|ting)?\s+suicide\b/i, say: 'died by suicide' },
  { term: 'addict', re: /\baddicts?\b/i, say: 'person who uses drugs; person with a substance use disorder' },
  { term: 'crazy', re: /\bcrazy\b/i, say: 'describe the feeling or behavior ("very upset", "confusing")' },
  { term: 'non-compliant', re: /\bnon[-\s]?complian(?:t|ce)\b/i, say: '"chose not to", "the plan did not fit"' },
  { term: 'mentally ill person', re: /\bmentally\s+ill\s+(?:person|persons|people|individuals?|man|men|woman|women|patients?)\b/i, say: 'person living with a mental illness' },
  { term: 'the mentally ill', re: /\bthe\s+mentally\s+ill\b/i, say: 'people living with mental illness' },
  { term: 'suffers from', re: /\bsuffer(?:s|ed|ing)?\s+from\b/i, say: '"lives with", "has", "is going through"' },
  { term: 'substance abuse(r)', re: /\b(?:substance|drug|alcohol)\s+abus(?:e|er|ers)\b/i, say: 'substance use; person who uses drugs' },
  { term: 'junkie / alcoholic', re: /\b(?:junkies?|druggies?|alcoholics?)\b(?!\s+anonymous)/i, say: 'person who uses drugs / alcohol' },
  { term: 'psycho / schizo', re: /\b(?:psychos?|schizos?|psychotics?)\b/i, say: 'person living with psychosis / schizophrenia' },
  { term: 'lunatic / insane / nuts', re: /\b(?:lunatics?|insane|insanity|madman|madwoman|nutcase)\b/i, say: 'describe what is happening' },
  { term: 'failed or successful suicide', re: /\b(?:successful|unsuccessful|failed|completed)\s+suicide\b/i, say: '"suicide attempt", "died by suicide"' },
  { term: 'retarded / handicapped', re: /\b(?:retard(?:ed|s)?|handicapped|wheelchair[-\s]bound|confined\s+to\s+a\s+wheelchair)\b/i, say: 'person with a disability; uses a wheelchair' },
  { term: 'illegal alien', re: /\billegal\s+(?:aliens?|immigrants?)\b/i, say: 'undocumented person; person without papers' },
  { term: 'the homeless (as a noun)', re: /\bthe\s+homeless\b(?![\s-]+[a-z])/i, say: 'people without a home; people experiencing homelessness' },
  { term: 'prostitute', re: /\bprostitutes?\b/i, say: 'person who sells or trades sex' },
];

// ---- reading -------------------------------------------------------------------------------------

const NUMERIC = /count|shown|total|min|max|index|number|emergency|display|menu|amount|distance|percentage|n\(/i;

function xliffSources(path) {
  const doc = new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  const out = [];
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    let text = '';
    let raw = '';
    for (let c = source.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        text += c.data;
        raw += c.data;
      } else if (c.nodeName === 'x') {
        const eq = c.getAttribute('equiv-text') ?? '';
        text += NUMERIC.test(eq) ? 'ten' : 'it';
        raw += eq;
      }
    }
    out.push({ id: unit.getAttribute('id'), text: text.replace(/\s+/g, ' ').trim(), raw: raw.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

/**
 * Fixed instrument text: the check-in's instruments and the needs finder's AHC HRSN items (those with a
 * LOINC code; our own safety question has none). Bundled by Vite (as size.mjs does), imported from a data: URL.
 */
async function instrumentTexts() {
  const dir = 'node_modules/.cache/compassionate-intake';
  mkdirSync(dir, { recursive: true });
  const entry = join(process.cwd(), dir, 'language-entry.ts');
  writeFileSync(
    entry,
    "export * from '../../../src/check-in/scripts/instruments.ts';\nexport { SCREENING_ITEMS } from '../../../src/needs-finder/screening.ts';\n",
  );
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'language' } },
  });
  const chunk = (Array.isArray(result) ? result[0] : result).output.find((o) => o.type === 'chunk' && o.isEntry);
  const mod = await import(`data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`);
  const texts = new Map(); // text -> where
  const add = (text, where) => texts.has(text) || texts.set(text, where);
  const defs = [...Object.values(mod.INSTRUMENTS), { id: 'phq-9', title: '', stem: '', notices: [], items: [mod.PHQ9_DIFFICULTY] }];
  for (const def of defs) {
    if (def.stem) add(def.stem, `${def.id} stem`);
    for (const n of def.notices) add(n, `${def.id} notice`);
    for (const item of def.items) {
      add(item.text, `${def.id} item ${item.item}`);
      for (const o of item.options) {
        add(o.text, `${def.id} option`);
        add(o.display, `${def.id} option (FHIR display)`);
      }
    }
  }
  for (const item of mod.SCREENING_ITEMS) {
    if (item.code) add(item.text, `AHC HRSN ${item.id}`);
    for (const o of item.options) if (o.code) add(o.display, `AHC HRSN ${item.id} option`);
  }
  return [...texts].map(([text, where]) => ({ text, where }));
}

/** English text fields of the sample directory (ids, urls, codes, hours and numbers left out). */
function directoryTexts(path) {
  const SKIP = /^(id|url|website|email|number|code|status|currency|freq|byday|opens_at|closes_at|latitude|longitude|postal_code|country|state_province|address_type|location_type|link_type|link_entity|taxonomy_term_id|type|extension|language|locale)$/;
  const texts = new Map();
  const walk = (v, key) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.entries(v).forEach(([k, x]) => walk(x, k));
    if (typeof v === 'string' && !SKIP.test(key ?? '') && /[a-z]/i.test(v)) texts.set(v, key);
  };
  walk(JSON.parse(readFileSync(path, 'utf8')));
  return [...texts].map(([text, where]) => ({ text, where }));
}

/** Every string literal and template-literal text in src/**\/*.ts (imports and generated locales left out). */
function sourceLiterals(dir) {
  const files = [];
  const list = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        // generated: lit-localize output. help-vocabulary: words matched against directory text, never shown;
        // it keeps terms directories still use ("substance abuse") so that a search finds those services.
        if (name !== 'generated' && name !== 'help-vocabulary') list(p);
      } else if (p.endsWith('.ts')) files.push(p);
    }
  };
  list(dir);
  const out = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        if (/[a-z]{2}/i.test(node.text)) out.push({ text: node.text, where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

// ---- scoring -------------------------------------------------------------------------------------

const words = (t) => rs.lexiconCount(t);
function fk(text) {
  const w = rs.lexiconCount(text);
  if (!w) return 0;
  return 0.39 * (w / rs.sentenceCount(text)) + 11.8 * (rs.syllableCount(text) / w) - 15.59;
}
const round1 = (x) => Math.round(x * 10) / 10;
function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
const score = (t) => ({ ...t, words: words(t.text), grade: round1(fk(t.text)), smog: rs.smogIndex(t.text), cli: rs.colemanLiauIndex(t.text) });

// ---- run -----------------------------------------------------------------------------------------

const instruments = (await instrumentTexts()).map(score);
const fixed = new Set(instruments.map((s) => s.text));
// A msg() whose English is an AHC item's own wording is fixed text too (the third-person adaptations are ours).
const all = xliffSources('locales/es.xlf').map(score);
const ours = all.filter((s) => !fixed.has(s.raw));
const directory = directoryTexts('demo/data/sample-directory.json').map(score);
const literals = sourceLiterals('src');

const scored = ours.filter((s) => s.words >= MIN_WORDS);
const instScored = instruments.filter((s) => s.words >= MIN_WORDS);
// Names (proper names) and Open Eligibility term titles are not prose: graded text is descriptions, processes, fees.
const dirScored = directory.filter((s) => s.words >= MIN_WORDS && !/name|option/.test(s.where) && !s.text.startsWith('Open Eligibility:'));
const med = median(scored.map((s) => s.grade));
const too = scored.filter((s) => s.grade > GRADE_MAX).sort((a, b) => b.grade - a.grade);
/** The scored strings read as one text (each its own sentence): the only way SMOG (3+ sentences) means anything. */
const asText = (list) => list.map((s) => s.text.replace(/[\s.?!:;,]*$/, '.')).join(' ');
const corpus1 = asText(scored);

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const clip = (t, n = 96) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
console.log(`\nReading grade (Flesch-Kincaid; only strings of ${MIN_WORDS}+ words are scored)`);
console.log(`  our strings (msg() in locales/es.xlf): ${all.length} strings, ${all.length - ours.length} of them AHC wording (fixed), ${scored.length} of ours scored`);
console.log(`    median grade ${fmt(med)} (gate <= ${MEDIAN_MAX}); median over all ${ours.length} of ours, labels included: ${fmt(median(ours.map((s) => s.grade)))}`);
console.log(`    above grade ${GRADE_MAX}: ${too.length} (gate: none)`);
console.log(`    read as one text: Flesch-Kincaid ${fmt(fk(corpus1))}, SMOG ${fmt(rs.smogIndex(corpus1))}, Coleman-Liau ${fmt(rs.colemanLiauIndex(corpus1))}`);
console.log(`  the 10 hardest (FK grade, Coleman-Liau, text; SMOG needs 3+ sentences, so see the line above):`);
for (const s of [...scored].sort((a, b) => b.grade - a.grade).slice(0, 10)) {
  console.log(`    ${fmt(s.grade).padStart(5)} ${fmt(s.cli).padStart(6)}   ${clip(s.raw)}`);
}
const medAll = median([...scored, ...instScored].map((s) => s.grade));
console.log(`  fixed instrument text (PHQ-9, GAD-7, PHQ-4, WHO-5, notices, AHC HRSN; not gated): ${instruments.length} strings, ${instScored.length} scored, median ${fmt(median(instScored.map((s) => s.grade)))}, max ${fmt(Math.max(...instScored.map((s) => s.grade)))}`);
console.log(`    median of ours + fixed text: ${fmt(medAll)}; the 5 hardest:`);
for (const s of [...instScored].sort((a, b) => b.grade - a.grade).slice(0, 5)) console.log(`    ${fmt(s.grade).padStart(5)}   ${s.where}: ${clip(s.text, 80)}`);
console.log(`  sample directory (info, not gated): ${directory.length} distinct strings, ${dirScored.length} scored, median ${fmt(median(dirScored.map((s) => s.grade)))}, max ${fmt(Math.max(...dirScored.map((s) => s.grade)))}`);
if (process.argv.includes('--verbose')) {
  for (const s of [...dirScored].sort((a, b) => b.grade - a.grade).slice(0, 10)) console.log(`    ${fmt(s.grade).padStart(5)}   ${s.where}: ${clip(s.text, 100)}`);
  console.log('  every scored string of ours above grade 6:');
  for (const s of [...scored].sort((a, b) => b.grade - a.grade).filter((s) => s.grade > 6)) console.log(`    ${fmt(s.grade).padStart(5)}   ${s.raw}`);
}

// Stigma scan over everything English that ships.
const corpus = [
  ...all.map((s) => ({ text: s.raw, where: `locales/es.xlf ${s.id}` })),
  ...instruments.map((s) => ({ text: s.text, where: s.where })),
  ...directory.map((s) => ({ text: s.text, where: `demo/data/sample-directory.json (${s.where})` })),
  ...literals,
];
const checks = [];
checks.push({ name: `language: median reading grade ${fmt(med)} <= ${MEDIAN_MAX}`, ok: med <= MEDIAN_MAX });
checks.push({
  name: too.length ? `language: ${too.length} strings above grade ${GRADE_MAX}: ${too.map((s) => `"${clip(s.raw, 60)}" (${fmt(s.grade)})`).join('; ')}` : `language: no string above grade ${GRADE_MAX}`,
  ok: !too.length,
});
console.log(`\nStigmatizing terms (${corpus.length} strings scanned: msg() sources, instruments, sample directory, src literals)`);
for (const t of TERMS) {
  const hits = corpus.filter((c) => t.re.test(c.text));
  checks.push({ name: hits.length ? `language: "${t.term}" in ${hits.map((h) => `${h.where}: "${clip(h.text, 60)}"`).join('; ')} (say: ${t.say})` : `language: no "${t.term}"`, ok: !hits.length });
  console.log(`  ${hits.length ? 'FAIL' : 'ok  '} ${t.term}${hits.length ? `: ${hits.length} hits` : ''}`);
  for (const h of hits.slice(0, 10)) console.log(`         ${h.where}: ${clip(h.text)}`);
}

const failures = checks.filter((c) => !c.ok).map((c) => c.name);
const passed = checks.length - failures.length;
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/language.json', JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`language: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
