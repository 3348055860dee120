/**
 * Fuzzing <intake-check-in> in the browser: host scripts with hostile texts and broken parts (intake-error and a
 * gentle message, never a throw), and random answer / back / skip / type sequences through the real UI with
 * language changes mid-flow (nothing the person gave is lost). The pure script validator and engine are
 * fuzzed in check-in-script.test.ts.
 *
 * Runs (fixed seeds): host scripts 80 (seed 1101), answer journeys 30 (seed 1202). Measured: about 20 s in
 * Chromium, 15 s in Firefox (2 shared cores). A property that hits the 30 s limit fails rather than passing
 * with fewer runs.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { LOCALES } from '../src/core/locales.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';
import { hostile, hostileString, expectInert, mount, settle, show, check } from './fuzz-arbitraries.js';

const clearStorage = () => sessionStorage.clear();

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any


const root = (el: IntakeCheckIn) => el.shadowRoot!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const SORRY = "Sorry, this check-in can't open right now.";
const BUILT_IN = ['welcome', 'self-referral', 'phq-9', 'gad-7', 'phq-4', 'who-5'];

/* ------------------------------------------------------------------ host scripts */

const small = (): Json => ({
  id: 'small',
  version: '1',
  steps: [
    { id: 'a', kind: 'single', text: { en: 'A?', es: '¿A?' }, options: [{ value: 'x', text: { en: 'X' } }, { value: 'y', text: 'Y' }] },
    { id: 'b', kind: 'text', text: { en: 'B?' }, when: { step: 'a', equals: 'y' } },
    { id: 'c', kind: 'summary', text: { en: 'Sum' } },
  ],
});

type ScriptCase = { script: unknown; valid: boolean; code?: 'invalid-script' | 'invalid-attribute'; first?: string };

/**
 * Text a host script may not hold (README: a bad script gives intake-error; src/check-in/script-schema.ts:
 * "Text that looks like markup or hides what it says ... we refuse it so the host learns that early"):
 * control characters (not tab or line breaks), bidirectional overrides, broken surrogates, HTML-looking
 * tags, and script URLs. Stated here on its own, so a change in the element's rule shows up as a failure.
 */
const REFUSED_TEXT = [
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/,
  /[\u202A-\u202E\u2066-\u2069]/,
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
  /<\s*\/?\s*[a-z!?][^>]*>/i,
  /\b(?:javascript|vbscript|data)\s*:/i,
];
const refused = (v: string) => REFUSED_TEXT.some((re) => re.test(v));
/** A script string (zod: 1 to `max` characters, not trimmed) the validator accepts. */
const fitsStr = (v: unknown, max = 2000): v is string => typeof v === 'string' && v.length >= 1 && v.length <= max && !refused(v);
const LOCALE_KEYS: readonly string[] = LOCALES;
/** A script Text: a string, or a map from shipped locales to strings with at least one entry. */
const isText = (v: unknown) =>
  fitsStr(v) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => LOCALE_KEYS.includes(k) && fitsStr(x)));

const scriptCase: fc.Arbitrary<ScriptCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ where: fc.constantFrom('a.text.en', 'a.text', 'option.text', 'a.help', 'c.id', 'option.value', 'a.kind', 'title', 'version', 'steps'), value: hostile }).map(
      ({ where, value }): ScriptCase => {
        const s = small();
        const a = s.steps[0];
        switch (where) {
          case 'a.text.en':
            a.text = { en: value };
            return { script: s, valid: fitsStr(value), code: 'invalid-script', first: value as string };
          case 'a.text':
            a.text = value;
            // A plain string is the host's own text (unless it names a built-in message; the host script has none).
            return { script: s, valid: isText(value), code: 'invalid-script', first: typeof value === 'string' ? value : isText(value) ? ((value as Json).en ?? Object.values(value as Json)[0]) : undefined };
          case 'option.text':
            a.options[0].text = { en: value };
            return { script: s, valid: fitsStr(value), code: 'invalid-script', first: 'A?' };
          case 'a.help':
            a.help = value;
            return { script: s, valid: value === undefined || isText(value), code: 'invalid-script', first: 'A?' };
          case 'c.id':
            s.steps[2].id = value;
            return {
              script: s,
              valid: typeof value === 'string' && value.length <= 64 && /^[a-z0-9][a-z0-9._-]*$/i.test(value) && !['a', 'b'].includes(value),
              code: 'invalid-script',
              first: 'A?',
            };
          case 'option.value':
            a.options[1].value = value;
            // An option value (letters, digits, . _ : -, up to 100) not used by the other option. Another value
            // than "y" leaves step b unreachable; that is allowed (the validator does not look for it).
            return {
              script: s,
              valid: typeof value === 'string' && value.length <= 100 && /^[a-z0-9][a-z0-9._:-]*$/i.test(value) && value !== 'x' && !refused(value),
              code: 'invalid-script',
              first: 'A?',
            };
          case 'a.kind':
            a.kind = value;
            // A multiple-choice step has the same shape as a single-choice one.
            return { script: s, valid: value === 'single' || value === 'multiple', code: 'invalid-script', first: 'A?' };
          case 'title':
            s.title = value;
            return { script: s, valid: value === undefined || isText(value), code: 'invalid-script', first: 'A?' };
          case 'version':
            s.version = value;
            return { script: s, valid: fitsStr(value, 32), code: 'invalid-script', first: 'A?' };
          default:
            s.steps = value;
            return { script: s, valid: false, code: 'invalid-script' };
        }
      },
    ),
  },
  {
    weight: 1,
    arbitrary: hostile.map((value): ScriptCase => {
      if (value === undefined || value === null || value === '' || value === 'welcome') return { script: value, valid: true };
      if (typeof value === 'string') return { script: value, valid: BUILT_IN.includes(value), code: 'invalid-attribute' };
      return { script: value, valid: false, code: 'invalid-script' };
    }),
  },
);

