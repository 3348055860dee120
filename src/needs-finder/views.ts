/**
 * The needs finder's later steps (would you like help, how soon, which matters most, the summary) and
 * the safety notice's text. None of them is on screen at first paint, so the element imports this module
 * on the person's first interaction (focus, pointer or change) and the need cards paint without it.
 *
 * In questions mode it also draws each screening question (the element loads it with the questions).
 *
 * It imports nothing at run time but msg(): Lit's `html` and `nothing` and everything else come through
 * the host, so the bundler does not split Lit or the element's own modules into extra chunks loaded at
 * start.
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import { msg } from '@lit/localize';
import type { NeedsResult } from '../core/needs-schemas.js';
import type { NeedCard } from '../data/need-cards.js';
import type { NeedsState, Urgency, WantsHelp } from './state.js';
import { setMostImportant, setUrgency, setWantsHelp } from './answers.js';
import { rankable } from './state.js';
import type { ScreeningItem } from './screening.js';
import { quickExitReminder } from './safety-texts.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/needs-finder.js';

type QuestionsModule = typeof import('./questions.js');

export { viewStyles } from './views.styles.js';
export { buildResult, handoffNeeds, newResultId } from './result.js';
// The safety notice's lead (for its live region), shared with the check-in.
export { safetyLead } from './safety-texts.js';

/** Lit, from the element (the same copy it renders with). */
export interface LitParts {
  readonly html: typeof litHtml;
  readonly nothing: typeof litNothing;
}

/** What the views read from the element and call back on it. */
export interface ViewHost extends LitParts {
  /** Level of the step headings (2 to 6). */
  readonly level: number;
  /** The person is answering for someone else. */
  readonly other: boolean;
  /** Region for the crisis card (the element's `region`). */
  readonly region?: string;
  readonly data: NeedsState;
  readonly active: readonly NeedCard[];
  /** The needs the person has, in the order shown. */
  readonly needs: string[];
  /** True when the follow-up step is the last before the summary. */
  readonly followUpIsLast: boolean;
  readonly result: NeedsResult | null;
  heading(text: string): TemplateResult;
  icon(need: NeedCard): TemplateResult;
  /** The need's label in the page's language. */
  label(need: NeedCard): string;
  safetyPanel(): TemplateResult;
  apply(next: NeedsState): void;
  back(): void;
  next(): void;
  changeAnswers(): void;
  startOver(): void;
  /** The element `for=` names, when it is on the page (the services the needs were handed to). */
  forTarget(): HTMLElement | null;
  /** Opens the person's copy of the result (print or save). */
  keepCopy(): void;
}

const backButton = (host: ViewHost) => host.html`<button class="action secondary" part="action" type="button" @click=${() => host.back()}>${msg('Back')}</button>`;

