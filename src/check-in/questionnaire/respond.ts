/**
 * Turns the answers of a check-in read from a FHIR Questionnaire into its R4 QuestionnaireResponse,
 * the answer scores (ordinalValue / itemWeight) and the calculatedExpression values. Pure: no Lit.
 * FHIRPath (calculatedExpression) comes from ./fhirpath.ts, which the element loads only when needed.
 */
import type { Answer } from '../engine.js';
import type { Step } from '../script-schema.js';
import type { FhirValue, ItemInfo, Node, Reading } from './read.js';

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: Array<FhirValue & { item?: ResponseItem[] }>;
  item?: ResponseItem[];
}

export interface QuestionnaireResponseJson {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  status: 'completed' | 'in-progress';
  authored: string;
  language?: string;
  item?: ResponseItem[];
}

export interface Responded {
  response: QuestionnaireResponseJson;
  score?: number;
  requiredUnanswered: string[];
}

/** Evaluates calculatedExpression items against a first response; gives values by linkId. */
export type Calculate = (response: QuestionnaireResponseJson) => Record<string, unknown>;

/** A local `2026-12-03T14:30` as FHIR wants it: seconds and the offset from UTC on that day. */
export function fhirDateTime(local: string): string {
  const [d, t] = local.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min, sec = 0] = t.split(':').map(Number);
  const offset = -new Date(y, m - 1, day, h, min, sec).getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
  return `${d}T${pad(h)}:${pad(min)}:${pad(sec)}${zone}`;
}

const withSeconds = (t: string): string => (t.length === 5 ? `${t}:00` : t);

/** The FHIR answers for one step's answer. */
export function answersFor(step: Step, info: ItemInfo, a: Answer | undefined): FhirValue[] {
  if (!a || a.skipped || a.value === undefined) return [];
  const v = a.value;
  if (info.answers) {
    const chosen = Array.isArray(v) ? v : [v];
    const out = chosen.filter((x): x is string => typeof x === 'string' && x in info.answers!).map((x) => ({ ...info.answers![x] }));
    // Open choice: what the person typed is an answer of its own.
    if (a.comment && (chosen.includes('other') || step.kind === 'multiple')) out.push({ valueString: a.comment });
    return out;
  }
  switch (info.type) {
    case 'integer':
      return typeof v === 'number' ? [{ valueInteger: Math.round(v) }] : [];
    case 'decimal':
      return typeof v === 'number' ? [{ valueDecimal: v }] : [];
    case 'url':
      return typeof v === 'string' ? [{ valueUri: v.trim() }] : [];
    case 'date':
      return typeof v === 'string' ? [{ valueDate: v }] : [];
    case 'dateTime':
      return typeof v === 'string' ? [{ valueDateTime: fhirDateTime(v) }] : [];
    case 'time':
      return typeof v === 'string' ? [{ valueTime: withSeconds(v) }] : [];
    default:
      return typeof v === 'string' ? [{ valueString: v }] : [];
  }
}

function calculatedAnswer(type: string, v: unknown): FhirValue | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) {
    return type === 'integer' ? { valueInteger: Math.round(v) } : type === 'string' ? { valueString: String(v) } : { valueDecimal: v };
  }
  if (typeof v === 'boolean' && type === 'boolean') return { valueBoolean: v };
  if (typeof v === 'string' && v && (type === 'string' || type === 'text')) return { valueString: v };
  return undefined;
}

/**
 * The response for the steps on the person's path (`entries`, as effectiveAnswers gives them).
 * With `calculate`, calculatedExpression items carry their values.
 */
export function respond(
  reading: Reading,
  entries: Array<{ step: Step; answer: Answer | undefined }>,
  options: { authored: string; locale?: string; calculate?: Calculate },
): Responded & { calculated: Record<string, number | string | boolean> } {
  const byStep = new Map(entries.map((e) => [e.step.id, e]));
  const requiredUnanswered: string[] = [];
  let score: number | undefined;
  for (const [id, info] of Object.entries(reading.items)) {
    const e = byStep.get(id);
    if (!e) continue;
    const a = e.answer;
    if (info.required && (!a || a.skipped || a.value === undefined)) requiredUnanswered.push(info.linkId);
    if (info.scores && a && !a.skipped && a.value !== undefined) {
      for (const x of Array.isArray(a.value) ? a.value : [a.value]) {
        if (typeof x === 'string' && x in info.scores) score = (score ?? 0) + info.scores[x];
      }
    }
  }
  /** Whether the person met a question of this group (it was enabled). */
  const asked = (n: Node): boolean => (n.stepId !== undefined && byStep.has(n.stepId)) || n.children.some(asked);
  const build = (values: Record<string, FhirValue>): QuestionnaireResponseJson => {
    const walk = (nodes: Node[]): ResponseItem[] => {
      const out: ResponseItem[] = [];
      for (const n of nodes) {
        const children = walk(n.children);
        const base: ResponseItem = { linkId: n.linkId, ...(n.text ? { text: n.text } : {}) };
        if (n.calculated) {
          if (values[n.linkId]) out.push({ ...base, answer: [values[n.linkId]] });
          continue;
        }
        if (n.stepId) {
          const e = byStep.get(n.stepId);
          const answers = e ? answersFor(e.step, reading.items[n.stepId], e.answer) : [];
          if (!answers.length) continue; // Items under an unanswered question have nowhere to go in FHIR.
          if (children.length) answers[0] = { ...answers[0], item: children };
          out.push({ ...base, answer: answers });
        } else if (children.length) {
          out.push({ ...base, item: children });
        } else if (n.required && !requiredUnanswered.includes(n.linkId) && asked(n)) {
          requiredUnanswered.push(n.linkId);
        }
      }
      return out;
    };
    const item = walk(reading.tree);
    return {
      resourceType: 'QuestionnaireResponse',
      ...(reading.url ? { questionnaire: reading.url } : {}),
      status: requiredUnanswered.length ? 'in-progress' : 'completed',
      authored: options.authored,
      ...(options.locale ? { language: options.locale } : {}),
      ...(item.length ? { item } : {}),
    };
  };
  let response = build({});
  const calculated: Record<string, number | string | boolean> = {};
  if (options.calculate) {
    const got = options.calculate(response);
    const values: Record<string, FhirValue> = {};
    const types = new Map<string, string>();
    const collect = (nodes: Node[]): void => nodes.forEach((n) => (n.calculated && types.set(n.linkId, n.calculated.type), collect(n.children)));
    collect(reading.tree);
    for (const [linkId, v] of Object.entries(got)) {
      const answer = calculatedAnswer(types.get(linkId) ?? 'decimal', v);
      if (!answer) continue;
      values[linkId] = answer;
      calculated[linkId] = v as number | string | boolean;
    }
    response = build(values);
  }
  return { response, ...(score !== undefined ? { score } : {}), requiredUnanswered, calculated };
}
