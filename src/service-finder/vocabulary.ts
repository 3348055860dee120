/**
 * Kinds of help named in any of the nine languages, expanded to the words and codes of an English
 * directory: "住房" -> housing, "心理諮詢" -> counseling, "粵語" -> services that speak Cantonese.
 * The concept table and each language's words (src/data/help-vocabulary/) load on demand, one
 * module per language through an explicit import map. Pure: no Lit, no DOM.
 */
import { CONCEPT_TABLE } from '../data/help-vocabulary/concepts.js';
import { fold } from './search-index.js';

export type VocabularyLanguage = 'en' | 'es' | 'zh' | 'tl' | 'vi' | 'ru' | 'ko' | 'ar';

// Explicit map: a template-literal import() builds but fails at run time (docs: TOOLCHAIN).
const LOADERS: Record<VocabularyLanguage, () => Promise<{ default: string }>> = {
  en: () => import('../data/help-vocabulary/en.js'),
  es: () => import('../data/help-vocabulary/es.js'),
  zh: () => import('../data/help-vocabulary/zh.js'),
  tl: () => import('../data/help-vocabulary/tl.js'),
  vi: () => import('../data/help-vocabulary/vi.js'),
  ru: () => import('../data/help-vocabulary/ru.js'),
  ko: () => import('../data/help-vocabulary/ko.js'),
  ar: () => import('../data/help-vocabulary/ar.js'),
};
export const VOCABULARY_LANGUAGES = Object.keys(LOADERS) as VocabularyLanguage[];

export interface Concept {
  id: string;
  /** English directory words, most telling first. */
  words: string[];
  /** Open Eligibility codes. */
  codes: string[];
  /** For a language concept ("Cantonese"): the language tag of services that speak it. */
  language?: string;
}

/** What a query names: the concepts, and what to look for in the directory's own words. */
export interface Expansion {
  concepts: string[];
  words: string[];
  codes: string[];
  languages: string[];
}

interface Entry {
  concept: string;
  /** Normalized words; for Han and Hangul one unspaced string. */
  words: string[];
  dense: boolean;
}

const DENSE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Folded words, Arabic article dropped ("الطعام" -> "طعام"). */
function words(text: string): string[] {
  return fold(text)
    .split(NOT_WORD)
    .filter(Boolean)
    .map((w) => (w.length > 3 && (w.startsWith('ال') || w.startsWith('لل')) ? w.slice(2) : w));
}

let concepts: Map<string, Concept> | undefined;
export function conceptTable(): Map<string, Concept> {
  if (!concepts) {
    concepts = new Map();
    for (const line of CONCEPT_TABLE.split('\n')) {
      const [id, en, codes, language] = line.split('|').map((p) => p.trim());
      if (!id || !en) continue;
      concepts.set(id, {
        id,
        words: en.split(',').map((w) => w.trim()).filter(Boolean),
        codes: (codes ?? '').split(/\s+/).filter(Boolean),
        ...(language ? { language } : {}),
      });
    }
  }
  return concepts;
}

/** Parse one language's list ("concept: word, word" a line). Unknown concepts are skipped. */
export function parseWords(text: string): Map<string, string[]> {
  const table = conceptTable();
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at < 0) continue;
    const id = line.slice(0, at).trim();
    if (!table.has(id)) continue;
    const list = line
      .slice(at + 1)
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    out.set(id, [...(out.get(id) ?? []), ...list]);
  }
  return out;
}

/** The vocabulary's language for a page locale: zh-Hant and zh-Hans share one list (both scripts). */
export function vocabularyLanguage(locale: string): VocabularyLanguage {
  const base = locale.toLowerCase().split(/[-_]/)[0]!;
  return (VOCABULARY_LANGUAGES as string[]).includes(base) ? (base as VocabularyLanguage) : 'en';
}

