/**
 * The check-in script format (zod/mini) and its validator. Pure: no Lit.
 *
 * A script is data: a list of steps shown one at a time. Texts are either a
 * message id (built-in scripts; the element resolves it through msg()) or a
 * per-locale map such as `{ en: 'Hi', es: 'Hola' }` (host scripts). A plain
 * string that is not a known id is shown as it is. Everything is rendered as
 * text, never as HTML.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../core/locales.js';
import {
  CONTACT_METHODS,
  INSTRUMENT_IDS,
  LIMITS,
  STEP_KINDS,
  STEP_ROLES,
  conditionRefs,
  successors,
  type StepKind,
} from './script-logic.js';

export * from './script-logic.js';

const Id = z.string().check(
  z.maxLength(LIMITS.id),
  z.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'Use letters, digits, ".", "_" or "-", starting with a letter or digit'),
);
const Value = z.string().check(
  z.maxLength(LIMITS.value),
  z.regex(/^[a-z0-9][a-z0-9._:-]*$/i, 'Use letters, digits, ".", "_", ":" or "-", starting with a letter or digit'),
);
const Str = z.string().check(z.minLength(1), z.maxLength(LIMITS.text));

/** A message id, or a map from locale to text (at least one locale). */
export const Text = z.union([
  Str,
  z.partialRecord(z.enum(LOCALES), Str).check(
    z.refine((m) => Object.keys(m).length > 0, 'Give the text in at least one language'),
  ),
]);
export type Text = z.infer<typeof Text>;

const Scalar = z.union([Value, z.number().check(z.refine(Number.isFinite, 'Use a finite number')), z.boolean()]);

const StepCondition = z.strictObject({
  step: Id,
  equals: z.optional(Scalar),
  in: z.optional(z.array(Scalar).check(z.minLength(1), z.maxLength(LIMITS.options))),
  includes: z.optional(Value),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  answered: z.optional(z.boolean()),
  skipped: z.optional(z.boolean()),
});
const SubjectCondition = z.strictObject({ subject: z.enum(['self', 'other']) });
/** `{ risk: true }`: only after a sign of danger (PHQ-9 item 9, typed words, an option marked risk). */
const RiskCondition = z.strictObject({ risk: z.boolean() });
const Leaf = z.union([StepCondition, SubjectCondition, RiskCondition]);
const LeafList = z.array(Leaf).check(z.minLength(1), z.maxLength(LIMITS.conditions));

export const ENABLE_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
/**
 * FHIR Questionnaire `enableWhen`, as the Questionnaire reader writes it: every group must hold (an item
 * and each of its enclosing groups), a group with `any` when one of its checks holds (`enableBehavior`).
 */
const EnableGroup = z.strictObject({
  any: z.optional(z.boolean()),
  checks: z
    .array(z.strictObject({ step: Id, op: z.enum(ENABLE_OPERATORS), value: z.union([Scalar, z.string().check(z.maxLength(LIMITS.value))]) }))
    .check(z.minLength(1), z.maxLength(LIMITS.options)),
});

/** Show a step only when an earlier answer matches. One level of all/any/not keeps it simple to read. */
export const Condition = z.union([
  Leaf,
  z.strictObject({ all: LeafList }),
  z.strictObject({ any: LeafList }),
  z.strictObject({ not: Leaf }),
  z.strictObject({ enableWhen: z.array(EnableGroup).check(z.minLength(1), z.maxLength(LIMITS.conditions)) }),
]);
export type Condition = z.infer<typeof Condition>;
export type LeafCondition = z.infer<typeof Leaf>;

export const Option = z.strictObject({
  value: Value,
  text: Text,
  /** Jump to this step when chosen (single choice). */
  next: z.optional(Id),
  /** Choosing this switches the wording to 'self' or 'other'. */
  subject: z.optional(z.enum(['self', 'other'])),
  /** Choosing this is a sign of danger ("I'm not safe right now"). */
  risk: z.optional(z.enum(['urgent', 'emergency'])),
  /** Multiple choice: choosing this clears the others ("None of these"). */
  exclusive: z.optional(z.boolean()),
  /** Instrument items: the official item score. */
  score: z.optional(z.int().check(z.gte(0), z.lte(10))),
  /** FHIR answer coding (LOINC answer code) and its display. */
  code: z.optional(Value),
  display: z.optional(Str),
});
export type Option = z.infer<typeof Option>;

export const InstrumentItem = z.strictObject({
  id: z.enum(INSTRUMENT_IDS),
  item: z.int().check(z.gte(1), z.lte(20)),
  linkId: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  code: z.optional(Value),
});
export type InstrumentItem = z.infer<typeof InstrumentItem>;

const common = {
  id: Id,
  text: Text,
  help: z.optional(Text),
  /** "Why we ask": shown on request. */
  why: z.optional(Text),
  /** A sensitive question: the element offers "Why we ask" and extra care. */
  sensitive: z.optional(z.boolean()),
  when: z.optional(Condition),
  /** Go here after this step instead of the next one in the list. */
  next: z.optional(Id),
  /** The conversation ends after this step. */
  end: z.optional(z.boolean()),
  role: z.optional(z.enum(STEP_ROLES)),
  /** false: no "I'd rather not say" (a question whose own answers already include a kind way out, like the opener's "Not right now"). */
  skippable: z.optional(z.boolean()),
};

