/**
 * A small, fast inverted index for service search: accent and case folding, prefix matching as
 * you type, one-typo tolerance, ranking that prefers name and category matches, and bitset
 * filters. Everything lives in packed typed arrays plus two string lists, so the index is built
 * by a pure function (in a Worker if you like), posted or stored as is, and queried with no
 * allocation beyond the result. No Lit, no zod.
 */

// ---- text folding and tokens ---------------------------------------------------------------------

const SPECIAL_FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL_RE = /[ßøæœłđðþı]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_SPLIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Lower case without accents: "Clínica" -> "clinica", "Tiếng Việt" -> "tieng viet". Hangul and Han are kept whole. */
export function fold(value: string): string {
  const lower = value.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // NFD splits accents off; NFC afterwards puts Hangul syllables back together.
  return lower.normalize('NFD').replace(MARKS, '').normalize('NFC').replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c] ?? c);
}

// Dropped on both sides, so "help for food" means "help food". A prefix still matches longer words.
const STOPWORDS = new Set(
  'a an and are as at be by for from in is it of on or our the this to we with you your de del el la las los y para en con por un una'.split(' '),
);

/**
 * Folded search tokens of a text. Han/kana runs (no spaces between words) become overlapping
 * character pairs, so "食物銀行" is found by "食物" and by "銀行".
 */
