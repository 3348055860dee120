/**
 * The check-in's views for the steps that never open a conversation: the comment box, multiple choice,
 * typed text and numbers, contact preferences, consent, the summary with Change, screener scores, and
 * the "save on this device?" prompt, with the words they need. The element starts loading this module
 * right after its first paint (or at the person's first touch), so the opener paints without it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CheckInResult, InstrumentResult } from '../core/check-in-schemas.js';
import type { Locale } from '../core/locales.js';
import * as E from './engine.js';
import { CONTACT_METHODS, type ContactMethod, type TextContext } from './script-logic.js';
import type { Script, Step, StepOf, Text } from './script-schema.js';
import { NOTICES } from './scripts/instrument-notices.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/check-in.js';

// The texts past the first step of the welcome script, and of the shared steps, come along.
export { welcomeTexts } from './scripts/welcome.js';
export { commonTexts } from './scripts/common-texts.js';
// Free text is typed only in these views: the crisis-word lists come with them.
export { findCrisisWords } from './crisis-words.js';
// "Safety at home" is picked only in a step these views draw: the needs finder's words for it come along.
export { safetyLead, quickExitReminder } from '../needs-finder/safety-texts.js';

export interface Shown {
  text: string;
  lang?: string;
}
export interface Choice {
  value: string | number | boolean;
  label: Shown;
}

/** What the views read from the element and call back on it. */
export interface ViewHost {
  readonly script: Script;
  readonly engine: E.EngineState;
  /** Checked boxes of multiple-choice steps not sent yet. */
  readonly picks: Record<string, string[]>;
  readonly result?: CheckInResult;
  readonly saving?: 'yes' | 'no' | 'resumed';
  /** The contact step waits for a way to reach the person (they asked to be reached). */
  readonly contactWait: boolean;
  waitForContact(): void;
  /** Problems with typed fields, by input id, shown under each field. */
  readonly fieldErrors: Record<string, string>;
  setFieldErrors(errors: Record<string, string>): void;
  show(text: Text, ctx: TextContext): Shown;
  choices(items: Choice[], chosen: unknown, pick: (value: Choice['value']) => void): TemplateResult;
  continueButton(): TemplateResult;
  answerText(step: Step, a: E.Answer | undefined, ctx: TextContext): string;
  commentOf(step: Step): string | undefined;
  answer(step: Step, value: unknown, comment?: string): void;
  skip(step: Step): void;
  act(next: E.EngineState, answered?: Step): void;
  draft(stepId: string, text: string): void;
  setPicks(stepId: string, values: string[]): void;
  edit(stepId: string): void;
  choosePersist(yes: boolean): void;
  reset(): void;
  now(): string;
}

/* ------------------------------------------------------------ words */

const yesConsent = () => msg('Yes, I agree', { desc: 'Check-in: consent answer' });
const noConsent = () => msg("No, please don't share", { desc: 'Check-in: consent answer' });

function methodLabel(m: ContactMethod): string {
  return m === 'call'
    ? msg('Call me', { desc: 'Check-in: contact method' })
    : m === 'text'
      ? msg('Text me', { desc: 'Check-in: contact method' })
      : msg('Email me', { desc: 'Check-in: contact method' });
}

/** The person's answer to a number, consent or contact step, as words. */
export function answerValue(step: Step, v: unknown, ctx: TextContext): string {
  switch (step.kind) {
    case 'number':
      return new Intl.NumberFormat(ctx.locale).format(v as number);
    case 'date':
      return dateWords(step.format, v as string, ctx.locale);
    case 'consent':
      return v === true ? yesConsent() : noConsent();
    case 'contact': {
      const c = v as E.ContactAnswer;
      // Isolated, so that in Arabic "415-555-0100" keeps its order and a Latin name does not pull the
      // words around it: numbers and addresses left to right, typed words by their first letter.
      const ltr = (x?: string) => x && `\u2066${x}\u2069`;
      const own = (x?: string) => x && `\u2068${x}\u2069`;
      return [...c.methods.map((m) => methodLabel(m as ContactMethod)), own(c.name), ltr(c.phone), ltr(c.email), own(c.bestTime)].filter(Boolean).join(' · ');
    }
    default:
      return String(v);
  }
}

