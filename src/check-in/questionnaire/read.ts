/**
 * Reads a FHIR R4 Questionnaire into the check-in's own script format, plus what the response writer
 * (respond.ts) needs to turn the answers back into a QuestionnaireResponse. Pure: no Lit, no DOM.
 *
 * Step ids and option values are made here (`q1`, `o0`, ...): linkIds and codes can hold any character,
 * so they stay in the metadata and never reach the engine. Texts are shown as the Questionnaire gives
 * them (base language plus its `translation` extensions); nothing here is translated by us.
 */
import type { Locale } from '../../core/locales.js';
import { matchLocale } from '../../core/locale-match.js';
import type { Condition, Option, Script, Step, Text } from '../script-schema.js';
import { LIMITS } from '../script-logic.js';

export const EXT = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
} as const;

/** Message ids of the few words the reader adds (the element gives their translations). */
export const WORDS = { yes: 'questionnaire.yes', no: 'questionnaire.no', other: 'questionnaire.other', otherComment: 'questionnaire.other-comment' };

type Json = Record<string, unknown>;
export type FhirValue = Record<string, unknown>;

export interface ItemInfo {
  linkId: string;
  /** The item's text in the Questionnaire's own language (the response carries it). */
  text?: string;
  type: string;
  required: boolean;
  /** Option value -> the FHIR answer it stands for (valueCoding, valueString, valueInteger, valueBoolean ...). */
  answers?: Record<string, FhirValue>;
  /** Option value -> its ordinalValue / itemWeight. */
  scores?: Record<string, number>;
}

/** The Questionnaire's tree, as the response must mirror it. */
export interface Node {
  linkId: string;
  text?: string;
  stepId?: string;
  /** A required group: at least one question inside it must be answered. */
  required?: boolean;
  /** A calculatedExpression item: answered by the expression, never asked. */
  calculated?: { expression: string; type: string };
  children: Node[];
}

export interface Reading {
  script: Script;
  items: Record<string, ItemInfo>;
  tree: Node[];
  questionnaire: Json;
  url?: string;
  title?: string;
  /** linkIds skipped: types or structures the check-in cannot ask. */
  unsupported: string[];
  /** Whether an expression needs the FHIRPath library at the end. */
  needsFhirPath: boolean;
}

export type ReadResult = { ok: true; reading: Reading } | { ok: false; problem: string };

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const clip = (s: string): string => (s.length > LIMITS.text ? s.slice(0, LIMITS.text) : s);
const extensions = (el: unknown, url: string): Json[] =>
  arr(isObj(el) ? el.extension : undefined).filter((e): e is Json => isObj(e) && e.url === url);

const SUPPORTED = new Set(['group', 'display', 'choice', 'open-choice', 'boolean', 'integer', 'decimal', 'string', 'text', 'url', 'date', 'dateTime', 'time']);
const MAX_ITEMS = 1000;

/** The text in the Questionnaire's language plus each `translation` (on `_text`, `_display`, ...). */
function textOf(value: unknown, meta: unknown, base: Locale): Text | undefined {
  const main = str(value);
  const out: Partial<Record<Locale, string>> = {};
  for (const t of extensions(meta, EXT.translation)) {
    const part = (url: string): Json | undefined => arr(t.extension).find((e): e is Json => isObj(e) && e.url === url);
    const lang = matchLocale(part('lang')?.valueCode);
    const content = str(part('content')?.valueString);
    if (lang && content && !out[lang]) out[lang] = clip(content);
  }
  if (main) out[base] = clip(main);
  return Object.keys(out).length ? out : undefined;
}

function scoreOf(...els: unknown[]): number | undefined {
  for (const el of els) {
    for (const url of [EXT.ordinalValue, EXT.itemWeight]) {
      const v = extensions(el, url)[0]?.valueDecimal ?? extensions(el, url)[0]?.valueInteger;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
    }
  }
  return undefined;
}

interface Choice {
  answer: FhirValue;
  text: Text;
  score?: number;
}

