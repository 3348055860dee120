import { expect } from '@open-wc/testing';
import { normalizeServices, type NormalizedService } from '../src/service-finder/hsds.js';
import { buildSearchIndex, search, tokenize, type SearchIndex } from '../src/service-finder/search-index.js';
import { benchQueries, judge, relevanceAt10, docText } from '../bench/relevance.mjs';

// The benchmark's queries on the demo directory: what a person finds must not get worse.
describe('service search relevance on the bench queries', () => {
  let services: NormalizedService[];
  let index: SearchIndex;
  const run = (q: string) => Array.from(search(index, { text: q }).docs);
  const names = (q: string) => run(q).slice(0, 10).map((d) => services[d]!);

  before(async () => {
    const data: unknown = await (await fetch('/demo/data/sample-directory.json')).json();
    services = normalizeServices(data, { timeZone: 'America/Los_Angeles' }).services;
    index = buildSearchIndex(services);
  });

  // Measured on the 336-service sample (December 3, after 6 services for the new needs were added):
  // 0.9917 and 0.9821. The same code on the earlier 330-service sample still gives 0.9929 and 0.9833,
  // so the step down is the new data (more fitting services than fit in ten), not the ranking.
  it('keeps recall@10 and precision@10 at least where they are (0.9917 and 0.9821 on the 336-service sample)', () => {
    const r = relevanceAt10(benchQueries(), judge(services, tokenize), run);
    expect(r.queries).to.be.greaterThan(80);
    expect(r.recall).to.be.at.least(0.9916);
    expect(r.precision).to.be.at.least(0.982);
  });

  it('finds food for "fod" and job for "jbo", which used to find nothing', () => {
    for (const [typo, word] of [['fod', 'food'], ['jbo', 'job']] as const) {
      const top = names(typo);
      expect(top.length, typo).to.equal(10);
      for (const s of top) expect(tokenize(docText(s)), `${typo}: ${s.name}`).to.include(word);
    }
  });

  it('uses a short typo only when nothing matches as typed, and never for a rare word', () => {
    const make = (name: string, i: number) => ({ id: `s${i}`, name, description: '', organization: '', categories: [], languages: [], locations: [], free: false, telehealth: false, inPerson: true, wheelchair: false });
    const docs = [...Array.from({ length: 6 }, (_, i) => make(`Food pantry ${i}`, i)), make('Fod Street drop-in', 6), make('Jazz club', 7)];
    const small = buildSearchIndex(docs);
    expect(Array.from(search(small, { text: 'fod' }).docs)).to.deep.equal([6]); // an exact "fod" wins alone
    expect(search(small, { text: 'foo' }).total).to.equal(6); // a prefix is not a typo
    expect(search(small, { text: 'jaz' }).total).to.equal(1);
    expect(search(small, { text: 'jzz' }).total).to.equal(0); // "jazz" is in one service of 8: too rare to guess
  });
});
