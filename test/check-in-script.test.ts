import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateScript, LIMITS, type Script, type Step } from '../src/check-in/script-schema.js';
import * as E from '../src/check-in/engine.js';
import { restore } from '../src/check-in/resume.js';
import { buildResult } from '../src/check-in/result.js';
import { BUILT_IN_SCRIPTS, BUILT_IN_SCRIPT_IDS } from '../src/check-in/scripts/index.js';
import { CheckInResult } from '../src/core/check-in-schemas.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const clone = (x: unknown): Json => JSON.parse(JSON.stringify(x));

const small = (): Json => ({
  id: 'small',
  version: '1',
  steps: [
    { id: 'a', kind: 'single', text: { en: 'A?' }, options: [{ value: 'x', text: { en: 'X' } }, { value: 'y', text: { en: 'Y' } }] },
    { id: 'b', kind: 'text', text: { en: 'B?' }, when: { step: 'a', equals: 'y' } },
    { id: 'c', kind: 'summary', text: { en: 'Sum' } },
  ],
});

function problemsOf(input: unknown): string[] {
  const r = validateScript(input);
  if (r.ok) throw new Error('expected problems, the script was accepted');
  expect(r.problems.length).to.be.greaterThan(0);
  for (const p of r.problems) expect(p).to.be.a('string');
  return r.problems;
}

describe('check-in scripts: the built-in ones', () => {
  for (const id of BUILT_IN_SCRIPT_IDS) {
    it(`"${id}" is valid, also after a JSON round trip`, () => {
      const r = validateScript(clone(BUILT_IN_SCRIPTS[id]));
      expect(r.ok, r.ok ? '' : r.problems.join('\n')).to.equal(true);
    });
  }

  it('every built-in question can be skipped and every script can be finished by skipping', () => {
    for (const id of BUILT_IN_SCRIPT_IDS) {
      const script = BUILT_IN_SCRIPTS[id];
      let s = E.start(script);
      for (let i = 0; i < 100 && !E.isFinished(s); i++) s = E.skip(script, s);
      expect(E.isFinished(s), id).to.equal(true);
    }
  });
});

describe('check-in scripts: bad scripts give problems, never a throw', () => {
  it('not an object at all', () => {
    for (const bad of [undefined, null, 42, 'welcome', [], () => 1, Symbol('x')]) problemsOf(bad);
  });

  it('wrong types', () => {
    const s = small();
    s.steps[0].options = 'x';
    s.steps[1].kind = 'essay';
    s.version = 3;
    const p = problemsOf(s).join('\n');
    expect(p).to.contain('script.version');
    expect(p).to.contain('script.steps[0].options');
  });

  it('an unknown step reference (in next, an option and a condition)', () => {
    const s = small();
    s.steps[0].options[0].next = 'nowhere';
    s.steps[1].when = { step: 'ghost', equals: 'y' };
    s.steps[2].next = 'missing';
    const p = problemsOf(s).join('\n');
    expect(p).to.contain('no step "nowhere"');
    expect(p).to.contain('no step "ghost"');
    expect(p).to.contain('no step "missing"');
  });

  it('a condition on a later step', () => {
    const s = small();
    s.steps[0].when = { step: 'b', answered: true };
    expect(problemsOf(s).join('\n')).to.contain('does not come before it');
  });

  it('a loop', () => {
    const s = small();
    s.steps[2].next = 'a';
    expect(problemsOf(s).join('\n')).to.match(/loop \(a -> .* -> a\)/);
  });

  it('a loop through an option', () => {
    const s = small();
    s.steps.push({ id: 'd', kind: 'single', text: { en: 'Again?' }, options: [{ value: 'again', text: { en: 'Again' }, next: 'c' }] });
    expect(problemsOf(s).join('\n')).to.contain('loop');
  });

  it('duplicate ids and option values', () => {
    const s = small();
    s.steps[2].id = 'a';
    s.steps[0].options[1].value = 'x';
    const p = problemsOf(s).join('\n');
    expect(p).to.contain('"a" is used by another step');
    expect(p).to.contain('"x" is used twice');
  });

  it('too long: strings, steps, options', () => {
    const long = small();
    long.steps[0].text = { en: 'a'.repeat(LIMITS.text + 1) };
    problemsOf(long);
    const many = small();
    many.steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({ id: `m${i}`, kind: 'message', text: 'hi' }));
    problemsOf(many);
    const opts = small();
    opts.steps[0].options = Array.from({ length: LIMITS.options + 1 }, (_, i) => ({ value: `o${i}`, text: 'o' }));
    problemsOf(opts);
  });

  it('hostile strings are reported, and the input is not changed', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      'Safe text \u202Eevil',
      'null\u0000byte',
      'broken \uD800 surrogate',
    ];
    for (const h of hostile) {
      const s = small();
      s.steps[0].text = { en: h };
      const before = JSON.stringify(s);
      problemsOf(s);
      expect(JSON.stringify(s), 'validation never rewrites the data').to.equal(before);
    }
  });

  it('ids that could pollute prototypes are refused', () => {
    for (const id of ['__proto__', 'a b', '', '-x', 'x'.repeat(LIMITS.id + 1)]) {
      const s = small();
      s.steps[2].id = id;
      problemsOf(s);
    }
    const s = JSON.parse('{"id":"p","version":"1","steps":[{"id":"a","kind":"message","text":"hi","__proto__":{"polluted":true}}]}');
    problemsOf(s);
    expect(({} as Json).polluted).to.equal(undefined);
  });

  it('getters that throw and revoked proxies', () => {
    const trap = { id: 'x', version: '1', get steps(): never { throw new Error('boom'); } };
    problemsOf(trap);
    const { proxy, revoke } = Proxy.revocable(small(), {});
    revoke();
    problemsOf(proxy);
  });

  it('unknown keys are reported (a typo is not silently ignored)', () => {
    const s = small();
    s.steps[0].opitons = [];
    expect(problemsOf(s).join('\n')).to.contain('opitons');
  });

  it('the list of problems stays short', () => {
    const s = small();
    s.steps = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, kind: 'message', text: 'hi', next: `missing${i}` }));
    expect(problemsOf(s).length).to.be.at.most(21);
  });
});