/** Options of a choice item: answerOption, or a contained ValueSet (expansion first, then compose). */
function choicesOf(item: Json, q: Json, base: Locale): Choice[] | undefined {
  const options = arr(item.answerOption).filter(isObj);
  if (options.length) {
    const out: Choice[] = [];
    for (const o of options) {
      let answer: FhirValue | undefined;
      let text: Text | undefined;
      if (isObj(o.valueCoding)) {
        const c = o.valueCoding;
        const coding: Json = {};
        if (str(c.system)) coding.system = c.system;
        if (str(c.code)) coding.code = c.code;
        if (str(c.display)) coding.display = c.display;
        answer = { valueCoding: coding };
        text = textOf(c.display ?? c.code, c._display, base);
      } else if (typeof o.valueString === 'string') {
        answer = { valueString: o.valueString };
        text = textOf(o.valueString, o._valueString, base);
      } else if (typeof o.valueInteger === 'number') {
        answer = { valueInteger: o.valueInteger };
        text = String(o.valueInteger);
      } else if (typeof o.valueDate === 'string' || typeof o.valueTime === 'string') {
        answer = typeof o.valueDate === 'string' ? { valueDate: o.valueDate } : { valueTime: o.valueTime };
        text = String(o.valueDate ?? o.valueTime);
      }
      if (answer && text) out.push({ answer, text: typeof text === 'string' ? { [base]: text } : text, score: scoreOf(o, o.valueCoding) });
    }
    return out;
  }
  const ref = str(item.answerValueSet);
  if (!ref) return undefined;
  if (!ref.startsWith('#')) return undefined;
  const vs = arr(q.contained).find((c) => isObj(c) && c.resourceType === 'ValueSet' && c.id === ref.slice(1)) as Json | undefined;
  if (!vs) return undefined;
  const concept = (system: unknown, c: Json): Choice | undefined => {
    if (!str(c.code)) return undefined;
    const designations: Json = { extension: [] };
    for (const d of arr(c.designation).filter(isObj)) {
      if (str(d.language) && str(d.value)) {
        (designations.extension as Json[]).push({
          url: EXT.translation,
          extension: [
            { url: 'lang', valueCode: d.language },
            { url: 'content', valueString: d.value },
          ],
        });
      }
    }
    const meta = isObj(c._display) ? { extension: [...arr(c._display.extension), ...(designations.extension as Json[])] } : designations;
    const coding: Json = { ...(str(system) ? { system } : {}), code: c.code, ...(str(c.display) ? { display: c.display } : {}) };
    return { answer: { valueCoding: coding }, text: textOf(c.display ?? c.code, meta, base)!, score: scoreOf(c) };
  };
  const out: Choice[] = [];
  const expand = (list: unknown[]): void => {
    for (const c of list.filter(isObj)) {
      const got = concept(c.system, c);
      if (got && !c.abstract) out.push(got);
      expand(arr(c.contains));
    }
  };
  if (isObj(vs.expansion)) expand(arr(vs.expansion.contains));
  if (!out.length && isObj(vs.compose)) {
    for (const inc of arr(vs.compose.include).filter(isObj)) {
      for (const c of arr(inc.concept).filter(isObj)) {
        const got = concept(inc.system, c);
        if (got) out.push(got);
      }
    }
  }
  return out.length ? out : undefined;
}

const OPERATORS = new Set(['exists', '=', '!=', '>', '<', '>=', '<=']);

type Check = Extract<Condition, { enableWhen: unknown }>['enableWhen'][number];

/**
 * Reads a Questionnaire. Never throws: a broken one comes back as one short English sentence for the
 * host's developer.
 */
export function readQuestionnaire(input: unknown): ReadResult {
  try {
    return read(input);
  } catch {
    return { ok: false, problem: 'The Questionnaire could not be read as plain data.' };
  }
}

