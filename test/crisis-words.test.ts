/**
 * The crisis-word matcher (src/check-in/crisis-words.ts) in real browsers: its corpus, typing slips,
 * idioms, the host's own words and hostile input; then in `<intake-check-in>`: words typed about
 * someone else in Spanish, Arabic and Chinese bring help once, an idiom brings nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { assessRisk, findCrisisWords, foldText, oneSlipApart } from '../src/check-in/crisis-words.js';
import * as E from '../src/check-in/engine.js';
import { buildResult } from '../src/check-in/result.js';
import { checkRiskWords } from '../src/check-in/risk.js';
import { validateScript, type Script } from '../src/check-in/script-schema.js';
import { capture, shadowText, waitFor } from './helpers.js';

const LANGUAGES = ['en', 'es', 'zh-Hant', 'zh-Hans', 'tl', 'vi', 'ru', 'ko', 'ar'];
const found = (text: string) => findCrisisWords(text).length > 0;

describe('crisis words: the corpus in the browser', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: recall >= 95 %, false alarms <= 5 %, 40+ phrases to catch and 15+ to ignore`, async () => {
      const corpus: { catch: string[]; ignore: string[] } = await (await fetch(new URL(`./fixtures/risk-phrases/${lang}.json`, import.meta.url))).json();
      expect(corpus.catch.length).to.be.at.least(40);
      expect(corpus.ignore.length).to.be.at.least(15);
      const missed = corpus.catch.filter((t) => !found(t));
      const alarms = corpus.ignore.filter(found);
      expect(1 - missed.length / corpus.catch.length, `missed: ${missed.join(' / ')}`).to.be.at.least(0.95);
      expect(alarms.length / corpus.ignore.length, `false alarms: ${alarms.join(' / ')}`).to.be.at.most(0.05);
    });
  }
});

describe('crisis words: how text is read', () => {
  it('about the person or someone they care for, in each language', () => {
    for (const text of [
      'my son wants to kill himself',
      'she keeps saying she wants to die',
      'mi hijo quiere matarse',
      'ابني يريد أن يموت',
      'gusto na niyang mamatay',
      '他说他不想活了',
      'мама не хочет жить',
      '아들이 죽고 싶대요',
      'con trai tôi muốn tự tử',
    ]) {
      expect(found(text), text).to.equal(true);
    }
  });

  it('one typing slip in a word of 5+ Latin or Cyrillic letters still matches; ordinary words near key words do not', () => {
    for (const text of ['I keep thinking about sucide', 'kiero morir', 'я хочу умиреть', 'quiero morirrme', 'she is cuting herself']) {
      expect(found(text), text).to.equal(true);
    }
    for (const text of ["I'm willing myself to go to work", "I'm changing myself for the better", 'quiero matarte de un abrazo']) {
      expect(found(text), text).to.equal(false);
    }
    expect(oneSlipApart('sucide', 'suicide')).to.equal(true);
    expect(oneSlipApart('suicdie', 'suicide'), 'transposition').to.equal(true);
    expect(oneSlipApart('willing', 'killing'), 'the first letter stays').to.equal(false);
    expect(oneSlipApart('suicide', 'suicide')).to.equal(false);
    expect(oneSlipApart('sucidee', 'suicide'), 'two slips').to.equal(false);
  });

  it('idioms stay quiet', () => {
    for (const text of [
      "I'm dying to try that place",
      'we need to kill time',
      'my feet are killing me',
      'I could kill for a coffee',
      'I finished suicide prevention training',
      'Suicide Squad was on TV',
      'me muero de hambre',
      'me muero de risa',
      '笑死我了',
      'đói muốn chết',
      'cười muốn chết',
      '배고파 죽겠어',
      'أموت من الجوع',
      'умираю от смеха',
      'mamamatay ako sa gutom',
      'cứ từ từ thôi',
    ]) {
      expect(findCrisisWords(text), text).to.deep.equal([]);
    }
  });

  it('folds case, width, accents, Arabic marks and tatweel, Traditional characters and invisible marks', () => {
    expect(foldText('DAÑO')).to.equal('dano');
    expect(foldText('ＫＭＳ')).to.equal('kms');
    expect(foldText('أُرِيـــدُ')).to.equal('اريد');
    expect(foldText('自殺')).to.equal('自杀');
    expect(foldText('sui\u200Bci\u200Dde')).to.equal('suicide');
    for (const text of ['Ｉ ｗａｎｔ ｔｏ ｄｉｅ', 'sui\u200Bcide', '\u202Bأُرِيـــدُ أَنْ أَمُوتَ\u202C', '我想自殺', 'tôi muốn chết', 'toi muon chet']) {
      expect(found(text), text).to.equal(true);
    }
  });

  it('never throws and stays fast on hostile input', () => {
    const hostile = [
      'x'.repeat(10000),
      'I am okay today. '.repeat(600).slice(0, 10000),
      '\uD800'.repeat(5000) + 'I want to die' + '\uDFFF'.repeat(5000),
      '\u202E\u200D\u200F'.repeat(3400),
      'مرحبا 你好 hello привет xin chào 안녕 '.repeat(300).slice(0, 10000),
      'want to want to '.repeat(700),
      '| . ! ? '.repeat(1300),
    ];
    for (const text of [undefined, null, 5, {}, [], ...hostile]) {
      expect(() => findCrisisWords(text as string)).not.to.throw();
    }
    expect(found(hostile[2]), 'words between lone surrogates').to.equal(true);
    expect(found('I am fine. '.repeat(1000) + 'I want to die'), 'at the end of a long text').to.equal(true);
    const times = hostile.map((text) => {
      const runs = [0, 1, 2, 3, 4].map(() => {
        const t0 = performance.now();
        findCrisisWords(text);
        return performance.now() - t0;
      });
      return runs.sort((a, b) => a - b)[2];
    });
    // About 2-5 ms per 10,000 characters on an idle machine; the bound is loose for a shared, busy test
    // machine, and still catches a rule that backtracks without end (seconds).
    expect(Math.max(...times), `median ms per text: ${times.map((t) => t.toFixed(1)).join(', ')}`).to.be.below(50);
  });
});

describe("crisis words: the host's own words", () => {
  it('are added to the built-in words, for any language, and never replace them', () => {
    const extra = { en: ['jump off the pier'], es: ['tirarme al mar'], '*': ['purple rain*'], 'zh-Hans': ['不想见人'] };
    expect(findCrisisWords('I might jump off the pier', extra)).to.deep.equal(['host']);
    expect(findCrisisWords('voy a tirarme al mar', extra)).to.include('host');
    expect(findCrisisWords('PURPLE RAINING again', extra)).to.deep.equal(['host']);
    expect(findCrisisWords('我真的不想见人了', extra)).to.deep.equal(['host']);
    expect(findCrisisWords('I want to die', extra), 'built-in words still work').to.deep.equal(['en:want-die']);
    expect(findCrisisWords('the pier is nice', extra)).to.deep.equal([]);
    expect(findCrisisWords('a.b(c', { en: ['.', '(', 'a.b(c'] }), 'words are words, not patterns').to.deep.equal(['host']);
    expect(findCrisisWords('abc', { en: ['.', '('] })).to.deep.equal([]);
  });

  it('a value that is not an object of word lists is refused with a message that never quotes the words', () => {
    const secret = 'zebrafish-secret';
    for (const bad of [[secret], secret, 5, true, { en: secret }, { en: [5] }, { en: [''] }, { 'not a locale': [secret] }, { en: [secret.repeat(20)] }, { en: Array(1001).fill(secret) }]) {
      const checked = checkRiskWords(bad);
      expect(checked.ok, JSON.stringify(bad).slice(0, 60)).to.equal(false);
      if (!checked.ok) expect(checked.problem).not.to.contain(secret);
    }
    expect(checkRiskWords(undefined)).to.deep.equal({ ok: true, words: undefined });
    expect(checkRiskWords(null)).to.deep.equal({ ok: true, words: undefined });
    expect(checkRiskWords({ en: ['a'], '*': [] })).to.deep.equal({ ok: true, words: { en: ['a'], '*': [] } });
  });

  it('count in the result risk', () => {
    const script = (validateScript({ id: 'host', version: '1', steps: [{ id: 'notes', kind: 'text', text: { en: 'Tell us more' } }] }) as { ok: true; script: Script }).script;
    const state = E.answer(script, E.start(script), 'he talks about the old quarry');
    expect(assessRisk(E.effectiveAnswers(script, state))).to.equal(null);
    const result = buildResult(script, state, { locale: 'en', completedAt: '2026-01-01T00:00:00Z', riskWords: { en: ['old quarry'] } });
    expect(result.risk).to.deep.equal({ level: 'urgent', reasons: ['crisis-words'] });
  });
});

describe('crisis words in <intake-check-in>', () => {
  const script = {
    id: 'notes',
    version: '1',
    steps: [
      { id: 'notes', kind: 'text', text: { en: 'How are things at home?' }, multiline: true },
      { id: 'more', kind: 'text', text: { en: 'Anything else?' } },
      { id: 'bye', kind: 'message', text: { en: 'Thanks!' }, end: true },
    ],
  };
  const root = (el: IntakeCheckIn) => el.shadowRoot!;
  const question = (el: IntakeCheckIn) => root(el).querySelector('#q-current .text')?.textContent?.trim() ?? '';

  async function mount(riskWords?: unknown) {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${script} .riskWords=${riskWords}></intake-check-in>`);
    await waitFor(() => question(el) === 'How are things at home?');
    return el;
  }

  /** Types into the text step and sends it, as the person would. */
  async function send(el: IntakeCheckIn, text: string) {
    await waitFor(() => !!root(el).querySelector('#answer'));
    const input = root(el).querySelector<HTMLTextAreaElement | HTMLInputElement>('#answer')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('form.field button')!.click();
    await el.updateComplete;
    await el.updateComplete;
  }

  const urgentCard = (el: IntakeCheckIn) => root(el).querySelector<HTMLElement>('intake-crisis-card[variant="urgent"]');

  for (const [lang, text] of [
    ['Spanish', 'mi hijo quiere matarse'],
    ['Arabic', 'ابني يريد أن يموت'],
    ['Chinese', '我女兒說她不想活了'],
  ]) {
    it(`${lang}, about someone else: intake-risk once (crisis-words) and the urgent card`, async () => {
      const el = await mount();
      const risk = capture(el, 'intake-risk');
      expect(urgentCard(el)).to.equal(null);
      await send(el, text);
      expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['crisis-words'], source: 'intake-check-in' }]);
      // The pause: the urgent card, and the next question waits for "Keep going".
      const card = root(el).querySelector<HTMLElement>('.pause intake-crisis-card[variant="urgent"]')!;
      expect(card, 'the urgent card').to.exist;
      await customElements.whenDefined('intake-crisis-card');
      await waitFor(() => shadowText(card).includes('988 Suicide & Crisis Lifeline'));
      expect(shadowText(el)).to.contain("You don't have to go through this alone.");
      expect(question(el), 'the next question waits').to.equal('');
      const keepGoing = [...root(el).querySelectorAll<HTMLButtonElement>('.pause button')].find((b) => b.textContent!.trim() === 'Keep going')!;
      keepGoing.click();
      await waitFor(() => question(el) === 'Anything else?');
      expect(urgentCard(el), 'the urgent card stays').to.exist;
      await send(el, text);
      expect(risk, 'the same reason does not fire twice').to.have.length(1);
    });
  }

  it('an idiom brings nothing', async () => {
    const el = await mount();
    const risk = capture(el, 'intake-risk');
    await send(el, 'me muero de hambre, y mis pies me están matando');
    await waitFor(() => question(el) === 'Anything else?');
    expect(risk).to.deep.equal([]);
    expect(urgentCard(el)).to.equal(null);
  });

  it("the host's riskWords add to the built-in words", async () => {
    const el = await mount({ en: ['the old quarry'] });
    const risk = capture(el, 'intake-risk');
    await send(el, 'He keeps going up to the old quarry at night');
    expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['crisis-words'], source: 'intake-check-in' }]);
    expect(urgentCard(el)).to.exist;

    const other = await mount({ en: ['the old quarry'] });
    const otherRisk = capture(other, 'intake-risk');
    await send(other, 'I want to die');
    expect(otherRisk, 'built-in words still work').to.have.length(1);
  });

  it('a bad riskWords gives one intake-error without the words, and the built-in words keep working', async () => {
    const errors: Array<{ code: string; message: string; source: string }> = [];
    const listen = (e: Event) => errors.push((e as CustomEvent).detail);
    document.addEventListener('intake-error', listen);
    try {
      const el = await mount({ en: 'zebrafish-secret' });
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'invalid-property', source: 'intake-check-in' });
      expect(errors[0].message).to.contain('riskWords');
      expect(errors[0].message).not.to.contain('zebrafish');
      const risk = capture(el, 'intake-risk');
      await send(el, 'my daughter wants to kill herself');
      expect(risk).to.have.length(1);
      expect(errors, 'no second error').to.have.length(1);
    } finally {
      document.removeEventListener('intake-error', listen);
    }
  });
});