describe('fuzz: <intake-check-in> host scripts', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  it('a bad script gives one intake-error and a gentle message; a good one opens, its texts shown as text', async function () {
    this.timeout(60000);
    await check(
      scriptCase,
      async (c) => {
        const { el, errors, done } = mount<IntakeCheckIn>('intake-check-in', (x) => x.setAttribute('region', 'US'));
        await settle(el);
        el.script = c.script as object;
        // After this update the old script is gone: a built-in or valid script shows its first question, a bad
        // one the Sorry message. A script object (and a built-in other than welcome) is loaded with a dynamic
        // import, shown meanwhile as an empty busy card: wait for the outcome, never for "something changed".
        await el.updateComplete;
        const outcome = () =>
          errors.length > 0 || (!root(el).querySelector('[aria-busy="true"]') && !!root(el).querySelector('#q-current .text'));
        await waitFor(outcome, 4000).catch(() => undefined);
        await settle(el, 2); // room for a late, unexpected second error
        const text = norm(root(el).textContent);
        if (c.valid) {
          expect(errors, `no error for ${show(c.script)}`).to.deep.equal([]);
          expect(text).not.to.contain(SORRY);
          const q = root(el).querySelector('#q-current .text');
          expect(q, `a question for ${show(c.script)}`).to.exist;
          if (c.first !== undefined && typeof c.script === 'object') expect(q!.textContent, 'the text exactly, as text').to.equal(c.first);
        } else {
          expect(
            errors.map((e) => e.code),
            `one error for ${show(c.script)}`,
          ).to.deep.equal([c.code]);
          expect(text).to.contain(SORRY);
          expect(root(el).querySelector('intake-crisis-card'), 'crisis help stays offered').to.exist;
        }
        expectInert(el);
        done();
      },
      { seed: 1101, numRuns: 80, cleanup: clearStorage },
    );
  });
});

/* ------------------------------------------------------------------ answers never lost */

const QUESTIONS = ['s1', 's2', 't1', 't2', 's3'] as const;
type Q = (typeof QUESTIONS)[number];
const t = (id: string, en: string, es: string) => ({ en: `[${id}] ${en}`, es: `[${id}] ${es}`, ar: `[${id}] سؤال` });
const opts = (...vs: string[]) => vs.map((v) => ({ value: v, text: { en: v.toUpperCase(), es: `${v}-es` } }));
const journeyScript = {
  id: 'journey',
  version: '1',
  steps: [
    { id: 's1', kind: 'single', text: t('s1', 'Pick one', 'Elige uno'), options: opts('x', 'y', 'z') },
    { id: 's2', kind: 'multiple', text: t('s2', 'Pick any', 'Elige'), options: opts('a', 'b', 'c') },
    { id: 't1', kind: 'text', text: t('t1', 'Tell me', 'Cuéntame'), multiline: true },
    { id: 't2', kind: 'text', text: t('t2', 'And more', 'Y más') },
    { id: 's3', kind: 'single', text: t('s3', 'Last one', 'Última'), options: opts('p', 'q') },
    { id: 'sum', kind: 'summary', text: t('sum', 'Summary', 'Resumen') },
    { id: 'bye', kind: 'message', text: t('bye', 'Thanks', 'Gracias'), end: true },
  ],
};
const OPTION_VALUES: Record<string, string[]> = { s1: ['x', 'y', 'z'], s2: ['a', 'b', 'c'], s3: ['p', 'q'] };

type Move =
  | { type: 'answer'; pick: number; boxes: boolean[]; text: string }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'type'; text: string }
  | { type: 'lang'; tag: string };