/** Lists worth loading for what was typed: its script says more than the page's language. */
export function languagesForText(text: string, locale: string): VocabularyLanguage[] {
  const out = new Set<VocabularyLanguage>([vocabularyLanguage(locale)]);
  if (/\p{Script=Han}/u.test(text)) out.add('zh');
  if (/\p{Script=Hangul}/u.test(text)) out.add('ko');
  if (/\p{Script=Arabic}/u.test(text)) out.add('ar');
  if (CYRILLIC.test(text)) out.add('ru');
  if (/[a-z]/i.test(text)) for (const l of ['en', 'es', 'tl', 'vi'] as const) out.add(l);
  return [...out];
}

/** The loaded lists, merged. Grows as languages load; `version` changes with it. */
export class Vocabulary {
  readonly loaded = new Set<VocabularyLanguage>();
  private entries: Entry[] = [];
  version = 0;

  add(language: VocabularyLanguage, text: string): void {
    if (this.loaded.has(language)) return;
    this.loaded.add(language);
    const lists = parseWords(text);
    // English also names each concept by its directory words.
    if (language === 'en') for (const c of conceptTable().values()) lists.set(c.id, [...c.words, ...(lists.get(c.id) ?? [])]);
    for (const [concept, list] of lists) {
      for (const phrase of list) {
        const dense = DENSE.test(phrase);
        const w = words(phrase);
        if (w.length) this.entries.push({ concept, words: dense ? [w.join('')] : w, dense });
      }
    }
    this.version++;
  }

  /** The concepts a query names. A phrase matches as whole words (the last may be half typed); Han and Hangul inside longer text. */
  conceptsIn(text: string): string[] {
    const q = words(text);
    if (!q.length) return [];
    const dense = q.join('');
    const endsInWord = /[\p{L}\p{N}]$/u.test(text);
    const found = new Set<string>();
    for (const e of this.entries) {
      if (found.has(e.concept)) continue;
      if (e.dense) {
        const p = e.words[0]!;
        if (dense === p || (p.length >= 2 && dense.includes(p)) || (endsInWord && dense.length >= 2 && p.startsWith(dense))) found.add(e.concept);
      } else if (runMatches(q, e.words, endsInWord)) found.add(e.concept);
    }
    return [...found];
  }

  expand(text: string): Expansion {
    const table = conceptTable();
    const ids = this.conceptsIn(text);
    const w = new Set<string>();
    const codes = new Set<string>();
    const languages = new Set<string>();
    for (const id of ids) {
      const c = table.get(id)!;
      for (const x of c.words) w.add(x);
      for (const x of c.codes) codes.add(x);
      if (c.language) languages.add(c.language);
    }
    return { concepts: ids, words: [...w], codes: [...codes], languages: [...languages] };
  }
}

/** Do the entry's words appear in a row in the query? */
function runMatches(q: readonly string[], e: readonly string[], endsInWord: boolean): boolean {
  for (let start = 0; start + e.length <= q.length; start++) {
    let ok = true;
    for (let i = 0; i < e.length && ok; i++) {
      const typing = endsInWord && start + i === q.length - 1;
      ok = wordMatches(q[start + i]!, e[i]!, typing);
    }
    if (ok) return true;
  }
  return false;
}

/** Same word, a word being typed (3+ letters), or the same stem with a different ending (comidas, clinics, пожилым). */
export function wordMatches(typed: string, word: string, typing: boolean): boolean {
  if (typed === word) return true;
  if (typing && typed.length >= 3 && word.startsWith(typed)) return true;
  const shorter = Math.min(typed.length, word.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && typed.charCodeAt(common) === word.charCodeAt(common)) common++;
  const longer = Math.max(typed.length, word.length);
  // Cyrillic endings run to three letters (пожилыми); Latin plurals to two (-es).
  return common >= 4 && longer - common <= (CYRILLIC.test(word) ? 3 : 2) && shorter - common <= (CYRILLIC.test(word) ? 2 : 1);
}

const shared = new Vocabulary();
const pending = new Map<VocabularyLanguage, Promise<void>>();

/** The shared vocabulary with these languages loaded (each list fetched once per page). */
export async function loadVocabulary(languages: readonly VocabularyLanguage[]): Promise<Vocabulary> {
  await Promise.all(
    languages.map((l) => {
      let p = pending.get(l);
      if (!p) {
        p = LOADERS[l]().then((m) => shared.add(l, m.default));
        pending.set(l, p);
      }
      return p;
    }),
  );
  return shared;
}

