/**
 * The check-in conversation as a pure state machine. No Lit, no DOM, no clock:
 * state in, state out, plain JSON so it can be kept in sessionStorage (only
 * when the person agrees) and tested directly.
 *
 * Rules the person can rely on:
 * - Back really goes back; the earlier answer stays filled in.
 * - Changing an answer marks the later answers that depended on it as stale:
 *   they are asked again (Edit from the summary asks only those, then returns).
 * - Nothing typed is thrown away: answers of steps that left the path, text of
 *   a step that was then skipped, and unsent drafts all stay in the state.
 * - Every question can be skipped.
 */
import { CONTACT_METHODS, conditionRefs, readsSubject } from './script-logic.js';
import type { Condition, LeafCondition, Script, Step } from './script-schema.js';
import { cutText } from '../core/cut-text.js';

export type Subject = 'self' | 'other';

export interface ContactAnswer {
  methods: string[];
  name?: string;
  phone?: string;
  email?: string;
  bestTime?: string;
  leaveMessage?: boolean;
}

export type AnswerValue = string | string[] | number | boolean | ContactAnswer;

export interface Answer {
  value?: AnswerValue;
  /** "I'd rather not say". */
  skipped?: boolean;
  /** Optional free text next to a choice. */
  comment?: string;
  /** When it was given (ISO 8601), if the element passed a time. */
  at?: string;
}

export interface EngineState {
  v: 1;
  script: { id: string; version: string };
  /** The subject the element started with; answers can switch it (see subjectOf). */
  subject: Subject;
  /** The step shown now; null when the conversation is over. */
  current: string | null;
  /** Steps left behind, newest last: Back pops this. */
  history: string[];
  /** Every answer ever given, by step id, including steps no longer on the path. */
  answers: Record<string, Answer>;
  /** Answers that must be asked again because an earlier answer changed. */
  stale: string[];
  /** Text typed but not sent yet, by step id. */
  drafts: Record<string, string>;
  /** Boxes ticked but not sent yet (multiple-choice steps), by step id. */
  picks: Record<string, string[]>;
  /** Editing from the summary: come back here when done. */
  returnTo: string | null;
  /** A sign of danger was seen (the element says so): steps with `when: { risk: true }` show. */
  risk?: boolean;
}

export type Action =
  | { type: 'answer'; value: unknown; comment?: unknown; at?: string }
  | { type: 'skip'; at?: string }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'edit'; stepId: string }
  | { type: 'draft'; stepId: string; text: string }
  | { type: 'picks'; stepId: string; values: unknown };

const QUESTION_KINDS = new Set(['single', 'multiple', 'text', 'number', 'date', 'contact', 'consent']);
export const isQuestion = (step: Step): boolean => QUESTION_KINDS.has(step.kind);

const MAX_TYPED = 2000;
const MAX_FIELD = 200;