const Options = z.array(Option).check(z.minLength(1), z.maxLength(LIMITS.options));

export const MessageStep = z.strictObject({
  ...common,
  kind: z.literal('message'),
  list: z.optional(z.array(Text).check(z.maxLength(LIMITS.list))),
  crisisCard: z.optional(z.enum(['compact', 'urgent'])),
  showScores: z.optional(z.boolean()),
});
export const SingleStep = z.strictObject({
  ...common,
  kind: z.literal('single'),
  options: Options,
  /** Label of an optional free-text box next to the choices. */
  comment: z.optional(Text),
  instrument: z.optional(InstrumentItem),
  /** This question invites the person to a screener: it says so if the items will be in English. */
  offers: z.optional(z.enum(INSTRUMENT_IDS)),
});
export const MultipleStep = z.strictObject({
  ...common,
  kind: z.literal('multiple'),
  options: Options,
  comment: z.optional(Text),
});
export const TextStep = z.strictObject({
  ...common,
  kind: z.literal('text'),
  multiline: z.optional(z.boolean()),
  maxLength: z.optional(z.int().check(z.gte(1), z.lte(LIMITS.text))),
  inputMode: z.optional(z.enum(['text', 'email', 'tel', 'numeric'])),
});
export const NumberStep = z.strictObject({
  ...common,
  kind: z.literal('number'),
  min: z.number().check(z.gte(-1e6), z.lte(1e6)),
  max: z.number().check(z.gte(-1e6), z.lte(1e6)),
  step: z.optional(z.number().check(z.gt(0), z.lte(1e6))),
  minLabel: z.optional(Text),
  maxLabel: z.optional(Text),
  /** Show as a row of buttons (a rating scale) instead of a number box. */
  scale: z.optional(z.boolean()),
});
/** A date (`2026-12-03`), a date and time (`2026-12-03T14:30`, local) or a time (`14:30`). */
export const DateStep = z.strictObject({
  ...common,
  kind: z.literal('date'),
  format: z.enum(['date', 'dateTime', 'time']),
});
export const ContactStep = z.strictObject({
  ...common,
  kind: z.literal('contact'),
  methods: z.array(z.enum(CONTACT_METHODS)).check(z.minLength(1), z.maxLength(CONTACT_METHODS.length)),
  askName: z.optional(z.boolean()),
  askBestTime: z.optional(z.boolean()),
  askLeaveMessage: z.optional(z.boolean()),
});
export const ConsentStep = z.strictObject({
  ...common,
  kind: z.literal('consent'),
  /** A form with `required` stays invalid until this is agreed to. */
  required: z.optional(z.boolean()),
});
export const SummaryStep = z.strictObject({ ...common, kind: z.literal('summary') });

export const Step = z.discriminatedUnion('kind', [
  MessageStep,
  SingleStep,
  MultipleStep,
  TextStep,
  NumberStep,
  DateStep,
  ContactStep,
  ConsentStep,
  SummaryStep,
]);
export type Step = z.infer<typeof Step>;
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

export const Script = z.strictObject({
  id: Id,
  version: z.string().check(z.minLength(1), z.maxLength(32)),
  title: z.optional(Text),
  /** Attribution and copyright notices the instruments require, shown with the script. */
  notices: z.optional(z.array(Text).check(z.maxLength(LIMITS.list))),
  steps: z.array(Step).check(z.minLength(1), z.maxLength(LIMITS.steps)),
});
export type Script = z.infer<typeof Script>;

export type ValidationResult = { ok: true; script: Script } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

/**
 * Checks a script from anywhere (a host property, JSON from a server).
 * Never throws: every problem comes back as a short English sentence for the
 * host's developer (the person sees only a gentle message).
 */
export function validateScript(input: unknown): ValidationResult {
  try {
    const parsed = Script.safeParse(input);
    if (!parsed.success) return { ok: false, problems: cap(parsed.error.issues.flatMap((i) => explain(i, input))) };
    const problems = [...structuralProblems(parsed.data), ...hostileStrings(parsed.data)];
    return problems.length ? { ok: false, problems: cap(problems) } : { ok: true, script: parsed.data };
  } catch {
    // A getter that throws, a revoked Proxy, ...: still no exception for the host.
    return { ok: false, problems: ['The script could not be read as plain data.'] };
  }
}

const STEP_BY_KIND = {
  message: MessageStep,
  single: SingleStep,
  multiple: MultipleStep,
  text: TextStep,
  number: NumberStep,
  date: DateStep,
  contact: ContactStep,
  consent: ConsentStep,
  summary: SummaryStep,
} as const;

type Issue = z.core.$ZodIssue;

/**
 * zod/mini ships without message texts (they cost bytes); these say what is
 * wrong in plain English for the host's developer.
 */
