/**
 * NeedsResult -> FHIR R4 QuestionnaireResponse (pure; not loaded by the element).
 *
 * - Questions mode: `questionnaire` is the AHC HRSN panel (http://loinc.org/q/96777-8); items 1-6 keep
 *   their AHC linkIds and LOINC answer codings. Our own safety question (not an AHC/HITS item) is
 *   `compassionate-intake-safety` with a plain `valueString` answer.
 * - Every need the person has (or was screened for) is a group item `need-<id>`. As in the HL7 SDOH Clinical
 *   Care IG, where screening responses are categorized with the SDOHCC category codes
 *   (http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes, e.g.
 *   `food-insecurity`), the group carries a `category` item answered with that coding (one answer per
 *   category when a need touches two domains), so an Observation extractor can copy it to
 *   Observation.category; and a `finding` item with the need's SNOMED CT findings where the HL7 SDOH IG
 *   names one (for Condition.code, or ServiceRequest.reasonCode).
 * - Who answered rides as the SDOHCC codes `self-reported` / `reported-by-related-person`.
 * Not done here: Observation/Condition extraction, Patient references (pass `subject` if you have one).
 */
import type { NeedsResult } from '../core/needs-schemas.js';
import { SDOH_CATEGORY_SYSTEM } from '../data/needs-catalog.js';
import { AHC_QUESTIONNAIRE } from './screening.js';

const LOINC = 'http://loinc.org';

/** English displays from SDOHCC-ValueSetSDOHCategory (IG 2.3.0). */
const SDOH_DISPLAY: Record<string, string> = {
  'sdoh-category-unspecified': 'SDOH Category Unspecified',
  'food-insecurity': 'Food Insecurity',
  'housing-instability': 'Housing Instability',
  homelessness: 'Homelessness',
  'inadequate-housing': 'Inadequate Housing',
  'transportation-insecurity': 'Transportation Insecurity',
  'financial-insecurity': 'Financial Insecurity',
  'material-hardship': 'Material Hardship',
  'educational-attainment': 'Educational Attainment',
  'employment-status': 'Employment Status',
  'veteran-status': 'Veteran Status',
  stress: 'Stress',
  'social-connection': 'Social Connection',
  'intimate-partner-violence': 'Intimate Partner Violence',
  'elder-abuse': 'Elder Abuse',
  'personal-health-literacy': 'Personal Health Literacy',
  'health-insurance-coverage-status': 'Health Insurance Coverage Status',
  'medical-cost-burden': 'Medical Cost Burden',
  'digital-literacy': 'Digital Literacy',
  'digital-access': 'Digital Access',
  'utility-insecurity': 'Utility Insecurity',
  'incarceration-status': 'Incarceration Status',
  'language-access': 'Language Access',
};

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: FhirCoding;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  language: string;
  questionnaire?: string;
  status: 'completed';
  authored: string;
  subject?: { reference: string };
  item: QuestionnaireResponseItem[];
}

export interface NeedsFhirOptions {
  /** e.g. `{ reference: 'Patient/123' }`. */
  subject?: { reference: string };
}

export function toNeedsQuestionnaireResponse(result: NeedsResult, options: NeedsFhirOptions = {}): QuestionnaireResponse {
  const items: QuestionnaireResponseItem[] = [];

  items.push({
    linkId: 'reported-by',
    text: 'Who answered',
    answer: [
      {
        valueCoding:
          result.subject === 'self'
            ? { system: SDOH_CATEGORY_SYSTEM, code: 'self-reported', display: 'Self Reported' }
            : { system: SDOH_CATEGORY_SYSTEM, code: 'reported-by-related-person', display: 'Reported By Related Person' },
      },
    ],
  });

  for (const s of result.screening ?? []) {
    items.push({
      linkId: s.linkId,
      text: s.text,
      answer: s.answers.map((a) => (a.code ? { valueCoding: { system: LOINC, code: a.code, display: a.display } } : { valueString: a.display })),
    });
  }

  for (const need of result.needs) {
    const sub: QuestionnaireResponseItem[] = [];
    // Every SDOH category of the need (safety at home is intimate-partner violence and elder abuse).
    const categories = need.sdohCodes?.length ? need.sdohCodes : need.sdohCode ? [need.sdohCode] : [];
    if (categories.length) {
      sub.push({
        linkId: `need-${need.id}.category`,
        text: 'SDOH category',
        answer: categories.map((code) => ({ valueCoding: { system: SDOH_CATEGORY_SYSTEM, code, display: SDOH_DISPLAY[code] } })),
      });
    }
    // SNOMED CT findings, ready for a Condition.code or a ServiceRequest.reasonCode.
    if (need.findings?.length) {
      sub.push({
        linkId: `need-${need.id}.finding`,
        text: 'SNOMED CT finding',
        answer: need.findings.map((f) => ({ valueCoding: { system: f.system, code: f.code, display: f.display } })),
      });
    }
    sub.push({ linkId: `need-${need.id}.has-need`, text: 'Has this need', answer: [{ valueBoolean: need.hasNeed }] });
    if (need.wantsHelp) sub.push({ linkId: `need-${need.id}.wants-help`, text: 'Wants help with this', answer: [{ valueString: need.wantsHelp }] });
    if (need.urgency) sub.push({ linkId: `need-${need.id}.urgency`, text: 'How soon', answer: [{ valueString: need.urgency }] });
    if (need.priority !== null) sub.push({ linkId: `need-${need.id}.priority`, text: 'Priority (1 matters most)', answer: [{ valueInteger: need.priority }] });
    items.push({ linkId: `need-${need.id}`, text: need.id, item: sub });
  }

  if (result.mostImportant) items.push({ linkId: 'most-important', text: 'Matters most', answer: [{ valueString: result.mostImportant }] });
  items.push({ linkId: 'safety-concern', text: 'Safety concern', answer: [{ valueBoolean: result.safetyConcern }] });

  const qr: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: result.id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64),
    language: result.locale,
    status: 'completed',
    authored: result.completedAt,
    item: items,
  };
  if (result.mode === 'questions') qr.questionnaire = AHC_QUESTIONNAIRE;
  if (options.subject) qr.subject = options.subject;
  return qr;
}
