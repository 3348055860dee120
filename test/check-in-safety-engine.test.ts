/**
 * The conversation engine after a sign of danger (pure, no element): steps shown only then
 * (`when: { risk: true }`), where the flow goes when one appears, "Safety at home" as a danger sign,
 * and the built-in screeners' offer to reach the person.
 */
import { expect } from '@open-wc/testing';
import * as E from '../src/check-in/engine.js';
import { restore } from '../src/check-in/resume.js';
import { buildResult } from '../src/check-in/result.js';
import { riskSignals } from '../src/check-in/risk.js';
import { validateScript, type Script } from '../src/check-in/script-schema.js';
import { BUILT_IN_SCRIPTS, builtInLookup } from '../src/check-in/scripts/index.js';

/** A host script: a text step, an offer shown only after a sign of danger, a last question, the end. */
function hostScript(): Script {
  const v = validateScript({
    id: 'talk',
    version: '1',
    steps: [
      { id: 'how', kind: 'text', text: { en: 'How are things?' } },
      {
        id: 'offer',
        kind: 'single',
        text: { en: 'Would you like a call today?' },
        when: { risk: true },
        options: [
          { value: 'yes', text: { en: 'Yes' } },
          { value: 'no', text: { en: 'No' } },
        ],
      },
      { id: 'sleep', kind: 'single', text: { en: 'How do you sleep?' }, options: [{ value: 'ok', text: { en: 'Okay' } }] },
      { id: 'summary', kind: 'summary', text: { en: 'Your answers' } },
      { id: 'bye', kind: 'message', text: { en: 'Thanks' }, end: true },
    ],
  });
  if (!v.ok) throw new Error(v.problems.join(' | '));
  return v.script;
}

describe('check-in engine after a sign of danger', () => {
  it('a `when: { risk: true }` step is off the path until the element raises risk', () => {
    const script = hostScript();
    const s = E.start(script);
    expect(E.visiblePath(script, s)).to.deep.equal(['how', 'sleep', 'summary', 'bye']);
    expect(E.visiblePath(script, { ...s, risk: true })).to.deep.equal(['how', 'offer', 'sleep', 'summary', 'bye']);
  });

  it('raiseRisk asks a step it brings in right after the answer, then goes on where the flow was going: nothing asked twice', () => {
    const script = hostScript();
    let s = E.answer(script, E.start(script), 'I want to end it');
    expect(s.current, 'without risk').to.equal('sleep');
    s = E.raiseRisk(script, s);
    expect(s.current, 'the offer first').to.equal('offer');
    expect(E.raiseRisk(script, s), 'raising twice changes nothing').to.equal(s);
    s = E.answer(script, s, 'yes');
    expect(s.current).to.equal('sleep');
    s = E.answer(script, s, 'ok');
    expect(s.current).to.equal('summary');
    // Back from the offer goes to the answer that raised it.
    let b = E.back(script, E.back(script, s));
    expect(b.current).to.equal('offer');
    b = E.back(script, b);
    expect(b.current).to.equal('how');
  });

  it('raiseRisk while editing from the summary: the new step, then back to the summary', () => {
    const script = hostScript();
    let s = E.answer(script, E.start(script), 'fine');
    s = E.answer(script, s, 'ok');
    expect(s.current).to.equal('summary');
    s = E.edit(script, s, 'how');
    s = E.answer(script, s, 'I want to die');
    expect(s.current, 'straight back without risk').to.equal('summary');
    s = E.raiseRisk(script, s);
    expect(s.current).to.equal('offer');
    s = E.answer(script, s, 'no');
    expect(s.current, 'the answered question is not asked again').to.equal('summary');
  });

  it('a script may ask for { risk: true } only as a boolean', () => {
    const bad = validateScript({
      id: 'x',
      version: '1',
      steps: [{ id: 'a', kind: 'message', text: { en: 'Hi' }, when: { risk: 'yes' } }],
    });
    expect(bad.ok).to.equal(false);
  });

  it('a saved conversation keeps the sign of danger (resume)', () => {
    const script = hostScript();
    const s = E.raiseRisk(script, E.answer(script, E.start(script), 'hard'));
    const back = restore(script, E.serialize(s))!;
    expect(back.risk).to.equal(true);
    expect(back.current).to.equal('offer');
    expect(restore(script, JSON.stringify({ ...s, risk: 'yes' })), 'tampered').to.equal(undefined);
  });

  it('"Safety at home" among needs is a sign of danger, as in the needs finder', () => {
    const script = BUILT_IN_SCRIPTS['self-referral'];
    const needs = script.steps.find((s) => s.role === 'needs')!;
    expect(riskSignals(needs, { value: ['food', 'safety'] })).to.deep.equal([{ reason: 'safety-at-home-picked', level: 'urgent', stepId: 'needs' }]);
    expect(riskSignals(needs, { value: ['food'] })).to.deep.equal([]);
    let s = E.answer(script, E.start(script), 'self');
    s = E.answer(script, s, ['safety']);
    const r = buildResult(script, s, { locale: 'en', lookup: builtInLookup('self-referral', 'self') });
    expect(r.risk).to.deep.equal({ level: 'urgent', reasons: ['safety-at-home-picked'] });
  });

  for (const id of ['phq-9', 'gad-7', 'phq-4', 'who-5'] as const) {
    it(`${id}: the offer to reach the person shows only after a sign of danger, and its "yes" is the result's follow-up`, () => {
      const script = BUILT_IN_SCRIPTS[id];
      const plain = E.visiblePath(script, E.start(script));
      expect(plain).not.to.include('reach-out');
      expect(plain).not.to.include('contact');
      const raised = E.visiblePath(script, { ...E.start(script), risk: true });
      expect(raised).to.include('reach-out');
      expect(raised, 'no contact step before a "yes"').not.to.include('contact');
      // Answer every item (first option), raise risk, say yes, give a phone.
      let s = E.advance(script, E.start(script));
      while (s.current !== 'reach-out' && s.current !== 'summary') s = E.answer(script, s, (E.currentStep(script, s) as { options: Array<{ value: string }> }).options[0]!.value);
      expect(s.current).to.equal('summary');
      s = E.raiseRisk(script, E.back(script, s));
      s = E.answer(script, s, (E.currentStep(script, s) as { options: Array<{ value: string }> }).options[0]!.value);
      expect(s.current).to.equal('reach-out');
      s = E.answer(script, s, 'yes');
      expect(s.current).to.equal('contact');
      s = E.answer(script, s, { methods: ['call'], phone: '415 555 0100' });
      expect(s.current).to.equal('summary');
      const r = buildResult(script, s, { locale: 'en', lookup: builtInLookup(id, 'self') });
      expect(r.contact).to.deep.equal({ methods: ['call'], phone: '415 555 0100' });
      expect(r.continuity.followUp).to.deep.equal({ wanted: 'yes' });
    });
  }
});
