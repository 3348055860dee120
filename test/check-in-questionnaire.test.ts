/**
 * Any FHIR R4 Questionnaire as a check-in: real published Questionnaires (LOINC / NLM LHC-Forms, CMS AHC
 * via mycareplanner) clicked through like a person, each response checked against HL7's R4 JSON schema
 * (ajv in the test server: scripts/fhir-validate.mjs), plus the reader's edges.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { CheckInResult } from '../src/core/check-in-schemas.js';
import * as E from '../src/check-in/engine.js';
import { readQuestionnaire, type Reading } from '../src/check-in/questionnaire/read.js';
import { respond } from '../src/check-in/questionnaire/respond.js';
import { toQuestionnaireResponse } from '../src/check-in/fhir.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';

type Json = Record<string, unknown>;
const load = async (name: string): Promise<Json> => (await fetch(new URL(`./fixtures/instruments/${name}`, import.meta.url))).json() as Promise<Json>;
const validate = (resource: unknown) => executeServerCommand<{ valid: boolean; errors: string[] }, unknown>('fhir-validate', resource);

const root = (el: IntakeCheckIn) => el.shadowRoot!;
const question = (el: IntakeCheckIn) => (root(el).querySelector('#q-current .text')?.textContent ?? '').trim();

async function settle(el: IntakeCheckIn): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Clicks a visible button whose text is exactly `label` (a choice, Continue, Send, "I'd rather not say"). */
async function click(el: IntakeCheckIn, label: string): Promise<void> {
  const button = [...root(el).querySelectorAll<HTMLElement>('button, label.choice')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!button) throw new Error(`no "${label}" at "${question(el)}"; buttons: ${[...root(el).querySelectorAll('button, label.choice')].map((b) => b.textContent!.trim()).join(' | ')}`);
  button.click();
  await settle(el);
}

async function type(el: IntakeCheckIn, value: string, send = 'Send'): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>('#answer')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
  await click(el, send);
}

/** Answers each question as `plan` says (by question text); anything else gets "I'd rather not say" or Continue. */
async function walkThrough(el: IntakeCheckIn, plan: Record<string, (el: IntakeCheckIn) => Promise<void>>, seen: string[] = []): Promise<CheckInResult> {
  for (let i = 0; i < 200 && !el.value; i++) {
    const q = question(el);
    if (!q) break; // the closing words: the result is on its way
    seen.push(q);
    const act = plan[q];
    if (act) await act(el);
    else if ([...root(el).querySelectorAll('button')].some((b) => b.textContent!.trim() === "I'd rather not say")) await click(el, "I'd rather not say");
    else await click(el, 'Continue');
  }
  await waitFor(() => !!el.value);
  return el.value!;
}