function read(input: unknown): ReadResult {
  if (!isObj(input)) return { ok: false, problem: 'A Questionnaire must be a JSON object.' };
  if (input.resourceType !== 'Questionnaire') {
    return { ok: false, problem: `resourceType must be "Questionnaire" (got ${JSON.stringify(String(input.resourceType ?? '')).slice(0, 60)}).` };
  }
  if (!arr(input.item).length) return { ok: false, problem: 'The Questionnaire has no items.' };
  const base = matchLocale(input.language) ?? 'en';
  const steps: Step[] = [];
  const items: Record<string, ItemInfo> = {};
  const unsupported: string[] = [];
  const stepOfLink = new Map<string, string>();
  /** Every item's own enableWhen, kept raw until every step exists (an item may read a later one). */
  const pending: Array<{ step: Step; groups: Json[] }> = [];
  let count = 0;
  let needsFhirPath = false;

  const visit = (list: unknown[], inherited: Json[], repeatingAbove: boolean): Node[] => {
    const nodes: Node[] = [];
    for (const raw of list) {
      if (!isObj(raw)) continue;
      if (++count > MAX_ITEMS) throw new Error('too many items');
      const linkId = str(raw.linkId);
      const type = str(raw.type) ?? '';
      if (!linkId) continue;
      const text = str(raw.text);
      const node: Node = { linkId, ...(text ? { text } : {}), ...(type === 'group' && raw.required === true ? { required: true } : {}), children: [] };
      const groups = Array.isArray(raw.enableWhen) && raw.enableWhen.length ? [...inherited, raw] : inherited;
      const calc = extensions(raw, EXT.calculatedExpression)[0]?.valueExpression;
      if (isObj(calc) && str(calc.expression)) {
        node.calculated = { expression: String(calc.expression), type };
        needsFhirPath = true;
        nodes.push(node);
        continue;
      }
      if (!SUPPORTED.has(type) || (type === 'group' && raw.repeats === true && repeatingAbove)) {
        unsupported.push(linkId);
        continue;
      }
      if (extensions(raw, EXT.hidden)[0]?.valueBoolean === true || raw.readOnly === true) {
        node.children = visit(arr(raw.item), groups, repeatingAbove);
        nodes.push(node);
        continue;
      }
      const shown = textOf(raw.text, raw._text, base);
      const id = `q${steps.length + 1}`;
      if (type === 'group' || type === 'display') {
        if (shown) {
          const step: Step = { id, kind: 'message', text: shown };
          steps.push(step);
          pending.push({ step, groups });
        }
        node.children = visit(arr(raw.item), groups, repeatingAbove || (type === 'group' && raw.repeats === true));
        nodes.push(node);
        continue;
      }
      const question = makeQuestion(raw, input, type, id, shown ?? { [base]: linkId }, base);
      if (!question) {
        unsupported.push(linkId);
        continue;
      }
      // Display items under a question are its instructions: shown with it, not as steps of their own.
      const notes = arr(raw.item).filter((c): c is Json => isObj(c) && c.type === 'display' && !c.enableWhen);
      const help = notes.length ? textOf(notes[0].text, notes[0]._text, base) : undefined;
      if (help) question.step.help = help;
      steps.push(question.step);
      pending.push({ step: question.step, groups });
      stepOfLink.set(linkId, id);
      node.stepId = id;
      items[id] = { linkId, ...(text ? { text } : {}), type, required: raw.required === true, ...question.info };
      // Items under a question: asked right after it.
      node.children = visit(arr(raw.item).filter((c) => !notes.includes(c as Json)), groups, repeatingAbove);
      nodes.push(node);
    }
    return nodes;
  };

  let tree: Node[];
  try {
    tree = visit(arr(input.item), [], false);
  } catch {
    return { ok: false, problem: `The Questionnaire has more than ${MAX_ITEMS} items.` };
  }
  if (!steps.length) return { ok: false, problem: 'The Questionnaire has no item the check-in can show.' };

  for (const { step, groups } of pending) {
    const when: Check[] = [];
    for (const g of groups) {
      const checks: Check['checks'] = [];
      for (const ew of arr(g.enableWhen).filter(isObj)) {
        const check = toCheck(ew, stepOfLink, steps, items);
        if (check) checks.push(check);
        else if (!unsupported.includes(`${String(g.linkId)} (enableWhen)`)) unsupported.push(`${String(g.linkId)} (enableWhen)`);
      }
      if (checks.length) when.push({ ...(g.enableBehavior === 'any' ? { any: true } : {}), checks });
    }
    if (when.length) step.when = { enableWhen: when };
  }

  const title = str(input.title) ?? str(input.name);
  const script: Script = {
    id: 'questionnaire',
    version: str(input.version)?.slice(0, 32) ?? '1',
    ...(title ? { title: textOf(input.title ?? input.name, input._title, base)! } : {}),
    steps,
  };
  const copyright = textOf(input.copyright, input._copyright, base);
  if (copyright) script.notices = [copyright];
  return {
    ok: true,
    reading: {
      script,
      items,
      tree,
      questionnaire: input,
      ...(str(input.url) ? { url: String(input.url) + (str(input.version) ? `|${String(input.version)}` : '') } : {}),
      ...(title ? { title } : {}),
      unsupported,
      needsFhirPath,
    },
  };
}

