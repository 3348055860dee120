import { expect } from '@open-wc/testing';
import * as E from '../src/check-in/engine.js';
import { buildResult } from '../src/check-in/result.js';
import { BUILT_IN_SCRIPTS, builtInLookup } from '../src/check-in/scripts/index.js';
import { toQuestionnaireResponse, toQuestionnaireResponses, type QuestionnaireResponse } from '../src/check-in/fhir.js';
import type { CheckInResult } from '../src/core/check-in-schemas.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const AT = '2026-03-01T10:00:00.000Z';
const load = async (name: string): Promise<Json> =>
  (await fetch(new URL(`./fixtures/instruments/${name}`, import.meta.url))).json();

/** linkId -> { allowed answer codes, ordinal value per code } from a Questionnaire. */
function questionnaireItems(q: Json): Map<string, { type: string; codes: Map<string, number | undefined> }> {
  const out = new Map();
  const walk = (items: Json[] = []) => {
    for (const it of items) {
      const codes = new Map<string, number | undefined>();
      for (const o of it.answerOption ?? []) {
        const ord = o.extension?.find((e: Json) => e.url.endsWith('/ordinalValue'))?.valueDecimal;
        codes.set(o.valueCoding.code, ord);
      }
      out.set(it.linkId, { type: it.type, codes });
      walk(it.item);
    }
  };
  walk(q.item);
  return out;
}

/** Answers an instrument script with one score per item (or skips), then consents. */
function runInstrument(id: 'phq-9' | 'gad-7' | 'phq-4', scores: Array<number | 'skip'>): CheckInResult {
  const script = BUILT_IN_SCRIPTS[id];
  let s = E.advance(script, E.start(script));
  for (const sc of scores) {
    const step = E.currentStep(script, s)!;
    if (step.kind !== 'single') throw new Error(step.id);
    s = sc === 'skip' ? E.skip(script, s) : E.answer(script, s, step.options.find((o) => o.score === sc)!.value, { at: AT });
  }
  while (E.currentStep(script, s)?.kind !== 'consent') s = E.skip(script, s);
  s = E.answer(script, s, true, { at: AT });
  return buildResult(script, s, { locale: 'en', lookup: builtInLookup(id, 'self'), id: `r-${id}`, completedAt: AT });
}

function checkAgainst(qr: QuestionnaireResponse, q: Json): number {
  const items = questionnaireItems(q);
  let sum = 0;
  for (const it of qr.item) {
    const def = items.get(it.linkId);
    expect(def, `linkId ${it.linkId} is in the Questionnaire`).to.not.equal(undefined);
    for (const a of it.answer ?? []) {
      if (a.valueCoding) {
        expect(def!.codes.has(a.valueCoding.code), `${a.valueCoding.code} allowed for ${it.linkId}`).to.equal(true);
        expect(a.valueCoding.system).to.equal('http://loinc.org');
        sum += def!.codes.get(a.valueCoding.code) ?? 0;
      } else {
        expect(def!.type).to.equal('decimal');
      }
    }
  }
  return sum;
}