const own = <T>(rec: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;

// Scripts are not changed once running: their index is worked out once (a 200-step Questionnaire reads it often).
const indexCache = new WeakMap<Script, { steps: Step[]; at: Map<string, number> }>();
function indexOf(script: Script): Map<string, number> {
  let found = indexCache.get(script);
  if (!found || found.steps !== script.steps || found.at.size !== script.steps.length) {
    const at = new Map<string, number>();
    script.steps.forEach((s, i) => at.has(s.id) || at.set(s.id, i)); // the first step with an id, as find() gave
    found = { steps: script.steps, at };
    indexCache.set(script, found);
  }
  return found.at;
}

export function stepById(script: Script, id: string | null | undefined): Step | undefined {
  if (id == null) return undefined;
  const i = indexOf(script).get(id);
  return i === undefined ? undefined : script.steps[i];
}

/* ---------------------------------------------------------------- conditions */

function answerMatches(leaf: Extract<LeafCondition, { step: string }>, a: Answer | undefined): boolean {
  const given = a !== undefined && !a.skipped && a.value !== undefined;
  if (leaf.answered !== undefined && leaf.answered !== given) return false;
  if (leaf.skipped !== undefined && leaf.skipped !== (a?.skipped === true)) return false;
  const v = given ? a!.value : undefined;
  const values: unknown[] = Array.isArray(v) ? v : v === undefined ? [] : [v];
  if (leaf.equals !== undefined && !(given && !Array.isArray(v) && v === leaf.equals)) return false;
  if (leaf.in !== undefined && !values.some((x) => leaf.in!.includes(x as never))) return false;
  if (leaf.includes !== undefined && !values.includes(leaf.includes)) return false;
  if (leaf.min !== undefined && !(typeof v === 'number' && v >= leaf.min)) return false;
  if (leaf.max !== undefined && !(typeof v === 'number' && v <= leaf.max)) return false;
  // A bare { step } means "was answered".
  const bare = Object.keys(leaf).length === 1;
  return bare ? given : true;
}

type EnableCheck = Extract<Condition, { enableWhen: unknown }>['enableWhen'][number]['checks'][number];

/** One FHIR enableWhen check. Without an answer only `exists` can hold; with several, one that matches is enough. */
function enableCheck(k: EnableCheck, a: Answer | undefined): boolean {
  const given = a !== undefined && !a.skipped && a.value !== undefined;
  if (k.op === 'exists') return given === (k.value === true);
  if (!given) return false;
  const values: unknown[] = Array.isArray(a!.value) ? a!.value : [a!.value];
  const cmp = (x: unknown): number | undefined =>
    typeof x === typeof k.value && typeof x !== 'object' ? (x === k.value ? 0 : (x as never) < (k.value as never) ? -1 : 1) : undefined;
  if (k.op === '!=') return values.every((x) => cmp(x) !== 0);
  return values.some((x) => {
    const c = cmp(x);
    if (c === undefined) return false;
    return k.op === '=' ? c === 0 : k.op === '>' ? c > 0 : k.op === '<' ? c < 0 : k.op === '>=' ? c >= 0 : c <= 0;
  });
}

function evaluate(c: Condition, answers: Record<string, Answer>, subject: Subject, risk: boolean): boolean {
  if ('enableWhen' in c) {
    return c.enableWhen.every((g) => (g.any ? g.checks.some : g.checks.every).call(g.checks, (k) => enableCheck(k, own(answers, k.step))));
  }
  if ('all' in c) return c.all.every((l) => evaluate(l, answers, subject, risk));
  if ('any' in c) return c.any.some((l) => evaluate(l, answers, subject, risk));
  if ('not' in c) return !evaluate(c.not, answers, subject, risk);
  if ('subject' in c) return c.subject === subject;
  if ('risk' in c) return c.risk === risk;
  return answerMatches(c, own(answers, c.step));
}

/* ---------------------------------------------------------------- the path */

interface Walk {
  path: string[];
  subject: Subject;
}

/**
 * The steps the person sees, in order, given the answers so far. Unanswered
 * steps follow their default route. Conditions only read answers of steps
 * already on the path, so a hidden step's old answer never leaks into the flow.
 */
function walk(script: Script, state: Pick<EngineState, 'answers' | 'subject' | 'risk'>): Walk {
  const at = indexOf(script);
  const seen = new Set<number>();
  const onPath: Record<string, Answer> = Object.create(null);
  const path: string[] = [];
  let subject = state.subject;
  let i = 0;
  while (i >= 0 && i < script.steps.length && !seen.has(i)) {
    seen.add(i);
    const step = script.steps[i];
    if (step.when && !evaluate(step.when, onPath, subject, state.risk === true)) {
      i++;
      continue;
    }
    path.push(step.id);
    const a = own(state.answers, step.id);
    let jump: string | undefined;
    if (a) {
      onPath[step.id] = a;
      if ((step.kind === 'single' || step.kind === 'multiple') && !a.skipped) {
        const chosen = Array.isArray(a.value) ? a.value : [a.value];
        for (const o of step.options) {
          if (!chosen.includes(o.value)) continue;
          if (o.subject) subject = o.subject;
          if (o.next && step.kind === 'single') jump = o.next;
        }
      }
    }
    if (step.end) break;
    const target = jump ?? step.next;
    i = target !== undefined ? (at.get(target) ?? -1) : i + 1;
  }
  return { path, subject };
}

export function visiblePath(script: Script, state: EngineState): string[] {
  return walk(script, state).path;
}

/** Who the questions are about now: the element's `subject`, or what the person said. */
export function subjectOf(script: Script, state: EngineState): Subject {
  return walk(script, state).subject;
}

/** Position of the current step among the visible steps (index is zero-based). */
export function progress(script: Script, state: EngineState): { index: number; total: number } {
  const { path } = walk(script, state);
  const index = state.current === null ? path.length : path.indexOf(state.current);
  return { index: index < 0 ? 0 : index, total: path.length };
}

/** Steps whose visibility reads `id`'s answer, directly or through other such steps. */
export function dependentsOf(script: Script, id: string): string[] {
  const { readers, subjectReaders } = readersOf(script);
  const out = new Set<string>();
  const queue = [id];
  while (queue.length) {
    const from = queue.shift()!;
    const source = stepById(script, from);
    const switchesSubject =
      !!source && (source.kind === 'single' || source.kind === 'multiple') && source.options.some((o) => o.subject);
    for (const s of [...(readers.get(from) ?? []), ...(switchesSubject ? subjectReaders : [])]) {
      if (out.has(s) || s === id) continue;
      out.add(s);
      queue.push(s);
    }
  }
  // In script order, as before.
  return script.steps.map((s) => s.id).filter((s) => out.has(s));
}

/** Which steps read each step's answer, and which read the subject: worked out once per script (200 steps, deep conditions). */
const readersCache = new WeakMap<Script, { readers: Map<string, string[]>; subjectReaders: string[] }>();
function readersOf(script: Script): { readers: Map<string, string[]>; subjectReaders: string[] } {
  let found = readersCache.get(script);
  if (!found) {
    const readers = new Map<string, string[]>();
    const subjectReaders: string[] = [];
    for (const s of script.steps) {
      for (const ref of new Set(conditionRefs(s.when))) readers.set(ref, [...(readers.get(ref) ?? []), s.id]);
      if (readsSubject(s.when)) subjectReaders.push(s.id);
    }
    found = { readers, subjectReaders };
    readersCache.set(script, found);
  }
  return found;
}

/* ---------------------------------------------------------------- answers */

// Cut by grapheme: a long answer ending in an emoji never keeps half of it.
const clip = (s: string, n: number): string => cutText(s, n);

function field(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? clip(t, MAX_FIELD) : undefined;
}

/** What a native date, datetime-local and time input give. */
export const DATE_FORMATS = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  dateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/,
  time: /^\d{2}:\d{2}(?::\d{2})?$/,
} as const;