/* ------------------------------------------------------------------ fuzzing */

const HOSTILE_VALUES = [
  '<b>x</b>',
  'javascript:alert(1)',
  '\u202E',
  'a'.repeat(LIMITS.text + 5),
  '__proto__',
  '',
  null,
  -1,
  1e309,
  [],
  {},
  { en: '' },
  { xx: 'unknown locale' },
  true,
];

/** Walks to a node by picking children with `picks`, then replaces or deletes it. */
function mutate(script: Json, picks: number[], replacement: unknown, remove: boolean): Json {
  const root = clone(script);
  let parent: Json = root;
  let key: string | number = 'steps';
  let node: Json = root.steps;
  for (const p of picks) {
    if (node === null || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_: unknown, i: number) => i) : Object.keys(node);
    if (!keys.length) break;
    parent = node;
    key = keys[p % keys.length];
    node = node[key];
  }
  if (remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = replacement;
  return root;
}

type BreakKind = 'unknown-ref' | 'loop' | 'wrong-type' | 'too-long' | 'hostile' | 'duplicate-id';

/** Mutations that must always be refused. */
function breakScript(script: Json, kind: BreakKind, at: number): Json {
  const s = clone(script);
  const i = at % s.steps.length;
  switch (kind) {
    case 'unknown-ref':
      s.steps[i].next = 'no-such-step';
      break;
    case 'loop':
      if (s.steps.length < 2) s.steps.push({ id: 'extra-step', kind: 'message', text: 'x' });
      delete s.steps[0].next;
      delete s.steps[0].end;
      delete s.steps[0].when;
      delete s.steps[1].when;
      delete s.steps[1].end;
      s.steps[1].next = s.steps[0].id;
      break;
    case 'wrong-type':
      s.steps[i].kind = 42;
      break;
    case 'too-long':
      s.steps[i].text = 'x'.repeat(LIMITS.text + 1);
      break;
    case 'hostile':
      s.steps[i].help = { en: '<iframe src="https://evil.example">' };
      break;
    case 'duplicate-id':
      s.steps.push({ ...s.steps[i], when: undefined, next: undefined, end: undefined });
      break;
  }
  return s;
}

const baseScripts: Json[] = [...BUILT_IN_SCRIPT_IDS.map((id) => clone(BUILT_IN_SCRIPTS[id])), small()];

/** One person's move, interpreted against whatever step is current. */
const moveArb = fc.record({
  kind: fc.constantFrom('valid', 'valid', 'valid', 'garbage', 'skip', 'back', 'edit', 'draft', 'continue'),
  pick: fc.nat(),
  text: fc.string({ maxLength: 40 }),
  garbage: fc.constantFrom<unknown>(...HOSTILE_VALUES, 'nope', 99, ['x'], { methods: 'call' }),
});
type Move = { kind: string; pick: number; text: string; garbage: unknown };

function validValue(step: Step, m: Move): unknown {
  switch (step.kind) {
    case 'single':
      return step.options[m.pick % step.options.length].value;
    case 'multiple':
      return step.options.filter((_, i) => (m.pick >> i) & 1 || i === m.pick % step.options.length).map((o) => o.value);
    case 'text':
      return m.text.trim() ? m.text : `typed ${m.pick}`;
    case 'number':
      return Math.min(step.max, step.min + (m.pick % 10));
    case 'contact':
      return { methods: ['text'], phone: `555-${m.pick % 10000}` };
    case 'consent':
      return m.pick % 2 === 0;
    default:
      return undefined;
  }
}