const typed = fc.oneof(hostileString, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Biscuit', '  spaced  ', 'línea\nnueva'));
const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('answer' as const), pick: fc.nat(5), boxes: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), text: typed }) },
  { weight: 2, arbitrary: fc.constant({ type: 'skip' as const }) },
  { weight: 3, arbitrary: fc.constant({ type: 'back' as const }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('type' as const), text: typed }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('lang' as const), tag: fc.oneof(fc.constantFrom('es', 'ar', 'en', 'es_MX', 'ZH-tw', 'fil'), hostileString) }) },
);

/** What the person has given so far, as they see it: the model the UI and the result must agree with. */
interface Model {
  answers: Partial<Record<Q, { skipped: true } | { value: string | string[] }>>;
  drafts: Partial<Record<Q, string>>;
  picks: Partial<Record<Q, string[]>>;
}

const currentId = (el: IntakeCheckIn): string => /\[(\w+)\]/.exec(root(el).querySelector('#q-current .text')?.textContent ?? '')?.[1] ?? '';
const field = (el: IntakeCheckIn) => root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>('#answer');

function shownValue(m: Model, id: Q): string {
  const a = m.answers[id];
  return m.drafts[id] ?? (a && 'value' in a && typeof a.value === 'string' ? a.value : '');
}
function shownPicks(m: Model, id: Q): string[] {
  const a = m.answers[id];
  return m.picks[id] ?? (a && 'value' in a && Array.isArray(a.value) ? a.value : []);
}

/** The UI shows what the model says for the current step. */
function expectPrefilled(el: IntakeCheckIn, m: Model, id: string, why: string) {
  const q = id as Q;
  if (id === 's1' || id === 's3') {
    const a = m.answers[q];
    const checked = [...root(el).querySelectorAll('[part="choice"][aria-checked="true"]')].map((b) => OPTION_VALUES[id][[...root(el).querySelectorAll('[part="choice"]')].indexOf(b)]);
    expect(checked, `${why}: chosen option on ${id}`).to.deep.equal(a && 'value' in a ? [a.value] : []);
  } else if (id === 's2') {
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('label.choice input')];
    expect(OPTION_VALUES.s2.filter((_, i) => boxes[i].checked), `${why}: boxes on s2`).to.deep.equal(OPTION_VALUES.s2.filter((v) => shownPicks(m, q).includes(v)));
  } else if (id === 't1' || id === 't2') {
    expect(field(el)!.value, `${why}: text on ${id}`).to.equal(shownValue(m, q));
  }
}

const press = async (el: IntakeCheckIn, b: HTMLElement | null | undefined) => {
  expect(b, 'a button to press').to.exist;
  b!.click();
  await settle(el);
};
const backButton = (el: IntakeCheckIn) => [...root(el).querySelectorAll<HTMLButtonElement>('.row.nav button')].find((b) => !b.classList.contains('skip'));
const skipButton = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.row.nav button.skip');
const continueButton = (el: IntakeCheckIn) =>
  root(el).querySelector<HTMLButtonElement>('.controls > .row:not(.nav) > button.action:not(.secondary)');

async function typeInto(el: IntakeCheckIn, m: Model, id: Q, text: string) {
  const input = field(el)!;
  input.value = text;
  const got = input.value; // an <input> drops line breaks, as it does for a person pasting
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
  if (got) m.drafts[id] = got.slice(0, 2000);
  else delete m.drafts[id];
}