/** The shared vocabulary as loaded so far (for synchronous use while typing). */
export const loadedVocabulary = (): Vocabulary => shared;

// ---- searching with an expansion ------------------------------------------------------------------

type SearchModule = Pick<typeof import('./search-index.js'), 'search'>;
type SearchQuery = import('./search-index.js').SearchQuery;
type SearchIndex = import('./search-index.js').SearchIndex;

/** Directory words searched per concept: the most telling few keep a keystroke fast on a large directory. */
const WORDS_PER_CONCEPT = 4;

/**
 * The docs an expansion finds beyond `exclude` (the exact matches, which stay first): each
 * directory word, the codes and the languages count one; more counts first, then services that
 * speak the person's language, then the order the searches gave. Every filter of `query` applies.
 */
export function expandedDocs(si: SearchModule, index: SearchIndex, query: SearchQuery, e: Expansion, exclude: ReadonlySet<number>): number[] {
  const table = conceptTable();
  // Typed arrays by doc, not Maps and Sets: this runs on every key press, over thousands of docs at 10k.
  const score = new Uint16Array(index.docCount);
  const order: number[] = [];
  const add = (docs: Uint32Array) => {
    for (const d of docs) {
      if (exclude.has(d)) continue;
      if (score[d] === 0) order.push(d);
      score[d]!++;
    }
  };
  // Each of these searches gives the same docs at every key press under the same filters: kept.
  const byFilters = (extra: SearchQuery): Uint32Array => {
    const q = { ...query, text: '', ...extra };
    const key = filterKey(q);
    let cache = filterCache.get(index);
    if (!cache || cache.key !== key.filters) filterCache.set(index, (cache = { key: key.filters, docs: new Map() }));
    let docs = cache.docs.get(key.extra);
    if (cache.docs.size > 500) cache.docs.clear();
    if (!docs) cache.docs.set(key.extra, (docs = si.search(index, q).docs));
    return docs;
  };
  const words = new Set<string>();
  for (const id of e.concepts) for (const w of table.get(id)?.words.slice(0, WORDS_PER_CONCEPT) ?? []) words.add(w);
  if (!e.concepts.length) for (const w of e.words) words.add(w);
  // A trailing space: whole words, not prefixes ("meal" should not find "mealtime").
  for (const w of words) add(byFilters({ text: `${w} `, typos: false }));
  if (e.codes.length) add(byFilters({ categories: e.codes }));
  if (e.languages.length && !query.languages?.length) add(byFilters({ languages: e.languages }));
  if (!order.length) return [];
  let speaks: Uint8Array | undefined;
  if (query.preferLanguage) {
    speaks = new Uint8Array(index.docCount);
    for (const d of byFilters({ languages: [query.preferLanguage] })) speaks[d] = 1;
  }
  const seen = new Uint32Array(index.docCount);
  order.forEach((d, i) => (seen[d] = i));
  return order.sort((a, b) => score[b]! - score[a]! || (speaks ? speaks[b]! - speaks[a]! : 0) || seen[a]! - seen[b]!);
}

/** Per index: the filters of the last query (a new filter starts afresh) and the searches made under them. */
const filterCache = new WeakMap<SearchIndex, { key: string; docs: Map<string, Uint32Array> }>();
const maskIds = new WeakMap<Uint32Array, number>();
let nextMaskId = 1;

/** The query's filters as a string (the mask by identity: open-now masks are reused within a minute), and what each search adds. */
function filterKey(q: SearchQuery): { filters: string; extra: string } {
  let mask = 0;
  if (q.mask) {
    mask = maskIds.get(q.mask) ?? nextMaskId++;
    maskIds.set(q.mask, mask);
  }
  const { text, categories, languages, typos, mask: _m, ...rest } = q;
  return { filters: JSON.stringify([rest, mask]), extra: JSON.stringify([text ?? '', typos ?? null, categories ?? null, languages ?? null]) };
}
