/**
 * Screeners done right (issue 11): official rules, the plain safety question beside an English item 9,
 * the ASQ follow-up, plain words instead of bands, notices once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import * as E from '../src/check-in/engine.js';
import { buildResult } from '../src/check-in/result.js';
import { assessRisk } from '../src/check-in/crisis-words.js';
import { scoreInstrument } from '../src/check-in/scoring.js';
import { BUILT_IN_SCRIPTS, applyScreenerRules, builtInLookup } from '../src/check-in/scripts/index.js';
import { GAD_STEM, PHQ_STEM } from '../src/check-in/scripts/instrument-defs.js';
import { CheckInResult } from '../src/core/check-in-schemas.js';
import type { Script, Step } from '../src/check-in/script-schema.js';
import { LOCALES } from '../src/core/locales.js';
import { capture, setPageLanguage, shadowText, waitFor } from './helpers.js';

const AT = '2026-12-03T10:00:00.000Z';
const root = (el: IntakeCheckIn) => el.shadowRoot!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const question = (el: IntakeCheckIn) => norm(root(el).querySelector('#q-current .text')?.textContent);

async function settle(el: IntakeCheckIn) {
  await el.updateComplete;
  await el.updateComplete;
}

async function press(el: IntakeCheckIn, label: string) {
  const all = [...root(el).querySelectorAll('button')];
  const b = all.find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${all.map((x) => norm(x.textContent)).join(' | ')}`);
  b.click();
  await settle(el);
}

/** Answers the current single-choice question with its `index`th choice. */
async function choose(el: IntakeCheckIn, index: number) {
  const choices = [...root(el).querySelectorAll<HTMLButtonElement>('button.choice')];
  if (!choices[index]) throw new Error(`no choice ${index} on "${question(el)}"`);
  choices[index].click();
  await settle(el);
}

/** Runs a script in the engine: answers by option score (or 'yes'/'no' values), 'skip' skips. */
function run(script: Script, answers: Array<number | string>): E.EngineState {
  let s = E.start(script);
  if (E.currentStep(script, s)?.kind === 'message') s = E.advance(script, s);
  for (const a of answers) {
    const step = E.currentStep(script, s)!;
    if (step.kind !== 'single') throw new Error(`${step.id} is not a choice`);
    if (a === 'skip') s = E.skip(script, s, { at: AT });
    else {
      const value = typeof a === 'number' ? step.options.find((o) => o.score === a)!.value : a;
      s = E.answer(script, s, value, { at: AT });
    }
  }
  return s;
}

const phq9 = BUILT_IN_SCRIPTS['phq-9'];
const item9Positive = [0, 0, 0, 0, 0, 0, 0, 0, 1];

