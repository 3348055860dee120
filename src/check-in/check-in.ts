import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CheckInResult } from '../core/check-in-schemas.js';
import { emit, reportError } from '../core/events.js';
import { resetNonText, stringOnly } from '../core/any-value.js';
import { lazyImport } from '../core/lazy-import.js';
import { listInSentence, prepareListFormat } from '../core/list-in-sentence.js';
import { openCopy } from '../handoff/open-copy.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import { STORAGE_PREFIX, WipeOnQuickExit } from '../core/wipe.js';
import { HandoffLink, jsonAttribute } from '../core/handoff-link.js';
import { FormGetGuard } from '../core/form-guard.js';
import * as E from './engine.js';
import { checkRiskWords, riskSignals, type RiskReason, type RiskSignal, type RiskWords } from './risk.js';
import { resolveTextIn, type TextContext } from './script-logic.js';
import type { Script, Step, StepOf, Text } from './script-schema.js';
import type { Texts } from './scripts/common.js';
import { openerTexts, welcomeScript } from './scripts/welcome-script.js';
import { translationValidated } from './scripts/instrument-defs.js';
import { styles } from './check-in.styles.js';
import type { Choice, Shown, ViewHost } from './views.js';
import type { applyScreenerRules as ApplyScreenerRules } from './scripts/screener-rules.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/check-in.js';

const TAG = 'intake-check-in';
type Subject = E.Subject;
interface Flow {
  script: Script;
  /** Built-in scripts: their translated texts (message id -> text) for a subject. */
  texts?: (subject: Subject) => Texts;
  /** Texts past the first step come with views.ts (the welcome script). */
  late?: boolean;
  /** Screener rules applied to `base` for `locale` (applied again when the language changes). */
  rules?: { base: Script; apply: typeof ApplyScreenerRules; locale: string };
  /** A FHIR Questionnaire's flow adds its QuestionnaireResponse to the result. */
  complete?: (state: E.EngineState, result: CheckInResult) => Promise<CheckInResult>;
}
const BUILT_IN = ['welcome', 'phq-9', 'gad-7', 'phq-4', 'who-5', 'asq', 'self-referral'];

/** The safety pause: what raised it and the step whose answer did. */
interface Pause {
  reasons: RiskReason[];
  from: string;
}

/**
 * The views of the steps that never open a conversation (comment, multiple choice, text, number,
 * contact, consent, summary, scores, the save prompt) load right after the first paint or at the
 * person's first touch, so the opener paints without them. One module for every check-in on the page.
 */
type Views = typeof import('./views.js');
let views: Views | undefined;
const loadViews = lazyImport(() => import('./views.js'), (m) => (views = m));
const preloadViews = (): void => void loadViews().catch(() => {
  // Offline for now: loaded again when a step needs it, which reports the failure.
});
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Answers worded by views.ts in the transcript. */
const VIEW_ANSWERS: ReadonlySet<Step['kind']> = new Set(['number', 'date', 'consent', 'contact']);
/** Whether the controls of a step need views.ts. */
const viewBody = (step: Step): boolean =>
  step.kind === 'single' ? !!step.comment || !!step.instrument : step.kind === 'message' ? !!step.showScores : true;

