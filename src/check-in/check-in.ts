import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CheckInResult, InstrumentResult } from '../core/check-in-schemas.js';
import { emit, reportError } from '../core/events.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import type { Locale } from '../core/locales.js';
import { STORAGE_PREFIX, WipeOnQuickExit } from '../core/wipe.js';
import * as E from './engine.js';
import { findCrisisWords, riskSignals, type RiskReason } from './risk.js';
import { CONTACT_METHODS, resolveTextIn, type ContactMethod, type TextContext } from './script-logic.js';
import type { Script, Step, StepOf, Text } from './script-schema.js';
import { commonTexts, type Texts } from './scripts/common.js';
import { welcomeScript, welcomeTexts } from './scripts/welcome.js';
import { translationValidated } from './scripts/instrument-defs.js';
import { styles } from './check-in.styles.js';

const TAG = 'intake-check-in';
type Subject = E.Subject;
interface Flow {
  script: Script;
  /** Built-in scripts: their translated texts (message id -> text) for a subject. */
  texts?: (subject: Subject) => Texts;
}
const BUILT_IN = ['welcome', 'phq-9', 'gad-7', 'phq-4', 'who-5', 'self-referral'];
interface Shown {
  text: string;
  lang?: string;
}
interface Choice {
  value: string | number | boolean;
  label: Shown;
}

/**
 * @summary A warm, one-question-at-a-time check-in ("Hey, want to talk?") with optional validated
 * screeners, contact preferences, consent, a summary and crisis help whenever someone is in danger.
 *
 * The conversation comes from a script: a built-in one (`welcome`, `phq-9`, `gad-7`, `phq-4`, `who-5`,
 * `self-referral`) or the host's own script object, validated before use (a bad one shows a gentle
 * message and fires `intake-error`; nothing throws). Every question can be skipped, Back really undoes,
 * and nothing typed is lost going back and forth or when the page language changes. Inside a `<form>`
 * with `name`, the form submits the JSON result; `required` keeps the form invalid until the person
 * agrees to share. With `persist`, answers are kept in sessionStorage only after the person says yes;
 * quick exit and `reset()` wipe them.
 *
 * Accessibility: the transcript is a `role="log"` that announces new messages politely; focus moves
 * to each new question, which names the answer controls; single choices are large buttons with radio
 * semantics (arrow keys move, Enter or Space answers), multiple choices are real checkboxes; every
 * control is at least 44 px and reachable by keyboard alone; "Why we ask" is a native disclosure;
 * text in another language than the page (an English-only screener) carries its own `lang`; Arabic
 * renders right to left; motion is off when the person prefers reduced motion; danger signs add an
 * urgent crisis card inline and never block the way forward.
 *
 * @fires intake-check-in-step - The person moved to another step. Detail: `{ stepId, index, total }`.
 * @fires intake-check-in-complete - The person reached the end. Detail: `CheckInResult`.
 * @fires intake-risk - A new sign of danger (once per reason). Detail: `{ level, reasons, source }`.
 * @fires intake-error - A bad `script` (attribute or property) or `subject`. Detail: `{ code, message, source }`.
 *
 * @csspart card - The outer card.
 * @csspart transcript - The conversation log.
 * @csspart bubble - One message in the log.
 * @csspart choice - A choice button or checkbox tile.
 * @csspart action - Continue, Send, Back and other buttons.
 * @csspart progress - The "Step 2 of 9" hint.
 *
 * @cssprop --intake-color-accent - Buttons and the person's messages.
 * @cssprop --intake-color-surface - Card background.
 * @cssprop --intake-color-surface-alt - Background of the check-in's messages.
 * @cssprop --intake-color-text - Text color.
 * @cssprop --intake-radius - Corner radius.
 * @cssprop --intake-font - Font family.
 */