describe('screeners: official rules', () => {
  it('PHQ-9 item 10 is asked only when an item is above 0', () => {
    const none = run(phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(E.currentStep(phq9, none)!.kind).to.equal('summary');
    const some = run(phq9, [0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(E.currentStep(phq9, some)!.id).to.equal('phq9-10');
  });

  it('each instrument has its own instruction: GAD-7 does not use PHQ-9\'s "any of the following"', () => {
    const help = (id: 'phq-9' | 'gad-7' | 'phq-4', n: number) => (BUILT_IN_SCRIPTS[id].steps.find((s) => s.id === `${id.replace('-', '')}-${n}`)!.help as { en: string }).en;
    expect(help('phq-9', 1)).to.equal(PHQ_STEM);
    expect(help('gad-7', 1)).to.equal(GAD_STEM);
    expect(help('gad-7', 1)).to.equal('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(help('phq-4', 1)).to.equal(GAD_STEM);
    expect(help('gad-7', 7)).not.to.contain('any of');
  });

  it('screeners are self-report: with subject "other" the rules report it and every item leaves the path', () => {
    const { script, problems } = applyScreenerRules(phq9, { locale: 'en', subject: 'other' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('self-report');
    const s = E.advance(script, E.start(script, { subject: 'other' }));
    expect(E.currentStep(script, s)!.kind).to.equal('summary');
    const self = applyScreenerRules(phq9, { locale: 'en', subject: 'self' });
    expect(self.problems).to.deep.equal([]);
  });

  it('WHO-5: likelyDepression at raw 7 or less, poorWellBeing below 13', () => {
    expect(scoreInstrument('who-5', [2, 2, 2, 1, 0])).to.include({ total: 7, likelyDepression: true, poorWellBeing: true });
    expect(scoreInstrument('who-5', [2, 2, 2, 2, 0])).to.include({ total: 8, likelyDepression: false, poorWellBeing: true });
    expect(scoreInstrument('who-5', [3, 3, 3, 2, 2])).to.include({ total: 13, likelyDepression: false, poorWellBeing: false });
    expect(scoreInstrument('who-5', [2, 2, 2, 1, 0]).flags).to.include.members(['likely-depression', 'poor-wellbeing']);
  });
});

describe('screeners: the plain safety question beside an English item 9', () => {
  it('is added right after item 9 where PHQ-9 is not in a verified translation, and not in English', () => {
    const es = applyScreenerRules(phq9, { locale: 'es', subject: 'self' }).script;
    const ids = es.steps.map((s) => s.id);
    expect(ids.indexOf('phq9-9-safety')).to.equal(ids.indexOf('phq9-9') + 1);
    const en = applyScreenerRules(phq9, { locale: 'en', subject: 'self' }).script;
    expect(en.steps.map((s) => s.id)).not.to.include('phq9-9-safety');
  });

  it('a yes raises risk (reason safety-question), is recorded apart and never counts toward the total', () => {
    const script = applyScreenerRules(phq9, { locale: 'vi', subject: 'self' }).script;
    const s = run(script, [0, 0, 0, 0, 0, 0, 0, 0, 0, 'yes']);
    const entries = E.effectiveAnswers(script, s);
    expect(assessRisk(entries)!.reasons).to.deep.equal(['safety-question']);
    const result = buildResult(script, s, { locale: 'vi', lookup: builtInLookup('phq-9', 'self'), completedAt: AT });
    expect(result.instruments[0]).to.include({ instrument: 'phq-9', total: 0, translationValidated: false });
    const safety = result.answers.find((a) => a.stepId === 'phq9-9-safety')!;
    expect(safety).to.include({ value: 'yes', skipped: false });
    expect(safety).not.to.have.property('instrument');
    expect(result.risk).to.deep.equal({ level: 'urgent', reasons: ['safety-question'] });
    expect(CheckInResult.safeParse(result).success, 'the result fits the published schema').to.equal(true);
  });

  it('is asked only when item 9 was 0 or skipped: after an answer above 0 the danger is already caught', () => {
    const script = applyScreenerRules(phq9, { locale: 'es', subject: 'self' }).script;
    expect(E.currentStep(script, run(script, [0, 0, 0, 0, 0, 0, 0, 0, 0]))!.id).to.equal('phq9-9-safety');
    expect(E.currentStep(script, run(script, [0, 0, 0, 0, 0, 0, 0, 0, 'skip']))!.id).to.equal('phq9-9-safety');
    for (const score of [1, 2, 3]) {
      expect(E.currentStep(script, run(script, [0, 0, 0, 0, 0, 0, 0, 0, score]))!.id, `item 9 = ${score}`).to.equal('phq9-10');
    }
  });

  it('a Spanish reader: item 9 above 0 → the pause → Keep going → item 10, not the safety question; item 9 = 0 → the safety question', async () => {
    const primary = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls button.action:not(.secondary)')!;
    const item10 = (phq9.steps.find((st) => st.kind === 'single' && st.instrument?.item === 10)!.text as { en: string }).en;
    await setPageLanguage('es');
    try {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
      const risk = capture(el, 'intake-risk');
      await waitFor(() => question(el) !== '');
      primary(el).click(); // past the welcome
      await settle(el);
      for (let i = 0; i < 8; i++) await choose(el, 0);
      await choose(el, 1); // item 9: "Several days"
      expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['phq9-item9'], source: 'intake-check-in' }]);
      const keepGoing = root(el).querySelector<HTMLButtonElement>('.pause .action:not(.secondary)');
      expect(keepGoing, 'the safety pause').to.exist;
      keepGoing!.click();
      await settle(el);
      expect(question(el)).to.equal(item10);
      expect(question(el)).not.to.equal(SAFETY.es);
      expect(risk, 'no second sign of danger').to.have.length(1);

      const calm = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
      await waitFor(() => question(calm) !== '');
      primary(calm).click();
      await settle(calm);
      for (let i = 0; i < 9; i++) await choose(calm, 0); // item 9 too: "Not at all"
      expect(question(calm)).to.equal(SAFETY.es);
    } finally {
      await setPageLanguage('en');
    }
  });
});

describe('screeners: ASQ', () => {
  const asq = BUILT_IN_SCRIPTS.asq;

  it('no to 1-4: negative screen, question 5 not asked, no risk', () => {
    const s = run(asq, ['no', 'no', 'no', 'no']);
    expect(E.currentStep(asq, s)!.kind).to.equal('summary');
    const [r] = buildResult(asq, s, { locale: 'en', completedAt: AT }).instruments;
    expect(r).to.include({ instrument: 'asq', positive: false, acute: false });
    expect(assessRisk(E.effectiveAnswers(asq, s))).to.equal(null);
  });

  it('a yes to any of 1-4 is a positive screen (urgent) and asks question 5; a yes to 5 is acute (emergency)', () => {
    const s = run(asq, ['no', 'yes', 'no', 'no']);
    expect(E.currentStep(asq, s)!.id).to.equal('asq-5');
    const positive = assessRisk(E.effectiveAnswers(asq, s))!;
    expect(positive).to.include({ level: 'urgent' });
    expect(positive.reasons).to.deep.equal(['asq-positive']);
    const acute = E.answer(asq, s, 'yes', { at: AT });
    const risk = assessRisk(E.effectiveAnswers(asq, acute))!;
    expect(risk.level).to.equal('emergency');
    expect(risk.reasons).to.deep.equal(['asq-positive', 'asq-acute']);
    const result = buildResult(asq, acute, { locale: 'en', completedAt: AT });
    expect(result.instruments[0]).to.include({ positive: true, acute: true });
    expect(result.instruments[0].flags).to.deep.equal(['asq-positive', 'asq-acute']);
    expect(CheckInResult.safeParse(result).success).to.equal(true);
  });

  it('a refusal of 1-4 counts as positive (NIMH tool) and asks question 5', () => {
    const s = run(asq, ['no', 'no', 'skip', 'no']);
    expect(E.currentStep(asq, s)!.id).to.equal('asq-5');
    expect(buildResult(asq, s, { locale: 'en', completedAt: AT }).instruments[0].positive).to.equal(true);
  });

  it('risk-follow-up "asq" chains it after a positive item 9 only', () => {
    const script = applyScreenerRules(phq9, { locale: 'en', subject: 'self', riskFollowUp: 'asq' }).script;
    const negative = run(script, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(E.currentStep(script, negative)!.kind, 'item 9 at 0: no ASQ').to.equal('summary');
    let s = run(script, [...item9Positive, 0]);
    expect(E.currentStep(script, s)!.id).to.equal('asq-intro');
    s = E.advance(script, s);
    expect((E.currentStep(script, s)!.text as { en: string }).en).to.equal('In the past few weeks, have you wished you were dead?');
  });
});

const CONTINUE: Record<string, string> = { en: 'Continue', es: 'Continuar', 'zh-Hans': '继续' };
const AGREE: Record<string, string> = { en: 'Yes, I agree', es: 'Sí, estoy de acuerdo', 'zh-Hans': '好，我同意' };
const KEEP_GOING: Record<string, string> = { en: 'Keep going', es: 'Seguir adelante', 'zh-Hans': '继续' };
const REACH_OUT: Record<string, string> = {
  es: '¿Quieres que alguien de nuestro equipo se comunique contigo?',
  'zh-Hans': '你希望我们团队的人联系你吗？',
};
const NO_THANKS: Record<string, string> = { es: 'No, gracias', 'zh-Hans': '不用了，谢谢' };
const SAFETY: Record<string, string> = {
  es: 'En las últimas 2 semanas, ¿has tenido pensamientos de muerte o de hacerte daño?',
  'zh-Hans': '在过去两周内，你是否有过想死或伤害自己的念头？',
};
const ENGLISH_NOTE: Record<string, string> = {
  es: 'Estas preguntas están en inglés.',
  'zh-Hans': '英文',
};

/** The band words the person used to see ("severe" ...), in every shipped language, and words of diagnosis. */
const BAND_WORDS: Record<string, string[]> = {
  en: ['severe', 'moderate', 'mild', 'minimal', 'depression'],
  es: ['grave', 'moderado', 'leve', 'mínimo', 'depresión'],
  'zh-Hant': ['重度', '中度', '輕度', '極輕微', '憂鬱'],
  'zh-Hans': ['重度', '中度', '轻度', '极轻微', '抑郁'],
  tl: ['malala', 'katamtaman', 'banayad', 'napakaliit', 'depresyon'],
  vi: ['nặng', 'rất nhẹ', 'trầm cảm'],
  ru: ['тяжёлая', 'умеренная', 'лёгкая', 'минимальная', 'депрессия'],
  ko: ['심함', '중간', '가벼움', '최소', '우울증'],
  ar: ['شديد', 'متوسط', 'خفيف', 'بسيط جدًا', 'اكتئاب'],
};

/** A host's script: the nine PHQ-9 items, then an end message that shows the result. */
const phq9Items: Script = {
  id: 'host-phq9',
  version: '1',
  steps: [
    ...phq9.steps
      .filter((st): st is Extract<Step, { kind: 'single' }> => st.kind === 'single' && !!st.instrument && st.instrument.item <= 9)
      .map(({ why: _why, ...st }) => st),
    { id: 'end', kind: 'message', text: { en: 'Thank you.' }, showScores: true, end: true },
  ],
};

describe('<intake-check-in> screeners', () => {
  afterEach(() => setPageLanguage('en'));

  for (const lang of ['es', 'zh-Hans']) {
    it(`${lang}: PHQ-9 items stay English with a note (no verified translation); the translated safety question follows item 9 and a yes raises intake-risk`, async () => {
      await setPageLanguage(lang);
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
      const risk = capture(el, 'intake-risk');
      const done = capture(el, 'intake-check-in-complete');
      await waitFor(() => question(el) !== '');
      await press(el, CONTINUE[lang]);
      expect(question(el)).to.equal('Little interest or pleasure in doing things');
      expect(root(el).querySelector('#q-current .text')!.getAttribute('lang')).to.equal('en');
      expect(norm(root(el).querySelector('#q-current .note')?.textContent)).to.contain(ENGLISH_NOTE[lang]);
      for (let i = 0; i < 9; i++) await choose(el, 0); // "Not at all", item 9 too
      expect(risk).to.deep.equal([]);
      expect(question(el)).to.equal(SAFETY[lang]);
      expect(root(el).querySelector('#q-current .text')!.hasAttribute('lang'), 'in the page language').to.equal(false);
      await choose(el, 0); // yes
      expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['safety-question'], source: 'intake-check-in' }]);
      // The pause: the urgent card, the next question only after "Keep going".
      expect(root(el).querySelector('.pause intake-crisis-card[variant="urgent"]')).to.exist;
      expect(root(el).querySelector('#q-current'), 'the next question waits').to.equal(null);
      await press(el, KEEP_GOING[lang]);
      expect(root(el).querySelector('intake-crisis-card[variant="urgent"]'), 'the card stays').to.exist;
      // All items at 0: no 10th question; the offer to reach out (no, thank you), the summary, then consent.
      expect(question(el)).to.equal(REACH_OUT[lang]);
      await press(el, NO_THANKS[lang]);
      await press(el, CONTINUE[lang]);
      await press(el, AGREE[lang]);
      await waitFor(() => done.length === 1);
      const r = done[0];
      expect(r.instruments[0]).to.include({ instrument: 'phq-9', total: 0, translationValidated: false });
      expect(r.risk).to.deep.equal({ level: 'urgent', reasons: ['safety-question'] });
      expect(r.answers.find((a) => a.stepId === 'phq9-9-safety')).to.include({ value: 'yes', question: SAFETY[lang] });
      expect(r.answers.find((a) => a.stepId === 'reach-out')).to.include({ value: 'no', question: REACH_OUT[lang] });
      expect(r.contact, 'no contact asked for').to.equal(undefined);
    });
  }

  it('switching the page to Spanish mid-screener adds the safety question after item 9', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
    await waitFor(() => question(el) !== '');
    await press(el, 'Continue');
    for (let i = 0; i < 3; i++) await choose(el, 0);
    await setPageLanguage('es', el);
    for (let i = 3; i < 9; i++) await choose(el, 0);
    expect(question(el)).to.equal(SAFETY.es);
  });

  it('in English there is no extra safety question (the item itself is in its own language)', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
    await waitFor(() => question(el) !== '');
    await press(el, 'Continue');
    for (let i = 0; i < 9; i++) await choose(el, 0);
    expect(question(el)).to.equal('Here is what you told us. You can change any answer.');
  });

  for (const lang of LOCALES) {
    it(`${lang}: after a PHQ-9 of 24, warm plain words and no numbers, bands or diagnosis`, async () => {
      await setPageLanguage(lang);
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${phq9Items}></intake-check-in>`);
      await waitFor(() => question(el) !== '');
      for (let i = 0; i < 8; i++) await choose(el, 3); // "Nearly every day"
      await choose(el, 0); // item 9: "Not at all"
      if (lang !== 'en') await choose(el, 1); // the safety question: no
      await waitFor(() => !!root(el).querySelector('.scores'));
      const seen = norm(root(el).querySelector('.scores')!.textContent);
      expect(seen.length).to.be.greaterThan(20);
      expect(seen).not.to.match(/\d/);
      for (const word of [...BAND_WORDS[lang], ...BAND_WORDS.en]) expect(seen.toLowerCase(), `"${word}" in ${lang}`).not.to.contain(word);
      if (lang === 'en') expect(seen).to.contain('Your answers suggest things have been hard lately.');
      expect(shadowText(el)).not.to.contain('severe');
    });
  }

  it('show-scores shows the numbers (still without bands); a low total gets kind words', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in show-scores .script=${phq9Items}></intake-check-in>`);
    await waitFor(() => question(el) !== '');
    for (let i = 0; i < 8; i++) await choose(el, 3);
    await choose(el, 0);
    await waitFor(() => !!root(el).querySelector('.scores'));
    const seen = norm(root(el).querySelector('.scores')!.textContent);
    expect(seen).to.contain('PHQ-9: 24 out of 27');
    expect(seen).not.to.contain('severe');
    const skipped = await fixture<IntakeCheckIn>(html`<intake-check-in show-scores .script=${phq9Items}></intake-check-in>`);
    await waitFor(() => question(skipped) !== '');
    const skippedRisk = capture(skipped, 'intake-risk');
    await press(skipped, "I'd rather not say");
    for (let i = 0; i < 8; i++) await choose(skipped, 1);
    // Item 9 at "Several days": the pause, then on to the end.
    expect(skippedRisk.map((r) => r.reasons[0])).to.deep.equal(['phq9-item9']);
    expect(root(skipped).querySelector('.scores'), 'no result before Keep going').to.equal(null);
    await press(skipped, 'Keep going');
    // A host script without a contact step of its own is offered one after a sign of danger too.
    await waitFor(() => question(skipped).includes('reach out'));
    await press(skipped, 'No, thank you');
    await waitFor(() => !!root(skipped).querySelector('.scores'));
    // 8 / 8 × 9 = 9, said to be a best guess.
    expect(norm(root(skipped).querySelector('.scores')!.textContent)).to.contain(
      'PHQ-9: 9 out of 27 (some were skipped, so this total is a best guess)',
    );
    const low = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${phq9Items}></intake-check-in>`);
    await waitFor(() => question(low) !== '');
    for (let i = 0; i < 9; i++) await choose(low, i < 4 ? 1 : 0);
    await waitFor(() => !!root(low).querySelector('.scores'));
    expect(norm(root(low).querySelector('.scores')!.textContent)).to.equal(
      'Thank you for answering. Whatever you are feeling, you are welcome to talk with us about it.',
    );
  });

  it('the required notices appear once, in "About these questions" at the first item, not under every question', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
    await waitFor(() => question(el) !== '');
    await press(el, 'Continue');
    const about = root(el).querySelector('#q-current details.about')!;
    expect(norm(about.querySelector('summary')!.textContent)).to.equal('About these questions');
    expect(about.hasAttribute('open')).to.equal(false);
    for (let i = 0; i < 4; i++) await choose(el, 0);
    expect(root(el).querySelectorAll('details.about')).to.have.length(1);
    expect(root(el).querySelector('#q-current details.about')).to.equal(null);
    expect(shadowText(el).split('Spitzer').length - 1, 'the Pfizer notice once').to.equal(1);
    expect(shadowText(el).split('Regenstrief').length - 1, 'the LOINC notice once').to.equal(1);
    expect(root(el).querySelector('footer.notices')).to.equal(null);
  });

  it('risk-follow-up="asq": a positive item 9 leads to the ASQ; yes to 1-4 is urgent, yes to 5 is an emergency', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9" risk-follow-up="asq"></intake-check-in>`);
    const risk = capture(el, 'intake-risk');
    const done = capture(el, 'intake-check-in-complete');
    await waitFor(() => question(el) !== '');
    await press(el, 'Continue');
    for (let i = 0; i < 8; i++) await choose(el, 0);
    await press(el, 'Several days');
    expect(risk.map((r) => r.reasons[0])).to.deep.equal(['phq9-item9']);
    // The pause first; Keep going picks up at item 10, then the ASQ.
    expect(root(el).querySelector('.pause intake-crisis-card[variant="urgent"]')).to.exist;
    await press(el, 'Keep going');
    expect(question(el)).to.match(/how difficult have these problems made it/i);
    await press(el, 'Somewhat difficult');
    expect(question(el)).to.contain('A few more questions about your safety');
    await press(el, 'Continue');
    expect(question(el)).to.equal('In the past few weeks, have you wished you were dead?');
    await press(el, 'No');
    await press(el, 'Yes');
    expect(risk.at(-1)).to.deep.equal({ level: 'urgent', reasons: ['asq-positive'], source: 'intake-check-in' });
    // A new sign: the pause again, then the next ASQ question.
    expect(root(el).querySelector('.pause intake-crisis-card[variant="urgent"]')).to.exist;
    await press(el, 'Keep going');
    await press(el, 'No');
    await press(el, 'No');
    expect(question(el)).to.equal('Are you having thoughts of killing yourself right now?');
    await press(el, 'Yes');
    expect(risk.at(-1)).to.deep.equal({ level: 'emergency', reasons: ['asq-acute'], source: 'intake-check-in' });
    expect(root(el).querySelector('.pause intake-crisis-card'), 'the pause again').to.exist;
    await press(el, 'Keep going');
    expect(question(el)).to.equal('Would you like someone from our team to reach out to you?');
    await press(el, 'No, thank you');
    await press(el, 'Continue');
    await press(el, 'Yes, I agree');
    await waitFor(() => done.length === 1);
    const asq = done[0].instruments.find((i) => i.instrument === 'asq')!;
    expect(asq).to.include({ positive: true, acute: true });
    expect(done[0].risk!.level).to.equal('emergency');
    expect(CheckInResult.safeParse(done[0]).success).to.equal(true);
  });

  it('a bad risk-follow-up is reported and ignored', async () => {
    const errors: Array<{ code: string; message: string }> = [];
    await fixture<IntakeCheckIn>(
      html`<intake-check-in script="phq-9" risk-follow-up="cssrs" @intake-error=${(e: CustomEvent) => errors.push(e.detail)}></intake-check-in>`,
    );
    await waitFor(() => errors.length > 0);
    expect(errors[0]).to.include({ code: 'invalid-attribute' });
    expect(errors[0].message).to.contain('risk-follow-up');
  });
});