function describe(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `too long (at most ${String(issue.maximum)})`
        : `too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `too short (at least ${String(issue.minimum)})`
        : `too small (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
      return 'unknown key';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'not allowed here';
  }
}

/** A step that fails the kind union gets the issues of its own kind's schema ("Invalid input" helps no one). */
function explain(issue: Issue, input: unknown): string[] {
  const [first, index, third] = issue.path;
  if (first === 'steps' && third === 'kind' && issue.path.length === 3) {
    return [`${pathOf(issue.path)}: use one of ${STEP_KINDS.join(', ')}`];
  }
  if (issue.path.length === 2 && first === 'steps' && typeof index === 'number') {
    const step = (input as { steps: unknown[] }).steps[index];
    const kind = step && typeof step === 'object' ? (step as { kind?: unknown }).kind : undefined;
    if (typeof kind === 'string' && Object.prototype.hasOwnProperty.call(STEP_BY_KIND, kind)) {
      const inner = STEP_BY_KIND[kind as StepKind].safeParse(step);
      if (!inner.success) return inner.error.issues.map((i) => `${pathOf([...issue.path, ...i.path])}: ${describe(i)}`);
    } else {
      return [`${pathOf([...issue.path, 'kind'])}: use one of ${STEP_KINDS.join(', ')}`];
    }
  }
  return [`${pathOf(issue.path)}: ${describe(issue)}`];
}

function cap(problems: string[]): string[] {
  const unique = [...new Set(problems)];
  return unique.length > MAX_PROBLEMS
    ? [...unique.slice(0, MAX_PROBLEMS), `... and ${unique.length - MAX_PROBLEMS} more`]
    : unique;
}

function pathOf(path: readonly PropertyKey[]): string {
  let out = 'script';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p).slice(0, 40)}`;
  return out;
}

function structuralProblems(script: Script): string[] {
  const problems: string[] = [];
  const index = new Map<string, number>();
  script.steps.forEach((s, i) => {
    if (index.has(s.id)) problems.push(`script.steps[${i}].id: "${s.id}" is used by another step too`);
    else index.set(s.id, i);
  });

  script.steps.forEach((s, i) => {
    const where = `script.steps[${i}] ("${s.id}")`;
    if (s.next !== undefined && !index.has(s.next)) problems.push(`${where}.next: no step "${s.next}"`);
    if (s.kind === 'number') {
      if (s.min >= s.max) problems.push(`${where}: min must be less than max`);
      else if ((s.max - s.min) / (s.step ?? 1) > 1000) problems.push(`${where}: too many values between min and max`);
    }
    if (s.kind === 'single' || s.kind === 'multiple') {
      const seen = new Set<string>();
      s.options.forEach((o, j) => {
        if (seen.has(o.value)) problems.push(`${where}.options[${j}].value: "${o.value}" is used twice`);
        seen.add(o.value);
        if (o.next !== undefined && !index.has(o.next)) problems.push(`${where}.options[${j}].next: no step "${o.next}"`);
        if (o.next !== undefined && s.kind === 'multiple')
          problems.push(`${where}.options[${j}].next: only single-choice options can jump`);
      });
    }
    for (const ref of conditionRefs(s.when)) {
      const at = index.get(ref);
      if (at === undefined) problems.push(`${where}.when: no step "${ref}"`);
      else if (at >= i) problems.push(`${where}.when: reads "${ref}", which does not come before it`);
    }
  });
  if (problems.length) return problems;

  const cycle = findCycle(script);
  if (cycle) problems.push(`script.steps: the steps loop (${cycle.map((i) => script.steps[i].id).join(' -> ')})`);
  return problems;
}

/** Returns the steps of one loop, or undefined. Iterative DFS: no deep recursion on 200 steps. */
function findCycle(script: Script): number[] | undefined {
  const n = script.steps.length;
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const edges = script.steps.map((_, i) => successors(script, i));
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [node, k] = top;
      if (k < edges[node].length) {
        top[1]++;
        const next = edges[node][k];
        if (state[next] === 1) {
          const from = stack.findIndex(([x]) => x === next);
          return [...stack.slice(from).map(([x]) => x), next];
        }
        if (!state[next]) {
          state[next] = 1;
          stack.push([next, 0]);
        }
      } else {
        state[node] = 2;
        stack.pop();
      }
    }
  }
  return undefined;
}

// Text that looks like markup or hides what it says. It would be shown as plain
// text anyway; we refuse it so the host learns that early rather than in production.
const HOSTILE: Array<[RegExp, string]> = [
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/, 'contains control characters'],
  [/[\u202A-\u202E\u2066-\u2069]/, 'contains bidirectional override characters'],
  [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'contains broken characters'],
  [/<\s*\/?\s*[a-z!?][^>]*>/i, 'looks like HTML (texts are shown as plain text)'],
  [/\b(?:javascript|vbscript|data)\s*:/i, 'contains a script URL'],
];

function hostileStrings(script: Script): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      for (const [re, why] of HOSTILE) if (re.test(value)) problems.push(`${path}: ${why}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    }
  };
  visit(script, 'script');
  return problems;
}