/**
 * @summary A warm, one-question-at-a-time check-in ("Hey, want to talk?") with optional validated
 * screeners, contact preferences, consent, a summary and crisis help whenever someone is in danger.
 *
 * The conversation comes from a script: a built-in one (`welcome`, `phq-9`, `gad-7`, `phq-4`, `who-5`,
 * `self-referral`) or the host's own script object, validated before use (a bad one shows a gentle
 * message and fires `intake-error`; nothing throws). A FHIR R4 Questionnaire works too: as the `script`
 * property or by URL with `questionnaire-src`; the result then carries its `questionnaireResponse`
 * (see docs/questionnaires.md). Every question can be skipped, Back really undoes,
 * and nothing typed is lost going back and forth or when the page language changes. Inside a `<form>`
 * with `name`, the form submits the JSON result; `required` keeps the form invalid until the person
 * agrees to share; a form without `method="post"` (GET) never carries the answers (`intake-error`
 * `form-method-get`). With `submit-url`, the result is POSTed there once the person agrees to share, as
 * JSON or, with `encrypt-to`, as an encrypted JWE; the person sees it sending, sent or failed (with Try
 * again and the crisis lines). `point-person` names who follows up. With `persist`, answers are kept in sessionStorage only after the person says yes;
 * quick exit and `reset()` wipe them.
 *
 * Accessibility: the transcript is a `role="log"` that announces new messages politely; focus moves
 * to each new question, which names the answer controls; single choices are large buttons with radio
 * semantics (arrow keys move, Enter or Space answers), multiple choices are real checkboxes; every
 * control is at least 44 px and reachable by keyboard alone; "Why we ask" is a native disclosure;
 * text in another language than the page (an English-only screener) carries its own `lang`; Arabic
 * renders right to left; motion is off when the person prefers reduced motion.
 *
 * Safety: a new sign of danger (PHQ-9 item 9 above 0, danger words typed, an option marked risk such as
 * "I'm not safe right now", "Safety at home" among needs) pauses the conversation before the next
 * question: a warm word, the urgent crisis card with the host's local lines first (`resources`, or those
 * of the page's own `<intake-crisis-card>`), then "Keep going", which goes on exactly where it was. Focus
 * moves to the pause's heading, scrolled to the top of the screen; Back returns to the answer. "Safety at
 * home" shows the domestic-violence lines and how to leave the page fast, as the needs finder does.
 * After a sign of danger every built-in script offers to reach the person; the closing words never say
 * that no one will, and say when someone reads the answers (`response-time`).
 *
 * @fires intake-check-in-step - The person moved to another step. Detail: `{ stepId, index, total }`.
 * @fires intake-check-in-complete - The person reached the end. Detail: `CheckInResult`.
 * @fires intake-risk - A new sign of danger (once per reason). Detail: `{ level, reasons, source }`.
 * @fires intake-submit - The result reached `submit-url`. Detail: `{ status, format }` (never the answers).
 * @fires intake-error - A bad `script` (attribute or property), `subject`, `riskWords` or `risk-follow-up`, or a screener
 *   with `subject="other"` (screeners are self-report: their questions are skipped); a Questionnaire that cannot be read
 *   or fetched, items it cannot ask (`questionnaire-unsupported`, linkIds only) or a failing calculatedExpression; a bad `submit-url`, `encrypt-to`, `submit-format` or `point-person`, a failed
 *   send (`submit-failed`, with the HTTP status), a GET form (`form-method-get`). Detail: `{ code, message, source }`.
 *
 * @csspart card - The outer card.
 * @csspart transcript - The conversation log.
 * @csspart bubble - One message in the log.
 * @csspart choice - A choice button or checkbox tile.
 * @csspart action - Continue, Send, Back and other buttons.
 * @csspart progress - The "Step 2 of 9" hint.
 * @csspart pause - The safety pause after a new sign of danger (its heading, the crisis lines, Keep going).
 * @csspart submit - Sending to `submit-url`: the question before sending, sending, sent, failed.
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

  /** URL of a FHIR R4 Questionnaire (JSON) to use as the script; wins over `script`. */
  @property({ attribute: 'questionnaire-src', converter: stringOnly }) questionnaireSrc?: string;

  /** `self` (default) or `other`: ask about someone the person is worried about. */
  @property({ reflect: true, converter: stringOnly }) subject?: string;

  /** ISO 3166 region for the crisis lines (`US`, `US-CA`, `GB`), passed to the crisis card. */
  @property({ reflect: true, converter: stringOnly }) region?: string;

  /** Form field name: the form submits the JSON result under it. */
  @property({ reflect: true, converter: stringOnly }) name?: string;

  /** Drop the element's own card frame (border, corners, padding), for a host that already frames it. Narrow elements (480 px or less) drop it anyway. */
  @property({ type: Boolean, reflect: true }) flush = false;

  /**
   * One crisis card at a time on the page. `auto` (default): no card of its own after "Not right now" or at
   * the end when the page already shows an `<intake-crisis-card>`; `none`: never that card; `always`: always.
   * The urgent card after a sign of danger shows whatever this says: safety wins.
   */
  @property({ attribute: 'crisis-card', converter: stringOnly }) crisisCardMode?: string;

  /** The surrounding form stays invalid until the person agrees to share. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Offer to keep answers in sessionStorage (only if the person agrees) so a reload can resume. */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** When someone reads the answers, in the page's language (e.g. "within 1 business day"); shown as text in the closing words. */
  @property({ attribute: 'response-time', converter: stringOnly }) responseTime?: string;

  /**
   * Local crisis lines (county crisis team, warm line) for the crisis cards inside the check-in, in the
   * crisis card's `resources` shape. Default: the `resources` of the page's own `<intake-crisis-card>`.
   */
  @property({ attribute: false }) resources?: unknown;

  /**
   * Your own crisis words per locale (`{ en: ['jump off the bridge'], '*': [...] }`), added to the
   * built-in ones, never replacing them. Every list is read in any language the person types in.
   * A value that is not an object of string lists fires `intake-error`; the built-in words keep working.
   */
  @property({ attribute: false }) riskWords?: Record<string, readonly string[]>;

  /** Show screener totals to the person (by default they read plain words and a next step; staff get the numbers in the result). */
  @property({ type: Boolean, reflect: true, attribute: 'show-scores' }) showScores = false;

  /** `asq`: after a positive PHQ-9 item 9 (or a yes to the safety question), ask the NIMH ASQ. */
  @property({ reflect: true, attribute: 'risk-follow-up', converter: stringOnly }) riskFollowUp?: string;

  /** Where to POST the result once the person agrees to share: an https URL, or one on this page's origin. */
  @property({ attribute: 'submit-url', converter: stringOnly }) submitUrl?: string;

  /** The organization's public key (JWK, JSON text or object; EC P-256 or RSA-OAEP-256): the result goes as an encrypted JWE. */
  @property({ attribute: 'encrypt-to', converter: jsonAttribute }) encryptTo?: unknown;

  /** `json` (default) or `fhir`: what `submit-url` receives. */
  @property({ attribute: 'submit-format', converter: stringOnly }) submitFormat?: string;

  /** Who follows up (JSON text or object: `{ name, role, photo? }`, photo an https URL), named in the closing words. */
  @property({ attribute: 'point-person', converter: jsonAttribute }) pointPerson?: unknown;

  /** How long to wait for `submit-url` before offering Try again, in milliseconds (default 15000). */
  @property({ attribute: false }) submitTimeout = 15000;

  @state() private flow?: Flow;
  @state() private engine?: E.EngineState;
  @state() private failed = false;
  @state() private reasons: RiskReason[] = [];
  @state() private saving?: 'yes' | 'no' | 'resumed';
  /** A saved copy was found but could not be used (tampered, damaged, another version): told once. */
  @state() private savedLost = false;
  /** Set while the conversation waits after a new sign of danger. */
  @state() private pause?: Pause;
  /** The contact step waits: the person asked to be reached but left no way to reach them. */
  @state() private contactWait = false;
  /** What is wrong with a typed field, by input id, shown under it (a screen reader hears it; the browser's bubble it may not). */
  @state() private fieldErrors: Record<string, string> = {};
  /** Phones: earlier turns stay folded away until the person opens them, so the current question sits near the top. */
  @state() private showEarlier = false;

  /** The host's riskWords once checked. */
  private hostWords?: RiskWords;
  private run = 0;
  private focusNext = false;
  private focusPause = false;
  /** Counts moves, so a move that waited for views.ts is dropped if the person did something else meanwhile. */
  private moves = 0;
  private done = false;
  private result?: CheckInResult;
  private readonly internals?: ElementInternals;
  /** Delivery to `submit-url` and the point person (their module loads only when a host sets them). */
  private readonly formGuard = new FormGetGuard(this, TAG);
  private readonly link = new HandoffLink(this, TAG);
  /** Set while views.ts loads for this element; updateComplete waits for it. */
  private viewsPending?: Promise<void>;

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
    this.link.wipe();
    this.removeSaved();
    this.saving = undefined;
    this.savedLost = false;
    if (this.flow) this.begin(this.flow, false);
  }

  /** Form reset. */
  formResetCallback(): void {
    this.reset();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.formGuard.attach(form);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The crisis card loads right away but apart from the first paint; until it arrives the
    // card shows its fallback text (see crisisCard()).
    if (!customElements.get('intake-crisis-card')) void import('../crisis-card/define.js');
    // The result builder and scoring are needed only at the end: fetched now, off the first paint.
    void import('./result.js');
    // The views of later steps: at the person's first touch, or once the page is idle after the first paint.
    if (!views) {
      for (const type of ['pointerdown', 'keydown', 'focusin']) this.addEventListener(type, preloadViews, { once: true });
      if (typeof requestIdleCallback === 'function') requestIdleCallback(preloadViews, { timeout: 2000 });
      else setTimeout(preloadViews, 200);
    }
    // Each answer is worded again in the transcript (listInSentence): its locale data is loaded while idle, not on the first click.
    const prepare = () => prepareListFormat(getLocale());
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 3000 });
    else setTimeout(prepare, 300);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    syncLocaleAttributes(this);
    // Any JavaScript value can be set (a Symbol, a Proxy): text properties hold text from here on.
    const notText = resetNonText(this, changed, {
      subject: undefined,
      region: undefined,
      name: undefined,
      questionnaireSrc: undefined,
      responseTime: undefined,
      riskFollowUp: undefined,
      crisisCardMode: undefined,
      submitUrl: undefined,
      submitFormat: undefined,
    });
    if (notText.length) reportError(this, 'invalid-property', `${notText.join(', ')}: must be a string; using the default`, TAG);
    // The card checks local lines with its validator: fetched now, not when someone is in danger, and the host hears now.
    if (changed.has('resources') && this.resources != null) void this.checkResources();
    if (changed.has('subject') && this.subject !== undefined && this.subject !== 'self' && this.subject !== 'other') {
      reportError(this, 'invalid-attribute', `subject "${String(this.subject).slice(0, 40)}" is not self or other`, TAG);
    }
    if (changed.has('riskWords')) {
      const checked = checkRiskWords(this.riskWords);
      this.hostWords = checked.ok ? checked.words : undefined;
      if (!checked.ok) reportError(this, 'invalid-property', checked.problem, TAG);
    }
    if (changed.has('riskFollowUp') && this.riskFollowUp !== undefined && this.riskFollowUp !== 'asq') {
      reportError(this, 'invalid-attribute', `risk-follow-up "${String(this.riskFollowUp).slice(0, 40)}" is not asq`, TAG);
    }
    this.link.update(changed);
    if (changed.has('script') || changed.has('riskFollowUp') || changed.has('questionnaireSrc')) void this.load();
    // The language changed mid-conversation: the safety question beside an English item 9 follows it.
    else if (this.flow?.rules && this.flow.rules.locale !== getLocale()) {
      const { base, apply } = this.flow.rules;
      const next = this.screenerRules(apply, base, false);
      // Only ever adds it: a question on screen or answered never disappears.
      const kept = new Set(next.script.steps.map((st) => st.id));
      this.flow = this.flow.script.steps.every((st) => kept.has(st.id))
        ? { ...this.flow, ...next }
        : { ...this.flow, rules: { ...this.flow.rules, locale: next.rules!.locale } };
    }
    else if (changed.has('subject') && this.engine) this.engine = { ...this.engine, subject: this.startSubject };
  }

  override updated(): void {
    this.syncForm();
    const pause = this.focusPause ? this.renderRoot.querySelector<HTMLElement>('#pause-heading') : null;
    if (pause) {
      this.focusPause = false;
      // The lines at the top of the screen, even on a small phone; then focus without moving again.
      pause.scrollIntoView({ block: 'start' });
      pause.focus({ preventScroll: true });
    }
    if (!this.focusNext) return;
    const question = this.renderRoot.querySelector<HTMLElement>('#q-current');
    // Drawn without the log while views.ts loads: focus moves once the question is there.
    if (question || !this.viewsPending) this.focusNext = false;
    question?.focus();
  }

  /** Resolves once the step on screen is drawn, including one that waited for views.ts. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.viewsPending) return done;
    await this.viewsPending;
    return this.getUpdateComplete();
  }

  /** What views.ts reads from the element and calls back on it. */
  private readonly host: ViewHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get script() {
        return el.flow!.script;
      },
      get engine() {
        return el.engine!;
      },
      get picks() {
        return el.engine?.picks ?? {};
      },
      get result() {
        return el.result;
      },
      get saving() {
        return el.saving;
      },
      get contactWait() {
        return el.contactWait;
      },
      waitForContact: () => {
        el.contactWait = true;
      },
      get fieldErrors() {
        return el.fieldErrors;
      },
      setFieldErrors: (errors) => {
        el.fieldErrors = errors;
      },
      show: (text, ctx) => el.show(text, ctx),
      choices: (items, chosen, pick) => el.choices(items, chosen, pick),
      continueButton: () => el.continueButton(),
      answerText: (step, a, ctx) => el.answerText(step, a, ctx),
      commentOf: (step) => el.commentOf(step),
      answer: (step, value, comment) => el.answer(step, value, comment),
      skip: (step) => el.skip(step),
      act: (next, answered) => el.act(next, answered),
      draft: (stepId, text) => el.draft(stepId, text),
      setPicks: (stepId, values) => el.setPicks(stepId, values),
      edit: (stepId) => el.edit(stepId),
      choosePersist: (yes) => el.choosePersist(yes),
      reset: () => el.reset(),
      now: () => el.now(),
    };
  })();

  /** Whether drawing this state needs views.ts: the save prompt, the step's controls, or an answer in the log. */
  private needsViews({ script, late }: Flow, state: E.EngineState): boolean {
    if (this.persist && this.saving !== 'no') return true;
    const step = E.currentStep(script, state);
    if (step && viewBody(step)) return true;
    return this.logNeedsViews({ script, late }, state);
  }

  /** Whether the log, past the first step, needs views.ts: texts that come with it, or answers it words. */
  private logNeedsViews({ script, late }: Flow, state: E.EngineState): boolean {
    if (late && state.current !== script.steps[0].id) return true;
    const path = E.visiblePath(script, state);
    const at = state.current === null ? path.length : path.indexOf(state.current);
    return path.slice(0, Math.max(at, 0)).some((id) => late || VIEW_ANSWERS.has(E.stepById(script, id)!.kind));
  }

  /**
   * Loads views.ts for this element (updateComplete waits), then runs `then` (by default: draw again).
   * If it cannot load, the host hears `intake-error` "network" and the person stays where they are.
   */
  private withViews(then: () => void = () => this.requestUpdate()): void {
    const tracked: Promise<void> = loadViews()
      .then(then, (err: unknown) => reportError(this, 'network', `Could not load the next step of the check-in: ${messageOf(err)}`, TAG))
      .finally(() => {
        if (this.viewsPending === tracked) this.viewsPending = undefined;
      });
    this.viewsPending = tracked;
  }

  /** The host's local lines, checked as the crisis card will check them (never throws). */
  private async checkResources(): Promise<void> {
    const lines = this.resources;
    try {
      const { checkResources } = await import('../crisis-card/resource-schema.js');
      if (lines !== this.resources) return;
      const { problems } = checkResources(lines, (this.region ?? 'US').split('-')[0]);
      if (problems.length) reportError(this, 'invalid-resource', problems.join(' | '), TAG);
    } catch {
      // Offline: the card checks them again when it shows.
    }
  }

  private get startSubject(): Subject {
    return this.subject === 'other' ? 'other' : 'self';
  }

  /* ------------------------------------------------------------ loading */

  private async load(): Promise<void> {
    const run = ++this.run;
    const input = this.script ?? 'welcome';
    // A FHIR Questionnaire: its reader loads only now.
    let questionnaire: boolean;
    try {
      questionnaire = !!this.questionnaireSrc || (!!input && typeof input === 'object' && 'resourceType' in input);
    } catch {
      // A Proxy whose `has` trap throws: not a script anyone can read.
      return this.fail('invalid-script', 'script could not be read (a getter or Proxy threw)');
    }
    if (questionnaire) return this.loadQuestionnaire(run, input);
    if (typeof input === 'string') {
      const id = input || 'welcome';
      // The default script's steps and first texts are part of the first load (its other texts come with
      // views.ts); the other scripts come with their screeners.
      if (id === 'welcome') {
        const texts = (subject: Subject) => (views ? views.welcomeTexts(subject) : openerTexts());
        return this.begin({ script: welcomeScript, texts, late: true }, true);
      }
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
      const screened = this.screenerRules(scripts.applyScreenerRules, scripts.BUILT_IN_SCRIPTS[id]);
      return this.begin({ ...screened, texts: (subject) => scripts.builtInTexts(id, subject) }, true);
    }
    this.flow = undefined;
    this.engine = undefined;
    // The validator (zod) loads only when a host passes its own script.
    const { validateScript } = await import('./script-schema.js');
    if (run !== this.run) return;
    let checked: ReturnType<typeof validateScript>;
    try {
      checked = validateScript(input);
    } catch {
      return this.fail('invalid-script', 'script could not be read (a getter or Proxy threw)');
    }
    if (!checked.ok) return this.fail('invalid-script', checked.problems.join(' | '));
    const hasScreener = checked.script.steps.some((s) => s.kind === 'single' && s.instrument);
    const [rules, reach] = await Promise.all([hasScreener ? import('./scripts/screener-rules.js') : undefined, import('./scripts/reach-out.js')]);
    if (run !== this.run) return;
    const own = reach.withReachOut(checked.script);
    this.begin({ ...(rules ? this.screenerRules(rules.applyScreenerRules, own) : { script: own }), texts: reach.reachOutTexts() }, true);
  }

  /**
   * Official screener rules (scripts/screener-rules.ts): self-report only, the safety question, the ASQ
   * follow-up. `report` is false when they are applied again for another language.
   */
  private screenerRules(apply: typeof ApplyScreenerRules, base: Script, report = true): Pick<Flow, 'script' | 'rules'> {
    const riskFollowUp = this.riskFollowUp === 'asq' ? 'asq' : undefined;
    const locale = getLocale();
    const out = apply(base, { locale, subject: this.startSubject, riskFollowUp });
    if (report) for (const problem of out.problems) reportError(this, 'invalid-attribute', problem, TAG);
    return { script: out.script, rules: { base, apply, locale } };
  }

  private async loadQuestionnaire(run: number, input: unknown): Promise<void> {
    this.flow = undefined;
    this.engine = undefined;
    const q = await import('./questionnaire/index.js');
    let data = input;
    if (this.questionnaireSrc && run === this.run) {
      const got = await q.fetchQuestionnaire(this.questionnaireSrc, document.baseURI);
      if (run === this.run && !got.ok) return this.fail(got.code, got.message);
      if (got.ok) data = got.data;
    }
    if (run !== this.run) return;
    const read = q.readQuestionnaire(data);
    if (!read.ok) return this.fail('invalid-questionnaire', read.problem);
    const { reading } = read;
    // Named once, linkIds only; the person simply never sees those items.
    if (reading.unsupported.length) reportError(this, 'questionnaire-unsupported', `Skipped Questionnaire items the check-in cannot ask: ${reading.unsupported.join(', ')}`, TAG);
    const report = (message: string) => reportError(this, 'questionnaire-expression', message, TAG);
    const reach = await import('./scripts/reach-out.js');
    if (run !== this.run) return;
    this.begin(
      { script: reach.withReachOut(reading.script), texts: reach.reachOutTexts(q.questionnaireTexts), complete: (state, result) => q.completeResult(reading, state, result, report) },
      true,
    );
  }

  private fail(code: 'invalid-attribute' | 'invalid-script' | 'invalid-url' | 'network' | 'invalid-questionnaire', message: string): void {
    this.flow = undefined;
    this.engine = undefined;
    this.failed = true;
    reportError(this, code, message, TAG);
  }

  private begin(flow: Flow, resume: boolean): void {
    this.failed = false;
    this.flow = flow;
    this.reasons = [];
    this.pause = undefined;
    this.contactWait = false;
    this.fieldErrors = {};
    this.moves++;
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
    // The word lists too: saved answers may hold typed words.
    const [{ readSaved }, { findCrisisWords }] = await Promise.all([import('./resume.js'), import('./crisis-words.js')]);
    // Only if nothing happened meanwhile.
    if (this.flow !== flow || this.engine !== fresh) return;
    const read = readSaved(flow.script, raw);
    if ('problem' in read) {
      this.removeSaved();
      this.savedLost = true;
      reportError(this, 'saved-state-invalid', `Saved check-in not restored: ${read.problem}; starting again`, TAG);
      return;
    }
    const saved = read.state;
    this.saving = 'resumed';
    // The host heard about these before the reload: show help again, fire nothing.
    for (const { step, answer } of E.effectiveAnswers(flow.script, saved)) {
      for (const s of riskSignals(step, answer, (text) => findCrisisWords(text, this.hostWords))) {
        if (!this.reasons.includes(s.reason)) this.reasons = [...this.reasons, s.reason];
      }
    }
    this.engine = this.reasons.length ? { ...saved, risk: true } : saved;
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
    const move = ++this.moves;
    // Help never waits for a download: a new sign of danger pauses the conversation at once.
    const fresh = answered ? this.newSignals(answered, next, draftRisk) : [];
    if (fresh.length) {
      next = E.raiseRisk(flow.script, next);
      this.raise(fresh, answered!.id);
    }
    if (!views && this.needsViews(flow, next)) {
      // The move waits (the person stays here if it fails); the pause above does not.
      const moved = next;
      this.withViews(() => {
        if (this.flow === flow && this.engine === engine && this.moves === move) this.act(moved);
      });
      return;
    }
    this.engine = next;
    this.contactWait = false;
    this.fieldErrors = {};
    if (!this.pause) this.focusNext = true;
    // Lit keeps the <details> element from step to step: "Why we ask" opened here is closed on the next.
    this.renderRoot.querySelector('details.why')?.removeAttribute('open');
    this.save();
    if (next.current !== null && next.current !== engine.current) {
      const { index, total } = E.progress(flow.script, next);
      emit(this, 'intake-check-in-step', { stepId: next.current, index, total: Math.max(total, 1) });
    }
    const end = this.atEnd(next);
    if (end && !this.done) void this.finish(next, true);
    if (!end) {
      this.result = undefined;
      this.link.withdraw();
    }
    this.done = end;
  }

  private async finish(state: E.EngineState, announce: boolean): Promise<void> {
    const flow = this.flow;
    const { buildResult } = await import('./result.js');
    // The answers' texts (after a resume at the end, views.ts may still be on its way).
    if (flow?.late && !views) {
      try {
        await loadViews();
      } catch (err) {
        return reportError(this, 'network', `Could not load the check-in's texts: ${messageOf(err)}`, TAG);
      }
    }
    // The person moved on (Back, reset) while it loaded: that state is no longer the end.
    if (!flow || this.flow !== flow || this.engine?.current !== state.current) return;
    let result = buildResult(flow.script, state, { locale: getLocale(), lookup: this.ctx(this.texts()).lookup, riskWords: this.hostWords });
    if (flow.complete) {
      result = await flow.complete(state, result);
      if (this.flow !== flow || this.engine?.current !== state.current) return;
    }
    this.result = result;
    if (announce) emit(this, 'intake-check-in-complete', this.result);
    // Sent only after the person agreed to share; a script with no consent step asks before sending.
    if (result.consent?.given !== false) this.link.offer(result, result.consent?.given === true);
    this.requestUpdate();
  }

  private atEnd(state: E.EngineState): boolean {
    if (!this.flow) return false;
    const step = E.currentStep(this.flow.script, state);
    return !step || (step.kind === 'message' && step.end === true);
  }

  /** Signs of danger in the answer just given (or text held back with "I'd rather not say") not raised before. */
  private newSignals(step: Step, state: E.EngineState, draft?: string): RiskSignal[] {
    const answer = E.prefill(state, step.id).answer;
    // Typed words exist only once views.ts (which brings the word lists) is here.
    const find = views?.findCrisisWords;
    const findWords = find && ((text: string) => find(text, this.hostWords));
    const signals = riskSignals(step, answer, findWords);
    // Words typed and then held back with "I'd rather not say" still deserve help (nothing is sent).
    if (draft && findWords?.(draft).length) signals.push({ reason: 'crisis-words', level: 'urgent', stepId: step.id });
    const seen = new Set<RiskReason>(this.reasons);
    return signals.filter((s) => !seen.has(s.reason) && (seen.add(s.reason), true));
  }

  /** Tells the host once per reason, and pauses before the next question. */
  private raise(signals: RiskSignal[], from: string): void {
    const reasons = signals.map((s) => s.reason);
    this.reasons = [...this.reasons, ...reasons];
    this.pause = { reasons: [...(this.pause?.reasons ?? []), ...reasons], from };
    this.focusPause = true;
    this.focusNext = false;
    for (const s of signals) emit(this, 'intake-risk', { level: s.level, reasons: [s.reason], source: TAG });
  }

  /** "Keep going": the question the conversation was about to ask. */
  private keepGoing(): void {
    this.pause = undefined;
    this.focusNext = true;
  }

  /** Back from the pause: to the answer that raised it. */
  private backFromPause(): void {
    const { flow, engine, pause } = this;
    if (!flow || !engine || !pause) return;
    this.pause = undefined;
    this.focusNext = true;
    // The move may still be waiting for views.ts: then the person is already there.
    if (engine.current === pause.from) this.moves++;
    else this.act(E.back(flow.script, engine));
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

  private setPicks(stepId: string, values: string[]): void {
    if (this.flow && this.engine) {
      this.engine = E.savePicks(this.flow.script, this.engine, stepId, values);
      this.save();
    }
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
    if (!views && this.needsViews(flow, engine)) {
      if (!this.viewsPending) this.withViews();
      // A log that views.ts words (after a resume): nothing to show for this moment.
      if (this.logNeedsViews(flow, engine)) return html`<section part="card" class="card" aria-busy="true"></section>`;
    }
    // Append-only going forward, so Lit keeps each message's DOM node and the log announces only new ones.
    const entries: TemplateResult[] = [];
    for (const s of before) {
      entries.push(this.bubble(s, ctx, false));
      if (E.isQuestion(s)) entries.push(this.reply(s, E.prefill(engine, s.id).answer, ctx));
    }
    // Only narrow elements fold earlier turns (the CSS decides); the button sits outside the log, so opening it announces nothing new.
    const earlier = before.length
      ? html`<button
          type="button"
          class="earlier-toggle action secondary"
          part="action"
          aria-expanded=${this.showEarlier ? 'true' : 'false'}
          @click=${() => (this.showEarlier = !this.showEarlier)}
        >
          ${msg('Show earlier answers', { desc: 'Check-in on a phone: opens the earlier questions and answers, folded away above the current question' })}
        </button>`
      : nothing;
    const pause = this.pause;
    // While paused, the next question is not there at all: nothing to answer by mistake, nothing to read past.
    if (!pause && step) entries.push(this.bubble(step, ctx, true, texts));
    else if (!pause) entries.push(html`<div class="bubble bot" part="bubble" id="q-current" tabindex="-1">${msg('Thank you. You can close this page, or come back any time.', { desc: 'Check-in: end of a script with no closing message' })}</div>`);

    const title = script.title ? this.show(script.title, ctx).text : msg('Check-in', { desc: 'Title of the welcome check-in conversation' });
    return html`<section part="card" class="card" aria-label=${title}>
      ${this.savedLost
        ? html`<p class="persist small">${msg("We couldn't bring back your earlier answers. You can start again here.", { desc: 'Check-in: a saved copy could not be used' })}</p>`
        : nothing}
      ${this.persist && views ? views.persistPrompt(this.host) : nothing}
      ${earlier}
      <div class="log ${this.showEarlier ? '' : 'folded'}" role="log" part="transcript" aria-label=${msg('Conversation', { desc: 'Check-in: accessible name of the transcript' })}>
        ${entries}
      </div>
      ${pause
        ? this.pauseView(pause, E.subjectOf(script, engine) === 'other')
        : html`${step && (views || !viewBody(step)) ? this.controls(step, ctx, engine) : nothing}
          ${this.reasons.length ? this.safetyCard() : nothing}`}
      ${this.link.view({ crisisCard: () => this.crisisCard('compact') })}
      ${this.done && this.result && !pause
        ? html`<button type="button" class="action secondary keep-copy" part="action" @click=${() => void openCopy(this, this.result!)}>${msg('Keep a copy', { desc: 'At the end: opens a one-page summary to print or save' })}</button>`
        : nothing}
      ${this.notices(script, ctx)}
    </section>`;
  }

  /**
   * The safety pause: a warm word, the lines (the host's own first), then "Keep going". The question it
   * waits before is not drawn; Back returns to the answer that raised it.
   */
  private pauseView(pause: Pause, other: boolean): TemplateResult {
    const home = pause.reasons.includes('safety-at-home-picked');
    // "Safety at home": the needs finder's own words (they come with views.ts, which drew the needs step).
    const lead =
      home && views
        ? views.safetyLead(other)
        : msg("Thank you for telling us. You don't have to go through this alone.", { desc: 'Check-in: heading of the safety pause after a sign of danger' });
    return html`<div class="pause" part="pause" role="group" aria-labelledby="pause-heading">
      <h2 id="pause-heading" class="pause-heading" tabindex="-1">${lead}</h2>
      ${this.safetyCard(home)}
      <div class="row">
        <button type="button" class="action" part="action" @click=${() => this.keepGoing()}>${msg('Keep going', { desc: 'Check-in: go on with the conversation after the crisis lines' })}</button>
        <button type="button" class="action secondary" part="action" @click=${() => this.backFromPause()}>${msg('Back')}</button>
      </div>
      <p class="small">${msg('Keep going when you are ready. We will pick up where we left off.', { desc: 'Check-in: under "Keep going" in the safety pause' })}</p>
    </div>`;
  }

  /** The urgent card after a sign of danger; the domestic-violence lines and how to leave fast for "Safety at home". */
  private safetyCard(home = this.reasons.includes('safety-at-home-picked')): TemplateResult {
    return html`${this.crisisCard('urgent', home ? 'domestic-violence' : undefined)}
    ${home && views ? html`<p class="note">${views.quickExitReminder()}</p>` : nothing}`;
  }

  private bubble(step: Step, ctx: TextContext, current: boolean, texts?: Texts): TemplateResult {
    const t = this.show(step.text, ctx);
    const help = current && step.help ? this.show(step.help, ctx) : undefined;
    // A screener's items, or the invitation to one (so the person knows before saying yes).
    const screener = step.kind === 'single' ? (step.instrument?.id ?? step.offers) : undefined;
    const english =
      current && views && screener && !translationValidated(screener, ctx.locale)
        ? (texts ?? views.commonTexts('self'))['common.instrument.english']
        : undefined;
    const list = step.kind === 'message' && step.list?.length ? step.list.map((l) => this.show(l, ctx)) : undefined;
    return html`<div
      class="bubble bot ${current ? 'current' : 'earlier'}"
      part="bubble"
      id=${current ? 'q-current' : nothing}
      tabindex=${current ? '-1' : nothing}
    >
      ${english ? html`<p class="note">${english}</p>` : nothing}
      <p class="text" lang=${t.lang ?? nothing}>${t.text}</p>
      ${current && step.kind === 'message' && step.end ? this.closingNotes(step) : nothing}
      ${help ? html`<p class="help" lang=${help.lang ?? nothing}>${help.text}</p>` : nothing}
      ${list && current ? html`<ul>${list.map((l) => html`<li lang=${l.lang ?? nothing}>${l.text}</li>`)}</ul>` : nothing}
      ${views && step.kind === 'single' && step.instrument?.item === 1 ? views.aboutNotices(this.host, step, ctx) : nothing}
    </div>`;
  }

  /**
   * Under closing words the team will read: when someone reads answers (`response-time`), and that the
   * form is not watched all the time while the lines below are open now.
   */
  private closingNotes(step: StepOf<'message'>): TemplateResult | typeof nothing {
    const { flow, engine } = this;
    if (!flow || !engine) return nothing;
    const consent = E.effectiveAnswers(flow.script, engine).find((r) => r.step.kind === 'consent');
    // Answers the team reads: consent given, or a script that asks none.
    const shared = consent ? consent.answer?.value === true : !flow.script.steps.some((s) => s.kind === 'consent');
    if (!shared) return nothing;
    const when = typeof this.responseTime === 'string' ? this.responseTime.trim().slice(0, 200) : '';
    const lines = this.showsStepCard(step) || this.reasons.length > 0;
    // A named point person speaks instead of "someone from our team", once the team has the answers.
    const person = this.link.hasPointPerson;
    const contact = !!this.result?.contact?.methods.length;
    return html`${person
      ? this.link.delivered
        ? this.link.nextWords({ when, contact })
        : nothing
      : when
      ? html`<p class="when">${msg(str`Someone from our team reads answers ${when}.`, { desc: 'Check-in: closing words; the host\'s text says when, like "within 1 business day"' })}</p>`
      : nothing}
    ${lines
      ? html`<p class="when">${msg('This form is not watched all the time. If you need to talk to someone now, the lines below are open.', {
          desc: 'Check-in: closing words, above the crisis lines',
        })}</p>`
      : nothing}`;
  }

  private reply(step: Step, answer: E.Answer | undefined, ctx: TextContext): TemplateResult {
    return html`<div class="bubble me earlier" part="bubble">${this.answerText(step, answer, ctx)}</div>`;
  }

  private answerText(step: Step, a: E.Answer | undefined, ctx: TextContext): string {
    // An empty contact step was not always "I'd rather not say" (Continue with nothing filled): say what happened.
    if (!a || a.skipped || a.value === undefined)
      return step.kind === 'contact' && a ? msg('No contact details', { desc: 'Check-in: the person left the contact step empty' }) : this.skipLabel();
    const v = a.value;
    let out: string;
    if (step.kind === 'single' || step.kind === 'multiple') {
      const chosen = Array.isArray(v) ? v : [v];
      const items = step.options.filter((o) => chosen.includes(o.value)).map((o) => this.show(o.text, ctx).text);
      out = listInSentence(items, ctx.locale);
    } else {
      // Numbers, consent and contact answers are worded by views.ts (here before such a step shows).
      out = views ? views.answerValue(step, v, ctx) : String(v);
    }
    return a.comment ? `${out}. ${a.comment}` : out;
  }

  private skipLabel = () => msg("I'd rather not say", { desc: 'Check-in: skip any question' });

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
        ${question && step.kind !== 'consent' && step.skippable !== false
          ? html`<button type="button" class="action secondary skip" part="action" @click=${() => this.skip(step)}>${this.skipLabel()}</button>`
          : nothing}
      </div>
      ${end || index === 0 // a hello is not a form: no step count under "Hey, want to talk?"
        ? nothing
        : html`<p class="progress" part="progress">
            ${msg(str`Step ${index + 1} of ${total}`, { desc: 'Check-in: progress hint; the total can change with the answers' })}
          </p>`}
    </div>`;
  }

  private body(step: Step, ctx: TextContext, engine: E.EngineState): TemplateResult | typeof nothing {
    // controls() draws only once views.ts is here when the step needs it (see needsViews()).
    switch (step.kind) {
      case 'single': {
        const { answer, draft } = E.prefill(engine, step.id);
        return html`${this.choices(
          step.options.map((o) => ({ value: o.value, label: this.show(o.text, ctx) })),
          answer?.skipped ? undefined : answer?.value,
          (value) => this.answer(step, value, this.commentOf(step)),
        )}
        ${step.comment && views ? views.comment(this.host, step, ctx, draft ?? answer?.comment) : nothing}`;
      }
      case 'message':
        return html`${step.showScores && views ? views.scores(this.host, ctx, this.showScores) : nothing}
        ${this.showsStepCard(step) // the urgent card on screen already, or the page's own: one card, not two
          ? this.crisisCard(step.crisisCard!)
          : nothing}
        ${step.end ? nothing : this.continueButton()}`;
      default:
        return views ? views.body(this.host, step, ctx, engine) : nothing;
    }
  }

  /** A message step's own (non-urgent) card: not next to the urgent one, nor next to the page's own in `auto`. */
  private showsStepCard(step: StepOf<'message'>): boolean {
    if (!step.crisisCard || this.reasons.length) return false;
    if (step.crisisCard === 'urgent') return true;
    const mode = this.crisisCardMode;
    if (mode === 'none') return false;
    if (mode === 'always') return true;
    // Light DOM only: cards inside other elements' shadow roots are theirs, and come and go with them.
    return !document.querySelector('intake-crisis-card');
  }

  private crisisCard(variant: 'compact' | 'urgent', audience?: string): TemplateResult {
    return html`<intake-crisis-card
      variant=${variant}
      audience=${audience ?? nothing}
      heading-level="3"
      region=${this.region ?? nothing}
      .resources=${this.localLines()}
      ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
    >`;
  }

  /** The host's local lines: the check-in's `resources`, else those of the page's own crisis card. */
  private localLines(): unknown {
    if (this.resources != null) return this.resources;
    for (const card of document.querySelectorAll('intake-crisis-card')) {
      const lines = (card as HTMLElement & { resources?: unknown }).resources;
      if (lines != null) return lines;
    }
    return undefined;
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

  private notices(script: Script, ctx: TextContext): TemplateResult | typeof nothing {
    if (!script.notices?.length) return nothing;
    // With a screener, its notices sit once in "About these questions" (about()).
    if (script.steps.some((s) => s.kind === 'single' && s.instrument)) return nothing;
    return html`<footer class="notices">
      ${script.notices.map((t) => {
        const s = this.show(t, ctx);
        return html`<p lang=${s.lang ?? nothing}>${s.text}</p>`;
      })}
    </footer>`;
  }
}
declare global {
  interface HTMLElementTagNameMap {
    'intake-check-in': IntakeCheckIn;
  }
}