/* ------------------------------------------------------------ persist */

export function persistPrompt(host: ViewHost): TemplateResult | typeof nothing {
  if (host.saving === undefined) {
    return html`<div class="persist" role="group" aria-labelledby="persist-q">
      <p id="persist-q">
        ${msg('Do you want to save your answers on this device until you close this tab? Then you can pick up where you left off.', {
          desc: 'Check-in: asking before anything is stored',
        })}
      </p>
      <div class="row">
        <button type="button" class="action secondary" part="action" @click=${() => host.choosePersist(true)}>
          ${msg('Yes, save them', { desc: 'Check-in: agree to keep answers on this device' })}
        </button>
        <button type="button" class="action secondary" part="action" @click=${() => host.choosePersist(false)}>
          ${msg("No, don't save", { desc: 'Check-in: do not keep answers on this device' })}
        </button>
      </div>
    </div>`;
  }
  if (host.saving === 'no') return nothing;
  return html`<div class="persist small">
    <p>
      ${host.saving === 'resumed'
        ? msg('Welcome back. We kept your answers.', { desc: 'Check-in: resumed after a reload' })
        : msg('Your answers are saved on this device until you close this tab. Quick exit deletes them.', {
            desc: 'Check-in: after the person agreed to save',
          })}
    </p>
    <button type="button" class="action secondary" part="action" @click=${() => host.reset()}>${msg('Start over')}</button>
  </div>`;
}

/* ------------------------------------------------------------ step bodies */

