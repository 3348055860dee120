import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { emit, reportError } from '../core/events.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import { WipeOnQuickExit } from '../core/wipe.js';
import type { NeedsResult } from '../core/needs-schemas.js';
import { needsCatalog, type NeedDefinition } from '../data/needs-catalog.js';
import {
  MODES,
  activeCatalog,
  buildResult,
  currentNeeds,
  emptyState,
  handoffNeeds,
  hasSafetyConcern,
  newResultId,
  parseDomains,
  setMostImportant,
  setUrgency,
  setWantsHelp,
  stepsFor,
  togglePick,
  type NeedsMode,
  type NeedsState,
  type Step,
  type Urgency,
  type WantsHelp,
} from './needs-state.js';
import type { ScreeningItem } from './screening.js';
import { needDescription, needLabel } from './need-texts.js';

type QuestionsModule = typeof import('./questions.js');
import { styles } from './needs-finder.styles.js';

const TAG = 'intake-needs-finder';
const SUBJECTS = ['self', 'other'] as const;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * @summary "What would help right now?": social and health needs, whether the person wants help with each, how soon, and what matters most.
 *
 * Two modes: `cards` (pick any that apply) and `questions` (a short screening built on the CMS AHC
 * health-related social needs core questions, plus one safety question of our own). Each need carries
 * its HL7 SDOH Clinical Care category code and Open Eligibility taxonomy terms. A need the person does
 * not want help with ("Not now") is recorded as such and never handed on. Picking "Safety at home" or
 * answering the safety question yes shows the crisis card with the National Domestic Violence Hotline
 * (US), a reminder of the quick exit, and fires `intake-risk`; the person can always go on.
 * Form-associated: with `name`, the form value is the JSON result; a form reset resets it.
 *
 * Accessibility: every need is a real checkbox inside a large card whose whole area toggles it; every
 * answer is a real radio or checkbox in a fieldset with a legend; everything works with Tab, Space,
 * arrow keys and Enter; each step moves focus to its heading; nothing is required (every question can be
 * skipped); the safety notice is announced politely once, only when the person's answer causes it;
 * targets are at least 44 px; works at 320 px and 200% zoom, in RTL, in forced colors.
 *
 * @fires intake-needs-change - The picked (or screened-positive) needs changed. Detail: `{ needs }` (need ids).
 * @fires intake-needs-complete - The person finished. Detail: `NeedsResult`.
 * @fires intake-risk - Safety at home was picked or the safety question answered yes. Detail: `{ level: 'urgent', reasons, source }`.
 * @fires intake-error - A bad `mode`, `subject`, `domains`, `heading-level`, `for` or `catalog`. Detail: `{ code, message, source }`.
 *
 * @csspart finder - The outer card.
 * @csspart need - One need card (cards mode).
 * @csspart question - One screening question (questions mode).
 * @csspart safety - The safety notice with the crisis card.
 * @csspart action - A Next, Back or Finish button.
 *
 * @cssprop --intake-color-accent - Checked cards, buttons and icons.
 * @cssprop --intake-color-urgent - Safety notice edge.
 * @cssprop --intake-color-urgent-surface - Safety notice background.
 * @cssprop --intake-color-surface - Card background.
 * @cssprop --intake-color-surface-alt - Need card and question background.
 * @cssprop --intake-color-text - Text color.
 * @cssprop --intake-radius - Corner radius.
 * @cssprop --intake-font - Font family.
 */
@localized()
export class IntakeNeedsFinder extends LitElement {
  static override styles = styles;
  static formAssociated = true;

  /** `cards` (default): pick needs from the catalog; `questions`: a short screening. */
  @property({ reflect: true }) mode: NeedsMode = 'cards';

  /** Need ids that limit and order the catalog, separated by spaces or commas (`food housing-tonight safety`). */
  @property() domains?: string;

  /** `self` (default) or `other`: the person is answering for someone else. */
  @property({ reflect: true }) subject: 'self' | 'other' = 'self';

  /** Id of an element on the page (an `<intake-service-finder>`) whose `needs` this finder sets. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Form field name: the form value is the JSON result. */
  @property({ reflect: true }) name?: string;

  /** Region for the crisis card on the safety path (ISO 3166, e.g. `US`, `US-CA`). Default: from the page language, else US. */
  @property() region?: string;

  /** Level of the step headings, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The host's own catalog (array of needs). Validated; a bad one fires `intake-error` and the built-in catalog is used. */
  @property({ attribute: false }) catalog?: unknown;

