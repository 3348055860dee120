import { expect } from '@open-wc/testing';
import { scoreInstrument, scoreAnswers, phq9Band, gad7Band } from '../src/check-in/scoring.js';
import * as E from '../src/check-in/engine.js';
import { BUILT_IN_SCRIPTS } from '../src/check-in/scripts/index.js';

/** Item scores (each 0..max) that add up to `total`, filled from the first item. */
function itemsFor(total: number, count: number, max: number): number[] {
  const out: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const v = Math.min(max, left);
    out.push(v);
    left -= v;
  }
  if (left) throw new Error(`cannot make ${total} from ${count} items`);
  return out;
}

describe('check-in scoring: PHQ-9', () => {
  const cases: Array<[number, string]> = [
    [0, 'none-minimal'],
    [4, 'none-minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ];
  for (const [total, band] of cases) {
    it(`a total of ${total} is "${band}"`, () => {
      // Keep item 9 at 0 so the band is tested on its own.
      const items = total > 24 ? itemsFor(total, 9, 3) : itemsFor(total, 8, 3).concat(0);
      const r = scoreInstrument('phq-9', items);
      expect(r.complete).to.equal(true);
      expect(r.total).to.equal(total);
      expect(r.band).to.equal(band);
      expect(r.kind).to.equal('screening-result');
      expect(phq9Band(total)).to.equal(band);
    });
  }

  it('flags item 9 above 0, whatever the total', () => {
    const r = scoreInstrument('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(r.total).to.equal(1);
    expect(r.band).to.equal('none-minimal');
    expect(r.flags).to.deep.equal(['item-9-positive']);
    expect(scoreInstrument('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags).to.deep.equal([]);
  });

  it('flags item 9 even when other items were skipped; 2 missing gives a prorated total (mean × 9, rounded)', () => {
    const r = scoreInstrument('phq-9', [3, undefined, 3, null, 3, 3, 3, 3, 2]);
    expect(r.complete).to.equal(false);
    expect(r.answered).to.equal(7);
    expect(r.items).to.equal(9);
    // 20 / 7 × 9 = 25.7
    expect(r).to.include({ total: 26, prorated: true, band: 'severe' });
    expect(r.flags).to.deep.equal(['item-9-positive']);
  });

  it('3 missing items: no total at all (never invented)', () => {
    const r = scoreInstrument('phq-9', [3, undefined, 3, null, 3, undefined, 3, 3, 2]);
    expect(r.answered).to.equal(6);
    expect(r).not.to.have.property('total');
    expect(r).not.to.have.property('band');
    expect(r).not.to.have.property('prorated');
  });

  it('8 answers summing to 24 give staff a prorated 27; a complete form is not marked prorated', () => {
    expect(scoreInstrument('phq-9', [3, 3, 3, 3, 3, 3, 3, 3, undefined])).to.include({ total: 27, prorated: true, answered: 8 });
    // 9 / 8 × 9 = 10.125 -> 10; 5 / 7 × 9 = 6.43 -> 6
    expect(scoreInstrument('phq-9', [2, 1, 1, 1, 1, 1, 1, 1, undefined]).total).to.equal(10);
    expect(scoreInstrument('phq-9', [1, 1, 1, 1, 1, 0, 0, undefined, undefined]).total).to.equal(6);
    expect(scoreInstrument('phq-9', [1, 1, 1, 1, 1, 1, 1, 1, 1])).not.to.have.property('prorated');
  });

  it('flags a skipped item 9 (item9Unanswered), and not an answered one', () => {
    const r = scoreInstrument('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, undefined]);
    expect(r.item9Unanswered).to.equal(true);
    expect(r.flags).to.deep.equal(['item-9-unanswered']);
    const answered = scoreInstrument('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(answered).not.to.have.property('item9Unanswered');
    expect(answered.flags).to.deep.equal([]);
  });

  it('counts an out-of-range or non-integer score as not answered', () => {
    const r = scoreInstrument('phq-9', [4, -1, 1.5, Number.NaN, 0, 0, 0, 0, 0]);
    expect(r.complete).to.equal(false);
    expect(r.answered).to.equal(5);
  });
});

describe('check-in scoring: GAD-7', () => {
  const cases: Array<[number, string]> = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ];
  for (const [total, band] of cases) {
    it(`a total of ${total} is "${band}"`, () => {
      const r = scoreInstrument('gad-7', itemsFor(total, 7, 3));
      expect(r.total).to.equal(total);
      expect(r.band).to.equal(band);
      expect(r.maxTotal).to.equal(21);
      expect(gad7Band(total)).to.equal(band);
    });
  }

  it('one or two skipped items give a prorated total and band; three give none', () => {
    const r = scoreInstrument('gad-7', [3, 3, 3, 3, 3, 3]);
    expect(r).to.include({ complete: false, answered: 6, total: 21, prorated: true, band: 'severe' });
    // 4 / 5 × 7 = 5.6 -> 6
    expect(scoreInstrument('gad-7', [1, 1, 1, 1, 0, undefined, undefined])).to.include({ total: 6, band: 'mild', prorated: true });
    const three = scoreInstrument('gad-7', [3, 3, 3, 3]);
    expect(three.total).to.equal(undefined);
    expect(three.band).to.equal(undefined);
  });
});

describe('check-in scoring: PHQ-4 (GAD-2 + PHQ-2)', () => {
  it('GAD-2 and PHQ-2 are positive at 3 and not at 2', () => {
    const r = scoreInstrument('phq-4', [1, 1, 2, 1]);
    expect(r.total).to.equal(5);
    const [gad2, phq2] = r.subscales!;
    expect(gad2).to.include({ id: 'gad-2', total: 2, positive: false, complete: true });
    expect(phq2).to.include({ id: 'phq-2', total: 3, positive: true, complete: true });
    const r2 = scoreInstrument('phq-4', [3, 0, 0, 2]);
    expect(r2.subscales![0]).to.include({ total: 3, positive: true });
    expect(r2.subscales![1]).to.include({ total: 2, positive: false });
  });

  it('a skipped PHQ-2 item leaves GAD-2 scored and PHQ-2 incomplete', () => {
    const r = scoreInstrument('phq-4', [2, 2, 3, undefined]);
    expect(r.complete).to.equal(false);
    expect(r.total).to.equal(undefined);
    expect(r.subscales![0]).to.include({ complete: true, total: 4, positive: true });
    expect(r.subscales![1]).to.include({ complete: false, answered: 1 });
    expect(r.subscales![1].positive).to.equal(undefined);
  });
});

describe('check-in scoring: WHO-5', () => {
  it('percentage is raw × 4; raw 12 is poor wellbeing, raw 13 is not', () => {
    const low = scoreInstrument('who-5', [3, 3, 2, 2, 2]);
    expect(low).to.include({ total: 12, percentage: 48 });
    expect(low.flags).to.include('poor-wellbeing');
    expect(low.flags).to.include('depression-screen-indicated');
    const ok = scoreInstrument('who-5', [3, 3, 3, 2, 2]);
    expect(ok).to.include({ total: 13, percentage: 52 });
    expect(ok.flags).to.deep.equal([]);
    expect(scoreInstrument('who-5', [5, 5, 5, 5, 5])).to.include({ total: 25, percentage: 100 });
  });

  it('any item at 0 or 1 indicates a depression screen even when raw is 13 or more', () => {
    const r = scoreInstrument('who-5', [5, 5, 1, 5, 5]);
    expect(r.total).to.equal(21);
    expect(r.flags).to.deep.equal(['depression-screen-indicated']);
    expect(scoreInstrument('who-5', [5, 5, 2, 5, 5]).flags).to.deep.equal([]);
  });

  it('skipped items: no total, no percentage, no poor-wellbeing guess', () => {
    const r = scoreInstrument('who-5', [0, 0, 0, 0]);
    expect(r).to.include({ complete: false, answered: 4 });
    expect(r.total).to.equal(undefined);
    expect(r.percentage).to.equal(undefined);
    expect(r.flags).to.not.include('poor-wellbeing');
    // An item at 0 is known, so the screen indication still stands.
    expect(r.flags).to.include('depression-screen-indicated');
  });
});

describe('check-in scoring from a conversation', () => {
  const script = BUILT_IN_SCRIPTS['phq-9'];

  function run(choices: Array<number | 'skip'>): E.EngineState {
    let s = E.advance(script, E.start(script)); // past the intro
    for (const c of choices) {
      const step = E.currentStep(script, s)!;
      if (step.kind !== 'single') throw new Error(`expected a question, got ${step.id}`);
      s = c === 'skip' ? E.skip(script, s) : E.answer(script, s, step.options.find((o) => o.score === c)!.value);
    }
    return s;
  }

  it('scores the PHQ-9 script from the chosen options, and says when the language is not validated', () => {
    const s = run([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const [en] = scoreAnswers(E.effectiveAnswers(script, s), 'en');
    expect(en).to.include({ instrument: 'phq-9', total: 9, band: 'mild', translationValidated: true });
    expect(en.flags).to.include('item-9-positive');
    const [es] = scoreAnswers(E.effectiveAnswers(script, s), 'es');
    expect(es.translationValidated).to.equal(false);
  });

  it('a skipped item in the conversation gives complete: false and a prorated total', () => {
    const s = run([2, 'skip', 2, 2, 2, 2, 2, 2, 0]);
    const [r] = scoreAnswers(E.effectiveAnswers(script, s));
    expect(r).to.include({ complete: false, answered: 8, prorated: true });
    // 14 / 8 × 9 = 15.75
    expect(r.total).to.equal(16);
  });

  it('the unscored difficulty question does not count', () => {
    let s = run([3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(E.currentStep(script, s)!.id).to.equal('phq9-10');
    s = E.answer(script, s, 'LA6574-3');
    const [r] = scoreAnswers(E.effectiveAnswers(script, s));
    expect(r.total).to.equal(27);
    expect(r.band).to.equal('severe');
  });
});
