/**
 * calculatedExpression (SDC) with the `fhirpath` library (HL7/NLM's FHIRPath engine). This module is
 * imported only when a Questionnaire has such an expression; fhirpath comes with it, in its own chunk.
 */
import fhirpath from 'fhirpath';
import { EXT } from './read.js';
import type { Calculate, QuestionnaireResponseJson } from './respond.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The little of the R4 model these expressions need: which elements are choice types (`answer.value`,
 * `extension.value`) and where nested items are defined. The full model is 600 kB of JSON.
 */
const VALUE_TYPES = ['Boolean', 'Decimal', 'Integer', 'Date', 'DateTime', 'Time', 'String', 'Uri', 'Coding', 'Quantity', 'Reference', 'Attachment'];
const MODEL = {
  version: 'r4' as const,
  score: { extensionURI: [EXT.ordinalValue, EXT.itemWeight] },
  choiceTypePaths: {
    'QuestionnaireResponse.item.answer.value': VALUE_TYPES,
    'Questionnaire.item.answerOption.value': ['Integer', 'Date', 'Time', 'String', 'Coding', 'Reference'],
    'Questionnaire.item.initial.value': VALUE_TYPES,
    'Questionnaire.item.enableWhen.answer': VALUE_TYPES,
    'Extension.value': ['Boolean', 'Code', 'Decimal', 'Integer', 'String', 'Uri', 'Coding', 'CodeableConcept', 'Quantity', 'Expression'],
  },
  pathsDefinedElsewhere: {
    'Questionnaire.item.item': 'Questionnaire.item',
    'QuestionnaireResponse.item.item': 'QuestionnaireResponse.item',
    'QuestionnaireResponse.item.answer.item': 'QuestionnaireResponse.item',
  },
  type2Parent: {},
  path2Type: {},
  path2Repeating: {},
  resourcesWithUrlParam: {},
  availableTypes: new Set<string>(),
  path2TypeWithoutElements: {},
  path2RefType: {},
};

interface Variable {
  name: string;
  expression: string;
}

const variablesOf = (el: Json): Variable[] =>
  arr(el.extension)
    .filter((e): e is Json => isObj(e) && e.url === EXT.variable && isObj(e.valueExpression))
    .map((e) => e.valueExpression as Json)
    .filter((x) => typeof x.name === 'string' && typeof x.expression === 'string' && (x.language === undefined || x.language === 'text/fhirpath'))
    .map((x) => ({ name: String(x.name), expression: String(x.expression) }));

/** A plain value from FHIRPath's answer (the first of a collection; FHIRPath types unwrapped). */
function plain(out: unknown): unknown {
  const v = Array.isArray(out) ? out[0] : out;
  if (v && typeof v === 'object' && 'valueOf' in v) {
    const p = (v as { valueOf(): unknown }).valueOf();
    if (typeof p !== 'object') return p;
  }
  return v;
}

/**
 * A calculator for this Questionnaire: every calculatedExpression item's value, with the variables of
 * the Questionnaire, its enclosing items and itself. An expression that fails is left out and named in
 * `failed` (linkIds only).
 */
export function calculator(questionnaire: Json, failed: string[]): Calculate {
  return (response: QuestionnaireResponseJson) => {
    const values: Record<string, unknown> = {};
    const visit = (el: Json, scope: Record<string, unknown>): void => {
      const env: Record<string, unknown> = { ...scope };
      const linkId = typeof el.linkId === 'string' ? el.linkId : undefined;
      try {
        for (const v of variablesOf(el)) env[v.name] = fhirpath.evaluate(response, v.expression, env, MODEL);
        const calc = arr(el.extension).find((e): e is Json => isObj(e) && e.url === EXT.calculatedExpression);
        const expr = calc && isObj(calc.valueExpression) ? calc.valueExpression.expression : undefined;
        if (linkId && typeof expr === 'string') {
          const got = plain(fhirpath.evaluate(response, expr, env, MODEL));
          if (got !== undefined && got !== null) values[linkId] = got;
        }
      } catch {
        if (linkId) failed.push(linkId);
        return;
      }
      for (const child of arr(el.item).filter(isObj)) visit(child, env);
    };
    visit(questionnaire, { resource: response, questionnaire });
    return values;
  };
}
