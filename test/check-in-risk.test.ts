import { expect } from '@open-wc/testing';
import { findCrisisWords, assessRisk, foldText } from '../src/check-in/crisis-words.js';
import * as E from '../src/check-in/engine.js';
import { buildResult } from '../src/check-in/result.js';
import { BUILT_IN_SCRIPTS } from '../src/check-in/scripts/index.js';
import { validateScript, type Script } from '../src/check-in/script-schema.js';

describe('check-in risk: crisis words in every shipped language', () => {
  const positives: Array<[string, string]> = [
    ['en', 'Honestly I want to die'],
    ['en', 'I have been thinking about SUICIDE'],
    ['en', 'sometimes I think I’d be better off dead'],
    ['en', "I've been cutting myself again"],
    ['en', "I don't want to live anymore"],
    ['en', 'I took an overdose last year'],
    ['es', 'A veces pienso en el suicidio'],
    ['es', 'QUIERO MORIRME'],
    ['es', 'tengo ganas de hacerme daño'],
    ['es', 'ya no quiero vivir'],
    ['zh-Hant', '我最近一直想自殺'],
    ['zh-Hans', '我不想活了'],
    ['zh-Hans', '有时候想伤害自己'],
    ['tl', 'Gusto ko nang mamatay'],
    ['tl', 'naiisip kong magpakamatay'],
    ['vi', 'Tôi muốn chết'],
    ['vi', 'toi muon tu tu'],
    ['vi', 'Tôi đã nghĩ đến việc tự tử'],
    ['ru', 'Я ХОЧУ УМЕРЕТЬ'],
    ['ru', 'думаю о самоубийстве'],
    ['ru', 'хочу покончить с собой'],
    ['ko', '요즘 자살하고 싶다는 생각이 들어요'],
    ['ko', '죽고 싶어요'],
    ['ar', 'أريد أن أموت'],
    ['ar', 'أُرِيدُ أَنْ أَمُوتَ'],
    ['ar', 'أفكر في الانتحار'],
  ];
  for (const [lang, text] of positives) {
    it(`${lang}: "${text}"`, () => {
      expect(findCrisisWords(text)).to.not.be.empty;
    });
  }

  const negatives = [
    "I'm doing okay, just tired",
    'I killed it at my job interview',
    'skillful and self-assured',
    'Necesito ayuda con la renta',
    'Cứ từ từ thôi', // "take it slowly": folds to "tu tu" but is not "tự tử"
    '我想吃饭',
    '살고 있는 곳이 불편해요',
    'أريد مساعدة في الطعام',
    'Мне нужна помощь с едой',
    'Kailangan ko ng tulong sa pagkain',
    '',
  ];
  for (const text of negatives) {
    it(`no alarm for "${text}"`, () => {
      expect(findCrisisWords(text)).to.deep.equal([]);
    });
  }

  it('folds case, accents, Arabic letter forms and apostrophes', () => {
    expect(foldText('DAÑO')).to.equal('dano');
    expect(foldText('إيذاء')).to.equal('ايذاء');
    expect(foldText('I’d')).to.equal('id');
    expect(foldText('Ёлка')).to.equal('елка');
  });

  it('never throws on odd input', () => {
    for (const odd of [undefined, null, 5, {}, 'x'.repeat(100000), '\uD800']) {
      expect(() => findCrisisWords(odd as string)).not.to.throw();
    }
  });
});

describe('check-in risk: each path', () => {
  it('PHQ-9 item 9 above 0 is urgent; 0 is no risk', () => {
    const script = BUILT_IN_SCRIPTS['phq-9'];
    const run = (item9: string) => {
      let s = E.advance(script, E.start(script));
      for (let i = 0; i < 8; i++) s = E.answer(script, s, 'LA6568-5');
      return E.answer(script, s, item9);
    };
    const yes = assessRisk(E.effectiveAnswers(script, run('LA6569-3')));
    expect(yes).to.deep.include({ level: 'urgent', reasons: ['phq9-item9'] });
    expect(yes!.signals[0].stepId).to.equal('phq9-9');
    expect(assessRisk(E.effectiveAnswers(script, run('LA6568-5')))).to.equal(null);
  });

  it('"I\'m not safe right now" is an emergency, and the person can go on', () => {
    const script = BUILT_IN_SCRIPTS.welcome;
    let s = E.start(script);
    s = E.answer(script, s, 'yes');
    s = E.answer(script, s, 'not-safe');
    expect(s.current, 'never a hard stop').to.equal('needs');
    const risk = assessRisk(E.effectiveAnswers(script, s));
    expect(risk).to.deep.include({ level: 'emergency', reasons: ['person-not-safe'] });
    const result = buildResult(script, s, { locale: 'en', completedAt: '2026-01-01T00:00:00Z' });
    expect(result.risk).to.deep.equal({ level: 'emergency', reasons: ['person-not-safe'] });
  });

  it('crisis words in a free-text answer and in a comment are urgent', () => {
    const v = validateScript({
      id: 'host',
      version: '1',
      steps: [
        { id: 'notes', kind: 'text', text: { en: 'Tell us more' } },
        { id: 'mood', kind: 'single', text: { en: 'Mood?' }, comment: { en: 'More?' }, options: [{ value: 'low', text: { en: 'Low' } }] },
      ],
    });
    const script = (v as { ok: true; script: Script }).script;
    let s = E.start(script);
    s = E.answer(script, s, 'No quiero vivir así');
    let risk = assessRisk(E.effectiveAnswers(script, s));
    expect(risk).to.deep.include({ level: 'urgent', reasons: ['crisis-words'] });
    s = E.back(script, s);
    s = E.answer(script, s, 'I need food');
    expect(assessRisk(E.effectiveAnswers(script, s)), 'changed answer, risk gone').to.equal(null);
    s = E.answer(script, s, 'low', { comment: '我想自杀' });
    risk = assessRisk(E.effectiveAnswers(script, s));
    expect(risk!.signals).to.deep.equal([{ reason: 'crisis-words', level: 'urgent', stepId: 'mood' }]);
  });

  it('several reasons: the highest level wins, each reason once', () => {
    const script = BUILT_IN_SCRIPTS.welcome;
    let s = E.start(script);
    s = E.answer(script, s, 'yes');
    s = E.answer(script, s, 'not-safe', { comment: 'I want to end my life' });
    const risk = assessRisk(E.effectiveAnswers(script, s))!;
    expect(risk.level).to.equal('emergency');
    expect(risk.reasons).to.deep.equal(['person-not-safe', 'crisis-words']);
  });
});