/** The body of a step other than a single choice or a message. */
export function body(host: ViewHost, step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult | typeof nothing {
  const { answer, draft } = E.prefill(engine, step.id);
  switch (step.kind) {
    case 'multiple':
      return multiple(host, step, ctx, answer, draft);
    case 'text':
      return textInput(host, step, draft ?? (typeof answer?.value === 'string' ? answer.value : ''));
    case 'number':
      return number(host, step, ctx, answer, draft);
    case 'date':
      return dateInput(host, step, draft ?? (typeof answer?.value === 'string' ? answer.value : ''));
    case 'contact':
      return contact(host, step, answer, draft);
    case 'consent':
      return host.choices(
        [
          { value: true, label: { text: yesConsent() } },
          { value: false, label: { text: noConsent() } },
        ],
        answer?.value,
        (value) => host.answer(step, value),
      );
    case 'summary':
      return html`${summary(host, step, ctx, engine)}${host.continueButton()}`;
    default:
      return nothing;
  }
}

export function comment(host: ViewHost, step: StepOf<'single'> | StepOf<'multiple'>, ctx: TextContext, value: string | undefined): TemplateResult {
  const label = host.show(step.comment!, ctx);
  return html`<div class="field">
    <label for="comment" lang=${label.lang ?? nothing}>${label.text}</label>
    <textarea id="comment" rows="2" maxlength="2000" .value=${value ?? ''} @input=${(e: Event) => host.draft(step.id, (e.target as HTMLTextAreaElement).value)}></textarea>
  </div>`;
}

function multiple(host: ViewHost, step: StepOf<'multiple'>, ctx: TextContext, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
  const picked = host.picks[step.id] ?? (Array.isArray(answer?.value) ? answer.value : []);
  const toggle = (value: string, on: boolean) => {
    const option = step.options.find((o) => o.value === value);
    let next = on ? [...picked.filter((v) => v !== value), value] : picked.filter((v) => v !== value);
    if (on && option?.exclusive) next = [value];
    else if (on) next = next.filter((v) => !step.options.find((o) => o.value === v)?.exclusive);
    host.setPicks(step.id, next);
  };
  const send = () => {
    const values = step.options.filter((o) => picked.includes(o.value)).map((o) => o.value);
    if (values.length) host.answer(step, values, host.commentOf(step));
    else host.skip(step);
  };
  return html`<div class="choices" role="group" aria-labelledby="q-current">
      ${step.options.map((o) => {
        const label = host.show(o.text, ctx);
        return html`<label class="choice check" part="choice" lang=${label.lang ?? nothing}>
          <input type="checkbox" .checked=${picked.includes(o.value)} @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
          <span>${label.text}</span>
        </label>`;
      })}
    </div>
    ${step.comment ? comment(host, step, ctx, draft ?? answer?.comment) : nothing}
    <div class="row">
      <button type="button" class="action" part="action" @click=${send}>${msg('Continue', { desc: 'Check-in: go on to the next step' })}</button>
    </div>`;
}

function textInput(host: ViewHost, step: StepOf<'text'>, value: string): TemplateResult {
  const send = (e: Event) => {
    e.preventDefault();
    const text = E.prefill(host.engine, step.id).draft ?? value;
    if (text.trim()) host.answer(step, text);
    else host.skip(step);
  };
  const input = (e: Event) => host.draft(step.id, (e.target as HTMLInputElement).value);
  const max = step.maxLength ?? 2000;
  return html`<form class="field" @submit=${send}>
    ${step.multiline
      ? html`<textarea id="answer" aria-labelledby="q-current" rows="3" maxlength=${max} .value=${value} @input=${input}></textarea>`
      : html`<input
          id="answer"
          aria-labelledby="q-current"
          type=${step.inputMode === 'email' ? 'email' : step.inputMode === 'tel' ? 'tel' : 'text'}
          inputmode=${step.inputMode ?? nothing}
          maxlength=${max}
          autocomplete="off"
          .value=${value}
          @input=${input}
        />`}
    ${sendRow()}
  </form>`;
}

function number(host: ViewHost, step: StepOf<'number'>, ctx: TextContext, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
  const minLabel = step.minLabel ? host.show(step.minLabel, ctx) : undefined;
  const maxLabel = step.maxLabel ? host.show(step.maxLabel, ctx) : undefined;
  const fmt = new Intl.NumberFormat(ctx.locale);
  const ends =
    minLabel || maxLabel
      ? html`<p class="ends">
          ${minLabel ? html`<span lang=${minLabel.lang ?? nothing}>${fmt.format(step.min)}: ${minLabel.text}</span>` : nothing}
          ${maxLabel ? html`<span lang=${maxLabel.lang ?? nothing}>${fmt.format(step.max)}: ${maxLabel.text}</span>` : nothing}
        </p>`
      : nothing;
  const by = step.step ?? 1;
  if (step.scale && (step.max - step.min) / by <= 10) {
    const values: number[] = [];
    for (let v = step.min; v <= step.max + 1e-9; v += by) values.push(Math.round(v * 1e6) / 1e6);
    return html`${ends}${host.choices(
      values.map((v) => ({ value: v, label: { text: fmt.format(v) } })),
      answer?.value,
      (v) => host.answer(step, v),
    )}`;
  }
  const value = draft ?? (typeof answer?.value === 'number' ? String(answer.value) : '');
  const send = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>('#answer')!;
    const text = E.prefill(host.engine, step.id).draft ?? value;
    // In the person's language, not the browser's: what is wrong and how to fix it.
    const n = Number(text);
    const problem = input.validity.badInput || (text.trim() && !Number.isFinite(n))
      ? msg('Please type a number, like 12.', { desc: 'Check-in: a number answer that is not a number' })
      : text.trim() && (n < step.min || n > step.max)
        ? msg(str`Please type a number from ${fmt.format(step.min)} to ${fmt.format(step.max)}.`, { desc: 'Check-in: a number answer out of range' })
        : text.trim() && by === 1 && !Number.isInteger(n)
          ? msg('Please type a whole number, like 3.', { desc: 'Check-in: a number answer that must be whole' })
          : '';
    if (showFieldErrors(host, e.target as HTMLFormElement, problem ? { answer: problem } : {})) return;
    if (text.trim()) host.answer(step, text);
    else host.skip(step);
  };
  return html`${ends}<form class="field" novalidate @submit=${send}>
      <input
        id="answer"
        aria-labelledby="q-current"
        type="number"
        inputmode="decimal"
        min=${step.min}
        max=${step.max}
        step=${by}
        .value=${value}
        aria-invalid=${host.fieldErrors.answer ? 'true' : nothing}
        aria-describedby=${host.fieldErrors.answer ? 'answer-error' : nothing}
        @input=${draftChecked(host, step)}
      />
      ${fieldError(host, 'answer')} ${sendRow()}
    </form>`;
}

