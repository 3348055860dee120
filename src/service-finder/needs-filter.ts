/**
 * The "kind of help" filter: the needs finder's need ids, their labels in the person's language,
 * and the Open Eligibility codes each stands for. Loaded on demand (the catalog is not small).
 */
import { findNeed, NEED_IDS, taxonomyFor } from '../data/needs-catalog.js';
import { builtInDescription, builtInLabel } from '../needs-finder/need-texts.js';
import { getLocale } from '../core/localization.js';
import { tokenize, type SearchIndex } from './search-index.js';

export interface NeedOption {
  id: string;
  label: string;
}

export const needOptions = (): NeedOption[] => NEED_IDS.map((id) => ({ id, label: builtInLabel(id) ?? id }));

/** Taxonomy codes for these need ids; unknown ids are ignored. */
export const codesFor = (ids: readonly string[]): string[] => taxonomyFor(ids).map((t) => t.code);

export const knownNeed = (id: string): boolean => (NEED_IDS as readonly string[]).includes(id);

/**
 * The kinds of help a search names in the person's language: a directory is often written in one
 * language, but "comida", "食物" or "طعام" should still find food. A need matches when every word
 * typed begins a word of its label or description, as shown now.
 */
export function needsNamed(text: string): string[] {
  const typed = tokenize(text)
    .filter((t) => t.length >= 2)
    .map(bare);
  if (!typed.length) return [];
  const words = needWords();
  return NEED_IDS.filter((id) => typed.every((t) => words.get(id)!.some((w) => w.startsWith(t))));
}

// Arabic writes the article into the word: "طعام" should find "الطعام".
const bare = (w: string) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w);

/** Each need's label and description words, in the language shown now (built once per language, not per key). */
let wordsOf: { locale: string; words: Map<string, string[]> } | undefined;
function needWords(): Map<string, string[]> {
  const locale = getLocale();
  if (wordsOf?.locale !== locale) {
    wordsOf = { locale, words: new Map(NEED_IDS.map((id) => [id, tokenize(`${builtInLabel(id) ?? ''} ${builtInDescription(id) ?? ''}`).map(bare)])) };
  }
  return wordsOf.words;
}

/**
 * Needs that have no taxonomy term (a phone: Open Eligibility has none) are found by the catalog's
 * keywords instead, as whole phrases in a service's own words. Empty for needs that have terms.
 */
export const phrasesFor = (ids: readonly string[]): string[] =>
  ids.flatMap((id) => {
    const need = findNeed(id);
    return need && !need.taxonomy.length ? (need.keywords ?? []) : [];
  });

type SearchModule = typeof import('./search-index.js');
interface Named {
  name: string;
  alternateName?: string;
  description: string;
  categories: readonly { name: string }[];
}

/**
 * A bitset over doc numbers of the services that hold one of the phrases, words in order ("free
 * phone" is not "free, confidential phone line"). The index finds the services with all the words;
 * only those are read. Services not yet arrived (a directory still loading) are left out.
 */
export function docsNaming(si: SearchModule, index: SearchIndex, services: readonly Named[], phrases: readonly string[]): Uint32Array {
  const mask = new Uint32Array((index.docCount + 31) >>> 5);
  for (const phrase of phrases) {
    const words = tokenize(phrase, true);
    if (!words.length) continue;
    const wanted = ` ${words.join(' ')} `;
    for (const doc of si.search(index, { text: `${phrase} `, typos: false }).docs) {
      const s = services[doc];
      if (!s || mask[doc >>> 5]! & (1 << (doc & 31))) continue;
      const own = ` ${tokenize(`${s.name} ${s.alternateName ?? ''} ${s.description} ${s.categories.map((c) => c.name).join(' ')}`, true).join(' ')} `;
      if (own.includes(wanted)) mask[doc >>> 5]! |= 1 << (doc & 31);
    }
  }
  return mask;
}