@localized()
export class IntakeCheckIn extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  /** A built-in script id (default `welcome`), or, as a property, your own script object. */
  @property() script: string | object = 'welcome';

  /** `self` (default) or `other`: ask about someone the person is worried about. */
  @property({ reflect: true }) subject?: string;

  /** ISO 3166 region for the crisis lines (`US`, `US-CA`, `GB`), passed to the crisis card. */
  @property({ reflect: true }) region?: string;

  /** Form field name: the form submits the JSON result under it. */
  @property({ reflect: true }) name?: string;

  /** The surrounding form stays invalid until the person agrees to share. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Offer to keep answers in sessionStorage (only if the person agrees) so a reload can resume. */
  @property({ type: Boolean, reflect: true }) persist = false;

  @state() private flow?: Flow;
  @state() private engine?: E.EngineState;
  @state() private failed = false;
  @state() private reasons: RiskReason[] = [];
  @state() private saving?: 'yes' | 'no' | 'resumed';
  /** Checked boxes of multiple-choice steps not sent yet. */
  @state() private picks: Record<string, string[]> = {};

  private riskAt?: string;
  private run = 0;
  private focusNext = false;
  private done = false;
  private result?: CheckInResult;
  private readonly internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // Very old browsers: the element still works, just not as a form field.
    }
    new WipeOnQuickExit(this, () => this.reset());
  }

  /** The result the person reached, or undefined before the end. */
  get value(): CheckInResult | undefined {
    return this.result;
  }

  /** Forgets everything (answers, saved copy, risk state) and starts the script again. */
  reset(): void {
    this.removeSaved();
    this.saving = undefined;
    if (this.flow) this.begin(this.flow, false);
  }

  /** Form reset. */
  formResetCallback(): void {
    this.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The crisis card loads right away but apart from the first paint; until it arrives the
    // card shows its fallback text (see crisisCard()).
    if (!customElements.get('intake-crisis-card')) void import('../crisis-card/define.js');
    // The result builder and scoring are needed only at the end: fetched now, off the first paint.
    void import('./result.js');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    syncLocaleAttributes(this);
    if (changed.has('subject') && this.subject !== undefined && this.subject !== 'self' && this.subject !== 'other') {
      reportError(this, 'invalid-attribute', `subject "${String(this.subject).slice(0, 40)}" is not self or other`, TAG);
    }
    if (changed.has('script')) void this.load();
    else if (changed.has('subject') && this.engine) this.engine = { ...this.engine, subject: this.startSubject };
  }

  override updated(): void {
    this.syncForm();
    if (this.focusNext) {
      this.focusNext = false;
      this.renderRoot.querySelector<HTMLElement>('#q-current')?.focus();
    }
  }

  private get startSubject(): Subject {
    return this.subject === 'other' ? 'other' : 'self';
  }

  /* ------------------------------------------------------------ loading */

  private async load(): Promise<void> {
    const run = ++this.run;
    const input = this.script ?? 'welcome';
    if (typeof input === 'string') {
      const id = input || 'welcome';
      // The default script is part of the first load; the others come with their screeners.
      if (id === 'welcome') return this.begin({ script: welcomeScript, texts: welcomeTexts }, true);
      if (!BUILT_IN.includes(id)) {
        return this.fail(
          'invalid-attribute',
          `script "${id.slice(0, 40)}" is not a built-in script (${BUILT_IN.join(', ')}); pass your own as the script property`,
        );
      }
      this.flow = undefined;
      this.engine = undefined;
      const scripts = await import('./scripts/index.js');
      if (run !== this.run || !scripts.isBuiltInScriptId(id)) return;
      return this.begin({ script: scripts.BUILT_IN_SCRIPTS[id], texts: (subject) => scripts.builtInTexts(id, subject) }, true);
    }
    this.flow = undefined;
    this.engine = undefined;
    // The validator (zod) loads only when a host passes its own script.
    const { validateScript } = await import('./script-schema.js');
    if (run !== this.run) return;
    const checked = validateScript(input);
    if (!checked.ok) return this.fail('invalid-script', checked.problems.join(' | '));
    this.begin({ script: checked.script }, true);
  }

  private fail(code: 'invalid-attribute' | 'invalid-script', message: string): void {
    this.flow = undefined;
    this.engine = undefined;
    this.failed = true;
    reportError(this, code, message, TAG);
  }

  private begin(flow: Flow, resume: boolean): void {
    this.failed = false;
    this.flow = flow;
    this.reasons = [];
    this.riskAt = undefined;
    this.picks = {};
    this.result = undefined;
    const engine = E.start(flow.script, { subject: this.startSubject });
    if (resume && this.persist) void this.resume(flow, engine);
    this.engine = engine;
    this.done = this.atEnd(engine);
    if (this.done) void this.finish(engine, false);
  }

  /* ------------------------------------------------------------ storage (only with consent) */

  private get storageKey(): string {
    return `${STORAGE_PREFIX}check-in:${this.id || this.name || 'default'}:${this.flow?.script.id ?? ''}`;
  }

  /** Picks up a saved conversation (the person agreed to saving before the reload). */
  private async resume(flow: Flow, fresh: E.EngineState): Promise<void> {
    let raw: string | null = null;
    try {
      raw = sessionStorage.getItem(this.storageKey);
    } catch {
      // storage disabled
    }
    if (!raw) return;
    const { restore } = await import('./resume.js');
    // Only if nothing happened meanwhile.
    if (this.flow !== flow || this.engine !== fresh) return;
    const saved = restore(flow.script, raw);
    if (!saved) return;
    this.saving = 'resumed';
    // The host heard about these before the reload: show help again, fire nothing.
    for (const { step, answer } of E.effectiveAnswers(flow.script, saved)) {
      for (const s of riskSignals(step, answer)) {
        if (!this.reasons.includes(s.reason)) this.reasons = [...this.reasons, s.reason];
        this.riskAt ??= step.id;
      }
    }
    this.engine = saved;
    this.done = this.atEnd(saved);
    if (this.done) void this.finish(saved, false);
  }

  private save(): void {
    if (!this.persist || (this.saving !== 'yes' && this.saving !== 'resumed') || !this.engine) return;
    try {
      sessionStorage.setItem(this.storageKey, E.serialize(this.engine));
    } catch {
      // Storage full or disabled: the conversation goes on without it.
    }
  }

  private removeSaved(): void {
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // nothing stored
    }
  }

  private choosePersist(yes: boolean): void {
    this.saving = yes ? 'yes' : 'no';
    if (yes) this.save();
    this.focusNext = true;
  }

  /* ------------------------------------------------------------ texts */

  private texts(): Texts | undefined {
    const { flow, engine } = this;
    return flow?.texts && engine ? flow.texts(E.subjectOf(flow.script, engine)) : undefined;
  }

  private ctx(texts: Texts | undefined): TextContext {
    return {
      locale: getLocale(),
      lookup: texts ? (id) => (Object.prototype.hasOwnProperty.call(texts, id) ? texts[id] : undefined) : undefined,
    };
  }

  private show(text: Text, ctx: TextContext): Shown {
    const r = resolveTextIn(text, ctx);
    return { text: r.text, lang: r.locale && r.locale !== ctx.locale ? r.locale : undefined };
  }

  /* ------------------------------------------------------------ moves */

  private act(next: E.EngineState, answered?: Step, draftRisk?: string): void {
    const { flow, engine } = this;
    if (!flow || !engine || next === engine) return;
    this.engine = next;
    if (answered) this.checkRisk(answered, draftRisk);
    this.focusNext = true;
    this.save();
    if (next.current !== null && next.current !== engine.current) {
      const { index, total } = E.progress(flow.script, next);
      emit(this, 'intake-check-in-step', { stepId: next.current, index, total: Math.max(total, 1) });
    }
    const end = this.atEnd(next);
    if (end && !this.done) void this.finish(next, true);
    if (!end) this.result = undefined;
    this.done = end;
  }

  private async finish(state: E.EngineState, announce: boolean): Promise<void> {
    const flow = this.flow;
    const { buildResult } = await import('./result.js');
    // The person moved on (Back, reset) while it loaded: that state is no longer the end.
    if (!flow || this.flow !== flow || this.engine?.current !== state.current) return;
    this.result = buildResult(flow.script, state, { locale: getLocale(), lookup: this.ctx(this.texts()).lookup });
    if (announce) emit(this, 'intake-check-in-complete', this.result);
    this.requestUpdate();
  }

  private atEnd(state: E.EngineState): boolean {
    if (!this.flow) return false;
    const step = E.currentStep(this.flow.script, state);
    return !step || (step.kind === 'message' && step.end === true);
  }

  private checkRisk(step: Step, draft?: string): void {
    const answer = E.prefill(this.engine!, step.id).answer;
    const signals = riskSignals(step, answer);
    // Words typed and then held back with "I'd rather not say" still deserve help (nothing is sent).
    if (draft && findCrisisWords(draft).length) signals.push({ reason: 'crisis-words', level: 'urgent', stepId: step.id });
    for (const s of signals) {
      if (this.reasons.includes(s.reason)) continue;
      this.reasons = [...this.reasons, s.reason];
      this.riskAt ??= step.id;
      emit(this, 'intake-risk', { level: s.level, reasons: [s.reason], source: TAG });
    }
  }

  private now = (): string => new Date().toISOString();

  private answer(step: Step, value: unknown, comment?: string): void {
    const { flow, engine } = this;
    if (!flow || !engine) return;
    this.act(E.answer(flow.script, engine, value, { comment, at: this.now() }), step);
  }

  private skip(step: Step): void {
    const { flow, engine } = this;
    if (!flow || !engine) return;
    const draft = step.kind === 'contact' ? undefined : E.prefill(engine, step.id).draft;
    this.act(E.skip(flow.script, engine, { at: this.now() }), step, draft);
  }

  private continueOn(): void {
    if (this.flow && this.engine) this.act(E.advance(this.flow.script, this.engine));
  }

  private back(): void {
    if (this.flow && this.engine) this.act(E.back(this.flow.script, this.engine));
  }

  private edit(stepId: string): void {
    if (this.flow && this.engine) this.act(E.edit(this.flow.script, this.engine, stepId));
  }

  private draft(stepId: string, text: string): void {
    if (this.flow && this.engine) {
      this.engine = E.saveDraft(this.flow.script, this.engine, stepId, text);
      this.save();
    }
  }

  /* ------------------------------------------------------------ form */

  private syncForm(): void {
    const internals = this.internals;
    if (!internals || typeof internals.setFormValue !== 'function') return;
    const result = this.done ? this.result : undefined;
    internals.setFormValue(result ? JSON.stringify(result) : null);
    const hasConsent = this.flow?.script.steps.some((s) => s.kind === 'consent') ?? false;
    const ok = !!result && (!hasConsent || result.consent?.given === true);
    if (this.required && !ok) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('#q-current') ?? undefined;
      internals.setValidity(
        { valueMissing: true },
        msg('Please finish the check-in and answer the question about sharing.', { desc: 'Check-in: form validation message' }),
        anchor,
      );
    } else {
      internals.setValidity({});
    }
  }

  /* ------------------------------------------------------------ render */

  override render() {
    if (this.failed) {
      return html`<section part="card" class="card">
        <p class="bubble bot" part="bubble">
          ${msg("Sorry, this check-in can't open right now. You can still get help here:", {
            desc: 'Check-in: shown when the page gave a broken script',
          })}
        </p>
        ${this.crisisCard('compact')}
      </section>`;
    }
    const { flow, engine } = this;
    if (!flow || !engine) return html`<section part="card" class="card" aria-busy="true"></section>`;
    const { script } = flow;
    const texts = this.texts();
    const ctx = this.ctx(texts);
    const path = E.visiblePath(script, engine);
    const at = engine.current === null ? path.length : path.indexOf(engine.current);
    const before = path.slice(0, Math.max(at, 0)).map((id) => E.stepById(script, id)!);
    const step = E.currentStep(script, engine);
    // Append-only going forward, so Lit keeps each message's DOM node and the log announces only new ones.
    const entries: TemplateResult[] = [];
    for (const s of before) {
      entries.push(this.bubble(s, ctx, false));
      if (E.isQuestion(s)) entries.push(this.reply(s, E.prefill(engine, s.id).answer, ctx));
      if (s.id === this.riskAt) entries.push(this.riskNote());
    }
    if (this.reasons.length && !before.some((s) => s.id === this.riskAt)) entries.push(this.riskNote());
    if (step) entries.push(this.bubble(step, ctx, true, texts));
    else entries.push(html`<div class="bubble bot" part="bubble" id="q-current" tabindex="-1">${msg('Thank you. You can close this page, or come back any time.', { desc: 'Check-in: end of a script with no closing message' })}</div>`);

    const title = script.title ? this.show(script.title, ctx).text : msg('Check-in', { desc: 'Title of the welcome check-in conversation' });
    return html`<section part="card" class="card" aria-label=${title}>
      ${this.persistPrompt()}
      <div class="log" role="log" part="transcript" aria-label=${msg('Conversation', { desc: 'Check-in: accessible name of the transcript' })}>
        ${entries}
      </div>
      ${this.reasons.length
        ? this.crisisCard('urgent')
        : nothing}
      ${step ? this.controls(step, ctx, engine) : nothing}
      ${this.notices(script, step, ctx)}
    </section>`;
  }

  private persistPrompt(): TemplateResult | typeof nothing {
    if (!this.persist) return nothing;
    if (this.saving === undefined) {
      return html`<div class="persist" role="group" aria-labelledby="persist-q">
        <p id="persist-q">
          ${msg('Do you want to save your answers on this device until you close this tab? Then you can pick up where you left off.', {
            desc: 'Check-in: asking before anything is stored',
          })}
        </p>
        <div class="row">
          <button type="button" class="action secondary" part="action" @click=${() => this.choosePersist(true)}>
            ${msg('Yes, save them', { desc: 'Check-in: agree to keep answers on this device' })}
          </button>
          <button type="button" class="action secondary" part="action" @click=${() => this.choosePersist(false)}>
            ${msg("No, don't save", { desc: 'Check-in: do not keep answers on this device' })}
          </button>
        </div>
      </div>`;
    }
    if (this.saving === 'no') return nothing;
    return html`<div class="persist small">
      <p>
        ${this.saving === 'resumed'
          ? msg('Welcome back. We kept your answers.', { desc: 'Check-in: resumed after a reload' })
          : msg('Your answers are saved on this device until you close this tab. Quick exit deletes them.', {
              desc: 'Check-in: after the person agreed to save',
            })}
      </p>
      <button type="button" class="action secondary" part="action" @click=${() => this.reset()}>${msg('Start over')}</button>
    </div>`;
  }

  private bubble(step: Step, ctx: TextContext, current: boolean, texts?: Texts): TemplateResult {
    const t = this.show(step.text, ctx);
    const help = current && step.help ? this.show(step.help, ctx) : undefined;
    const english =
      current && step.kind === 'single' && step.instrument && !translationValidated(step.instrument.id, ctx.locale)
        ? (texts ?? commonTexts('self'))['common.instrument.english']
        : undefined;
    const list = step.kind === 'message' && step.list?.length ? step.list.map((l) => this.show(l, ctx)) : undefined;
    return html`<div
      class="bubble bot ${current ? 'current' : ''}"
      part="bubble"
      id=${current ? 'q-current' : nothing}
      tabindex=${current ? '-1' : nothing}
    >
      ${english ? html`<p class="note">${english}</p>` : nothing}
      <p class="text" lang=${t.lang ?? nothing}>${t.text}</p>
      ${help ? html`<p class="help" lang=${help.lang ?? nothing}>${help.text}</p>` : nothing}
      ${list && current ? html`<ul>${list.map((l) => html`<li lang=${l.lang ?? nothing}>${l.text}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private reply(step: Step, answer: E.Answer | undefined, ctx: TextContext): TemplateResult {
    return html`<div class="bubble me" part="bubble">${this.answerText(step, answer, ctx)}</div>`;
  }

  private riskNote(): TemplateResult {
    return html`<div class="bubble bot risk" part="bubble">
      ${msg(
        "Thank you for telling us. You don't have to go through this alone. You can talk to someone right now, and you can keep going here too.",
        { desc: 'Check-in: shown with the crisis card when someone may be in danger' },
      )}
    </div>`;
  }

  private answerText(step: Step, a: E.Answer | undefined, ctx: TextContext): string {
    if (!a || a.skipped || a.value === undefined) return this.skipLabel();
    const list = (items: string[]) => new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(items);
    const v = a.value;
    let out: string;
    switch (step.kind) {
      case 'single':
      case 'multiple': {
        const chosen = Array.isArray(v) ? v : [v];
        out = list(step.options.filter((o) => chosen.includes(o.value)).map((o) => this.show(o.text, ctx).text));
        break;
      }
      case 'number':
        out = new Intl.NumberFormat(ctx.locale).format(v as number);
        break;
      case 'consent':
        out = v === true ? this.yesConsent() : this.noConsent();
        break;
      case 'contact': {
        const c = v as E.ContactAnswer;
        out = [
          ...c.methods.map((m) => this.methodLabel(m as ContactMethod)),
          c.name,
          c.phone,
          c.email,
          c.bestTime,
        ]
          .filter(Boolean)
          .join(' · ');
        break;
      }
      default:
        out = String(v);
    }
    return a.comment ? `${out}. ${a.comment}` : out;
  }

  private skipLabel = () => msg("I'd rather not say", { desc: 'Check-in: skip any question' });
  private yesConsent = () => msg('Yes, I agree', { desc: 'Check-in: consent answer' });
  private noConsent = () => msg("No, please don't share", { desc: 'Check-in: consent answer' });

  private methodLabel(m: ContactMethod): string {
    return m === 'call'
      ? msg('Call me', { desc: 'Check-in: contact method' })
      : m === 'text'
        ? msg('Text me', { desc: 'Check-in: contact method' })
        : msg('Email me', { desc: 'Check-in: contact method' });
  }

  /* ------------------------------------------------------------ controls */

  private controls(step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult {
    const { script } = this.flow!;
    const { index, total } = E.progress(script, engine);
    const question = E.isQuestion(step);
    const end = step.kind === 'message' && step.end;
    const why = step.why ? this.show(step.why, ctx) : undefined;
    return html`<div class="controls">
      ${this.body(step, ctx, engine)}
      ${why
        ? html`<details class="why">
            <summary>${msg('Why we ask', { desc: 'Check-in: opens the reason for a question' })}</summary>
            <p lang=${why.lang ?? nothing}>${why.text}</p>
          </details>`
        : nothing}
      <div class="row nav">
        ${E.canGoBack(engine)
          ? html`<button type="button" class="action secondary" part="action" @click=${() => this.back()}>${msg('Back')}</button>`
          : nothing}
        ${question && step.kind !== 'consent'
          ? html`<button type="button" class="action secondary skip" part="action" @click=${() => this.skip(step)}>${this.skipLabel()}</button>`
          : nothing}
      </div>
      ${end
        ? nothing
        : html`<p class="progress" part="progress">
            ${msg(str`Step ${index + 1} of ${total}`, { desc: 'Check-in: progress hint; the total can change with the answers' })}
          </p>`}
    </div>`;
  }

  private body(step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult | typeof nothing {
    const { answer, draft } = E.prefill(engine, step.id);
    switch (step.kind) {
      case 'single':
        return html`${this.choices(
          step.options.map((o) => ({ value: o.value, label: this.show(o.text, ctx) })),
          answer?.skipped ? undefined : answer?.value,
          (value) => this.answer(step, value, this.commentOf(step)),
        )}
        ${step.comment ? this.comment(step, ctx, draft ?? answer?.comment) : nothing}`;
      case 'multiple':
        return this.multiple(step, ctx, answer, draft);
      case 'text':
        return this.textInput(step, draft ?? (typeof answer?.value === 'string' ? answer.value : ''));
      case 'number':
        return this.number(step, ctx, answer, draft);
      case 'contact':
        return this.contact(step, answer, draft);
      case 'consent':
        return this.choices(
          [
            { value: true, label: { text: this.yesConsent() } },
            { value: false, label: { text: this.noConsent() } },
          ],
          answer?.value,
          (value) => this.answer(step, value),
        );
      case 'summary':
        return html`${this.summary(step, ctx, engine)}${this.continueButton()}`;
      case 'message':
        return html`${step.showScores ? this.scores(ctx) : nothing}
        ${step.crisisCard
          ? this.crisisCard(step.crisisCard)
          : nothing}
        ${step.end ? nothing : this.continueButton()}`;
    }
  }

  private crisisCard(variant: 'compact' | 'urgent'): TemplateResult {
    return html`<intake-crisis-card variant=${variant} heading-level="3" region=${this.region ?? nothing}
      ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
    >`;
  }

  private continueButton(): TemplateResult {
    return html`<div class="row">
      <button type="button" class="action" part="action" @click=${() => this.continueOn()}>${msg('Continue', { desc: 'Check-in: go on to the next step' })}</button>
    </div>`;
  }

  /** Large buttons with radio semantics: arrow keys move between them, Enter or Space answers. */
  private choices(items: Choice[], chosen: unknown, pick: (value: Choice['value']) => void): TemplateResult {
    const focusAt = Math.max(
      0,
      items.findIndex((c) => c.value === chosen),
    );
    return html`<div class="choices" role="radiogroup" aria-labelledby="q-current" @keydown=${this.rove}>
      ${items.map(
        (c, i) => html`<button
          type="button"
          role="radio"
          class="choice"
          part="choice"
          aria-checked=${c.value === chosen ? 'true' : 'false'}
          tabindex=${i === focusAt ? '0' : '-1'}
          lang=${c.label.lang ?? nothing}
          @click=${() => pick(c.value)}
        >
          ${c.label.text}
        </button>`,
      )}
    </div>`;
  }

  private rove = (e: KeyboardEvent): void => {
    const group = e.currentTarget as HTMLElement;
    const items = [...group.querySelectorAll<HTMLElement>('[role="radio"]')];
    const i = items.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    let j: number;
    if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = items.length - 1;
    else if (step[e.key]) j = (i + step[e.key] + items.length) % items.length;
    else return;
    e.preventDefault();
    items.forEach((el, k) => (el.tabIndex = k === j ? 0 : -1));
    items[j].focus();
  };

  private commentOf(step: Step): string | undefined {
    if (!this.engine) return undefined;
    const { draft, answer } = E.prefill(this.engine, step.id);
    return draft ?? answer?.comment;
  }

  private comment(step: StepOf<'single'> | StepOf<'multiple'>, ctx: TextContext, value: string | undefined): TemplateResult {
    const label = this.show(step.comment!, ctx);
    return html`<div class="field">
      <label for="comment" lang=${label.lang ?? nothing}>${label.text}</label>
      <textarea id="comment" rows="2" maxlength="2000" .value=${value ?? ''} @input=${(e: Event) => this.draft(step.id, (e.target as HTMLTextAreaElement).value)}></textarea>
    </div>`;
  }

  private multiple(step: StepOf<'multiple'>, ctx: TextContext, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
    const picked = this.picks[step.id] ?? (Array.isArray(answer?.value) ? answer.value : []);
    const toggle = (value: string, on: boolean) => {
      const option = step.options.find((o) => o.value === value);
      let next = on ? [...picked.filter((v) => v !== value), value] : picked.filter((v) => v !== value);
      if (on && option?.exclusive) next = [value];
      else if (on) next = next.filter((v) => !step.options.find((o) => o.value === v)?.exclusive);
      this.picks = { ...this.picks, [step.id]: next };
    };
    const send = () => {
      const values = step.options.filter((o) => picked.includes(o.value)).map((o) => o.value);
      if (values.length) this.answer(step, values, this.commentOf(step));
      else this.skip(step);
    };
    return html`<div class="choices" role="group" aria-labelledby="q-current">
        ${step.options.map((o) => {
          const label = this.show(o.text, ctx);
          return html`<label class="choice check" part="choice" lang=${label.lang ?? nothing}>
            <input type="checkbox" .checked=${picked.includes(o.value)} @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
            <span>${label.text}</span>
          </label>`;
        })}
      </div>
      ${step.comment ? this.comment(step, ctx, draft ?? answer?.comment) : nothing}
      <div class="row">
        <button type="button" class="action" part="action" @click=${send}>${msg('Continue', { desc: 'Check-in: go on to the next step' })}</button>
      </div>`;
  }

  private textInput(step: StepOf<'text'>, value: string): TemplateResult {
    const send = (e: Event) => {
      e.preventDefault();
      const text = E.prefill(this.engine!, step.id).draft ?? value;
      if (text.trim()) this.answer(step, text);
      else this.skip(step);
    };
    const input = (e: Event) => this.draft(step.id, (e.target as HTMLInputElement).value);
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
      <div class="row"><button class="action" part="action">${msg('Send', { desc: 'Check-in: send a typed answer' })}</button></div>
    </form>`;
  }

  private number(step: StepOf<'number'>, ctx: TextContext, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
    const minLabel = step.minLabel ? this.show(step.minLabel, ctx) : undefined;
    const maxLabel = step.maxLabel ? this.show(step.maxLabel, ctx) : undefined;
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
      return html`${ends}${this.choices(
        values.map((v) => ({ value: v, label: { text: fmt.format(v) } })),
        answer?.value,
        (v) => this.answer(step, v),
      )}`;
    }
    const value = draft ?? (typeof answer?.value === 'number' ? String(answer.value) : '');
    const send = (e: Event) => {
      e.preventDefault();
      const text = E.prefill(this.engine!, step.id).draft ?? value;
      if (text.trim()) this.answer(step, text);
      else this.skip(step);
    };
    return html`${ends}<form class="field" @submit=${send}>
        <input
          id="answer"
          aria-labelledby="q-current"
          type="number"
          inputmode="decimal"
          min=${step.min}
          max=${step.max}
          step=${by}
          .value=${value}
          @input=${(e: Event) => this.draft(step.id, (e.target as HTMLInputElement).value)}
        />
        <div class="row"><button class="action" part="action">${msg('Send', { desc: 'Check-in: send a typed answer' })}</button></div>
      </form>`;
  }

  private contact(step: StepOf<'contact'>, answer: E.Answer | undefined, draft: string | undefined): TemplateResult {
    let c: E.ContactAnswer = { methods: [] };
    try {
      if (draft) c = { methods: [], ...JSON.parse(draft) };
      else if (answer?.value && typeof answer.value === 'object' && !Array.isArray(answer.value)) c = answer.value as E.ContactAnswer;
    } catch {
      // a broken draft starts empty
    }
    const set = (patch: Partial<E.ContactAnswer>) => this.draft(step.id, JSON.stringify({ ...c, ...patch }));
    const text = (key: 'name' | 'phone' | 'email' | 'bestTime', label: string, type = 'text', autocomplete = 'off') =>
      html`<div class="field">
        <label for="c-${key}">${label}</label>
        <input id="c-${key}" type=${type} autocomplete=${autocomplete} maxlength="200" .value=${c[key] ?? ''} @input=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).value })} />
      </div>`;
    const methods = CONTACT_METHODS.filter((m) => step.methods.includes(m));
    const send = (e: Event) => {
      e.preventDefault();
      const value = { ...c, leaveMessage: c.leaveMessage };
      const { flow, engine } = this;
      if (!flow || !engine) return;
      const next = E.answer(flow.script, engine, value, { at: this.now() });
      if (next === engine) this.skip(step);
      else this.act(next, step);
    };
    return html`<form class="contact" @submit=${send}>
      <fieldset>
        <legend>${msg('How should we reach you?', { desc: 'Check-in: contact methods' })}</legend>
        <div class="choices">
          ${methods.map(
            (m) => html`<label class="choice check" part="choice">
              <input
                type="checkbox"
                .checked=${c.methods.includes(m)}
                @change=${(e: Event) =>
                  set({ methods: (e.target as HTMLInputElement).checked ? [...c.methods.filter((x) => x !== m), m] : c.methods.filter((x) => x !== m) })}
              />
              <span>${this.methodLabel(m)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
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
      <div class="row"><button class="action" part="action">${msg('Continue', { desc: 'Check-in: go on to the next step' })}</button></div>
    </form>`;
  }

  private summary(_step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult {
    const { script } = this.flow!;
    const rows = E.effectiveAnswers(script, engine);
    return html`<ul class="summary" role="list">
      ${rows.map(({ step, answer }) => {
        const q = this.show(step.text, ctx);
        return html`<li>
          <span class="sq" lang=${q.lang ?? nothing}>${q.text}</span>
          <span class="sa">${this.answerText(step, answer, ctx)}</span>
          <button
            type="button"
            class="action secondary small"
            part="action"
            aria-label=${msg(str`Change your answer: ${q.text}`, { desc: 'Check-in: accessible name of the Change button on the summary' })}
            @click=${() => this.edit(step.id)}
          >
            ${msg('Change', { desc: 'Check-in: change an answer from the summary' })}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  private scores(ctx: TextContext): TemplateResult | typeof nothing {
    const scores = this.result?.instruments ?? [];
    if (!scores.length) return nothing;
    return html`<div class="scores">
      <p>${msg('Your screening results. This is not a diagnosis:', { desc: 'Check-in: heading of screener scores' })}</p>
      <ul>
        ${scores.flatMap((s) => this.scoreLines(s, ctx.locale).map((line) => html`<li>${line}</li>`))}
      </ul>
    </div>`;
  }

  private scoreLines(s: InstrumentResult, locale: Locale): string[] {
    const n = (x: number) => new Intl.NumberFormat(locale).format(x);
    const name = s.instrument.toUpperCase();
    const skipped = (label: string) => msg(str`${label}: some questions were skipped, so there is no total.`, { desc: 'Check-in: screener result' });
    if (s.subscales) {
      return s.subscales.map((sub) => {
        const label = sub.id.toUpperCase();
        if (sub.total === undefined) return skipped(label);
        const line = msg(str`${label}: ${n(sub.total)} out of ${n(sub.items * 3)}`, { desc: 'Check-in: screener result' });
        return sub.positive ? `${line}. ${this.talkHint()}` : line;
      });
    }
    if (s.total === undefined) return [skipped(name)];
    if (s.percentage !== undefined) return [msg(str`${name}: ${n(s.percentage)} out of 100`, { desc: 'Check-in: WHO-5 result as a percentage' })];
    const band = s.band ? bandText(s.band) : '';
    return [msg(str`${name}: ${n(s.total)} out of ${n(s.maxTotal)} (${band})`, { desc: 'Check-in: screener total and band' })];
  }

  private talkHint = () => msg('It may help to talk with someone about this.', { desc: 'Check-in: after a positive PHQ-2 or GAD-2 screen' });

  private notices(script: Script, step: Step | undefined, ctx: TextContext): TemplateResult | typeof nothing {
    if (!script.notices?.length) return nothing;
    const hasInstrument = script.steps.some((s) => s.kind === 'single' && s.instrument);
    const firstQuestion = script.steps.find((s) => E.isQuestion(s));
    const instrumentScript = !!firstQuestion && firstQuestion.kind === 'single' && !!firstQuestion.instrument;
    const show = !hasInstrument || instrumentScript || (step?.kind === 'single' && !!step.instrument);
    if (!show) return nothing;
    return html`<footer class="notices">
      ${script.notices.map((t) => {
        const s = this.show(t, ctx);
        return html`<p lang=${s.lang ?? nothing}>${s.text}</p>`;
      })}
    </footer>`;
  }
}

function bandText(band: string): string {
  switch (band) {
    case 'none-minimal':
      return msg('none or minimal', { desc: 'Screener band (PHQ-9)' });
    case 'minimal':
      return msg('minimal', { desc: 'Screener band (GAD-7)' });
    case 'mild':
      return msg('mild', { desc: 'Screener band' });
    case 'moderate':
      return msg('moderate', { desc: 'Screener band' });
    case 'moderately-severe':
      return msg('moderately severe', { desc: 'Screener band (PHQ-9)' });
    default:
      return msg('severe', { desc: 'Screener band' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-check-in': IntakeCheckIn;
  }
}