describe('check-in FHIR: QuestionnaireResponse matches the bundled Questionnaires', () => {
  it('PHQ-9: linkIds, LOINC answer codes and the total agree with phq9.lforms.R4.json', async () => {
    const q = await load('phq9.lforms.R4.json');
    const result = runInstrument('phq-9', [0, 1, 2, 3, 0, 1, 2, 3, 1, 2]);
    const qr = toQuestionnaireResponse(result);
    expect(qr.questionnaire).to.equal('http://loinc.org/q/44249-1');
    expect(q.code[0].code).to.equal('44249-1');
    expect(qr.status).to.equal('completed');
    const ordinalSum = checkAgainst(qr, q);
    const total = qr.item.find((i) => i.linkId === '/44261-6')!.answer![0].valueDecimal;
    expect(total).to.equal(13);
    // The ordinal values in the Questionnaire give the same total as our scoring (difficulty item has none).
    expect(ordinalSum).to.equal(13);
    expect(qr.item.map((i) => i.linkId)).to.deep.equal(
      q.item.map((i: Json) => i.linkId),
      'same items in the same order as the Questionnaire',
    );
  });

  it('PHQ-9: the response carries the Questionnaire texts; the person reads the paper form', async () => {
    const q = await load('phq9.lforms.R4.json');
    const texts = new Map(q.item.map((i: Json) => [i.linkId, i.text]));
    const qr = toQuestionnaireResponse(runInstrument('phq-9', [1, 1, 1, 1, 1, 1, 1, 1, 0]));
    for (const item of qr.item.filter((i) => i.answer?.[0]?.valueCoding)) expect(item.text, item.linkId).to.equal(texts.get(item.linkId));
    const shown = BUILT_IN_SCRIPTS['phq-9'].steps.filter((s) => s.kind === 'single' && s.instrument).map((s) => (s.text as { en: string }).en);
    // phqscreeners.com, PHQ-9 (English): items 1-9 without question marks, real dashes, and the 10th question whole.
    expect(shown[0]).to.equal('Little interest or pleasure in doing things');
    expect(shown[5]).to.equal('Feeling bad about yourself — or that you are a failure or have let yourself or your family down');
    expect(shown[7]).to.match(/noticed\? Or the opposite — being so fidgety/);
    expect(shown[8]).to.equal('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(shown[9]).to.match(/^If you checked off any problems, how difficult/);
    expect(shown.filter((t) => /\w-\w+ /.test(t) && /self-or|opposite-being/.test(t))).to.deep.equal([]);
  });

  it('GAD-7: item 2 uses the LOINC code for its third answer (LA18938-3)', async () => {
    const q = await load('gad7.loinc.R4.json');
    const result = runInstrument('gad-7', [2, 2, 2, 2, 2, 2, 2]);
    const qr = toQuestionnaireResponse(result);
    expect(qr.questionnaire).to.equal('http://loinc.org/q/69737-5');
    expect(checkAgainst(qr, q)).to.equal(14);
    expect(qr.item.find((i) => i.linkId === '/68509-9')!.answer![0].valueCoding!.code).to.equal('LA18938-3');
    expect(qr.item.find((i) => i.linkId === '/70274-6')!.answer![0].valueDecimal).to.equal(14);
    const texts = new Map(q.item.map((i: Json) => [i.linkId, i.text]));
    for (const item of qr.item.filter((i) => i.answer?.[0]?.valueCoding)) expect(item.text, item.linkId).to.equal(texts.get(item.linkId));
    // The person reads the paper form, not LOINC's question name ("have you not been able to...").
    const item2 = BUILT_IN_SCRIPTS['gad-7'].steps.find((s) => s.kind === 'single' && s.instrument?.item === 2)!;
    expect((item2.text as { en: string }).en).to.equal('Not being able to stop or control worrying');
  });

  it('PHQ-4: linkIds and answer codes of phq4.mycareplanner.R4.json', async () => {
    const q = await load('phq4.mycareplanner.R4.json');
    const result = runInstrument('phq-4', [3, 2, 1, 0]);
    const qr = toQuestionnaireResponse(result);
    expect(qr.questionnaire).to.equal(q.url);
    checkAgainst(qr, q);
    expect(qr.item.map((i) => i.linkId)).to.deep.equal(['57491', '57490', '57489', '57488', '58625']);
    expect(qr.item[4].answer![0].valueDecimal).to.equal(6);
  });

  it('skipped items are left out, the status is in-progress, and a prorated total says so', async () => {
    const q = await load('phq9.lforms.R4.json');
    const result = runInstrument('phq-9', [1, 'skip', 1, 1, 1, 1, 1, 1, 0, 'skip']);
    const qr = toQuestionnaireResponse(result);
    checkAgainst(qr, q);
    expect(qr.status).to.equal('in-progress');
    expect(qr.item.map((i) => i.linkId)).not.to.include('/44255-8');
    // 7 / 8 × 9 = 7.9 -> 8
    expect(qr.item.find((i) => i.linkId === '/44261-6')!.answer![0].valueDecimal).to.equal(8);
    expect(qr.meta!.tag!.map((t) => t.code)).to.include('prorated-total');
    expect(qr.meta!.tag!.find((t) => t.code === 'prorated-total')!.display).to.contain('8 of 9');
  });

  it('three skipped items: no total in the response', async () => {
    const q = await load('phq9.lforms.R4.json');
    const result = runInstrument('phq-9', [1, 'skip', 'skip', 'skip', 1, 1, 1, 1, 0, 'skip']);
    const qr = toQuestionnaireResponse(result);
    checkAgainst(qr, q);
    expect(qr.item.map((i) => i.linkId)).not.to.include('/44261-6');
    expect(qr.meta!.tag!.map((t) => t.code)).not.to.include('prorated-total');
  });

  it('the welcome conversation gives its own response plus one for the embedded PHQ-4', async () => {
    const q = await load('phq4.mycareplanner.R4.json');
    const script = BUILT_IN_SCRIPTS.welcome;
    let s = E.start(script);
    for (const v of ['yes', 'okay', ['food'], 'services', 'yes', 'LA6569-3', 'LA6569-3', 'LA6568-5', 'LA6568-5']) {
      s = E.answer(script, s, v, { at: AT });
    }
    s = E.answer(script, s, ['peer-worker']);
    s = E.answer(script, s, 'Sam');
    while (E.currentStep(script, s)?.kind !== 'contact') s = E.skip(script, s);
    s = E.answer(script, s, { methods: ['call'], phone: '555-0100' });
    s = E.advance(script, s);
    s = E.answer(script, s, true, { at: AT });
    const result = buildResult(script, s, { locale: 'es', lookup: builtInLookup('welcome', 'self'), completedAt: AT });
    const [conversation, phq4] = toQuestionnaireResponses(result);
    expect(conversation.questionnaire).to.equal('urn:compassionate-intake:script:welcome|1');
    expect(conversation.item.map((i) => i.linkId)).to.include.members(['opener', 'needs', 'helpers', 'helper-name', 'contact', 'consent']);
    expect(conversation.item.find((i) => i.linkId === 'contact')!.item).to.deep.include({ linkId: 'contact.phone', answer: [{ valueString: '555-0100' }] });
    expect(conversation.item.some((i) => /^phq4-/.test(i.linkId)), 'instrument items only in their own response').to.equal(false);
    checkAgainst(phq4, q);
    expect(phq4.language).to.equal('es');
    expect(result.instruments[0].translationValidated).to.equal(false);
    expect(toQuestionnaireResponse(result).questionnaire, 'default for a conversation').to.equal(conversation.questionnaire);
  });
});
