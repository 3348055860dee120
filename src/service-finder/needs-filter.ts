/**
 * The "kind of help" filter: the needs finder's need ids, their labels in the person's language,
 * and the Open Eligibility codes each stands for. Loaded on demand (the catalog is not small).
 */
import { NEED_IDS, taxonomyFor } from '../data/needs-catalog.js';
import { builtInDescription, builtInLabel } from '../needs-finder/need-texts.js';
import { getLocale } from '../core/localization.js';
import { tokenize } from './search-index.js';

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
