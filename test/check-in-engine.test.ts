import { expect } from '@open-wc/testing';
import * as E from '../src/check-in/engine.js';
import { restore } from '../src/check-in/resume.js';
import { buildResult } from '../src/check-in/result.js';
import { validateScript, resolveText, type Script } from '../src/check-in/script-schema.js';
import { BUILT_IN_SCRIPTS, builtInLookup } from '../src/check-in/scripts/index.js';
import { CheckInResult } from '../src/core/check-in-schemas.js';

const AT = '2026-03-01T10:00:00.000Z';

/** A host's own script: per-locale texts, a condition and a jump. */
const hostScript = (): Script => {
  const v = validateScript({
    id: 'pantry-intake',
    version: '2',
    steps: [
      {
        id: 'household',
        kind: 'number',
        text: { en: 'How many people live with you?', es: '¿Cuántas personas viven con usted?' },
        min: 1,
        max: 20,
      },
      {
        id: 'kids',
        kind: 'single',
        text: { en: 'Are there children under 5?', es: '¿Hay niños menores de 5 años?' },
        when: { step: 'household', min: 2 },
        options: [
          { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
          { value: 'no', text: { en: 'No', es: 'No' } },
        ],
      },
      {
        id: 'wic',
        kind: 'single',
        text: { en: 'Do you get WIC?' },
        when: { step: 'kids', equals: 'yes' },
        options: [
          { value: 'yes', text: { en: 'Yes' } },
          { value: 'no', text: { en: 'No' } },
        ],
      },
      { id: 'notes', kind: 'text', text: { en: 'Anything else we should know?' }, multiline: true },
      { id: 'summary', kind: 'summary', text: { en: 'Your answers' } },
      { id: 'consent', kind: 'consent', text: { en: 'May we share this with the pantry team?' } },
    ],
  });
  if (!v.ok) throw new Error(v.problems.join('\n'));
  return v.script;
};

describe('check-in engine: a host script with conditions', () => {
  it('shows a step only when the earlier answer matches', () => {
    const script = hostScript();
    let s = E.start(script);
    s = E.answer(script, s, 1);
    expect(s.current, 'one person: no question about kids').to.equal('notes');
    s = E.back(script, s);
    s = E.answer(script, s, 4);
    expect(s.current).to.equal('kids');
    s = E.answer(script, s, 'yes');
    expect(s.current).to.equal('wic');
    expect(E.progress(script, s)).to.deep.equal({ index: 2, total: 6 });
  });

  it('editing an answer from the summary re-asks only the steps that depended on it, then returns', () => {
    const script = hostScript();
    let s = E.start(script);
    s = E.answer(script, s, 3);
    s = E.answer(script, s, 'no');
    s = E.answer(script, s, 'We need diapers');
    expect(s.current).to.equal('summary');
    // Change "children under 5" from no to yes: WIC is new, notes do not depend on it.
    s = E.edit(script, s, 'kids');
    expect(s.current).to.equal('kids');
    s = E.answer(script, s, 'yes');
    expect(s.current, 'the new dependent question is asked').to.equal('wic');
    s = E.answer(script, s, 'no');
    expect(s.current, 'then back to the summary, notes kept').to.equal('summary');
    expect(E.prefill(s, 'notes').answer?.value).to.equal('We need diapers');

    // Household back to 1: the kids answer was read by a condition, so it becomes stale and leaves the result.
    s = E.edit(script, s, 'household');
    s = E.answer(script, s, 1);
    expect(s.current).to.equal('summary');
    const ids = E.effectiveAnswers(script, s).map((e) => e.step.id);
    expect(ids).to.deep.equal(['household', 'notes', 'consent']);
    // ...but it is not lost: going back to 3 brings it back, to be confirmed.
    s = E.edit(script, s, 'household');
    s = E.answer(script, s, 3);
    expect(s.current, 'stale answer is asked again').to.equal('kids');
    expect(E.prefill(s, 'kids').answer?.value).to.equal('yes');
  });

  it('texts resolve per locale and fall back to English', () => {
    const script = hostScript();
    expect(resolveText(script.steps[0].text, { locale: 'es' })).to.equal('¿Cuántas personas viven con usted?');
    expect(resolveText(script.steps[2].text, { locale: 'es' })).to.equal('Do you get WIC?');
  });

  it('ignores answers that do not fit the step, without throwing', () => {
    const script = hostScript();
    const s0 = E.start(script);
    for (const bad of [0, 21, 'many', null, undefined, {}, [], Number.NaN, Infinity]) {
      expect(E.answer(script, s0, bad)).to.equal(s0);
    }
    expect(E.answer(script, s0, '3').current, 'a numeric string from an input is fine').to.equal('kids');
  });
});

describe('check-in engine: back and edit change the result', () => {
  const script = BUILT_IN_SCRIPTS['phq-9'];
  const lookup = builtInLookup('phq-9', 'self');
  const pick = (s: E.EngineState, score: number) => {
    const step = E.currentStep(script, s)!;
    if (step.kind !== 'single') throw new Error(step.id);
    return E.answer(script, s, step.options.find((o) => o.score === score)!.value, { at: AT });
  };

  it('Back undoes; choosing again changes the total', () => {
    let s = E.advance(script, E.start(script));
    for (let i = 0; i < 9; i++) s = pick(s, 1);
    expect(E.currentStep(script, s)!.id).to.equal('phq9-10');
    s = E.back(script, s);
    expect(s.current).to.equal('phq9-9');
    expect(E.prefill(s, 'phq9-9').answer?.value, 'the earlier answer stays filled in').to.equal('LA6569-3');
    s = pick(s, 0);
    s = E.skip(script, s); // difficulty
    s = E.advance(script, s); // summary
    s = E.answer(script, s, true, { at: AT });
    expect(E.currentStep(script, s)!.id, 'no contact step in a screener: no promise to reach out').to.equal('next-steps-no-contact');
    const r = buildResult(script, s, { locale: 'en', lookup, completedAt: AT, id: 'r1' });
    expect(r.instruments[0]).to.include({ total: 8, band: 'mild' });
    expect(r.instruments[0].flags).to.deep.equal([]);
    expect(r.risk).to.equal(null);
    expect(CheckInResult.safeParse(r).success).to.equal(true);
  });

  it('Edit from the summary changes a band and returns to the summary', () => {
    let s = E.advance(script, E.start(script));
    for (let i = 0; i < 9; i++) s = pick(s, i < 5 ? 2 : 0); // 10: moderate
    s = E.skip(script, s);
    expect(s.current).to.equal('summary');
    let r = buildResult(script, s, { locale: 'en', lookup, completedAt: AT });
    expect(r.instruments[0].band).to.equal('moderate');
    s = E.edit(script, s, 'phq9-1');
    s = pick(s, 1);
    // The 10th question depends on items 1-9 (asked only after a problem), so it is asked again.
    expect(s.current).to.equal('phq9-10');
    s = E.skip(script, s);
    expect(s.current).to.equal('summary');
    r = buildResult(script, s, { locale: 'en', lookup, completedAt: AT });
    expect(r.instruments[0]).to.include({ total: 9, band: 'mild' });
    // Back from the summary goes to the step answered last, not out of the flow.
    expect(E.back(script, s).current).to.equal('phq9-10');
  });
});

describe('check-in engine: the welcome script', () => {
  const script = BUILT_IN_SCRIPTS.welcome;

  it('"Not right now" is a real way out that ends kindly', () => {
    let s = E.start(script);
    expect(E.progress(script, s).index).to.equal(0);
    s = E.answer(script, s, 'not-now');
    expect(s.current).to.equal('not-now');
    expect(E.progress(script, s)).to.deep.equal({ index: 1, total: 2 });
    s = E.advance(script, s);
    expect(E.isFinished(s)).to.equal(true);
    // Changing their mind: Back to the opener and talk after all.
    s = E.back(script, E.back(script, s));
    expect(s.current).to.equal('opener');
    expect(E.answer(script, s, 'yes').current).to.equal('feeling');
  });

  it('switches to asking about someone else from the first answer, and back', () => {
    let s = E.start(script);
    s = E.answer(script, s, 'for-someone-else');
    expect(E.subjectOf(script, s)).to.equal('other');
    const other = builtInLookup('welcome', E.subjectOf(script, s));
    expect(resolveText(E.currentStep(script, s)!.text, { locale: 'en', lookup: other })).to.equal(
      "How is the person you're worried about doing?",
    );
    s = E.answer(script, s, 'okay');
    s = E.skip(script, s); // needs
    s = E.answer(script, s, 'information');
    expect(s.current, 'the self-report screener is not offered about someone else').to.equal('helpers');
    // Back to the opener, talk about themselves: the screener invitation comes back.
    while (s.current !== 'opener') s = E.back(script, s);
    s = E.answer(script, s, 'yes');
    expect(E.subjectOf(script, s)).to.equal('self');
    const self = builtInLookup('welcome', 'self');
    expect(resolveText(E.currentStep(script, s)!.text, { locale: 'en', lookup: self })).to.equal('How are you doing today?');
    expect(E.visiblePath(script, s)).to.include('screener-invite');
  });

  it('the subject attribute starts the wording about someone else', () => {
    const s = E.start(script, { subject: 'other' });
    expect(E.subjectOf(script, s)).to.equal('other');
    expect(E.visiblePath(script, s)).not.to.include('screener-invite');
  });

  it('declining the screener removes it from the result; accepting again restores the answers', () => {
    let s = E.start(script);
    s = E.answer(script, s, 'yes');
    s = E.answer(script, s, 'okay');
    s = E.answer(script, s, ['food']);
    s = E.answer(script, s, 'services');
    s = E.answer(script, s, 'yes');
    for (const code of ['LA6571-9', 'LA6571-9', 'LA6570-1', 'LA6569-3']) s = E.answer(script, s, code);
    expect(s.current).to.equal('helpers');
    let r = buildResult(script, s, { locale: 'en', completedAt: AT });
    expect(r.instruments[0]).to.include({ instrument: 'phq-4', total: 9 });
    while (s.current !== 'screener-invite') s = E.back(script, s);
    s = E.answer(script, s, 'no');
    expect(s.current).to.equal('helpers');
    r = buildResult(script, s, { locale: 'en', completedAt: AT });
    expect(r.instruments).to.deep.equal([]);
    expect(r.answers.map((a) => a.stepId)).not.to.include('phq4-1');
    s = E.back(script, s);
    s = E.answer(script, s, 'yes');
    expect(E.prefill(s, 'phq4-1').answer?.value, 'answers kept while off the path').to.equal('LA6571-9');
  });
});

describe('check-in engine: nothing typed is lost', () => {
  const script = BUILT_IN_SCRIPTS['self-referral'];
  const toHelpers = () => {
    let s = E.start(script);
    s = E.answer(script, s, 'self');
    s = E.answer(script, s, ['housing-keep']);
    return E.answer(script, s, ['counselor']);
  };

  it('text survives Back and forward, and a skip after typing', () => {
    let s = toHelpers();
    expect(s.current).to.equal('helper-name');
    s = E.answer(script, s, 'Maria');
    s = E.back(script, s);
    expect(E.prefill(s, 'helper-name').answer?.value).to.equal('Maria');
    s = E.skip(script, s);
    expect(E.prefill(s, 'helper-name').draft, 'skipping keeps the typed text as a draft').to.equal('Maria');
    s = E.back(script, s);
    s = E.answer(script, s, 'Maria');
    expect(E.prefill(s, 'helper-name').draft).to.equal(undefined);
  });

  it('unsent drafts survive Back, serialize and restore', () => {
    let s = toHelpers();
    s = E.saveDraft(script, s, 'helper-name', 'Dr. Ng');
    s = E.back(script, s);
    const saved = E.serialize(s);
    const restored = restore(script, saved)!;
    expect(restored).to.deep.equal(s);
    expect(E.prefill(restored, 'helper-name').draft).to.equal('Dr. Ng');
  });

  it('unsent ticks survive Back, serialize and restore; sending clears them; odd ones are dropped', () => {
    let s = E.start(script);
    s = E.answer(script, s, 'self');
    expect(s.current).to.equal('needs');
    s = E.savePicks(script, s, 'needs', ['legal', 'food', 'martian']);
    expect(E.prefill(s, 'needs').picks, 'only options, in their order').to.deep.equal(['food', 'legal']);
    s = E.back(script, s);
    const restored = restore(script, E.serialize(s))!;
    expect(restored).to.deep.equal(s);
    expect(E.prefill(restored, 'needs').picks).to.deep.equal(['food', 'legal']);
    expect(E.savePicks(script, s, 'who', ['self']), 'only multiple-choice steps keep ticks').to.equal(s);
    const tampered = restore(script, { ...JSON.parse(E.serialize(s)), picks: { needs: ['food', '<b>x</b>'], who: ['self'], ghost: ['x'] } })!;
    expect(tampered.picks).to.deep.equal({ needs: ['food'] });
    expect(restore(script, { ...JSON.parse(E.serialize(s)), picks: { needs: 'food' } }), 'wrong types: refused').to.equal(undefined);
    const { picks: _none, ...older } = JSON.parse(E.serialize(s)) as Record<string, unknown>;
    expect(restore(script, older)?.picks, 'saved before ticks were kept').to.deep.equal({});
    s = E.answer(script, E.answer(script, s, 'self'), ['food']);
    expect(E.prefill(s, 'needs').picks, 'sent: no longer a draft').to.equal(undefined);
  });

  it('restore refuses another script, another version or tampered data', () => {
    const s = toHelpers();
    expect(restore(BUILT_IN_SCRIPTS.welcome, E.serialize(s))).to.equal(undefined);
    expect(restore({ ...script, version: '99' }, E.serialize(s))).to.equal(undefined);
    expect(restore(script, '{"v":1')).to.equal(undefined);
    expect(restore(script, { ...s, current: 'nope' })).to.equal(undefined);
    const odd = restore(script, { ...s, answers: { ...s.answers, who: { value: 'martian' }, ghost: { value: 'x' } } })!;
    expect(odd.answers).not.to.have.property('who');
    expect(odd.answers).not.to.have.property('ghost');
  });

  it('the closing words follow what the person decided: contact given, not given, or no sharing', () => {
    const toConsent = (contact: 'give' | 'skip') => {
      let s = toHelpers();
      while (s.current !== 'contact') s = E.skip(script, s);
      s = contact === 'give' ? E.answer(script, s, { methods: ['text'], phone: '555-0100' }) : E.skip(script, s);
      while (s.current !== 'consent') s = E.advance(script, s);
      return s;
    };
    const closing = (s: E.EngineState) => E.currentStep(script, s)!;
    expect(closing(E.answer(script, toConsent('give'), true)).text).to.equal('common.next');
    expect(closing(E.answer(script, toConsent('skip'), true)).text).to.equal('common.next.no-contact');
    expect(closing(E.answer(script, toConsent('give'), false)).text).to.equal('common.next.private');
    expect(closing(E.answer(script, toConsent('skip'), false)).text).to.equal('common.next.private');
    for (const s of [E.answer(script, toConsent('give'), true), E.answer(script, toConsent('skip'), false)]) {
      expect(E.visiblePath(script, s).filter((id) => id.startsWith('next-steps')), 'exactly one closing').to.have.length(1);
    }
  });

  it('the contact answer keeps only what the step asks for', () => {
    let s = toHelpers();
    while (s.current !== 'contact') s = E.skip(script, s);
    s = E.answer(script, s, { methods: ['text', 'fax'], phone: ' 555-0100 ', leaveMessage: false, extra: 'x' });
    expect(s.answers.contact.value).to.deep.equal({ methods: ['text'], phone: '555-0100', leaveMessage: false });
  });
});