/** One move through the UI, and the same move on the model. Returns false when the move does not apply here. */
async function move(el: IntakeCheckIn, m: Model, mv: Move, history: string[]): Promise<void> {
  const id = currentId(el);
  const q = id as Q;
  const isQuestion = (QUESTIONS as readonly string[]).includes(id);
  switch (mv.type) {
    case 'lang':
      await setPageLanguage(mv.tag, el);
      await settle(el);
      return;
    case 'back': {
      const b = backButton(el);
      if (!b) return;
      await press(el, b);
      history.pop();
      return;
    }
    case 'skip': {
      if (!isQuestion) return;
      const old = m.answers[q];
      await press(el, skipButton(el));
      const kept = old && 'value' in old && typeof old.value === 'string' ? old.value : undefined;
      if (kept && m.drafts[q] === undefined) m.drafts[q] = kept;
      m.answers[q] = { skipped: true };
      history.push(id);
      return;
    }
    case 'type':
      if (id === 't1' || id === 't2') await typeInto(el, m, q, mv.text);
      return;
    case 'answer':
      if (!isQuestion) return;
      history.push(id);
      if (id === 's1' || id === 's3') {
        const values = OPTION_VALUES[id];
        const i = mv.pick % values.length;
        await press(el, root(el).querySelectorAll<HTMLButtonElement>('[part="choice"]')[i]);
        m.answers[q] = { value: values[i] };
      } else if (id === 's2') {
        const labels = [...root(el).querySelectorAll<HTMLLabelElement>('label.choice')];
        for (const [i, want] of mv.boxes.entries()) {
          const box = labels[i].querySelector('input')!;
          if (box.checked !== want) {
            box.click();
            await settle(el);
            const now = shownPicks(m, q).filter((v) => v !== OPTION_VALUES.s2[i]);
            m.picks[q] = want ? [...now, OPTION_VALUES.s2[i]] : now;
          }
        }
        const values = OPTION_VALUES.s2.filter((v) => shownPicks(m, q).includes(v));
        await press(el, continueButton(el));
        if (values.length) m.answers[q] = { value: values };
        else m.answers[q] = { skipped: true };
      } else {
        await typeInto(el, m, q, mv.text);
        const text = shownValue(m, q);
        const old = m.answers[q];
        await press(el, root(el).querySelector<HTMLButtonElement>('form.field button'));
        if (text.trim()) {
          m.answers[q] = { value: text.slice(0, 2000) };
          delete m.drafts[q];
        } else {
          const kept = old && 'value' in old && typeof old.value === 'string' ? old.value : undefined;
          if (kept && m.drafts[q] === undefined) m.drafts[q] = kept;
          m.answers[q] = { skipped: true };
        }
      }
      return;
  }
}

describe('fuzz: <intake-check-in> answers are never lost', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  it('random answer / back / skip / typing through the UI, with language changes mid-flow: the UI and the result keep every answer', async function () {
    this.timeout(60000);
    await check(
      fc.array(moveArb, { minLength: 3, maxLength: 16 }),
      async (moves) => {
        await setPageLanguage('en-US');
        const { el, errors, done } = mount<IntakeCheckIn>('intake-check-in', (x) => x.setAttribute('region', 'US'));
        const complete = capture(el, 'intake-check-in-complete');
        el.script = journeyScript;
        await waitFor(() => currentId(el) !== '', 4000);
        await settle(el);
        expect(currentId(el)).to.equal('s1');
        const m: Model = { answers: {}, drafts: {}, picks: {} };
        const history: string[] = [];
        for (const [i, mv] of moves.entries()) {
          if (currentId(el) === 'sum' && mv.type !== 'back' && mv.type !== 'lang') continue; // stay before the end
          await move(el, m, mv, history);
          expectPrefilled(el, m, currentId(el), `after move ${i} ${show(mv)}`);
        }
        // One more language change, then finish by keeping every answer as it stands.
        await setPageLanguage('es', el);
        expectPrefilled(el, m, currentId(el), 'after switching to Spanish');
        for (let guard = 0; guard < 12 && currentId(el) !== 'bye'; guard++) {
          const id = currentId(el) as Q;
          expectPrefilled(el, m, id, 'finishing');
          const a = m.answers[id];
          if ((id as string) === 'sum') {
            // The summary lists every answer given.
            const rows = [...root(el).querySelectorAll('.summary li .sa')].map((r) => norm(r.textContent));
            expect(rows.length).to.equal(QUESTIONS.length);
            for (const [k, qid] of QUESTIONS.entries()) {
              const given = m.answers[qid];
              if (given && 'value' in given && typeof given.value === 'string' && (qid === 't1' || qid === 't2')) {
                expect(rows[k], `summary shows ${qid}`).to.equal(norm(given.value));
              }
            }
            await press(el, continueButton(el));
          } else if (a && 'value' in a) await move(el, m, { type: 'answer', pick: OPTION_VALUES[id] ? OPTION_VALUES[id].indexOf(a.value as string) : 0, boxes: OPTION_VALUES.s2.map((v) => (a.value as string[]).includes(v)), text: shownValue(m, id) }, history);
          else await move(el, m, { type: 'skip' }, history);
        }
        expect(currentId(el), 'reached the end').to.equal('bye');
        await settle(el, 2);
        expect(complete.length, 'one complete event').to.equal(1);
        const result = complete[0];
        expect(el.value, 'value holds the result').to.deep.equal(result);
        const got = Object.fromEntries(result.answers.map((a) => [a.stepId, a.skipped ? { skipped: true } : { value: a.value }]));
        const want = Object.fromEntries(QUESTIONS.map((q) => [q, m.answers[q] ?? { skipped: true }]));
        expect(got, `answers after ${show(moves)}`).to.deep.equal(want);
        expect(errors).to.deep.equal([]);
        expectInert(el);
        done();
      },
      { seed: 1202, numRuns: 30, cleanup: clearStorage },
    );
  });
});