export function tokenize(value: string, keepStopwords = false): string[] {
  const out: string[] = [];
  const folded = fold(value);
  const ascii = !NON_ASCII.test(folded);
  // Most directory text is ASCII: a plain regex is several times faster than the Unicode one.
  const words = folded.match(ascii ? ASCII_WORD : WORD);
  if (!words) return out;
  const cjk = !ascii && CJK.test(folded);
  for (const w of words) {
    if (!cjk || !CJK.test(w)) {
      if ((w.length > 1 || (w >= '0' && w <= '9') || !ascii) && (keepStopwords || !STOPWORDS.has(w))) out.push(w);
      continue;
    }
    for (const run of w.match(CJK_SPLIT) ?? []) {
      if (!CJK.test(run)) {
        if (run.length > 1 || /\d/.test(run)) out.push(run);
      } else if (run.length === 1) out.push(run);
      else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

const LANGUAGE_ALIASES: Record<string, string> = {
  eng: 'en', english: 'en',
  spa: 'es', spanish: 'es', español: 'es', espanol: 'es',
  zho: 'zh', chi: 'zh', cmn: 'zh', yue: 'zh', chinese: 'zh', cantonese: 'zh', mandarin: 'zh', 中文: 'zh',
  tgl: 'tl', fil: 'tl', tagalog: 'tl', filipino: 'tl',
  vie: 'vi', vietnamese: 'vi', 'tiếng việt': 'vi',
  rus: 'ru', russian: 'ru', русский: 'ru',
  kor: 'ko', korean: 'ko', 한국어: 'ko',
  ara: 'ar', arabic: 'ar', العربية: 'ar',
  urd: 'ur', urdu: 'ur', pol: 'pl', polish: 'pl', fra: 'fr', fre: 'fr', french: 'fr',
  ase: 'sgn-us', asl: 'sgn-us', 'american sign language': 'sgn-us',
};

/** "zh-Hant", "ZH", "cmn", "Spanish" -> "zh", "zh", "zh", "es". Undefined if it is not a language. */
export function languageKey(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (LANGUAGE_ALIASES[v]) return LANGUAGE_ALIASES[v];
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(v);
  if (!m) return undefined;
  return LANGUAGE_ALIASES[m[1]!] ?? m[1];
}

// ---- the index -------------------------------------------------------------------------------------

/** What the index reads from a service; NormalizedService (hsds.ts) fits. */
export interface IndexableService {
  id: string;
  name: string;
  alternateName?: string;
  organization: string;
  description: string;
  categories: readonly { id: string; code?: string; name: string; parentId?: string }[];
  languages: readonly string[];
  free: boolean;
  telehealth: boolean;
  inPerson: boolean;
  wheelchair: boolean;
  minAge?: number;
  maxAge?: number;
  locations: readonly { lat?: number; lon?: number }[];
}

export const FIELD_NAME = 1;
export const FIELD_CATEGORY = 2;
export const FIELD_ORGANIZATION = 4;
export const FIELD_DESCRIPTION = 8;
const FIELD_BITS = 4;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

const FLAG_FREE = 0;
const FLAG_TELEHEALTH = 1;
const FLAG_IN_PERSON = 2;
const FLAG_WHEELCHAIR = 3;
const FLAG_COUNT = 4;

/** Plain data: typed arrays and string lists. Structured-cloneable; see indexTransferables(). */
export interface SearchIndex {
  format: 'compassionate-intake/search-index@1';
  docCount: number;
  /** Service id of each doc (doc = position in the input). */
  ids: string[];
  /** Vocabulary, sorted by code unit. */
  terms: string[];
  /** postings of term t: posts[termStart[t] .. termStart[t+1]), each (doc << 4) | field bits, doc ascending. */
  termStart: Uint32Array;
  posts: Uint32Array;
  /** Hashes of each term and of its one-letter deletions (sorted), and the term each belongs to: typo lookups. */
  delHash: Uint32Array;
  delTerm: Uint32Array;
  /** Facets ("c:<category id or code>", "l:<language>"), sorted, with doc lists. */
  facets: string[];
  facetStart: Uint32Array;
  facetDocs: Uint32Array;
  /** FLAG_COUNT bitsets of (docCount + 31) >> 5 words each: free, telehealth, in person, wheelchair. */
  flags: Uint32Array;
  /** 255 = no limit. */
  minAge: Uint8Array;
  maxAge: Uint8Array;
  /** First located place of each doc; NaN when none. */
  lat: Float32Array;
  lon: Float32Array;
}

/** The buffers to list as transferables when posting an index out of a Worker. */
export function indexTransferables(index: SearchIndex): ArrayBuffer[] {
  return [index.termStart, index.posts, index.delHash, index.delTerm, index.facetStart, index.facetDocs, index.flags, index.minAge, index.maxAge, index.lat, index.lon].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Bytes held by the index (typed arrays exactly; strings at 2 bytes a character plus a small header). */
export function indexByteSize(index: SearchIndex): number {
  let bytes = 0;
  for (const b of indexTransferables(index)) bytes += b.byteLength;
  for (const list of [index.ids, index.terms, index.facets]) for (const s of list) bytes += 16 + 2 * s.length;
  return bytes;
}

/** FNV-1a over UTF-16 code units, skipping position `skip` (or none). */
function hashSkip(s: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class U32Builder {
  a = new Uint32Array(1024);
  n = 0;
  push(v: number) {
    if (this.n === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

const MIN_TYPO_TERM = 3;

/** Categories expand to their parents so a filter on "102" (Food) finds "102-04" (Food Pantry). */
function categoryKeys(c: { id: string; code?: string; parentId?: string }): string[] {
  const keys = [c.id];
  if (c.parentId) keys.push(c.parentId);
  if (c.code) {
    const parts = c.code.split('-');
    for (let i = parts.length; i > 0; i--) keys.push(parts.slice(0, i).join('-'));
  }
  return keys;
}

/** Build the index. Pure: the same services give the same index. Doc numbers are positions in `services`. */
export function buildSearchIndex(services: readonly IndexableService[]): SearchIndex {
  const docCount = services.length;
  if (docCount >= 1 << (32 - FIELD_BITS)) throw new RangeError('too many services for one index');
  const termIds = new Map<string, number>();
  const tmpTerms: string[] = [];
  const lastDoc: number[] = [];
  const lastSlot: number[] = [];
  const pairTerm = new U32Builder();
  const pairPost = new U32Builder();
  const facetMap = new Map<string, number[]>();
  const words = (docCount + 31) >>> 5;
  const flags = new Uint32Array(words * FLAG_COUNT);
  const minAge = new Uint8Array(docCount);
  const maxAge = new Uint8Array(docCount).fill(255);
  const lat = new Float32Array(docCount).fill(NaN);
  const lon = new Float32Array(docCount).fill(NaN);

  const addFacet = (key: string, doc: number) => {
    let l = facetMap.get(key);
    if (!l) facetMap.set(key, (l = []));
    if (l[l.length - 1] !== doc) l.push(doc);
  };

  // Organization and category labels repeat across services: tokenize each distinct one once.
  const tokenCache = new Map<string, string[]>();
  const cachedTokens = (value: string) => {
    let t = tokenCache.get(value);
    if (!t) tokenCache.set(value, (t = tokenize(value)));
    return t;
  };
  for (let doc = 0; doc < docCount; doc++) {
    const s = services[doc]!;
    const addText = (value: string | undefined, field: number) => {
      if (!value) return;
      for (const t of field === FIELD_CATEGORY || field === FIELD_ORGANIZATION ? cachedTokens(value) : tokenize(value)) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = tmpTerms.length;
          termIds.set(t, id);
          tmpTerms.push(t);
          lastDoc.push(-1);
          lastSlot.push(0);
        }
        if (lastDoc[id] === doc) {
          pairPost.a[lastSlot[id]!] |= field;
        } else {
          lastDoc[id] = doc;
          lastSlot[id] = pairPost.n;
          pairTerm.push(id);
          pairPost.push((doc << FIELD_BITS) | field);
        }
      }
    };
    addText(s.name, FIELD_NAME);
    addText(s.alternateName, FIELD_NAME);
    for (const c of s.categories) {
      addText(c.name, FIELD_CATEGORY);
      for (const k of categoryKeys(c)) addFacet(`c:${k}`, doc);
    }
    addText(s.organization, FIELD_ORGANIZATION);
    addText(s.description, FIELD_DESCRIPTION);
    for (const l of s.languages) {
      const k = languageKey(l);
      if (k) addFacet(`l:${k}`, doc);
    }
    const bit = 1 << (doc & 31);
    const w = doc >>> 5;
    if (s.free) flags[FLAG_FREE * words + w] |= bit;
    if (s.telehealth) flags[FLAG_TELEHEALTH * words + w] |= bit;
    if (s.inPerson) flags[FLAG_IN_PERSON * words + w] |= bit;
    if (s.wheelchair) flags[FLAG_WHEELCHAIR * words + w] |= bit;
    if (s.minAge !== undefined) minAge[doc] = Math.min(254, Math.max(0, Math.ceil(s.minAge)));
    if (s.maxAge !== undefined) maxAge[doc] = Math.min(254, Math.max(0, Math.floor(s.maxAge)));
    const place = s.locations.find((p) => p.lat !== undefined && p.lon !== undefined);
    if (place) {
      lat[doc] = place.lat!;
      lon[doc] = place.lon!;
    }
  }

  // Sort the vocabulary; remap temporary ids to sorted positions.
  const order = tmpTerms.map((_, i) => i).sort((a, b) => (tmpTerms[a]! < tmpTerms[b]! ? -1 : 1));
  const rank = new Uint32Array(tmpTerms.length);
  order.forEach((tmp, r) => (rank[tmp] = r));
  const terms = order.map((i) => tmpTerms[i]!);

  // Counting sort of (term, posting) pairs by term; docs were added in order so stay ascending.
  const termStart = new Uint32Array(terms.length + 1);
  for (let i = 0; i < pairTerm.n; i++) termStart[rank[pairTerm.a[i]!]! + 1]++;
  for (let t = 0; t < terms.length; t++) termStart[t + 1] += termStart[t]!;
  const fill = termStart.slice(0, terms.length);
  const posts = new Uint32Array(pairTerm.n);
  for (let i = 0; i < pairTerm.n; i++) posts[fill[rank[pairTerm.a[i]!]!]!++] = pairPost.a[i]!;

  // Typo table: each term's hash and its one-deletion hashes, sorted by hash.
  let delCount = 0;
  for (const t of terms) if (t.length >= MIN_TYPO_TERM) delCount += t.length + 1;
  const keys = new Float64Array(delCount);
  let k = 0;
  const termBits = 2 ** 21; // 32-bit hash x 2M terms fits the 53 exact bits of a double
  if (terms.length >= termBits) throw new RangeError('vocabulary too large');
  terms.forEach((t, id) => {
    if (t.length < MIN_TYPO_TERM) return;
    keys[k++] = hashSkip(t, -1) * termBits + id;
    for (let i = 0; i < t.length; i++) keys[k++] = hashSkip(t, i) * termBits + id;
  });
  keys.sort();
  const delHash = new Uint32Array(delCount);
  const delTerm = new Uint32Array(delCount);
  for (let i = 0; i < delCount; i++) {
    const key = keys[i]!;
    const h = Math.floor(key / termBits);
    delHash[i] = h;
    delTerm[i] = key - h * termBits;
  }

  const facets = [...facetMap.keys()].sort();
  const facetStart = new Uint32Array(facets.length + 1);
  let facetTotal = 0;
  facets.forEach((f, i) => {
    facetTotal += facetMap.get(f)!.length;
    facetStart[i + 1] = facetTotal;
  });
  const facetDocs = new Uint32Array(facetTotal);
  facets.forEach((f, i) => facetDocs.set(facetMap.get(f)!, facetStart[i]!));

  return {
    format: 'compassionate-intake/search-index@1',
    docCount,
    ids: services.map((s) => s.id),
    terms,
    termStart,
    posts,
    delHash,
    delTerm,
    facets,
    facetStart,
    facetDocs,
    flags,
    minAge,
    maxAge,
    lat,
    lon,
  };
}

// ---- query -------------------------------------------------------------------------------------------

export interface SearchQuery {
  text?: string;
  /** Taxonomy term ids or codes; a service matches if it has any of them (or a child of one). */
  categories?: readonly string[];
  /** Language tags; a service matches if it speaks any of them. */
  languages?: readonly string[];
  free?: boolean;
  telehealth?: boolean;
  inPerson?: boolean;
  wheelchair?: boolean;
  /** The person's age: services whose age range includes it. */
  age?: number;
  origin?: { lat: number; lon: number };
  /** With origin: only services within this many km (services without a place are left out). */
  maxKm?: number;
  sort?: 'relevance' | 'distance';
  /** Extra bitset (one bit per doc), e.g. open-now from openMask(). */
  mask?: Uint32Array;
  /** Stop collecting after this many matches (total is still exact). */
  limit?: number;
  /** The person's language: among equal matches, services that speak it come first. */
  preferLanguage?: string;
  /** false: no one-typo matches (for words known to be spelled right, like the vocabulary's). */
  typos?: boolean;
}

export interface SearchResult {
  /** Doc numbers (positions in the services given to buildSearchIndex), best first. */
  docs: Uint32Array;
  /** Number of matches (before `limit`). */
  total: number;
  /** The query terms after folding, for highlighting. */
  terms: string[];
}

interface Scratch {
  seen: Uint32Array;
  count: Uint8Array;
  score: Float32Array;
  cand: Uint32Array;
  mask: Uint32Array;
  group: Uint32Array;
  stamp: number;
}
const scratches = new WeakMap<SearchIndex, Scratch>();
function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const words = (index.docCount + 31) >>> 5;
    s = {
      seen: new Uint32Array(index.docCount),
      count: new Uint8Array(index.docCount),
      score: new Float32Array(index.docCount),
      cand: new Uint32Array(index.docCount),
      mask: new Uint32Array(words),
      group: new Uint32Array(words),
      stamp: 0,
    };
    scratches.set(index, s);
  }
  if (++s.stamp === 0xffffffff) {
    s.seen.fill(0);
    s.stamp = 1;
  }
  return s;
}

const FIELD_WEIGHT = new Float32Array(16);
for (let m = 0; m < 16; m++) {
  // Name and category matches lead; extra fields add a little.
  const w = [m & FIELD_NAME ? 10 : 0, m & FIELD_CATEGORY ? 6 : 0, m & FIELD_ORGANIZATION ? 3 : 0, m & FIELD_DESCRIPTION ? 1 : 0].sort((a, b) => b - a);
  FIELD_WEIGHT[m] = w[0]! + 0.25 * (w[1]! + w[2]! + w[3]!);
}

function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** At most one edit (insert, delete, substitute, or swap two neighbours) apart? */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

interface Expansion {
  term: number;
  quality: number;
}

function hashRange(index: SearchIndex, h: number, out: Set<number>) {
  const a = index.delHash;
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < a.length && a[i] === h; i++) out.add(index.delTerm[i]!);
}

const MIN_TYPO_QUERY = 4;
const MIN_SHORT_TYPO = 3;
/** A short typo only reaches words in at least this share of the services (0.2 %, and 2 or more). */
const SHORT_TYPO_MIN_SHARE = 0.002;
const MAX_PREFIX_TERMS = 2000;

function expand(index: SearchIndex, token: string, prefix: boolean, typos = true): Expansion[] {
  const out: Expansion[] = [];
  const terms = index.terms;
  const at = lowerBound(terms, token);
  const exact = terms[at] === token;
  if (exact) out.push({ term: at, quality: 1 });
  if (prefix) {
    // Longer completions of what is typed so far; closer completions weigh more.
    for (let t = exact ? at + 1 : at, n = 0; t < terms.length && n < MAX_PREFIX_TERMS && terms[t]!.startsWith(token); t++, n++) {
      out.push({ term: t, quality: 0.5 + 0.4 * (token.length / terms[t]!.length) });
    }
  }
  // A 3-letter word ("fod", "jbo") that finds nothing as typed may be a typo of a frequent word;
  // rare words are left out, so a short query does not wander.
  const short = token.length === MIN_SHORT_TYPO && out.length === 0;
  if (typos && (token.length >= MIN_TYPO_QUERY || short)) {
    const frequent = Math.max(2, Math.ceil(index.docCount * SHORT_TYPO_MIN_SHARE));
    const candidates = new Set<number>();
    hashRange(index, hashSkip(token, -1), candidates);
    for (let i = 0; i < token.length; i++) hashRange(index, hashSkip(token, i), candidates);
    for (const t of candidates) {
      const term = terms[t]!;
      if (t === at && exact) continue;
      if (prefix && term.startsWith(token)) continue;
      if (short && index.termStart[t + 1]! - index.termStart[t]! < frequent) continue;
      if (withinOneEdit(token, term)) out.push({ term: t, quality: short ? 0.35 : 0.45 });
    }
  }
  return out;
}

/** Facet doc list index by key, or -1. */
function facetIndex(index: SearchIndex, key: string): number {
  const i = lowerBound(index.facets, key);
  return index.facets[i] === key ? i : -1;
}

/** AND of every filter as a bitset, or undefined when no bitset filter is set. */
function filterMask(index: SearchIndex, q: SearchQuery, s: Scratch): Uint32Array | undefined {
  const words = s.mask.length;
  let active = false;
  const mask = s.mask;
  const and = (other: Uint32Array, offset = 0) => {
    if (!active) {
      for (let w = 0; w < words; w++) mask[w] = other[offset + w]!;
      active = true;
    } else for (let w = 0; w < words; w++) mask[w] &= other[offset + w]!;
  };
  const facetGroup = (keys: readonly string[]) => {
    const g = s.group;
    g.fill(0);
    for (const key of keys) {
      const f = facetIndex(index, key);
      if (f < 0) continue;
      for (let i = index.facetStart[f]!, end = index.facetStart[f + 1]!; i < end; i++) {
        const d = index.facetDocs[i]!;
        g[d >>> 5] |= 1 << (d & 31);
      }
    }
    and(g);
  };
  if (q.categories?.length) facetGroup(q.categories.map((c) => `c:${c.trim()}`));
  if (q.languages?.length) facetGroup(q.languages.map((l) => `l:${languageKey(l) ?? l.toLowerCase()}`));
  if (q.free) and(index.flags, FLAG_FREE * words);
  if (q.telehealth) and(index.flags, FLAG_TELEHEALTH * words);
  if (q.inPerson) and(index.flags, FLAG_IN_PERSON * words);
  if (q.wheelchair) and(index.flags, FLAG_WHEELCHAIR * words);
  if (q.mask) and(q.mask);
  return active ? mask : undefined;
}

/** Bitset of the docs that speak a language (in the scratch group buffer). */
function languageBits(index: SearchIndex, language: string, s: Scratch): Uint32Array | undefined {
  const f = facetIndex(index, `l:${languageKey(language) ?? language.toLowerCase()}`);
  if (f < 0) return undefined;
  const g = s.group;
  g.fill(0);
  for (let i = index.facetStart[f]!, end = index.facetStart[f + 1]!; i < end; i++) {
    const d = index.facetDocs[i]!;
    g[d >>> 5] |= 1 << (d & 31);
  }
  return g;
}

const RAD = Math.PI / 180;
export function distanceKm(index: SearchIndex, doc: number, lat: number, lon: number): number {
  const la = index.lat[doc]!;
  if (Number.isNaN(la)) return Infinity;
  const dLat = (la - lat) * RAD;
  const dLon = (index.lon[doc]! - lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat * RAD) * Math.cos(la * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Run a query. Text terms are ANDed (each may match exactly, as a prefix, or with one typo). */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  const s = scratchFor(index);
  const stamp = s.stamp;
  const mask = filterMask(index, query, s);
  const age = query.age !== undefined && Number.isFinite(query.age) ? Math.max(0, Math.min(254, Math.floor(query.age))) : -1;
  const origin = query.origin;
  const maxKm = origin && query.maxKm !== undefined ? query.maxKm : Infinity;
  const passes = (d: number): boolean => {
    if (mask && (mask[d >>> 5]! & (1 << (d & 31))) === 0) return false;
    if (age >= 0 && (index.minAge[d]! > age || index.maxAge[d]! < age)) return false;
    if (maxKm !== Infinity && distanceKm(index, d, origin!.lat, origin!.lon) > maxKm) return false;
    return true;
  };

  const raw = query.text ?? '';
  const endsInWord = /[\p{L}\p{N}]$/u.test(raw);
  let tokens = tokenize(raw, true);
  // Stopwords only matter as the word being typed (a prefix of a longer word).
  tokens = tokens.filter((t, i) => !STOPWORDS.has(t) || (i === tokens.length - 1 && endsInWord));
  tokens = [...new Set(tokens)];

  let n = 0;
  const cand = s.cand;
  if (tokens.length === 0) {
    for (let d = 0; d < index.docCount; d++) {
      if (passes(d)) {
        cand[n++] = d;
        s.score[d] = 0;
      }
    }
  } else {
    const idfBase = index.docCount + 1;
    const plans = tokens
      .map((t, i) => {
        const exp = expand(index, t, i === tokens.length - 1 ? endsInWord : t.length >= 2, query.typos !== false);
        let cost = 0;
        for (const e of exp) cost += index.termStart[e.term + 1]! - index.termStart[e.term]!;
        return { exp, cost };
      })
      .sort((a, b) => a.cost - b.cost);
    if (plans[0]!.cost === 0) return { docs: new Uint32Array(0), total: 0, terms: tokens };
    const { seen, count, score } = s;
    const posts = index.posts;
    for (let k = 0; k < plans.length; k++) {
      for (const e of plans[k]!.exp) {
        const from = index.termStart[e.term]!;
        const to = index.termStart[e.term + 1]!;
        const weight = e.quality * Math.log(1 + idfBase / (to - from));
        for (let i = from; i < to; i++) {
          const p = posts[i]!;
          const d = p >>> FIELD_BITS;
          if (k === 0) {
            if (seen[d] !== stamp) {
              if (!passes(d)) {
                seen[d] = stamp;
                count[d] = 255; // looked at and filtered out
                continue;
              }
              seen[d] = stamp;
              count[d] = 1;
              score[d] = 0;
              cand[n++] = d;
            } else if (count[d] === 255) continue;
            score[d] += weight * FIELD_WEIGHT[p & FIELD_MASK]!;
          } else if (seen[d] === stamp && (count[d] === k || count[d] === k + 1)) {
            count[d] = k + 1;
            score[d] += weight * FIELD_WEIGHT[p & FIELD_MASK]!;
          }
        }
      }
    }
    // Keep docs that matched every token.
    let m = 0;
    for (let i = 0; i < n; i++) if (count[cand[i]!] === plans.length) cand[m++] = cand[i]!;
    n = m;
  }

  // Sort keys: doubles that hold (rank key, doc), so a native typed-array sort does the work.
  const DOC_BITS = 2 ** 28;
  const keys = new Float64Array(n);
  const byDistance = query.sort === 'distance' && origin;
  const speaks = query.preferLanguage ? languageBits(index, query.preferLanguage, s) : undefined;
  // 1 for a service that does not speak the preferred language: it sorts after its equals.
  const other = (d: number) => (speaks && (speaks[d >>> 5]! & (1 << (d & 31))) !== 0 ? 0 : 1);
  for (let i = 0; i < n; i++) {
    const d = cand[i]!;
    if (byDistance) {
      const km = distanceKm(index, d, origin.lat, origin.lon);
      const metres = km === Infinity ? 2 ** 24 - 1 : Math.min(2 ** 24 - 2, Math.round(km * 1000) >>> 0);
      keys[i] = (metres * 2 + other(d)) * DOC_BITS + d; // nearest first, then language, then data order
    } else if (tokens.length) {
      const q = Math.max(0, Math.min(2 ** 24 - 1, Math.round(s.score[d]! * 16)));
      keys[i] = ((2 ** 24 - 1 - q) * 2 + other(d)) * DOC_BITS + d; // best first, then language, then data order
    } else keys[i] = other(d) * DOC_BITS + d;
  }
  keys.sort();
  const limit = query.limit !== undefined ? Math.max(0, Math.min(n, query.limit)) : n;
  const docs = new Uint32Array(limit);
  for (let i = 0; i < limit; i++) docs[i] = keys[i]! % DOC_BITS;
  return { docs, total: n, terms: tokens };
}