describe('an English item in an Arabic page', () => {
  after(() => setPageLanguage('en'));

  it('reads in its own order ("…problems?" keeps the question mark at the end), lines up on the right and is not slanted', async () => {
    await setPageLanguage('ar');
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
    await waitFor(() => question(el) !== '');
    // Past the opening words (in Arabic) to the first item, which is in English.
    for (let i = 0; i < 3 && !root(el).querySelector('#q-current [lang="en"]'); i++) {
      root(el).querySelector<HTMLButtonElement>('button.action, button.choice')!.click();
      await settle(el);
    }
    const english = [...root(el).querySelectorAll<HTMLElement>('[lang="en"]')].filter((e) => /\?\s*$/.test(e.textContent ?? ''));
    expect(english.length, 'English text ending with a question mark').to.be.greaterThan(0);
    for (const e of english) {
      // The last text node that ends with the question mark.
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      let text: Text | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\?\s*$/.test(n.nodeValue ?? '')) text = n as Text;
      if (!text) throw new Error('no text node ends with a question mark');
      const end = text.data.trimEnd().length;
      const mark = document.createRange();
      mark.setStart(text, end - 1);
      mark.setEnd(text, end);
      const all = document.createRange();
      all.selectNodeContents(e);
      // Left-to-right order: the question mark is the rightmost thing on the last line.
      const lines = [...all.getClientRects()];
      const last = lines[lines.length - 1]!;
      expect(mark.getBoundingClientRect().right, norm(e.textContent)).to.be.closeTo(last.right, 1.5);
      // Lined up with the page: the text's right edge is the box's right edge.
      expect(e.getBoundingClientRect().right - Math.max(...lines.map((r) => r.right)), 'right-aligned').to.be.below(2);
    }
    for (const note of root(el).querySelectorAll('.note')) expect(getComputedStyle(note).fontStyle).to.equal('normal');
  });
});
