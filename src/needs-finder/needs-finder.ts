import { LitElement, adoptStyles, css, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { emit, reportError } from '../core/events.js';
import { numberOf, resetNonText, stringOnly } from '../core/any-value.js';
import { lazyImport } from '../core/lazy-import.js';
import { openCopy } from '../handoff/open-copy.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import { WipeOnQuickExit } from '../core/wipe.js';
import { HandoffLink, jsonAttribute } from '../core/handoff-link.js';
import { FormGetGuard } from '../core/form-guard.js';
import type { NeedsResult } from '../core/needs-schemas.js';
import type { NeedDefinition } from '../data/needs-catalog.js';
// Only the cards at start: the needs' codes load with the result (views.ts, result.ts).
import { needCards, type NeedCard } from '../data/need-cards.js';
import {
  MODES,
  activeCatalog,
  emptyState,
  parseDomains,
  rankable,
  stepsFor,
  togglePick,
  type NeedsMode,
  type NeedsState,
  type Step,
} from './state.js';
import { currentNeeds, hasSafetyConcern } from './needs-of.js';
import { needDescription, needLabel } from './need-texts.js';
import type { HandoffMemo, ViewHost } from './views.js';

type QuestionsModule = typeof import('./questions.js');
import { styles } from './needs-finder.styles.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/needs-finder.js';

const TAG = 'intake-needs-finder';
const SUBJECTS = ['self', 'other'] as const;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The later steps (follow-up, priority, summary), the screening questions' fields, the safety notice's
 * text and the result building are not needed at first paint: they load on the person's first
 * interaction, so the need cards paint without them. One module for every finder on the page.
 */
type Views = typeof import('./views.js');
let views: Views | undefined;
const loadViews = lazyImport(() => import('./views.js'), (m) => (views = m));
/** Starts loading the views early; a failure is reported when a view is actually needed. */
const preloadViews = () => void loadViews().catch(() => undefined);
/** The views' styles, built once and added to each finder's shadow root when it first draws a view. */
let viewSheet: CSSResult | undefined;

/**
 * @summary "What would help right now?": social and health needs, whether the person wants help with each, how soon, and what matters most.
 *
 * Two modes: `cards` (pick any that apply) and `questions` (a short screening built on the CMS AHC
 * health-related social needs core questions, plus one safety question of our own). Each need carries
 * its HL7 SDOH Clinical Care category code and Open Eligibility taxonomy terms. A need the person does
 * not want help with ("Not now") is recorded as such and never handed on. Picking "Safety at home" or
 * answering the safety question yes shows the crisis card with the National Domestic Violence Hotline
 * (US), a reminder of the quick exit, and fires `intake-risk`; the person can always go on.
 * Form-associated: with `name`, the form value is the JSON result; a form reset resets it; a form
 * without `method="post"` (GET) never carries it (`intake-error` `form-method-get`). With `submit-url`,
 * the summary asks "Send your answers to the team now?" and, on yes, POSTs the result there (JSON, or an
 * encrypted JWE with `encrypt-to`); the person sees it sending, sent or failed (Try again, crisis lines).
 * `point-person` and `response-time` say who reads the answers and when.
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
 * @fires intake-submit - The result reached `submit-url`. Detail: `{ status, format }` (never the answers).
 * @fires intake-error - A bad `mode`, `subject`, `domains`, `heading-level`, `for`, `catalog`, `submit-url`, `encrypt-to`,
 *   `submit-format` or `point-person`; a failed send (`submit-failed`); a GET form (`form-method-get`). Detail: `{ code, message, source }`.
 *
 * @csspart finder - The outer card.
 * @csspart need - One need card (cards mode).
 * @csspart question - One screening question (questions mode).
 * @csspart safety - The safety notice with the crisis card.
 * @csspart action - A Next, Back or Finish button.
 * @csspart submit - Sending to `submit-url`: the question before sending, sending, sent, failed.
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
  @property({ reflect: true, converter: stringOnly }) mode: NeedsMode = 'cards';

  /** Need ids that limit and order the catalog, separated by spaces or commas (`food housing-tonight safety`). */
  @property() domains?: string;

  /** `self` (default) or `other`: the person is answering for someone else. */
  @property({ reflect: true, converter: stringOnly }) subject: 'self' | 'other' = 'self';

  /** Id of an element on the page (an `<intake-service-finder>`) whose `needs` this finder sets. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Drop the element's own card frame (border, corners, padding), for a host that already frames it. Narrow elements (480 px or less) drop it anyway. */
  @property({ type: Boolean, reflect: true }) flush = false;

  /** Form field name: the form value is the JSON result. */
  @property({ reflect: true, converter: stringOnly }) name?: string;

  /** Region for the crisis card on the safety path (ISO 3166, e.g. `US`, `US-CA`). Default: from the page language, else US. */
  @property() region?: string;

  /** Level of the step headings, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The host's own catalog (array of needs). Validated; a bad one fires `intake-error` and the built-in catalog is used. */
  @property({ attribute: false }) catalog?: unknown;

  /** Where to POST the result once the person agrees to send it: an https URL, or one on this page's origin. */
  @property({ attribute: 'submit-url', converter: stringOnly }) submitUrl?: string;

  /** The organization's public key (JWK, JSON text or object; EC P-256 or RSA-OAEP-256): the result goes as an encrypted JWE. */
  @property({ attribute: 'encrypt-to', converter: jsonAttribute }) encryptTo?: unknown;

  /** `json` (default) or `fhir`: what `submit-url` receives. */
  @property({ attribute: 'submit-format', converter: stringOnly }) submitFormat?: string;

  /** Who follows up (JSON text or object: `{ name, role, photo? }`, photo an https URL), named in the summary. */
  @property({ attribute: 'point-person', converter: jsonAttribute }) pointPerson?: unknown;

  /** When someone reads the answers, in the page's language (e.g. "within 1 business day"); said with the point person. */
  @property({ attribute: 'response-time', converter: stringOnly }) responseTime?: string;

  /** How long to wait for `submit-url` before offering Try again, in milliseconds (default 15000). */
  @property({ attribute: false }) submitTimeout = 15000;

  @state() private step: Step = 'pick';
  @state() private data: NeedsState = emptyState();
  /** Whether the safety notice was on screen at the last update (to bring it into view once). */
  private concernShown = false;
  @state() private hostCatalog: NeedDefinition[] | null = null;
  @state() private result: NeedsResult | null = null;
  /** Questions mode's items and texts, loaded on demand. */
  @state() private questions: QuestionsModule | null = null;

  private active: NeedCard[] = [...needCards];
  private catalogPending = false;
  private validationRun = 0;
  private riskFired = false;
  private focusHeading = false;
  private readonly handoff: HandoffMemo = { last: [], missingReported: false };
  private crisisCardRequested = false;
  /** Next was pressed before views.ts was in: the current step stays on screen until it is. */
  private pendingNext = false;
  /** A for= handoff waits for views.ts (it builds the list). */
  private handoffPending = false;
  /** Set while views.ts loads for this element; updateComplete waits for it. */
  private viewsPending?: Promise<void>;
  private viewStylesAdded = false;
  private readonly internals: ElementInternals;
  /** Delivery to `submit-url` and the point person (their module loads only when a host sets them). */
  private readonly formGuard = new FormGetGuard(this, TAG);
  private readonly link = new HandoffLink(this, TAG);

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
    this.link.wipe();
    this.data = emptyState();
    this.result = null;
    this.riskFired = false;
    this.pendingNext = false;
    this.handoffPending = false;
    this.step = this.firstStep;
    this.internals.setFormValue(null);
    if (views && this.handoff.last.length) this.handOff(views, []);
  }

  /** Called by the browser when the form is reset. */
  formResetCallback(): void {
    this.reset();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.formGuard.attach(form);
  }

  private get effectiveMode(): NeedsMode {
    return MODES.includes(this.mode) ? this.mode : 'cards';
  }

  private get other(): boolean {
    return this.subject === 'other';
  }

  private get level(): number {
    const level = numberOf(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 2;
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
    if (views) this.addViewStyles(views);
    // Any JavaScript value can be set (a Symbol, a Proxy): text properties hold text from here on.
    const notText = resetNonText(this, changed, {
      mode: 'cards',
      domains: undefined,
      subject: 'self',
      htmlFor: undefined,
      name: undefined,
      region: undefined,
      submitUrl: undefined,
      submitFormat: undefined,
      responseTime: undefined,
    });
    if (notText.length) reportError(this, 'invalid-property', `${notText.join(', ')}: must be a string; using the default`, TAG);
    if (changed.has('mode')) {
      if (!MODES.includes(this.mode)) reportError(this, 'invalid-attribute', `mode "${this.mode}" is not one of ${MODES.join(', ')}; using cards`, TAG);
      this.pendingNext = false;
      this.step = this.firstStep;
    }
    if (changed.has('subject') && !(SUBJECTS as readonly string[]).includes(this.subject)) {
      reportError(this, 'invalid-attribute', `subject "${this.subject}" is not one of ${SUBJECTS.join(', ')}; using self`, TAG);
    }
    if (changed.has('headingLevel') && !(numberOf(this.headingLevel) >= 2 && numberOf(this.headingLevel) <= 6)) {
      reportError(this, 'invalid-attribute', 'heading-level must be 2 to 6', TAG);
    }
    if (changed.has('catalog')) void this.loadCatalog();
    this.link.update(changed);
    if (this.effectiveMode === 'questions' && !this.questions) {
      void this.loadQuestions();
      preloadViews(); // the questions are drawn by views.ts: load both at once
    }
    if (changed.has('domains') || (changed as Map<PropertyKey, unknown>).has('hostCatalog') || changed.has('catalog')) {
      const base: readonly NeedCard[] = this.hostCatalog ?? needCards;
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
    // A tick that raises a safety concern brings the crisis lines into view (on a phone they sit
    // below the other cards); focus stays on the tick. Only when it appears, not on every redraw.
    const concern = this.concern;
    if (concern && !this.concernShown && this.step === this.firstStep) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.renderRoot.querySelector('[part="safety"]')?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    }
    this.concernShown = concern;
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

  private readonly onFirstInteraction = () => {
    this.loadCrisisCard();
    preloadViews();
  };

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
    preloadViews();
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
    this.handOffProvisional();
  }

  /** Hands what the person has picked so far to the for= element, once views.ts (which builds the list) is in. */
  private handOffProvisional(): void {
    if (!this.htmlFor) return;
    if (!views) {
      this.handoffPending = true;
      this.needViews();
      return;
    }
    this.handoffPending = false;
    this.handOff(views, views.handoffNeeds(this.resultFor(views, 'provisional')));
  }

  /** The result of what the person has answered so far (result building comes with views.ts). */
  private resultFor(v: Views, id: string): NeedsResult {
    return v.buildResult({
      state: this.data,
      mode: this.effectiveMode,
      active: this.active,
      locale: getLocale(),
      subject: this.other ? 'other' : 'self',
      id,
      screening: this.questions ?? undefined,
    });
  }

  private go(step: Step): void {
    // Leaving the summary before sending: the question to send goes with it.
    if (step !== 'done') this.link.withdraw();
    this.step = step;
    this.focusHeading = true;
  }

  /** Loads views.ts for this element, then does what waited for it (a step, the safety notice, a handoff). */
  private needViews(): void {
    this.viewsPending ??= loadViews()
      .then(
        () => {
          if (this.handoffPending) this.handOffProvisional();
          if (this.pendingNext) {
            this.pendingNext = false;
            this.next();
          }
          this.requestUpdate();
        },
        (err: unknown) => {
          this.pendingNext = false; // stay on the current step
          reportError(this, 'network', `Could not load the next step: ${String(err)}`, TAG);
        },
      )
      .finally(() => (this.viewsPending = undefined));
  }

  /** Adds the views' styles after the element's own. */
  private addViewStyles(v: Views): void {
    if (this.viewStylesAdded) return;
    this.viewStylesAdded = true;
    viewSheet ??= v.viewStyles(css);
    // Where adoptedStyleSheets is missing, Lit's fallback appends <style> elements again: harmless.
    adoptStyles(this.renderRoot as ShadowRoot, [...IntakeNeedsFinder.elementStyles, viewSheet]);
  }

  /** Resolves once the step on screen is drawn, including one that waited for views.ts. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.viewsPending ? this.viewsPending.then(() => this.getUpdateComplete()) : done;
  }

  private next(): void {
    if (this.pendingNext) return;
    if (!views) {
      // Normally loaded since the first interaction; if not, the current step stays until it is.
      this.pendingNext = true;
      this.needViews();
      return;
    }
    const steps = stepsFor(this.effectiveMode, this.needs.length, rankable(this.data, this.needs).length);
    const nextStep = steps[steps.indexOf(this.step) + 1] ?? 'done';
    if (nextStep === 'done') this.finish(views);
    else this.go(nextStep);
  }

  private back(): void {
    const steps = stepsFor(this.effectiveMode, this.needs.length, rankable(this.data, this.needs).length);
    this.go(steps[Math.max(0, steps.indexOf(this.step) - 1)]);
  }

  private finish(v: Views): void {
    const result = this.resultFor(v, v.newResultId());
    this.result = result;
    this.go('done');
    this.internals.setFormValue(JSON.stringify(result));
    emit(this, 'intake-needs-complete', result);
    this.handOff(v, v.handoffNeeds(result));
    // With submit-url, the summary asks before anything is sent.
    this.link.offer(result, false);
  }

  private startOver(): void {
    this.reset();
    this.focusHeading = true;
  }

  /** Sets `needs` on the element for= names (views.ts does it: a handoff needs views.ts anyway). */
  private handOff(v: Views, ids: string[]): void {
    if (this.htmlFor) v.handOff(this, this.htmlFor, ids, this.handoff, (message) => reportError(this, 'invalid-attribute', message, TAG));
  }

  // ---- rendering ----------------------------------------------------------

  override render() {
    // The first step, else a later one (drawn by views.ts: the person only gets there once it is in).
    const body =
      this.step === this.firstStep || !views
        ? this.effectiveMode === 'questions'
          ? this.questionsStep()
          : this.pickStep()
        : this.laterStep(views);
    const when = typeof this.responseTime === 'string' ? this.responseTime.trim().slice(0, 200) : '';
    return html`<section part="finder" class="finder" aria-labelledby="heading">
      ${body}
      ${this.step === 'done' && this.link.delivered ? this.link.nextWords({ when, contact: false }) : nothing}
      ${this.link.view({ crisisCard: () => this.sendFailedCard() })}
    </section>`;
  }

  /** What views.ts reads from this element and calls back on it. */
  private viewHost(): ViewHost {
    const needs = this.needs;
    const steps = stepsFor(this.effectiveMode, needs.length, rankable(this.data, needs).length);
    return {
      html,
      nothing,
      level: this.level,
      other: this.other,
      region: this.region,
      data: this.data,
      active: this.active,
      needs,
      followUpIsLast: steps.indexOf('follow-up') === steps.length - 2,
      result: this.result,
      heading: (text) => this.heading(text),
      icon: (need) => this.icon(need),
      label: (need) => needLabel(need, getLocale()),
      safetyPanel: () => this.safetyPanel(),
      apply: (next) => this.apply(next),
      back: () => this.back(),
      next: () => this.next(),
      changeAnswers: () => this.go(this.firstStep),
      startOver: () => this.startOver(),
      forTarget: () => (this.htmlFor && views ? views.forElement(this, this.htmlFor) : null),
      keepCopy: () => this.result && void openCopy(this, this.result, (id) => needLabel(this.active.find((n) => n.id === id)!, getLocale())),
    };
  }

  private laterStep(v: Views): TemplateResult {
    const host = this.viewHost();
    return this.step === 'follow-up' ? v.followUpView(host) : this.step === 'priority' ? v.priorityView(host) : v.doneView(host);
  }

  private heading(text: string): TemplateResult {
    return html`<div class="step-heading" id="heading" role="heading" aria-level=${this.level} tabindex="-1">${text}</div>`;
  }

  private icon(need: NeedCard): TemplateResult {
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
    // The questions are drawn by views.ts, loaded with them: only the heading shows until both are in.
    if (q && !views) this.needViews();
    return html`${this.heading(this.other ? msg('A few questions about their life') : msg('A few questions about your life'))}
    ${q && views ? views.questionsBody(this.viewHost(), q, q.itemsFor(this.active.map((n) => n.id))) : nothing}`;
  }

  /** The crisis lines under a failed send. */
  private sendFailedCard(): TemplateResult {
    this.loadCrisisCard();
    return html`<intake-crisis-card variant="compact" region=${this.region ?? nothing} heading-level=${Math.min(this.level + 1, 6)}
      ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
    >`;
  }

  private safetyPanel(): TemplateResult {
    const concern = this.concern;
    if (concern) this.loadCrisisCard();
    // The notice's text comes with views.ts: until it is loaded (a moment at most), the notice stays off.
    if (concern && !views) this.needViews();
    const v = concern ? views : undefined;
    if (concern && !v) {
      // Safety never waits on a download: the crisis card (or, if even that cannot load, its own
      // light-DOM text) shows at once; the fuller notice replaces it when views.ts arrives.
      return html`<div part="safety" class="safety">
        <intake-crisis-card variant="urgent" audience="domestic-violence" region=${this.region ?? nothing} heading-level=${Math.min(this.level + 1, 6)}
          ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
        >
      </div>`;
    }
    return html`<div part="safety" class=${v ? 'safety' : 'safety-off'}>
      <p class="safety-lead" role="status">${v ? v.safetyLead(this.other) : nothing}</p>
      ${v ? v.safetyBody(this.viewHost()) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-needs-finder': IntakeNeedsFinder;
  }
}
