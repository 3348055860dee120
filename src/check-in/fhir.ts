/**
 * CheckInResult -> FHIR R4 QuestionnaireResponse. Pure: no Lit.
 *
 * Instrument answers use the linkIds and LOINC answer codes of the
 * Questionnaires in test/fixtures/instruments/ (PHQ-9 and GAD-7 from LHC-Forms,
 * PHQ-4 = LOINC 69724-3). WHO-5 has no openly licensed Questionnaire, so it
 * uses our own linkIds and a local answer system; so does the ASQ (no verified
 * LOINC Questionnaire). Skipped items are left out (never a made-up answer), and
 * such a response has status `in-progress`. The total is written when every item
 * was answered, or when it was prorated (PHQ-9, GAD-7 with at most 2 missing):
 * then the response carries a `prorated-total` tag saying so.
 */
import type { CheckInAnswer, CheckInResult } from '../core/check-in-schemas.js';
import type { InstrumentId } from './script-schema.js';
import { ASQ_ANSWER_SYSTEM, INSTRUMENTS, LOINC_SYSTEM, PHQ9_DIFFICULTY, WHO5_ANSWER_SYSTEM } from './scripts/instruments.js';

export interface FhirCoding {
  system?: string;
  code: string;
  display?: string;
}

export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueString?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
}

export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: { tag?: FhirCoding[] };
  questionnaire: string;
  status: 'in-progress' | 'completed';
  authored: string;
  language?: string;
  item: FhirResponseItem[];
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const scriptSystem = (id: string): string => `urn:compassionate-intake:script:${id}`;

function base(result: CheckInResult, questionnaire: string, status: QuestionnaireResponse['status']): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    ...(FHIR_ID.test(result.id) ? { id: result.id } : {}),
    questionnaire,
    status,
    authored: result.completedAt,
    language: result.locale,
    item: [],
  };
}

/** The instruments that have at least one answered or skipped item in the result. */
export function instrumentsIn(result: CheckInResult): InstrumentId[] {
  return result.instruments.map((i) => i.instrument);
}

/** A QuestionnaireResponse for one instrument, matching its Questionnaire's linkIds and answer codes. */
export function instrumentResponse(result: CheckInResult, id: InstrumentId): QuestionnaireResponse {
  const def = INSTRUMENTS[id];
  const score = result.instruments.find((i) => i.instrument === id);
  const qr = base(result, def.questionnaire, score?.complete ? 'completed' : 'in-progress');
  // Says in the record itself that this is a screening result, not a clinician's finding.
  qr.meta = { tag: [{ system: 'urn:compassionate-intake', code: 'screening-result', display: 'Screening result, not a diagnosis' }] };
  const answered = result.answers
    .filter((a) => a.instrument?.id === id && !a.skipped && a.instrument.answerCode)
    .sort((a, b) => a.instrument!.item - b.instrument!.item);
  const scored = answered.filter((a) => a.instrument!.item <= def.items.length);
  const extra = answered.filter((a) => a.instrument!.item > def.items.length);
  const system = id === 'who-5' ? WHO5_ANSWER_SYSTEM : id === 'asq' ? ASQ_ANSWER_SYSTEM : LOINC_SYSTEM;
  // The Questionnaire's own item texts (the person read the paper form's wording; see instrument-defs.ts).
  const questionnaireText = new Map([...def.items, PHQ9_DIFFICULTY].map((i) => [i.linkId, i.text]));
  const toItem = (a: CheckInAnswer): FhirResponseItem => ({
    linkId: a.instrument!.linkId,
    text: questionnaireText.get(a.instrument!.linkId) ?? a.question,
    answer: [{ valueCoding: { system, code: a.instrument!.answerCode!, display: a.instrument!.answerDisplay } }],
  });
  qr.item.push(...scored.map(toItem));
  if (score?.total !== undefined && def.total) {
    qr.item.push({ linkId: def.total.linkId, answer: [{ valueDecimal: score.total }] });
    if (score.prorated) {
      qr.meta.tag!.push({
        system: 'urn:compassionate-intake',
        code: 'prorated-total',
        display: `Total prorated from ${score.answered} of ${score.items} answered items`,
      });
    }
  }
  qr.item.push(...extra.map(toItem));
  return qr;
}

function answersOf(a: CheckInAnswer, scriptId: string): FhirAnswer[] {
  const v = a.value;
  switch (a.kind) {
    case 'single':
    case 'multiple': {
      const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      return values.map((code, i) => ({ valueCoding: { system: scriptSystem(scriptId), code, display: a.answerText?.[i] } }));
    }
    case 'text':
      return typeof v === 'string' ? [{ valueString: v }] : [];
    case 'number':
      return typeof v === 'number' ? [Number.isInteger(v) ? { valueInteger: v } : { valueDecimal: v }] : [];
    case 'consent':
      return typeof v === 'boolean' ? [{ valueBoolean: v }] : [];
    default:
      return [];
  }
}

function contactItems(a: CheckInAnswer): FhirResponseItem[] {
  const c = a.value as CheckInResult['contact'];
  if (!c) return [];
  const out: FhirResponseItem[] = [];
  if (c.methods.length) {
    out.push({
      linkId: `${a.stepId}.methods`,
      answer: c.methods.map((m) => ({ valueCoding: { system: 'urn:compassionate-intake:contact-method', code: m } })),
    });
  }
  for (const key of ['name', 'phone', 'email', 'bestTime'] as const) {
    if (c[key]) out.push({ linkId: `${a.stepId}.${key}`, answer: [{ valueString: c[key] }] });
  }
  if (c.leaveMessage !== undefined) out.push({ linkId: `${a.stepId}.leaveMessage`, answer: [{ valueBoolean: c.leaveMessage }] });
  return out;
}

/** The conversation's own questions (not the instrument items), with step ids as linkIds. */
export function conversationResponse(result: CheckInResult): QuestionnaireResponse {
  const qr = base(result, `${scriptSystem(result.script.id)}|${result.script.version}`, 'completed');
  for (const a of result.answers) {
    if (a.instrument || a.skipped) continue;
    if (a.kind === 'contact') {
      const item = contactItems(a);
      if (item.length) qr.item.push({ linkId: a.stepId, text: a.question, item });
      continue;
    }
    const answer = answersOf(a, result.script.id);
    if (answer.length) qr.item.push({ linkId: a.stepId, text: a.question, answer });
  }
  return qr;
}

/**
 * One QuestionnaireResponse for a result. With `instrument`, the response for
 * that instrument. Without it: a check-in from a FHIR Questionnaire gives its own response; for the built-in instrument scripts (`phq-9`,
 * `gad-7`, `phq-4`, `who-5`) the instrument's response, else the conversation's.
 */
export function toQuestionnaireResponse(result: CheckInResult, instrument?: InstrumentId): QuestionnaireResponse {
  if (instrument) return instrumentResponse(result, instrument);
  // A check-in from a FHIR Questionnaire carries its own response.
  if (result.questionnaireResponse) return result.questionnaireResponse as unknown as QuestionnaireResponse;
  const own = instrumentsIn(result).find((id) => id === result.script.id);
  return own ? instrumentResponse(result, own) : conversationResponse(result);
}

/** Every response a result gives: the conversation first, then one per instrument. */
export function toQuestionnaireResponses(result: CheckInResult): QuestionnaireResponse[] {
  return [conversationResponse(result), ...instrumentsIn(result).map((id) => instrumentResponse(result, id))];
}