/** 2026-02-30 or 25:00 is not a day or a time. */
function realDate(v: string): boolean {
  const [d, t] = v.includes('-') ? v.split('T') : [undefined, v];
  if (d) {
    const [y, m, day] = d.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, day));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== day || y < 1) return false;
  }
  if (t) {
    const [h, min, sec = 0] = t.split(':').map(Number);
    if (h > 23 || min > 59 || sec > 59) return false;
  }
  return true;
}

/** The value as the step accepts it, or undefined when it does not fit (the state then stays as it was). */
export function normalizeValue(step: Step, value: unknown): AnswerValue | undefined {
  switch (step.kind) {
    case 'single':
      return typeof value === 'string' && step.options.some((o) => o.value === value) ? value : undefined;
    case 'multiple': {
      if (!Array.isArray(value)) return undefined;
      const known = step.options.filter((o) => value.includes(o.value));
      if (!known.length) return undefined;
      const plain = known.filter((o) => !o.exclusive);
      // "None of these" together with real choices: keep what the person did pick.
      const kept = plain.length ? plain : known.slice(0, 1);
      return kept.map((o) => o.value);
    }
    case 'text': {
      if (typeof value !== 'string' || !value.trim()) return undefined;
      return clip(value, step.maxLength ?? MAX_TYPED);
    }
    case 'number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n) || n < step.min || n > step.max) return undefined;
      return Math.round(n * 1e6) / 1e6;
    }
    case 'date':
      return typeof value === 'string' && DATE_FORMATS[step.format].test(value) && realDate(value) ? value : undefined;
    case 'contact': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const v = value as Record<string, unknown>;
      const methods = Array.isArray(v.methods)
        ? CONTACT_METHODS.filter((m) => step.methods.includes(m) && (v.methods as unknown[]).includes(m))
        : [];
      const out: ContactAnswer = { methods };
      const name = field(v.name);
      const phone = field(v.phone);
      const email = field(v.email);
      const bestTime = field(v.bestTime);
      if (name) out.name = name;
      if (phone) out.phone = phone;
      if (email) out.email = email;
      if (bestTime) out.bestTime = bestTime;
      if (typeof v.leaveMessage === 'boolean') out.leaveMessage = v.leaveMessage;
      return methods.length || name || phone || email || bestTime || out.leaveMessage !== undefined ? out : undefined;
    }
    case 'consent':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return undefined;
  }
}

const sameAnswer = (a: Answer | undefined, b: Answer | undefined): boolean =>
  JSON.stringify([a?.skipped ?? false, a?.value ?? null]) === JSON.stringify([b?.skipped ?? false, b?.value ?? null]);