/** The text the person last typed for a step must still be somewhere in the state. */
function textOf(a: E.Answer | undefined): string | undefined {
  if (!a || a.skipped) return undefined;
  return typeof a.value === 'string' && a.comment === undefined ? a.value : a.comment;
}

function play(script: Script, moves: Move[]): void {
  let s = E.start(script);
  const typed = new Map<string, string>();
  for (const m of moves) {
    const step = E.currentStep(script, s);
    const before = s;
    if (m.kind === 'back') s = E.back(script, s);
    else if (m.kind === 'continue') s = E.advance(script, s);
    else if (m.kind === 'skip') s = E.skip(script, s, { at: '2026-01-01T00:00:00Z' });
    else if (m.kind === 'edit') {
      const path = E.visiblePath(script, s);
      s = E.edit(script, s, path[m.pick % path.length]);
    } else if (m.kind === 'draft' && step) {
      s = E.saveDraft(script, s, step.id, m.text);
      if (m.text) typed.set(step.id, m.text.slice(0, 2000));
      else {
        const t = textOf(s.answers[step.id]);
        if (t) typed.set(step.id, t);
        else typed.delete(step.id);
      }
    } else if (step && (m.kind === 'valid' || m.kind === 'garbage')) {
      const value = m.kind === 'valid' ? validValue(step, m) : m.garbage;
      s = E.answer(script, s, value, { comment: m.pick % 3 === 0 ? m.text : undefined, at: '2026-01-01T00:00:00Z' });
      if (s !== before) {
        const t = textOf(s.answers[step.id]);
        if (t) typed.set(step.id, t);
        else typed.delete(step.id);
      }
    }
    // Answers are never lost: what was typed last is in the answer or a draft.
    for (const [id, text] of typed) {
      const kept = [textOf(s.answers[id]), s.drafts[id]];
      if (!kept.includes(text)) throw new Error(`lost "${text}" of ${id} after ${m.kind}`);
    }
    // Every given answer stays in the state (only replaced by the person's own new answer or skip).
    for (const id of Object.keys(before.answers)) if (!(id in s.answers)) throw new Error(`answer of ${id} disappeared`);
    // The state is plain JSON and survives a reload.
    const restored = restore(script, E.serialize(s));
    if (JSON.stringify(restored) !== JSON.stringify(s)) throw new Error('state did not survive serialize/restore');
    const p = E.progress(script, s);
    if (p.index > p.total) throw new Error('progress past the end');
  }
  const result = buildResult(script, s, { locale: 'en', completedAt: '2026-01-01T00:00:00Z' });
  const parsed = CheckInResult.safeParse(result);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
}

describe('check-in scripts: fuzzing', () => {
  it('250 randomly mutated scripts: no throw; accepted ones run, refused ones list problems', () => {
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: baseScripts.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.constantFrom<unknown>(...HOSTILE_VALUES), fc.string(), fc.integer(), fc.jsonValue()),
        fc.boolean(),
        fc.array(moveArb, { maxLength: 25 }),
        (which, picks, replacement, remove, moves) => {
          const input = mutate(baseScripts[which], picks, replacement, remove);
          const r = validateScript(input);
          if (!r.ok) {
            refused++;
            expect(r.problems.length).to.be.greaterThan(0);
            return;
          }
          play(r.script, moves);
        },
      ),
      { numRuns: 250, seed: 4242 },
    );
    expect(refused, 'most random mutations break something').to.be.greaterThan(50);
  });

  it('200 scripts broken on purpose are all refused with a problem', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: baseScripts.length - 1 }),
        fc.constantFrom<BreakKind>('unknown-ref', 'loop', 'wrong-type', 'too-long', 'hostile', 'duplicate-id'),
        fc.nat(),
        (which, kind, at) => {
          const r = validateScript(breakScript(baseScripts[which], kind, at));
          expect(r.ok, `${kind} at ${at}`).to.equal(false);
          if (!r.ok) expect(r.problems.length).to.be.greaterThan(0);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('300 random answer sequences on the built-in scripts: no throw, nothing typed lost, valid results', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BUILT_IN_SCRIPT_IDS, 'small'), fc.array(moveArb, { maxLength: 60 }), (id, moves) => {
        const script = id === 'small' ? (validateScript(small()) as { ok: true; script: Script }).script : BUILT_IN_SCRIPTS[id];
        play(script, moves);
      }),
      { numRuns: 300, seed: 99 },
    );
  });
});