async function open(q: unknown): Promise<IntakeCheckIn> {
  const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${q}></intake-check-in>`);
  await waitFor(() => !!root(el).querySelector('#q-current'));
  await settle(el);
  return el;
}

const item = (qr: Json, linkId: string): Json | undefined => {
  const find = (items: unknown): Json | undefined => {
    for (const i of (items as Json[] | undefined) ?? []) {
      if (i.linkId === linkId) return i;
      const inner = find(i.item) ?? find(((i.answer as Json[] | undefined) ?? []).flatMap((a) => (a.item as Json[]) ?? []));
      if (inner) return inner;
    }
    return undefined;
  };
  return find(qr.item);
};

/** The schema compiles in the test server's worker (seconds): wait for it once. */
async function validatorReady(): Promise<void> {
  for (let i = 0; i < 300 && !(await executeServerCommand<boolean, undefined>('fhir-validate-ready')); i++) await new Promise((r) => setTimeout(r, 300));
}

describe('check-in from a real FHIR Questionnaire', () => {
  before(async function () {
    this.timeout(100000);
    await setPageLanguage('en');
    await validatorReady();
  });

  it('PHQ-9 (LOINC 44249-1, LHC-Forms): answered by clicking; the FHIRPath total and the ordinal sum agree; item 9 above 0 raises intake-risk', async function () {
    this.timeout(30000); // FHIRPath (1.4 MB unbundled) loads at the end
    const q = await load('phq9.lforms.R4.json');
    const el = await open(q);
    const risks = capture(el, 'intake-risk');
    const completes = capture(el, 'intake-check-in-complete');
    expect(question(el)).to.equal('Little interest or pleasure in doing things?');
    const answers = ['Several days', 'More than half the days', 'Not at all', 'Nearly every day', 'Several days', 'Not at all', 'Not at all', 'Several days', 'Several days'];
    for (const a of answers) await click(el, a);
    expect(risks.map((r) => r.level)).to.deep.equal(['urgent']);
    // The pause: the urgent crisis card, and the next question waits for "Keep going".
    expect(root(el).querySelector('.pause intake-crisis-card[variant="urgent"]')).to.exist;
    expect(root(el).querySelector('#q-current'), 'the next question waits').to.equal(null);
    await click(el, 'Keep going');
    // The urgent crisis card stays on screen while the person goes on.
    expect(root(el).querySelector('intake-crisis-card[variant="urgent"]')).to.exist;
    expect(question(el)).to.match(/^How difficult have these problems made it/);
    await click(el, 'Somewhat difficult');
    // After the sign of danger, the offer to reach the person (the Questionnaire has no contact item).
    await waitFor(() => question(el).includes('reach out'));
    await click(el, 'No, thank you');
    await waitFor(() => completes.length === 1);
    const result = completes[0];
    const qr = result.questionnaireResponse as Json;
    expect(JSON.stringify(qr), 'the offer is ours, not an item of the Questionnaire').not.to.contain('reach-out');
    const check = await validate(qr);
    expect(check.errors).to.deep.equal([]);
    expect(check.valid).to.equal(true);
    expect(qr.status).to.equal('completed');
    expect(result.questionnaire?.score).to.equal(9);
    expect(result.questionnaire?.calculated).to.deep.equal({ '/44261-6': 9 });
    expect(item(qr, '/44261-6')?.answer).to.deep.equal([{ valueDecimal: 9 }]);
    expect(item(qr, '/44260-8')?.answer).to.deep.equal([{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Several days' } }]);
    expect(toQuestionnaireResponse(result)).to.deep.equal(qr);
  });

  it('AHC HRSN core (CMS, LOINC 96777-8): groups, a multiple choice, required items skipped -> in-progress response, still valid', async () => {
    const q = await load('ahc-hrsn-core.mycareplanner.R4.redacted.json');
    const el = await open(q);
    const seen: string[] = [];
    const result = await walkThrough(
      el,
      {
        'What is your living situation today?': (e) => click(e, 'I have a steady place to live'),
        'Think about the place you live. Do you have problems with any of the following?': async (e) => {
          await click(e, 'Pests such as bugs, ants, or mice');
          await click(e, 'Mold');
          await click(e, 'Continue');
        },
        'Within the past 12 months, you worried that your food would run out before you got money to buy more': (e) => click(e, 'Sometimes true'),
        'In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?': (e) => click(e, 'No'),
      },
      seen,
    );
    expect(seen.slice(0, 2)).to.deep.equal(['Living Situation', 'What is your living situation today?']);
    expect(seen).to.include('Food').and.include('Safety');
    expect(result.questionnaire?.score, 'no ordinal values in this form').to.equal(undefined);
    const qr = result.questionnaireResponse as Json;
    expect((await validate(qr)).errors).to.deep.equal([]);
    expect(qr.status).to.equal('in-progress');
    expect(result.questionnaire?.requiredUnanswered).to.deep.equal(['ach-safety']);
    const problems = item(qr, '123820')!.answer as Json[];
    expect(problems.map((a) => (a.valueCoding as Json).display)).to.deep.equal(['Pests such as bugs, ants, or mice', 'Mold']);
    // Groups come back as groups, with only the answered questions inside.
    expect((item(qr, 'ach-housing')!.item as Json[]).map((i) => i.linkId)).to.deep.equal(['124296', '123820']);
  });

  it("US Surgeon General family health portrait (LOINC 54127-6): text, date, decimals, enableWhen on 'Living?'; unsupported items named once", async () => {
    const q = await load('ussg-fhp.lforms.R4.json');
    const el = await fixture<IntakeCheckIn>(html`<div></div>`);
    const errors = capture(el, 'intake-error');
    const check = document.createElement('intake-check-in') as IntakeCheckIn;
    el.append(check);
    check.script = q;
    await waitFor(() => !!root(check).querySelector('#q-current'));
    await settle(check);
    expect(errors.map((e) => e.code)).to.deep.equal(['questionnaire-unsupported']);
    // linkIds only: the value set the check-in cannot reach, and the repeating group inside a repeating group.
    expect(errors[0].message).to.include('/54126-8/54137-5/54140-9').and.include('/54114-4/54117-7');
    const seen: string[] = [];
    const result = await walkThrough(
      check,
      {
        Name: (e) => type(e, 'Ana'),
        Gender: (e) => click(e, 'Female'),
        'Birth Date': (e) => type(e, '1980-04-02'),
        'Body height': (e) => type(e, '64.5'),
        Weight: (e) => type(e, '140'),
        'Relationship to patient': (e) => click(e, 'Mother'),
        'Living?': (e) => click(e, 'No'),
        'Cause of Death': (e) => click(e, 'Stroke/Brain Attack'),
      },
      seen,
    );
    // "No" opened the cause of death and closed the date of birth and current age.
    expect(seen).to.include('Cause of Death').and.include('Age at Death');
    expect(seen).not.to.include('Date of Birth');
    expect(seen).not.to.include('Current Age');
    const qr = result.questionnaireResponse as Json;
    expect((await validate(qr)).errors).to.deep.equal([]);
    expect(item(qr, '/54126-8/21112-8')?.answer).to.deep.equal([{ valueDate: '1980-04-02' }]);
    expect(item(qr, '/54126-8/8302-2')?.answer).to.deep.equal([{ valueDecimal: 64.5 }]);
    expect(item(qr, '/54126-8/54125-0')?.answer).to.deep.equal([{ valueString: 'Ana' }]);
    // The cause of death sits under the "Living?" answer, as FHIR nests items under a question.
    const living = item(qr, '/54114-4/54139-1')!;
    expect(((living.answer as Json[])[0].item as Json[]).map((i) => i.linkId)).to.deep.equal(['/54114-4/54139-1/54112-8']);
    expect(result.questionnaire?.unsupported).to.include('/54114-4/54117-7');
  });

  it('Weight & Height (LOINC, LHC-Forms): decimals typed, BMI from the calculatedExpression with Questionnaire variables', async function () {
    this.timeout(30000);
    const q = await load('weight-height.lforms.R4.json');
    const el = await open(q);
    const result = await walkThrough(el, {
      Weight: (e) => type(e, '70'),
      'Clothing worn during measure': (e) => click(e, 'Street clothes, no shoes'),
      'Body height': (e) => type(e, '70'),
    });
    const qr = result.questionnaireResponse as Json;
    expect((await validate(qr)).errors).to.deep.equal([]);
    // 70 kg / (70 in × 0.0254 m)² = 22.1
    expect(item(qr, '/39156-5')?.answer).to.deep.equal([{ valueDecimal: 22.1 }]);
  });
});

/* ------------------------------------------------------------------ hand-made edges */

const base = { resourceType: 'Questionnaire', status: 'active', url: 'http://example.org/Questionnaire/edges', version: '2' };

describe('check-in from a FHIR Questionnaire: reader and writer', () => {
  before(async function () {
    this.timeout(100000);
    await validatorReady();
  });
  after(() => setPageLanguage('en'));

  it('a broken Questionnaire gives intake-error and a kind message, never an exception', async () => {
    for (const [input, code] of [
      [{ resourceType: 'Patient' }, 'invalid-questionnaire'],
      [{ resourceType: 'Questionnaire', item: [] }, 'invalid-questionnaire'],
      [{ resourceType: 'Questionnaire', item: [{ linkId: 'a', type: 'attachment', text: 'Upload' }] }, 'invalid-questionnaire'],
    ] as const) {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = capture(wrap, 'intake-error');
      const el = document.createElement('intake-check-in') as IntakeCheckIn;
      wrap.append(el);
      el.script = input;
      await waitFor(() => errors.some((e) => e.code === code));
      await settle(el);
      expect(root(el).textContent).to.include("Sorry, this check-in can't open right now");
      expect(root(el).querySelector('intake-crisis-card')).to.exist;
    }
  });

  it('questionnaire-src loads a Questionnaire from the host; a 404, a non-JSON file and a javascript: URL each give one intake-error', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in questionnaire-src="/test/fixtures/instruments/phq4.mycareplanner.R4.json"></intake-check-in>`);
    await waitFor(() => question(el) === 'Feeling nervous, anxious or on edge', 5000);
    for (const [src, code] of [
      ['/test/fixtures/instruments/nothing-here.json', 'network'],
      ['/test/fixtures/fhir/README.md', 'invalid-questionnaire'],
      ['javascript:alert(1)', 'invalid-url'],
    ] as const) {
      const errors = capture(el, 'intake-error');
      el.setAttribute('questionnaire-src', src);
      await waitFor(() => errors.length > 0, 5000);
      expect(errors.map((e) => e.code)).to.deep.equal([code]);
      await settle(el);
      expect(root(el).textContent).to.include("Sorry, this check-in can't open right now");
    }
  });

  const edges = {
    ...base,
    contained: [
      {
        resourceType: 'ValueSet',
        id: 'often',
        status: 'active',
        expansion: {
          timestamp: '2026-12-01T00:00:00Z',
          contains: [
            { system: 'http://example.org/often', code: 'never', display: 'Never', designation: [{ language: 'es', value: 'Nunca' }] },
            { system: 'http://example.org/often', code: 'often', display: 'Often', designation: [{ language: 'es', value: 'A menudo' }] },
          ],
        },
      },
    ],
    item: [
      {
        linkId: 'sleep',
        type: 'choice',
        text: 'How often do you sleep badly?',
        _text: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/translation', extension: [{ url: 'lang', valueCode: 'es-MX' }, { url: 'content', valueString: '¿Con qué frecuencia duermes mal?' }] }] },
        answerValueSet: '#often',
        required: true,
      },
      { linkId: 'hours', type: 'integer', text: 'How many hours?', enableWhen: [{ question: 'sleep', operator: '=', answerCoding: { system: 'http://example.org/often', code: 'often' } }] },
      { linkId: 'few', type: 'boolean', text: 'Is that fewer than you need?', enableWhen: [{ question: 'hours', operator: '<', answerInteger: 7 }] },
      { linkId: 'since', type: 'dateTime', text: 'Since when?', enableWhen: [{ question: 'few', operator: '=', answerBoolean: true }, { question: 'hours', operator: '<=', answerInteger: 4 }], enableBehavior: 'any' },
      { linkId: 'bed', type: 'time', text: 'When do you go to bed?', enableWhen: [{ question: 'sleep', operator: 'exists', answerBoolean: true }] },
      { linkId: 'why', type: 'open-choice', text: 'What keeps you up?', answerOption: [{ valueString: 'Worry' }, { valueString: 'Noise' }] },
      { linkId: 'photo', type: 'attachment', text: 'A photo' },
    ],
  };

  afterEach(() => setPageLanguage('en'));

  it('answerValueSet (contained expansion), translations shown for the locale, enableWhen =, <, any, exists; boolean, integer, dateTime, time and open-choice answers valid R4', async () => {
    await setPageLanguage('es');
    const el = await open(edges);
    expect(question(el)).to.equal('¿Con qué frecuencia duermes mal?');
    await click(el, 'A menudo');
    expect(question(el)).to.equal('How many hours?');
    // The item has no Spanish text: shown as the Questionnaire has it, marked as English.
    expect(root(el).querySelector('#q-current .text')!.getAttribute('lang')).to.equal('en');
    const input = root(el).querySelector<HTMLInputElement>('#answer')!;
    input.value = '5.5';
    input.dispatchEvent(new Event('input'));
    root(el).querySelector('form')!.requestSubmit();
    await settle(el);
    // A whole number is asked for, in the person's language; the question stays.
    expect(root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal('Escribe un número entero, por ejemplo 3.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(question(el)).to.equal('How many hours?');
    await type(el, '5', 'Enviar');
    expect(question(el)).to.equal('Is that fewer than you need?');
    await click(el, 'Sí');
    expect(question(el)).to.equal('Since when?');
    expect(root(el).querySelector<HTMLInputElement>('#answer')!.type).to.equal('datetime-local');
    await type(el, '2026-11-20T23:30', 'Enviar');
    expect(question(el)).to.equal('When do you go to bed?');
    await type(el, '23:45', 'Enviar');
    expect(question(el)).to.equal('What keeps you up?');
    const box = root(el).querySelector<HTMLTextAreaElement>('#comment')!;
    box.value = 'My baby';
    box.dispatchEvent(new Event('input'));
    await settle(el);
    await click(el, 'Otra cosa');
    await waitFor(() => !!el.value);
    const qr = el.value!.questionnaireResponse as Json;
    expect((await validate(qr)).errors).to.deep.equal([]);
    expect(qr.questionnaire).to.equal('http://example.org/Questionnaire/edges|2');
    expect(item(qr, 'sleep')?.answer).to.deep.equal([{ valueCoding: { system: 'http://example.org/often', code: 'often', display: 'Often' } }]);
    expect(item(qr, 'hours')?.answer).to.deep.equal([{ valueInteger: 5 }]);
    expect(item(qr, 'few')?.answer).to.deep.equal([{ valueBoolean: true }]);
    expect((item(qr, 'since')!.answer as Json[])[0].valueDateTime).to.match(/^2026-11-20T23:30:00(Z|[+-]\d\d:\d\d)$/);
    expect(item(qr, 'bed')?.answer).to.deep.equal([{ valueTime: '23:45:00' }]);
    expect(item(qr, 'why')?.answer).to.deep.equal([{ valueString: 'My baby' }]);
    // The person's own words never go to the host in an error.
    expect(JSON.stringify(el.value!.questionnaire)).not.to.include('My baby');
    await setPageLanguage('en');
  });

  it("Back, Edit and \"I'd rather not say\": a changed answer re-asks what depended on it; a skipped required item leaves the response in progress", async () => {
    const read = readQuestionnaire(edges);
    if (!read.ok) throw new Error(read.problem);
    const { script } = read.reading;
    let s = E.start(script);
    s = E.answer(script, s, 'o1'); // Often
    s = E.answer(script, s, 6);
    expect(E.currentStep(script, s)?.text).to.deep.equal({ en: 'Is that fewer than you need?' });
    s = E.back(script, s);
    s = E.back(script, s);
    s = E.answer(script, s, 'o0'); // Never: no hours, no "fewer"
    expect(E.visiblePath(script, s).map((id) => read.reading.items[id]?.linkId)).to.deep.equal(['sleep', 'bed', 'why']);
    s = E.edit(script, s, 'q1');
    s = E.skip(script, s);
    // Nothing on the path reads an answer any more, except "exists".
    expect(E.visiblePath(script, s).map((id) => read.reading.items[id]?.linkId)).to.deep.equal(['sleep', 'why']);
    const out = respond(read.reading, E.effectiveAnswers(script, s), { authored: '2026-12-03T10:00:00Z' });
    expect(out.requiredUnanswered).to.deep.equal(['sleep']);
    expect(out.response.status).to.equal('in-progress');
    expect(read.reading.unsupported).to.deep.equal(['photo']);
    expect((await validate(out.response)).valid).to.equal(true);
  });

  it('every enableWhen operator, with enableBehavior all and any', () => {
    const q = {
      ...base,
      item: [
        { linkId: 'n', type: 'decimal', text: 'N' },
        ...(['=', '!=', '>', '<', '>=', '<='] as const).map((operator, i) => ({ linkId: `op${i}`, type: 'string', text: operator, enableWhen: [{ question: 'n', operator, answerDecimal: 5 }] })),
        { linkId: 'none', type: 'string', text: 'none', enableWhen: [{ question: 'n', operator: 'exists', answerBoolean: false }] },
        {
          linkId: 'all',
          type: 'string',
          text: 'all',
          enableWhen: [
            { question: 'n', operator: '>', answerDecimal: 1 },
            { question: 'n', operator: '<', answerDecimal: 3 },
          ],
        },
        {
          linkId: 'any',
          type: 'string',
          text: 'any',
          enableBehavior: 'any',
          enableWhen: [
            { question: 'n', operator: '>', answerDecimal: 1 },
            { question: 'n', operator: '<', answerDecimal: 3 },
          ],
        },
      ],
    };
    const read = readQuestionnaire(q);
    if (!read.ok) throw new Error(read.problem);
    const { script, items } = read.reading;
    const shownFor = (v: number | null) => {
      let s = E.start(script);
      s = v === null ? E.skip(script, s) : E.answer(script, s, v);
      return E.visiblePath(script, s).slice(1).map((id) => items[id].text);
    };
    expect(shownFor(5)).to.deep.equal(['=', '>=', '<=', 'any']);
    expect(shownFor(7)).to.deep.equal(['!=', '>', '>=', 'any']);
    expect(shownFor(2)).to.deep.equal(['!=', '<', '<=', 'all', 'any']);
    expect(shownFor(null)).to.deep.equal(['none']);
  });

  it('a Questionnaire without calculatedExpression never loads FHIRPath; item weights add up', async () => {
    const q = {
      ...base,
      item: [
        {
          linkId: 'a',
          type: 'choice',
          text: 'A',
          repeats: true,
          answerOption: [
            { valueCoding: { code: 'x', display: 'X' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 1.5 }] },
            { valueCoding: { code: 'y', display: 'Y', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }] } },
          ],
        },
      ],
    };
    const read = readQuestionnaire(q);
    if (!read.ok) throw new Error(read.problem);
    expect(read.reading.needsFhirPath).to.equal(false);
    const before = performance.getEntriesByType('resource').filter((r) => r.name.includes('fhirpath')).length;
    const el = await open(q);
    await click(el, 'X');
    await click(el, 'Y');
    await click(el, 'Continue');
    await waitFor(() => !!el.value);
    expect(el.value!.questionnaire?.score).to.equal(3.5);
    expect(performance.getEntriesByType('resource').filter((r) => r.name.includes('fhirpath')).length).to.equal(before);
  });
});

export type { Reading };