  @state() private step: Step = 'pick';
  @state() private data: NeedsState = emptyState();
  @state() private hostCatalog: NeedDefinition[] | null = null;
  @state() private result: NeedsResult | null = null;
  /** Questions mode's items and texts, loaded on demand. */
  @state() private questions: QuestionsModule | null = null;

  private active: NeedDefinition[] = [...needsCatalog];
  private catalogPending = false;
  private validationRun = 0;
  private riskFired = false;
  private focusHeading = false;
  private lastHandoff: string[] = [];
  private missingTargetReported = false;
  private crisisCardRequested = false;
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    new WipeOnQuickExit(this, () => this.reset());
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The last completed result, or null. */
  get value(): NeedsResult | null {
    return this.result;
  }

  /** Forgets everything the person entered and goes back to the first step. Fires no event. */
  reset(): void {
    this.data = emptyState();
    this.result = null;
    this.riskFired = false;
    this.step = this.firstStep;
    this.internals.setFormValue(null);
    if (this.lastHandoff.length) this.handOff([]);
  }

  /** Called by the browser when the form is reset. */
  formResetCallback(): void {
    this.reset();
  }

  private get effectiveMode(): NeedsMode {
    return MODES.includes(this.mode) ? this.mode : 'cards';
  }

  private get other(): boolean {
    return this.subject === 'other';
  }

  private get level(): number {
    return this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 2;
  }

  private get firstStep(): Step {
    return this.effectiveMode === 'questions' ? 'questions' : 'pick';
  }

  private get needs(): string[] {
    return currentNeeds(this.data, this.effectiveMode, this.active, this.questions ?? undefined);
  }

  private get concern(): boolean {
    return hasSafetyConcern(this.data, this.effectiveMode, this.active, this.questions ?? undefined);
  }

  private questionsRequested = false;
  private async loadQuestions(): Promise<void> {
    if (this.questionsRequested) return;
    this.questionsRequested = true;
    try {
      this.questions = await import('./questions.js');
    } catch (err) {
      this.questionsRequested = false;
      reportError(this, 'network', `Could not load the questions: ${String(err)}`, TAG);
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    syncLocaleAttributes(this);
    if (changed.has('mode')) {
      if (!MODES.includes(this.mode)) reportError(this, 'invalid-attribute', `mode "${this.mode}" is not one of ${MODES.join(', ')}; using cards`, TAG);
      this.step = this.firstStep;
    }
    if (changed.has('subject') && !(SUBJECTS as readonly string[]).includes(this.subject)) {
      reportError(this, 'invalid-attribute', `subject "${this.subject}" is not one of ${SUBJECTS.join(', ')}; using self`, TAG);
    }
    if (changed.has('headingLevel') && !(this.headingLevel >= 2 && this.headingLevel <= 6)) {
      reportError(this, 'invalid-attribute', 'heading-level must be 2 to 6', TAG);
    }
    if (changed.has('catalog')) void this.loadCatalog();
    if (this.effectiveMode === 'questions' && !this.questions) void this.loadQuestions();
    if (changed.has('domains') || (changed as Map<PropertyKey, unknown>).has('hostCatalog') || changed.has('catalog')) {
      const base = this.hostCatalog ?? needsCatalog;
      const { ids, unknown } = parseDomains(this.domains, base);
      if (unknown.length && !this.catalogPending) {
        reportError(
          this,
          'invalid-attribute',
          `domains: unknown need id(s) ${unknown.join(', ')}${ids.length ? '' : '; showing every need'}. Known: ${base.map((n) => n.id).join(' ')}`,
          TAG,
        );
      }
      this.active = activeCatalog(base, ids);
    }
  }

  override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
  }

  private async loadCatalog(): Promise<void> {
    const run = ++this.validationRun;
    if (this.catalog === undefined || this.catalog === null) {
      this.catalogPending = false;
      this.hostCatalog = null;
      return;
    }
    this.catalogPending = true;
    const { checkCatalog } = await import('./catalog-schema.js');
    if (run !== this.validationRun) return;
    this.catalogPending = false;
    const check = checkCatalog(this.catalog);
    if (check.ok) {
      this.hostCatalog = check.catalog;
    } else {
      reportError(this, 'invalid-property', `catalog rejected, using the built-in needs (${check.problems.join(' | ')})`, TAG);
      this.hostCatalog = null;
      this.requestUpdate('hostCatalog');
    }
  }

  // ---- user actions -------------------------------------------------------

  /**
   * The crisis card is loaded on the person's first interaction, not with the finder, so the finder's
   * first load stays small; until it is defined, its light-DOM fallback shows the emergency advice.
   */
  private loadCrisisCard(): void {
    if (this.crisisCardRequested) return;
    this.crisisCardRequested = true;
    import('../crisis-card/define.js').catch(() => {
      this.crisisCardRequested = false; // try again on the next change; the fallback text stays meanwhile
    });
  }