function makeQuestion(raw: Json, q: Json, type: string, id: string, text: Text, base: Locale): { step: Step; info: Partial<ItemInfo> } | undefined {
  switch (type) {
    case 'boolean':
      return {
        step: { id, kind: 'single', text, options: [{ value: 'true', text: WORDS.yes }, { value: 'false', text: WORDS.no }] },
        info: { answers: { true: { valueBoolean: true }, false: { valueBoolean: false } } },
      };
    case 'choice':
    case 'open-choice': {
      const choices = choicesOf(raw, q, base) ?? [];
      const open = type === 'open-choice';
      if (!choices.length && !open) return undefined;
      if (!choices.length) return { step: { id, kind: 'text', text }, info: {} };
      const answers: Record<string, FhirValue> = {};
      const scores: Record<string, number> = {};
      const options: Option[] = choices.map((c, i) => {
        answers[`o${i}`] = c.answer;
        if (c.score !== undefined) scores[`o${i}`] = c.score;
        // PHQ-9 item 9 (LOINC 44260-8) in a host's own PHQ-9: any answer above 0 is a sign of danger.
        return { value: `o${i}`, text: c.text, ...(isItem9(raw) && (c.score ?? 0) > 0 ? { risk: 'urgent' as const } : {}) };
      });
      const multiple = raw.repeats === true;
      // Open choice: the person may type their own answer; in a single choice, "Something else" sends it.
      if (open && !multiple) options.push({ value: 'other', text: WORDS.other });
      const step: Step = multiple
        ? { id, kind: 'multiple', text, options, ...(open ? { comment: WORDS.otherComment } : {}) }
        : { id, kind: 'single', text, options, ...(open ? { comment: WORDS.otherComment } : {}) };
      return { step, info: { answers, ...(Object.keys(scores).length ? { scores } : {}) } };
    }
    case 'integer':
    case 'decimal':
      return { step: { id, kind: 'number', text, min: -1e6, max: 1e6, step: type === 'integer' ? 1 : 1e-6 }, info: {} };
    case 'string':
    case 'url':
      return { step: { id, kind: 'text', text, ...(typeof raw.maxLength === 'number' && raw.maxLength >= 1 ? { maxLength: Math.min(raw.maxLength, LIMITS.text) } : {}) }, info: {} };
    case 'text':
      return { step: { id, kind: 'text', text, multiline: true }, info: {} };
    case 'date':
    case 'dateTime':
    case 'time':
      return { step: { id, kind: 'date', text, format: type }, info: {} };
    default:
      return undefined;
  }
}

const isItem9 = (item: Json): boolean => arr(item.code).some((c) => isObj(c) && c.code === '44260-8' && (!c.system || c.system === 'http://loinc.org'));

/** One enableWhen as an engine check on the step's own answer values; undefined when it cannot be read. */
function toCheck(ew: Json, stepOfLink: Map<string, string>, steps: Step[], items: Record<string, ItemInfo>): Check['checks'][number] | undefined {
  const op = String(ew.operator);
  const link = str(ew.question);
  if (!OPERATORS.has(op) || !link) return undefined;
  // A question the check-in does not ask has no answer: only "exists = false" can hold.
  const stepId = stepOfLink.get(link) ?? `missing.${steps.length}`;
  const operator = op as Check['checks'][number]['op'];
  if (op === 'exists') return typeof ew.answerBoolean === 'boolean' ? { step: stepId, op: operator, value: ew.answerBoolean } : undefined;
  const info = items[stepId];
  const key = Object.keys(ew).find((k) => k.startsWith('answer'));
  if (!key) return undefined;
  const want = ew[key];
  if (info?.answers) {
    // Choice and boolean answers are option values: find the option that gives this answer.
    const match = Object.entries(info.answers).find(([, a]) => sameAnswer(a, key, want));
    return { step: stepId, op: operator, value: match ? match[0] : 'none' };
  }
  if (key === 'answerInteger' || key === 'answerDecimal') return typeof want === 'number' ? { step: stepId, op: operator, value: want } : undefined;
  if (key === 'answerString' || key === 'answerDate' || key === 'answerDateTime' || key === 'answerTime') {
    return typeof want === 'string' ? { step: stepId, op: operator, value: want.slice(0, LIMITS.value) } : undefined;
  }
  return undefined;
}

function sameAnswer(a: FhirValue, key: string, want: unknown): boolean {
  if (key === 'answerCoding' && isObj(want) && isObj(a.valueCoding)) {
    const c = a.valueCoding;
    return c.code === want.code && (!want.system || !c.system || c.system === want.system);
  }
  const field = `value${key.slice('answer'.length)}`;
  return field in a && a[field] === want;
}