/** Text the person typed for a step (value or comment), so it can be kept when the answer goes away. */
function typedText(a: Answer | undefined): string | undefined {
  if (!a) return undefined;
  if (typeof a.value === 'string' && a.comment === undefined) return a.value;
  return a.comment;
}

/* ---------------------------------------------------------------- moves */

export function start(script: Script, options: { subject?: Subject } = {}): EngineState {
  const state: EngineState = {
    v: 1,
    script: { id: script.id, version: script.version },
    subject: options.subject === 'other' ? 'other' : 'self',
    current: null,
    history: [],
    answers: {},
    stale: [],
    drafts: {},
    picks: {},
    returnTo: null,
  };
  return { ...state, current: walk(script, state).path[0] ?? null };
}

export const currentStep = (script: Script, state: EngineState): Step | undefined => stepById(script, state.current);
export const isFinished = (state: EngineState): boolean => state.current === null;
export const canGoBack = (state: EngineState): boolean => state.history.length > 0;

function nextAfter(script: Script, state: EngineState, fromId: string): string | null {
  const { path } = walk(script, state);
  const pos = path.indexOf(fromId);
  if (state.returnTo) {
    const back = path.indexOf(state.returnTo);
    if (back > pos && pos >= 0) {
      for (const id of path.slice(pos + 1, back)) {
        const s = stepById(script, id)!;
        if (isQuestion(s) && (!own(state.answers, id) || state.stale.includes(id))) return id;
      }
      return state.returnTo;
    }
  }
  if (pos < 0) return path.find((id) => !own(state.answers, id)) ?? null;
  return path[pos + 1] ?? null;
}

function moveOn(script: Script, state: EngineState, fromId: string): EngineState {
  const next = nextAfter(script, state, fromId);
  return {
    ...state,
    current: next,
    history: [...state.history, fromId],
    returnTo: next === state.returnTo ? null : state.returnTo,
  };
}

function commit(script: Script, state: EngineState, step: Step, answer: Answer): EngineState {
  const old = own(state.answers, step.id);
  const drafts = { ...state.drafts };
  const kept = typedText(old);
  if (answer.skipped && kept) drafts[step.id] = drafts[step.id] ?? kept;
  else if (!answer.skipped) delete drafts[step.id];
  // Likewise the boxes of a multiple choice: "I'd rather not say" keeps them ticked for a way back.
  const picks = { ...state.picks };
  if (!answer.skipped) delete picks[step.id];
  else if (step.kind === 'multiple' && Array.isArray(old?.value) && !own(picks, step.id)) picks[step.id] = old.value as string[];
  let stale = state.stale.filter((id) => id !== step.id);
  if (!sameAnswer(old, answer)) {
    for (const dep of dependentsOf(script, step.id)) {
      if (own(state.answers, dep) && !stale.includes(dep)) stale = [...stale, dep];
    }
  }
  const answers = { ...state.answers, [step.id]: answer };
  return moveOn(script, { ...state, answers, stale, drafts, picks }, step.id);
}

/** Answers the current question. A value that does not fit the step changes nothing. */
export function answer(
  script: Script,
  state: EngineState,
  value: unknown,
  options: { comment?: unknown; at?: string } = {},
): EngineState {
  const step = currentStep(script, state);
  if (!step || !isQuestion(step)) return state;
  const normalized = normalizeValue(step, value);
  if (normalized === undefined) return state;
  const a: Answer = { value: normalized };
  const hasComment = (step.kind === 'single' || step.kind === 'multiple') && step.comment !== undefined;
  if (hasComment && typeof options.comment === 'string' && options.comment.trim()) {
    a.comment = clip(options.comment, MAX_TYPED);
  }
  if (typeof options.at === 'string') a.at = options.at;
  return commit(script, state, step, a);
}

/** "I'd rather not say" (on a question), or "Continue" (on a message or the summary). */
export function skip(script: Script, state: EngineState, options: { at?: string } = {}): EngineState {
  const step = currentStep(script, state);
  if (!step) return state;
  if (!isQuestion(step)) return advance(script, state);
  const a: Answer = { skipped: true };
  if (typeof options.at === 'string') a.at = options.at;
  return commit(script, state, step, a);
}

/** Moves past a message or the summary. */
export function advance(script: Script, state: EngineState): EngineState {
  const step = currentStep(script, state);
  if (!step || isQuestion(step)) return state;
  return moveOn(script, state, step.id);
}

