// The bench's search queries and how relevance is judged, shared by bench/filtered-search.bench.mjs and
// test/service-finder-relevance.test.ts (recall must not regress). Plain JS, no imports: the caller
// passes the tokenizer so the judge folds text exactly as the index does.

/** Phrases a person types, and their as-you-type prefixes (3+ letters of the last word). */
export const WORDS = ['food', 'pantry', 'shelter', 'clinic', 'clinica', 'counseling', 'legal', 'immigration', 'english classes',
  'job', 'dental', 'rent help', 'mental health', 'youth', 'senior meals', 'hiv testing', 'diapers', 'tax', 'legal aid',
  'free groceries', 'support group', 'recovery', 'childcare', 'domestic violence', 'bus pass', 'health insurance',
  'hot meals', 'overnight', 'resume', 'therapy'];

export function benchQueries() {
  const out = [];
  for (const w of WORDS) {
    out.push(w);
    const last = w.lastIndexOf(' ') + 1;
    for (let n = last + 3; n < w.length; n += 2) out.push(w.slice(0, n));
  }
  return out;
}

/** Three-letter typos of frequent directory words (one edit each) and the word meant. */
export const SHORT_TYPOS = [
  { typo: 'fod', word: 'food' },
  { typo: 'jbo', word: 'job' },
  { typo: 'rnet', word: 'rent' },
  { typo: 'txa', word: 'tax' },
  { typo: 'hvi', word: 'hiv' },
  { typo: 'lgal', word: 'legal' },
];

/** The text a service is judged on (what all engines index). */
export const docText = (d) => `${d.name} ${d.organization ?? ''} ${d.description} ${d.categories.map((c) => c.name).join(' ')}`;

/**
 * Judge: a service is relevant to a query when its text has every query word, the last one as a
 * prefix (the person is still typing it). `tokens` is the index's tokenizer.
 */
export function judge(docs, tokenize) {
  const docTokens = docs.map((d) => tokenize(docText(d)));
  return (query) => {
    const q = tokenize(query);
    if (!q.length) return new Set();
    const rel = new Set();
    for (let i = 0; i < docs.length; i++) {
      const t = docTokens[i];
      if (q.every((w, k) => (k === q.length - 1 ? t.some((x) => x.startsWith(w)) : t.includes(w)))) rel.add(i);
    }
    return rel;
  };
}

/** Mean precision@10 and recall@10 of an engine (query -> doc numbers, best first) over queries. */
export function relevanceAt10(queries, relevantFor, run) {
  let p = 0, r = 0, n = 0, pn = 0;
  for (const q of queries) {
    const rel = relevantFor(q);
    if (!rel.size) continue;
    const top = run(q).slice(0, 10);
    const hits = top.filter((d) => rel.has(d)).length;
    r += hits / Math.min(10, rel.size);
    n++;
    if (top.length) {
      p += hits / top.length;
      pn++;
    }
  }
  return { precision: pn ? p / pn : 0, recall: n ? r / n : 0, queries: n };
}
