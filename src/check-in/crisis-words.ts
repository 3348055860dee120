/**
 * Crisis words in free text, in every shipped language, about the person or someone they care for.
 * Loaded with the views that let a person type (views.ts), the result builder and a resume: free
 * text cannot exist before, and the words are here the moment a text can be sent. Pure: no Lit.
 *
 * How it works (docs/safety.md): the text is folded (case, Unicode compatibility forms, Latin
 * accents, Arabic letter forms, a few Traditional Chinese characters, invisible marks), words one
 * typing slip away from a rule's key words are read as those words, idioms are masked, then the
 * rules of every language run (crisis-rules.ts): a person may write in another language than the
 * page's. A match is a prompt to offer help, never a judgement: a false alarm only shows crisis lines.
 */
import type { Answer } from './engine.js';
import { riskSignals, type RiskAssessment, type RiskWords } from './risk.js';
import type { Step } from './script-schema.js';
import { LANGUAGE_RULES, SIMPLIFIED, TRADITIONAL, type LanguageRules } from './crisis-rules.js';

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]]));
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** Letters folded one for one; apostrophes go ('don’t' reads 'dont'). */
const FOLDED: Record<string, string> = { đ: 'd', ё: 'е', ٱ: 'ا', ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك' };

/**
 * Folds one text: 'SUICIDIO', 'suicidio' and 'súicidio' alike; Arabic with or without harakat,
 * hamza forms and tatweel alike; Traditional and Simplified alike for the characters the rules use.
 * Hangul and Cyrillic letters (й) keep their marks.
 */
export function foldText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  // Plain ASCII needs none of the folding below (most English text).
  if (/[^\x00-\x7f]/.test(s)) {
    s = s
      .replace(INVISIBLE, '')
      .normalize('NFD')
      .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
      .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, '')
      .normalize('NFC')
      .replace(/[đёٱةىیک’`´ʼ‘]/g, (c) => FOLDED[c] ?? '');
    if (/[\u3400-\u9fff]/.test(s)) s = s.replace(/活著/g, '活着').replace(/[\u3400-\u9fff]/g, (c) => TO_SIMPLIFIED.get(c) ?? c);
  }
  return s.replace(/['`]/g, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
}

/** Words one space apart, `|` between sentences, a space at each end; letters repeated 3+ times once ("dieee"). */
function words(folded: string): string {
  return ` ${folded
    .replace(/[.!?;:。！？；…\n\r]+/g, ' | ')
    .replace(/[^\p{L}\p{N}\p{M}|§]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/ +/g, ' ')
    .trim()} `;
}

/** The text as the rules read it. */
export const prepare = (text: string): string => words(foldText(text));

/* ------------------------------------------------------------------ typing slips */

/**
 * One Damerau edit (insertion, deletion, substitution, transposition) apart, keeping the first
 * letter (a slip there turns too many ordinary words into key words: willing/killing).
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || a[0] !== b[0] && !(a[0] === b[1] && a[1] === b[0])) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return i > 0;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return i > 0 && long.slice(i + 1) === short.slice(i);
}

const KEY_WORDS = new Set(Object.values(LANGUAGE_RULES).flatMap((l) => l.fuzzy ?? []));
const GUARDED = new Set(Object.values(LANGUAGE_RULES).flatMap((l) => l.guard ?? []));
const SLIP_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}]{5,}$/u;
const slipCache = new Map<string, string>();

/** Reads a word one slip away from a key word (5+ Latin or Cyrillic letters) as that key word. */
function correctSlips(text: string): string {
  return text.replace(/[\p{L}\p{M}]{5,}/gu, (w) => {
    if (KEY_WORDS.has(w) || GUARDED.has(w) || !SLIP_SCRIPT.test(w)) return w;
    let fixed = slipCache.get(w);
    if (fixed === undefined) {
      fixed = w;
      for (const key of KEY_WORDS) {
        if (oneSlipApart(w, key)) {
          fixed = key;
          break;
        }
      }
      if (slipCache.size > 2000) slipCache.clear();
      slipCache.set(w, fixed);
    }
    return fixed;
  });
}

/* ------------------------------------------------------------------ rules */

// The text has a space before and after every word (words()), so a literal space is a word boundary
// (and lets the regular expression engine skip ahead quickly).
const LEFT: Record<LanguageRules['bound'], string> = {
  word: ' ',
  // Arabic writes the, and, so, with, will (and Egyptian/Levantine will) on the word itself.
  ar: ' (?:ال|وال|بال|فال|لل|[وفبلسكحه]{1,2})?',
  none: '',
};
const RIGHT: Record<LanguageRules['bound'], string> = { word: '(?= )', ar: '', none: '' };

/** The script each language's rules read: rules of a script absent from the text are skipped. */
const SCRIPT: Record<string, RegExp> = {
  en: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  tl: /\p{Script=Latin}/u,
  vi: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ko: /\p{Script=Hangul}/u,
  ar: /\p{Script=Arabic}/u,
};

function expand(source: string, slots: Record<string, string> = {}): string {
  let out = source;
  for (let i = 0; i < 4 && /\{[A-Z0-9]+\}/.test(out); i++) {
    out = out.replace(/\{([A-Z0-9]+)\}/g, (whole, name: string) =>
      name === 'W' ? '[^\\s|]+' : name === 'G' ? '(?: [^\\s|]+){0,2}' : slots[name] !== undefined ? `(?:${slots[name]})` : whole,
    );
  }
  return out;
}

const compile = (source: string, l: LanguageRules, flags = 'u'): RegExp =>
  new RegExp(`${LEFT[l.bound]}(?:${expand(source, l.slots)})${RIGHT[l.bound]}`, flags);

interface Rule {
  id: string;
  script: RegExp;
  re: RegExp;
  /** With tone marks in the text, this must match the marked text too (Vietnamese). */
  marked?: RegExp;
  /** Runs only on text with Vietnamese tone marks, against the marked text. */
  onlyMarked?: boolean;
}

const RULES: Rule[] = [];
const IDIOMS: Array<{ script: RegExp; re: RegExp }> = [];
for (const [lang, l] of Object.entries(LANGUAGE_RULES)) {
  for (const [id, source] of Object.entries(l.rules)) {
    const marked = l.marked?.[id];
    RULES.push({ id: `${lang}:${id}`, script: SCRIPT[lang], re: compile(source, l), marked: marked ? compile(marked, l) : undefined });
  }
  for (const [id, source] of Object.entries(l.onlyMarked ?? {})) {
    RULES.push({ id: `${lang}:${id}`, script: SCRIPT[lang], re: compile(source, l), onlyMarked: true });
  }
  for (const source of l.idioms ?? []) IDIOMS.push({ script: SCRIPT[lang], re: compile(source, l, 'gu') });
}

/** Vietnamese letters and tones that Spanish, Tagalog and English do not use. */
const VIETNAMESE_MARKS = /[ăâêôơưđ\u1EA0-\u1EF9]/u;

/* ------------------------------------------------------------------ host words */

/** Host words read across sentence marks ('a.b' is the words 'a b'). */
const withoutSentences = (s: string): string => s.replace(/[|§]/g, ' ').replace(/ +/g, ' ');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A host word as a rule: whole words in spaced scripts, anywhere in Chinese, Japanese, Korean and Thai; '*' at the end matches word starts. */
function hostRule(word: string): RegExp | null {
  const prefix = word.trim().endsWith('*');
  const body = withoutSentences(prepare(prefix ? word.trim().slice(0, -1) : word)).trim();
  if (!body) return null;
  const source = escape(body);
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(body)) return new RegExp(source, 'u');
  const left = /\p{Script=Arabic}/u.test(body) ? LEFT.ar : LEFT.word;
  return new RegExp(`${left}${source}${prefix ? '' : RIGHT.word}`, 'u');
}