/**
 * Records a sign of danger (the element finds them: answers, typed words). Steps shown only after one
 * (`when: { risk: true }`, like an offer to reach the person) join the path; when they come between
 * the answer just given and where the flow went, they are asked first, then the flow goes on there.
 */
export function raiseRisk(script: Script, state: EngineState): EngineState {
  if (state.risk) return state;
  const raised: EngineState = { ...state, risk: true };
  const from = state.history.at(-1);
  if (!from) return raised;
  const { path } = walk(script, raised);
  const pos = path.indexOf(from);
  const here = state.current === null ? path.length : path.indexOf(state.current);
  if (pos < 0 || here < 0) return raised;
  const added = path.slice(pos + 1, here).find((id) => isQuestion(stepById(script, id)!) && !own(state.answers, id));
  if (!added) return raised;
  return { ...raised, current: added, returnTo: state.returnTo ?? state.current };
}

/** Goes back one step. Answers stay, filled in, so going forward again loses nothing. */
export function back(script: Script, state: EngineState): EngineState {
  const history = [...state.history];
  const { path } = walk(script, state);
  while (history.length) {
    const prev = history.pop()!;
    // A step that an earlier change took off the path is not somewhere to go back to.
    if (path.includes(prev)) {
      return { ...state, history, current: prev, returnTo: prev === state.returnTo ? null : state.returnTo };
    }
  }
  return state;
}

/** From the summary (or any later step), opens an earlier question; the flow comes back here after it. */
export function edit(script: Script, state: EngineState, stepId: string): EngineState {
  const step = stepById(script, stepId);
  if (!step || !isQuestion(step) || state.current === null || stepId === state.current) return state;
  const { path } = walk(script, state);
  const target = path.indexOf(stepId);
  const here = path.indexOf(state.current);
  if (target < 0 || here < 0 || target > here) return state;
  return { ...state, history: [...state.history, state.current], current: stepId, returnTo: state.current };
}

/** Keeps text that is typed but not sent yet (so Back, a language switch or a reload never loses it). */
export function saveDraft(script: Script, state: EngineState, stepId: string, text: string): EngineState {
  if (!stepById(script, stepId) || typeof text !== 'string') return state;
  const drafts = { ...state.drafts };
  if (text) drafts[stepId] = clip(text, MAX_TYPED);
  else delete drafts[stepId];
  return { ...state, drafts };
}

/** Keeps boxes ticked but not sent yet, in the step's option order (a reload or Back never loses them). */
export function savePicks(script: Script, state: EngineState, stepId: string, values: unknown): EngineState {
  const step = stepById(script, stepId);
  if (step?.kind !== 'multiple' || !Array.isArray(values)) return state;
  const picks = { ...state.picks, [stepId]: step.options.map((o) => o.value).filter((v) => values.includes(v)) };
  return { ...state, picks };
}

/** What to show filled in for a step: its answer (stale or not), any unsent text and unsent ticks. */
export function prefill(state: EngineState, stepId: string): { answer?: Answer; draft?: string; picks?: string[] } {
  return { answer: own(state.answers, stepId), draft: own(state.drafts, stepId), picks: own(state.picks, stepId) };
}

/** One entry point for every move (handy for the element and for fuzz tests). */
export function reduce(script: Script, state: EngineState, action: Action): EngineState {
  switch (action.type) {
    case 'answer':
      return answer(script, state, action.value, { comment: action.comment, at: action.at });
    case 'skip':
      return skip(script, state, { at: action.at });
    case 'continue':
      return advance(script, state);
    case 'back':
      return back(script, state);
    case 'edit':
      return edit(script, state, action.stepId);
    case 'draft':
      return saveDraft(script, state, action.stepId, action.text);
    case 'picks':
      return savePicks(script, state, action.stepId, action.values);
    default:
      return state;
  }
}

/** The answers that count: questions on the path now, not stale, in the order asked. */
export function effectiveAnswers(script: Script, state: EngineState): Array<{ step: Step; answer: Answer | undefined }> {
  return walk(script, state)
    .path.map((id) => stepById(script, id)!)
    .filter(isQuestion)
    .map((step) => {
      const a = own(state.answers, step.id);
      return { step, answer: a && !state.stale.includes(step.id) ? a : undefined };
    });
}

/* ---------------------------------------------------------------- resume */

export const serialize = (state: EngineState): string => JSON.stringify(state);

// restore() lives in resume.ts: the element loads it only with `persist`.