/** The message under a field that is wrong, tied to it with aria-describedby. */
function fieldError(host: ViewHost, id: string): TemplateResult | typeof nothing {
  const text = host.fieldErrors[id];
  return text ? html`<p class="field-error" id="${id}-error">${text}</p>` : nothing;
}

/** Shows what is wrong under the fields, then focuses the first one: focus reads its label, state and message. */
function showFieldErrors(host: ViewHost, form: HTMLFormElement, errors: Record<string, string>): boolean {
  host.setFieldErrors(errors);
  const first = Object.keys(errors)[0];
  if (!first) return false;
  // After Lit has drawn the message, so aria-describedby points at something.
  queueMicrotask(() => requestAnimationFrame(() => form.querySelector<HTMLInputElement>(`#${first}`)?.focus()));
  return true;
}

/** Clears a field's message as the person types. */
function clearFieldError(host: ViewHost, id: string): void {
  if (!host.fieldErrors[id]) return;
  const { [id]: _gone, ...rest } = host.fieldErrors;
  host.setFieldErrors(rest);
}

/** Typing in a checked answer field: its message goes, the draft is kept. */
const draftChecked = (host: ViewHost, step: StepOf<'number' | 'date'>) => (e: Event) => {
  clearFieldError(host, 'answer');
  host.draft(step.id, (e.target as HTMLInputElement).value);
};

/** The Send button under a typed answer. */
const sendRow = (): TemplateResult => html`<div class="row"><button class="action" part="action">${msg('Send', { desc: 'Check-in: send a typed answer' })}</button></div>`;

/** A date, date-and-time or time as the person's language writes it. */
function dateWords(format: StepOf<'date'>['format'], v: string, locale: Locale): string {
  const [d, t] = format === 'time' ? [undefined, v] : v.split('T');
  const [y, m, day] = (d ?? '2000-01-01').split('-').map(Number);
  const [h, min] = (t ?? '00:00').split(':').map(Number);
  const options: Intl.DateTimeFormatOptions =
    format === 'date' ? { dateStyle: 'long' } : format === 'time' ? { timeStyle: 'short' } : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(y, m - 1, day, h, min));
}

/** Native date, datetime-local and time inputs; a half-typed or impossible value gets our own words. */
function dateInput(host: ViewHost, step: StepOf<'date'>, value: string): TemplateResult {
  const send = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector<HTMLInputElement>('#answer')!;
    const text = (E.prefill(host.engine, step.id).draft ?? value).trim();
    const next = text ? E.answer(host.script, host.engine, text, { at: host.now() }) : host.engine;
    if (input.validity.badInput || (text && next === host.engine)) {
      showFieldErrors(host, e.target as HTMLFormElement, {
        answer:
          step.format === 'time'
            ? msg('Please give the whole time, with hours and minutes.', { desc: 'Check-in: a time answer that is not complete' })
            : msg('Please give the whole date: day, month and year.', { desc: 'Check-in: a date answer that is not complete' }),
      });
      return;
    }
    host.setFieldErrors({});
    if (text) host.act(next, step);
    else host.skip(step);
  };
  return html`<form class="field" novalidate @submit=${send}>
    <input
      id="answer"
      aria-labelledby="q-current"
      type=${step.format === 'date' ? 'date' : step.format === 'time' ? 'time' : 'datetime-local'}
      .value=${value}
      aria-invalid=${host.fieldErrors.answer ? 'true' : nothing}
      aria-describedby=${host.fieldErrors.answer ? 'answer-error' : nothing}
      @input=${draftChecked(host, step)}
    />
    ${fieldError(host, 'answer')} ${sendRow()}
  </form>`;
}