  private readonly onFirstInteraction = () => this.loadCrisisCard();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.onFirstInteraction, { once: true });
    this.addEventListener('pointerdown', this.onFirstInteraction, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onFirstInteraction);
    this.removeEventListener('pointerdown', this.onFirstInteraction);
  }

  private apply(next: NeedsState): void {
    this.loadCrisisCard();
    const before = this.needs;
    this.data = next;
    const after = this.needs;
    if (!sameList(before, after)) emit(this, 'intake-needs-change', { needs: after });
    if (!this.riskFired && this.concern) {
      this.riskFired = true;
      emit(this, 'intake-risk', {
        level: 'urgent',
        reasons: [this.effectiveMode === 'questions' ? 'safety-question-positive' : 'safety-at-home-picked'],
        source: TAG,
      });
    }
    this.handOff(handoffNeeds(this.provisional()));
  }

  private provisional(): NeedsResult {
    return buildResult({
      state: this.data,
      mode: this.effectiveMode,
      active: this.active,
      locale: getLocale(),
      subject: this.subjectValue,
      id: 'provisional',
      screening: this.questions ?? undefined,
    });
  }

  private get subjectValue(): 'self' | 'other' {
    return this.other ? 'other' : 'self';
  }

  private go(step: Step): void {
    this.step = step;
    this.focusHeading = true;
  }

  private next(): void {
    const steps = stepsFor(this.effectiveMode, this.needs.length);
    const nextStep = steps[steps.indexOf(this.step) + 1] ?? 'done';
    if (nextStep === 'done') this.finish();
    else this.go(nextStep);
  }

  private back(): void {
    const steps = stepsFor(this.effectiveMode, this.needs.length);
    this.go(steps[Math.max(0, steps.indexOf(this.step) - 1)]);
  }

  private finish(): void {
    const result = buildResult({
      state: this.data,
      mode: this.effectiveMode,
      active: this.active,
      locale: getLocale(),
      subject: this.subjectValue,
      id: newResultId(),
      screening: this.questions ?? undefined,
    });
    this.result = result;
    this.go('done');
    this.internals.setFormValue(JSON.stringify(result));
    emit(this, 'intake-needs-complete', result);
    this.handOff(handoffNeeds(result));
  }

  private startOver(): void {
    this.reset();
    this.focusHeading = true;
  }

  private handOff(ids: string[]): void {
    if (!this.htmlFor) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = (typeof root.getElementById === 'function' ? root.getElementById(this.htmlFor) : null) ?? document.getElementById(this.htmlFor);
    if (!target) {
      if (!this.missingTargetReported) {
        this.missingTargetReported = true;
        reportError(this, 'invalid-attribute', `for="${this.htmlFor}" names no element on the page; listen for intake-needs-complete instead`, TAG);
      }
      return;
    }
    if (sameList(ids, this.lastHandoff)) return;
    this.lastHandoff = ids;
    (target as HTMLElement & { needs?: string[] }).needs = [...ids];
  }

  // ---- rendering ----------------------------------------------------------

  override render() {
    const body =
      this.step === 'questions' && this.effectiveMode === 'questions'
        ? this.questionsStep()
        : this.step === 'follow-up'
          ? this.followUpStep()
          : this.step === 'priority'
            ? this.priorityStep()
            : this.step === 'done'
              ? this.doneStep()
              : this.effectiveMode === 'questions'
                ? this.questionsStep()
                : this.pickStep();
    return html`<section part="finder" class="finder" aria-labelledby="heading">${body}</section>`;
  }

  private heading(text: string): TemplateResult {
    return html`<div class="step-heading" id="heading" role="heading" aria-level=${this.level} tabindex="-1">${text}</div>`;
  }

  private icon(need: NeedDefinition): TemplateResult {
    return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${need.icon}></path></svg>`;
  }

  private pickStep(): TemplateResult {
    const locale = getLocale();
    return html`${this.heading(this.other ? msg('What would help them right now?') : msg('What would help right now?'))}
      <p class="intro" id="intro">
        ${this.other
          ? msg('Pick any that apply to the person you are helping. You can skip anything.')
          : msg('Pick any that apply. You can skip anything, and you can change your mind later.')}
      </p>
      <fieldset class="cards" aria-labelledby="heading" aria-describedby="intro">
        ${this.active.map((need) => {
          const checked = this.data.picked.includes(need.id);
          const description = needDescription(need, locale);
          return html`<div part="need" class="need ${checked ? 'checked' : ''}">
            <input
              type="checkbox"
              id="need-${need.id}"
              .checked=${checked}
              aria-describedby=${description ? `desc-${need.id}` : nothing}
              @change=${(e: Event) => this.apply(togglePick(this.data, need.id, (e.target as HTMLInputElement).checked))}
            />
            <label for="need-${need.id}">${this.icon(need)}<span>${needLabel(need, locale)}</span></label>
            ${description ? html`<span class="desc" id="desc-${need.id}">${description}</span>` : nothing}
          </div>`;
        })}
      </fieldset>
      ${this.safetyPanel()}
      <div class="nav">
        <button class="action" part="action" type="button" @click=${() => this.next()}>${this.needs.length ? msg('Next') : msg('Skip for now')}</button>
      </div>`;
  }

  private questionsStep(): TemplateResult {
    const q = this.questions;
    const items = q ? q.itemsFor(this.active.map((n) => n.id)) : [];
    return html`${this.heading(this.other ? msg('A few questions about their life') : msg('A few questions about your life'))}
      <p class="intro">${msg('Your answers help find the right support. Skip any question you like.')}</p>
      ${q ? items.map((item) => html`${this.question(q, item)}${item.id === 'safety' ? this.safetyPanel() : nothing}`) : nothing}
      ${items.some((i) => i.id === 'safety') ? nothing : this.safetyPanel()}
      <div class="nav">
        <button class="action" part="action" type="button" @click=${() => this.next()}>${msg('Next')}</button>
      </div>`;
  }

  private question(q: QuestionsModule, item: ScreeningItem): TemplateResult {
    const chosen = this.data.answers[item.id] ?? [];
    const type = item.multiple ? 'checkbox' : 'radio';
    return html`<fieldset part="question" class="question">
      <legend>${q.questionText(item.id, this.other)}</legend>
      ${item.multiple ? html`<p class="note">${msg('Pick all that apply.')}</p>` : nothing}
      <div class="choices">
        ${item.options.map(
          (o) => html`<label class="choice"
            ><input
              type=${type}
              name="q-${item.id}"
              value=${o.id}
              .checked=${chosen.includes(o.id)}
              @change=${(e: Event) => this.apply({ ...this.data, answers: q.answerItem(this.data.answers, item, o.id, (e.target as HTMLInputElement).checked) })}
            />${q.optionText(item.id, o.id, this.other)}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private followUpStep(): TemplateResult {
    const locale = getLocale();
    const steps = stepsFor(this.effectiveMode, this.needs.length);
    const last = steps.indexOf('follow-up') === steps.length - 2;
    return html`${this.heading(msg('A little more about each one'))}
      <p class="intro">${msg('Answer only what you want to. You can skip any question.')}</p>
      ${this.safetyPanel()}
      ${this.needs.map((id) => {
        const need = this.active.find((n) => n.id === id)!;
        const f = this.data.followUp[id] ?? { wantsHelp: null, urgency: null };
        const helpOptions: [WantsHelp, string][] = [
          ['yes', msg('Yes, please')],
          ['not-now', msg('Not now')],
          ['already-getting-help', msg('Already getting help')],
        ];
        const soonOptions: [Urgency, string][] = [
          ['today', msg('Today')],
          ['this-week', msg('This week')],
          ['later', msg('Later')],
        ];
        return html`<section class="block" aria-labelledby="block-${id}">
          <div class="block-heading" id="block-${id}" role="heading" aria-level=${Math.min(this.level + 1, 6)}>${this.icon(need)}${needLabel(need, locale)}</div>
          <fieldset>
            <legend>${this.other ? msg('Would they like help with this?') : msg('Would you like help with this?')}</legend>
            <div class="choices">
              ${helpOptions.map(
                ([value, text]) => html`<label class="choice"
                  ><input
                    type="radio"
                    name="help-${id}"
                    value=${value}
                    .checked=${f.wantsHelp === value}
                    @change=${() => this.apply(setWantsHelp(this.data, id, value))}
                  />${text}</label
                >`,
              )}
            </div>
          </fieldset>
          ${f.wantsHelp === 'yes'
            ? html`<fieldset>
                <legend>${msg('How soon?')}</legend>
                <div class="choices">
                  ${soonOptions.map(
                    ([value, text]) => html`<label class="choice"
                      ><input
                        type="radio"
                        name="soon-${id}"
                        value=${value}
                        .checked=${f.urgency === value}
                        @change=${() => this.apply(setUrgency(this.data, id, value))}
                      />${text}</label
                    >`,
                  )}
                </div>
              </fieldset>`
            : f.wantsHelp === 'not-now'
              ? html`<p class="note">${msg('That is okay. You can come back any time.')}</p>`
              : nothing}
        </section>`;
      })}
      <div class="nav">
        <button class="action secondary" part="action" type="button" @click=${() => this.back()}>${msg('Back')}</button>
        <button class="action" part="action" type="button" @click=${() => this.next()}>${last ? msg('Finish') : msg('Next')}</button>
      </div>`;
  }

  private priorityStep(): TemplateResult {
    const locale = getLocale();
    return html`${this.heading(this.other ? msg('Which one matters most to them right now?') : msg('Which one matters most to you right now?'))}
      <p class="intro" id="intro">${msg('We will put it first. You can skip this.')}</p>
      ${this.safetyPanel()}
      <fieldset class="block" aria-labelledby="heading" aria-describedby="intro">
        <div class="choices">
          ${this.needs.map((id) => {
            const need = this.active.find((n) => n.id === id)!;
            return html`<label class="choice"
              ><input
                type="radio"
                name="most"
                value=${id}
                .checked=${this.data.mostImportant === id}
                @change=${() => this.apply(setMostImportant(this.data, id))}
              />${needLabel(need, locale)}</label
            >`;
          })}
        </div>
      </fieldset>
      <div class="nav">
        <button class="action secondary" part="action" type="button" @click=${() => this.back()}>${msg('Back')}</button>
        <button class="action" part="action" type="button" @click=${() => this.next()}>${msg('Finish')}</button>
      </div>`;
  }

  private doneStep(): TemplateResult {
    const locale = getLocale();
    const result = this.result;
    const had = result?.needs.filter((n) => n.hasNeed) ?? [];
    return html`${this.heading(msg('Thank you'))}
      ${this.safetyPanel()}
      ${had.length === 0
        ? html`<p>${this.other ? msg('Nothing was picked. That is okay.') : msg('You did not pick anything. That is okay.')}</p>`
        : html`<p>${this.other ? msg('Here is what you shared about them.') : msg('Here is what you shared.')}</p>
            <ul class="summary" role="list">
              ${had.map((n) => {
                const need = this.active.find((d) => d.id === n.id);
                return html`<li>
                  <span class="label">${need ? needLabel(need, locale) : n.id}</span>
                  <span>${this.statusText(n.wantsHelp, n.urgency)}</span>
                  ${n.id === result?.mostImportant ? html`<span class="badge">${msg('Matters most')}</span>` : nothing}
                </li>`;
              })}
            </ul>`}
      <p class="note">${msg('You can come back any time.')}</p>
      <div class="nav">
        <button class="action secondary" part="action" type="button" @click=${() => this.go(this.firstStep)}>${msg('Change answers')}</button>
        <button class="action secondary" part="action" type="button" @click=${() => this.startOver()}>${msg('Start over')}</button>
      </div>`;
  }

  private statusText(wantsHelp: WantsHelp | null, urgency: Urgency | null): string {
    if (wantsHelp === 'yes') {
      if (urgency === 'today') return msg('Wants help today');
      if (urgency === 'this-week') return msg('Wants help this week');
      if (urgency === 'later') return msg('Wants help later');
      return msg('Wants help');
    }
    if (wantsHelp === 'not-now') return msg('Not now');
    if (wantsHelp === 'already-getting-help') return msg('Already getting help');
    return msg('No answer');
  }

  private safetyPanel(): TemplateResult {
    const concern = this.concern;
    if (concern) this.loadCrisisCard();
    return html`<div part="safety" class=${concern ? 'safety' : 'safety-off'}>
      <p class="safety-lead" role="status">
        ${concern
          ? this.other
            ? msg('Their safety matters. These free, private lines help people who are hurt or scared, and people worried about them.')
            : msg('Your safety matters. You do not have to face this alone. These lines are free and private.')
          : nothing}
      </p>
      ${concern
        ? html`<intake-crisis-card variant="urgent" audience="domestic-violence" region=${this.region ?? nothing} heading-level=${Math.min(this.level + 1, 6)}
              ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
            >
            <p class="note">${this.quickExitReminder()}</p>`
        : nothing}
    </div>`;
  }

  private quickExitReminder(): string {
    const quickExit = document.querySelector('intake-quick-exit');
    if (!quickExit) return msg('If someone might see your screen, you can close this page at any time.');
    return quickExit.hasAttribute('no-shortcut')
      ? msg('To leave this page fast, use the "Leave this site" button.')
      : msg('To leave this page fast, use the "Leave this site" button or press Shift 3 times.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-needs-finder': IntakeNeedsFinder;
  }
}