export function followUpView(host: ViewHost): TemplateResult {
  const { html, nothing } = host;
  return html`${host.heading(msg('A little more about each one'))}
    <p class="intro">${msg('Answer only what you want to. You can skip any question.')}</p>
    ${host.safetyPanel()}
    ${host.needs.map((id) => {
      const need = host.active.find((n) => n.id === id)!;
      const f = host.data.followUp[id] ?? { wantsHelp: null, urgency: null };
      const helpOptions: [WantsHelp, string][] = [
        ['yes', msg('Yes, please')],
        ['not-now', msg('Not now')],
        // The person clicks it, so it speaks as them: "I already get help" or, for someone else, "They already get help".
        ['already-getting-help', host.other ? msg('They already get help') : msg('Already getting help')],
      ];
      const soonOptions: [Urgency, string][] = [
        ['today', msg('Today')],
        ['this-week', msg('This week')],
        ['later', msg('Later')],
      ];
      return html`<section class="block" aria-labelledby="block-${id}">
        <div class="block-heading" id="block-${id}" role="heading" aria-level=${Math.min(host.level + 1, 6)}>${host.icon(need)}${host.label(need)}</div>
        <fieldset>
          <legend>${host.other ? msg('Would they like help with this?') : msg('Would you like help with this?')}</legend>
          <div class="choices">
            ${helpOptions.map(
              ([value, text]) => html`<label class="choice"
                ><input
                  type="radio"
                  name="help-${id}"
                  value=${value}
                  .checked=${f.wantsHelp === value}
                  @change=${() => host.apply(setWantsHelp(host.data, id, value))}
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
                      @change=${() => host.apply(setUrgency(host.data, id, value))}
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
      ${backButton(host)}
      <button class="action" part="action" type="button" @click=${() => host.next()}>${host.followUpIsLast ? msg('Finish') : msg('Next')}</button>
    </div>`;
}

export function priorityView(host: ViewHost): TemplateResult {
  const { html } = host;
  return html`${host.heading(host.other ? msg('Which one matters most to them right now?') : msg('Which one matters most to you right now?'))}
    <p class="intro" id="intro">${msg('We will put it first. You can skip this.')}</p>
    ${host.safetyPanel()}
    <fieldset class="block" aria-labelledby="heading" aria-describedby="intro">
      <div class="choices">
        ${rankable(host.data, host.needs).map((id) => {
          const need = host.active.find((n) => n.id === id)!;
          return html`<label class="choice"
            ><input
              type="radio"
              name="most"
              value=${id}
              .checked=${host.data.mostImportant === id}
              @change=${() => host.apply(setMostImportant(host.data, id))}
            />${host.label(need)}</label
          >`;
        })}
      </div>
    </fieldset>
    <div class="nav">
      ${backButton(host)}
      <button class="action" part="action" type="button" @click=${() => host.next()}>${msg('Finish')}</button>
    </div>`;
}

export function doneView(host: ViewHost): TemplateResult {
  const { html, nothing } = host;
  const result = host.result;
  const had = result?.needs.filter((n) => n.hasNeed) ?? [];
  return html`${host.heading(msg('Thank you'))}
    ${host.safetyPanel()}
    ${had.length === 0
      ? html`<p>${host.other ? msg('Nothing was picked. That is okay.') : msg('You did not pick anything. That is okay.')}</p>`
      : html`<p>${host.other ? msg('Here is what you shared about them.') : msg('Here is what you shared.')}</p>
          <ul class="summary" role="list">
            ${had.map((n) => {
              const need = host.active.find((d) => d.id === n.id);
              return html`<li>
                <span class="label">${need ? host.label(need) : n.id}</span>
                <span>${statusText(n.wantsHelp, n.urgency, host.other)}</span>
                ${n.id === result?.mostImportant ? html`<span class="badge">${msg('Matters most')}</span>` : nothing}
              </li>`;
            })}
          </ul>`}
    ${servicesPointer(host, had.some((n) => n.wantsHelp === 'yes'))}
    <p class="note">${msg('You can come back any time.')}</p>
    <div class="nav">
      ${result ? html`<button class="action keep-copy" part="action" type="button" @click=${() => host.keepCopy()}>${msg('Keep a copy', { desc: 'At the end: opens a one-page summary to print or save' })}</button>` : nothing}
      <button class="action secondary" part="action" type="button" @click=${() => host.changeAnswers()}>${msg('Change answers')}</button>
      <button class="action secondary" part="action" type="button" @click=${() => host.startOver()}>${msg('Start over')}</button>
    </div>`;
}

/** With for=, the end points to the services it just filtered: a sentence and a button that takes the person there. */
function servicesPointer(host: ViewHost, filtered: boolean): TemplateResult | typeof litNothing {
  const target = host.forTarget();
  if (!target) return host.nothing;
  const go = () => {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return host.html`<p class="pointer">
      ${filtered ? msg('Services that may help with what you picked are listed below.') : msg('You can look for services below.')}
    </p>
    <button class="action" part="action" type="button" @click=${go}>${msg('See services')}</button>`;
}

function statusText(wantsHelp: WantsHelp | null, urgency: Urgency | null, other: boolean): string {
  if (wantsHelp === 'yes') {
    if (urgency === 'today') return msg('Wants help today');
    if (urgency === 'this-week') return msg('Wants help this week');
    if (urgency === 'later') return msg('Wants help later');
    return msg('Wants help');
  }
  if (wantsHelp === 'not-now') return msg('Not now');
  if (wantsHelp === 'already-getting-help') return other ? msg('They already get help') : msg('Already getting help');
  return msg('No answer');
}

/** The crisis card (domestic violence lines) and the quick exit reminder under the safety lead. */
export function safetyBody(host: ViewHost): TemplateResult {
  const { html, nothing } = host;
  return html`<intake-crisis-card variant="urgent" audience="domestic-violence" region=${host.region ?? nothing} heading-level=${Math.min(host.level + 1, 6)}
      ><p>${msg('If you are in danger now, call your local emergency number.')}</p></intake-crisis-card
    >
    <p class="note">${quickExitReminder()}</p>`;
}

/** What was last handed on with for=, and whether a for= that names nothing was reported. */
export interface HandoffMemo {
  last: string[];
  missingReported: boolean;
}

/**
 * Sets `needs` on the element `htmlFor` names (in the finder's own tree, else the document), once per
 * distinct list; reports a name that finds nothing, once.
 */
/** The element `htmlFor` names: in the finder's own tree, else the document. */
export function forElement(el: HTMLElement, htmlFor: string): HTMLElement | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (typeof root.getElementById === 'function' ? root.getElementById(htmlFor) : null) ?? document.getElementById(htmlFor);
}

export function handOff(el: HTMLElement, htmlFor: string, ids: string[], memo: HandoffMemo, report: (message: string) => void): void {
  const target = forElement(el, htmlFor);
  if (!target) {
    if (!memo.missingReported) {
      memo.missingReported = true;
      report(`for="${htmlFor}" names no element on the page; listen for intake-needs-complete instead`);
    }
    return;
  }
  if (ids.length === memo.last.length && ids.every((id, i) => id === memo.last[i])) return;
  memo.last = ids;
  (target as HTMLElement & { needs?: string[] }).needs = [...ids];
}

/**
 * Questions mode's step under its heading: the questions (the safety notice right after the safety
 * question, else at the end) and Next.
 */
export function questionsBody(host: ViewHost, q: QuestionsModule, items: readonly ScreeningItem[]): TemplateResult {
  const { html, nothing } = host;
  return html`<p class="intro">${msg('Your answers help find the right support. Skip any question you like.')}</p>
    ${items.map((item) => html`${question(host, q, item)}${item.id === 'safety' ? host.safetyPanel() : nothing}`)}
    ${items.some((i) => i.id === 'safety') ? nothing : host.safetyPanel()}
    <div class="nav">
      <button class="action" part="action" type="button" @click=${() => host.next()}>${msg('Next')}</button>
    </div>`;
}

/** One screening question, as radios or checkboxes in a fieldset. */
function question(host: ViewHost, q: QuestionsModule, item: ScreeningItem): TemplateResult {
  const { html, nothing } = host;
  const chosen = host.data.answers[item.id] ?? [];
  const type = item.multiple ? 'checkbox' : 'radio';
  return html`<fieldset part="question" class="question">
    <legend>${q.questionText(item.id, host.other)}</legend>
    ${item.multiple ? html`<p class="note">${msg('Pick all that apply.')}</p>` : nothing}
    <div class="choices">
      ${item.options.map(
        (o) => html`<label class="choice"
          ><input
            type=${type}
            name="q-${item.id}"
            value=${o.id}
            .checked=${chosen.includes(o.id)}
            @change=${(e: Event) => host.apply({ ...host.data, answers: q.answerItem(host.data.answers, item, o.id, (e.target as HTMLInputElement).checked) })}
          />${q.optionText(item.id, o.id, host.other)}</label
        >`,
      )}
    </div>
  </fieldset>`;
}