/** Empty, or digits with the usual separators and at least 7 digits ("+1 (415) 555-0100"). */
export const phoneOk = (v = ''): boolean => !v.trim() || (/^[\d\s()+.\-]+$/.test(v.trim()) && v.replace(/\D/g, '').length >= 7);
/** Empty, or something@somewhere.tld. */
export const emailOk = (v = ''): boolean => !v.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim());

function contact(host: ViewHost, step: StepOf<'contact'>, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
  // Ways already chosen for a follow-up check-in are ticked here too: never ask the same thing twice.
  const howStep = host.script.steps.find((s) => s.role === 'follow-up-how');
  const how = howStep ? E.effectiveAnswers(host.script, host.engine).find((r) => r.step === howStep)?.answer?.value : undefined;
  let c: E.ContactAnswer = { methods: Array.isArray(how) ? how.filter((m): m is string => typeof m === 'string' && step.methods.includes(m as ContactMethod)) : [] };
  try {
    if (draft) c = { methods: [], ...JSON.parse(draft) };
    else if (answer?.value && typeof answer.value === 'object' && !Array.isArray(answer.value)) c = answer.value as E.ContactAnswer;
  } catch {
    // a broken draft starts empty
  }
  const set = (patch: Partial<E.ContactAnswer>) => host.draft(step.id, JSON.stringify({ ...c, ...patch }));
  const text = (key: 'name' | 'phone' | 'email' | 'bestTime', label: string, type = 'text', autocomplete = 'off') =>
    html`<div class="field">
      <label for="c-${key}">${label}</label>
      <input
        id="c-${key}"
        type=${type}
        autocomplete=${autocomplete}
        maxlength="200"
        .value=${c[key] ?? ''}
        aria-invalid=${host.fieldErrors[`c-${key}`] ? 'true' : nothing}
        aria-describedby=${host.fieldErrors[`c-${key}`] ? `c-${key}-error` : nothing}
        @input=${(e: Event) => {
          clearFieldError(host, `c-${key}`);
          set({ [key]: (e.target as HTMLInputElement).value });
        }}
      />
      ${fieldError(host, `c-${key}`)}
    </div>`;
  // A way chosen already ("How would you like us to check in?") is not asked again: only its details are.
  const chosen = Array.isArray(how) ? how.filter((m): m is ContactMethod => typeof m === 'string' && step.methods.includes(m as ContactMethod)) : [];
  const methods = chosen.length ? chosen : CONTACT_METHODS.filter((m) => step.methods.includes(m));
  const asked = E.effectiveAnswers(host.script, host.engine).some((r) => r.step.role === 'follow-up' && r.answer?.value === 'yes');
  const send = (e: Event) => {
    e.preventDefault();
    // A number or address we could not use is worse than none: say so, in the person's language, and stay.
    const form = e.target as HTMLFormElement;
    const errors: Record<string, string> = {};
    if (!phoneOk(c.phone)) errors['c-phone'] = msg('Please check the phone number. Use digits, like 415 555 0100.', { desc: 'Check-in: a phone number we cannot use' });
    if (!emailOk(c.email)) errors['c-email'] = msg('Please check the email address. It looks like name@example.org.', { desc: 'Check-in: an email address we cannot use' });
    if (showFieldErrors(host, form, errors)) return;
    // They asked to be reached (a follow-up "yes", or a way ticked) but left no number or address: say so
    // here, kindly, and wait. "I'd rather not say" still moves on.
    if ((asked || c.methods.length) && !c.phone?.trim() && !c.email?.trim()) {
      host.waitForContact();
      form.querySelector<HTMLInputElement>('#c-phone, #c-email')?.focus();
      return;
    }
    const value = { ...c, leaveMessage: c.leaveMessage };
    const { script, engine } = host;
    const next = E.answer(script, engine, value, { at: host.now() });
    if (next === engine) host.skip(step);
    else host.act(next, step);
  };
  return html`<form class="contact" novalidate @submit=${send}>
    ${chosen.length ? nothing : html`<fieldset>
      <!-- The bubble above asks already: the legend names the group for screen readers only, so the question shows once. -->
      <legend class="visually-hidden">${msg('How should we reach you?', { desc: 'Check-in: contact methods' })}</legend>
      <div class="choices">
        ${methods.map(
          (m) => html`<label class="choice check" part="choice">
            <input
              type="checkbox"
              .checked=${c.methods.includes(m)}
              @change=${(e: Event) =>
                set({ methods: (e.target as HTMLInputElement).checked ? [...c.methods.filter((x) => x !== m), m] : c.methods.filter((x) => x !== m) })}
            />
            <span>${methodLabel(m)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`}
    ${step.askName ? text('name', msg('Your name, or what you like to be called', { desc: 'Check-in: contact field' }), 'text', 'name') : nothing}
    ${methods.includes('call') || methods.includes('text') ? text('phone', msg('Phone number', { desc: 'Check-in: contact field' }), 'tel', 'tel') : nothing}
    ${methods.includes('email') ? text('email', msg('Email address', { desc: 'Check-in: contact field' }), 'email', 'email') : nothing}
    ${step.askBestTime ? text('bestTime', msg('Best time to reach you', { desc: 'Check-in: contact field' })) : nothing}
    ${step.askLeaveMessage
      ? html`<fieldset>
          <legend>${msg('Is it okay to leave a message?', { desc: 'Check-in: contact question (safety: someone else may hear it)' })}</legend>
          <div class="row">
            ${[true, false].map(
              (yes) => html`<label class="choice check" part="choice">
                <input type="radio" name="leave" .checked=${c.leaveMessage === yes} @change=${() => set({ leaveMessage: yes })} />
                <span>${yes ? msg("Yes, that's okay", { desc: 'Check-in: okay to leave a message' }) : msg("No, please don't", { desc: 'Check-in: not okay to leave a message' })}</span>
              </label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    <p class="wait" role="status">
      ${host.contactWait
        ? msg("We'd like to reach you, as you asked. Please add a phone number or an email address. If you'd rather not, that's okay: choose \"I'd rather not say\".", {
            desc: 'Check-in: the person asked to be contacted but left the phone and email empty',
          })
        : nothing}
    </p>
    <div class="row"><button class="action" part="action">${msg('Continue', { desc: 'Check-in: go on to the next step' })}</button></div>
  </form>`;
}

function summary(host: ViewHost, step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult {
  // What was asked before the summary (consent, after it, is not an answer yet).
  const path = E.visiblePath(host.script, engine);
  const at = path.indexOf(step.id);
  const rows = E.effectiveAnswers(host.script, engine).filter((r) => at < 0 || path.indexOf(r.step.id) < at);
  return html`<ul class="summary" role="list">
    ${rows.map(({ step: asked, answer }) => {
      const q = host.show(asked.text, ctx);
      return html`<li>
        <span class="sq" lang=${q.lang ?? nothing}>${q.text}</span>
        <span class="sa">${host.answerText(asked, answer, ctx)}</span>
        <button
          type="button"
          class="action secondary small"
          part="action"
          aria-label=${msg(str`Change your answer: ${q.text}`, { desc: 'Check-in: accessible name of the Change button on the summary' })}
          @click=${() => host.edit(asked.id)}
        >
          ${msg('Change', { desc: 'Check-in: change an answer from the summary' })}
        </button>
      </li>`;
    })}
  </ul>`;
}

/* ------------------------------------------------------------ notices */

/** The notices an instrument requires, once, under its first question ("About these questions"). */
export function aboutNotices(host: ViewHost, step: Step, ctx: TextContext): TemplateResult | typeof nothing {
  if (step.kind !== 'single' || !step.instrument) return nothing;
  const own = NOTICES[step.instrument.id];
  const first = host.script.steps.find((s) => s.kind === 'single' && s.instrument?.item === 1) === step;
  // A host script's own notices go with its first instrument.
  const extra = first ? (host.script.notices ?? []).map((t) => host.show(t, ctx)).filter((t) => !own.includes(t.text)) : [];
  return html`<details class="about">
    <summary>${msg('About these questions', { desc: 'Check-in: disclosure with the copyright notices of a screener' })}</summary>
    ${own.map((t) => html`<p lang=${ctx.locale === 'en' ? nothing : 'en'}>${t}</p>`)}
    ${extra.map((t) => html`<p lang=${t.lang ?? nothing}>${t.text}</p>`)}
  </details>`;
}

/* ------------------------------------------------------------ scores */

/**
 * What the person reads after a screener: by default warm plain words and a next step, never numbers,
 * bands or anything that reads like a diagnosis (staff get those in the result). With `showNumbers`
 * (the host's `show-scores`), the totals too, still without bands.
 */
export function scores(host: ViewHost, ctx: TextContext, showNumbers = false): TemplateResult | typeof nothing {
  const scores = host.result?.instruments ?? [];
  if (!scores.length) return nothing;
  const words = scores.some(suggestsHardTime)
    ? msg(
        'Your answers suggest things have been hard lately. It may help to talk with someone about how you feel. You can ask our team, or reach one of the free lines below.',
        { desc: 'Check-in: after a screener whose answers suggest distress (shown instead of scores)' },
      )
    : msg('Thank you for answering. Whatever you are feeling, you are welcome to talk with us about it.', {
        desc: 'Check-in: after a screener (shown instead of scores)',
      });
  const lines = showNumbers ? scores.flatMap((s) => scoreLines(s, ctx.locale)) : [];
  return html`<div class="scores">
    <p>${words}</p>
    ${lines.length
      ? html`<p>${msg('Your screening results. This is not a diagnosis:', { desc: 'Check-in: heading of screener scores' })}</p>
          <ul>
            ${lines.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}

/** PHQ-9/GAD-7 ≥ 10, PHQ-2/GAD-2 ≥ 3, WHO-5 < 13, item 9 above 0, a positive ASQ. */
function suggestsHardTime(s: InstrumentResult): boolean {
  if (s.flags.includes('item-9-positive') || s.positive) return true;
  if (s.subscales) return s.subscales.some((sub) => sub.positive);
  if (s.instrument === 'who-5') return s.poorWellBeing === true;
  return s.total !== undefined && s.total >= 10;
}

function scoreLines(s: InstrumentResult, locale: Locale): string[] {
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  const name = s.instrument.toUpperCase();
  const skipped = (label: string) => msg(str`${label}: some questions were skipped, so there is no total.`, { desc: 'Check-in: screener result' });
  if (s.instrument === 'asq') return [];
  if (s.subscales) {
    return s.subscales.map((sub) => {
      const label = sub.id.toUpperCase();
      if (sub.total === undefined) return skipped(label);
      return msg(str`${label}: ${n(sub.total)} out of ${n(sub.items * 3)}`, { desc: 'Check-in: screener result' });
    });
  }
  if (s.total === undefined || s.maxTotal === undefined) return [skipped(name)];
  if (s.percentage !== undefined) return [msg(str`${name}: ${n(s.percentage)} out of 100`, { desc: 'Check-in: WHO-5 result as a percentage' })];
  const line = msg(str`${name}: ${n(s.total)} out of ${n(s.maxTotal)}`, { desc: 'Check-in: screener result' });
  return [s.prorated ? `${line} ${msg('(some were skipped, so this total is a best guess)', { desc: 'Check-in: after a screener total prorated because some questions were skipped' })}` : line];
}