const hostRules = new WeakMap<RiskWords, RegExp[]>();
function rulesOf(extra: RiskWords): RegExp[] {
  let rules = hostRules.get(extra);
  if (!rules) {
    rules = Object.values(extra)
      .flat()
      .map(hostRule)
      .filter((r): r is RegExp => r !== null);
    hostRules.set(extra, rules);
  }
  return rules;
}

/* ------------------------------------------------------------------ finding */

/** Long texts are read in overlapping windows so every rule stays fast. */
const WINDOW = 4000;
const OVERLAP = 200;

function findIn(text: string, extra: RiskWords | undefined, hits: Set<string>): void {
  const folded = words(foldText(text));
  if (extra && rulesOf(extra).some((re) => re.test(withoutSentences(folded)))) hits.add('host');
  const present = new Map<RegExp, boolean>();
  const has = (script: RegExp): boolean => {
    let yes = present.get(script);
    if (yes === undefined) present.set(script, (yes = script.test(folded)));
    return yes;
  };
  const read = correctSlips(folded);
  // Most texts match no rule: idioms are masked only when one does, then that rule must match again.
  const candidates = RULES.filter((r) => !hits.has(r.id) && has(r.script) && !r.onlyMarked && r.re.test(read));
  const vietnamese = VIETNAMESE_MARKS.test(text.normalize('NFC').toLowerCase());
  const marked = vietnamese ? words(text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').normalize('NFC')) : undefined;
  if (marked) for (const r of RULES) if (r.onlyMarked && r.re.test(marked)) candidates.push(r);
  if (!candidates.length) return;
  let masked = read;
  for (const idiom of IDIOMS) if (has(idiom.script)) masked = masked.replace(idiom.re, ' § ');
  for (const rule of candidates) {
    if (!rule.onlyMarked && !rule.re.test(masked)) continue;
    if (marked && rule.marked && !rule.marked.test(marked)) continue;
    hits.add(rule.id);
  }
}

/**
 * Finds crisis words in free text. Returns the ids of the rules that matched (`es:want-die`,
 * `host` for a host's own word), never the person's words; [] when none. Never throws.
 * `extra`: the host's own words (see `checkRiskWords` in risk.ts), added to the built-in rules.
 */
export function findCrisisWords(text: string, extra?: RiskWords): string[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const hits = new Set<string>();
  try {
    for (let at = 0; at < text.length; at += WINDOW - OVERLAP) {
      findIn(text.slice(at, at + WINDOW), extra, hits);
      if (at + WINDOW >= text.length) break;
    }
  } catch {
    // A text no rule can read (never seen so far): no words found, the person goes on.
  }
  return [...hits];
}

/** All danger signs among the answers (choices and typed words), or null when there are none. */
export function assessRisk(
  entries: ReadonlyArray<{ step: Step; answer: Answer | undefined }>,
  extra?: RiskWords,
): RiskAssessment | null {
  const find = (text: string) => findCrisisWords(text, extra);
  const signals = entries.flatMap(({ step, answer }) => riskSignals(step, answer, find));
  if (!signals.length) return null;
  return {
    level: signals.some((s) => s.level === 'emergency') ? 'emergency' : 'urgent',
    reasons: [...new Set(signals.map((s) => s.reason))],
    signals,
  };
}
