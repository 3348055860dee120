import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { emit, reportError } from '../core/events.js';
import { getLocale, syncLocaleAttributes } from '../core/localization.js';
import { dirOf, regionOf } from '../core/locale-match.js';
import { safeHref } from '../core/safe-url.js';
import { smsHref, telHref } from '../core/phone.js';
import { describeValue as describe, numberOf, stringOnly } from '../core/any-value.js';
import { crisisLines, emergencyNumbers, US_RELAY, type CrisisChannel, type CrisisLine } from '../data/crisis-lines.js';
import { AUDIENCES, REGION_PATTERN, selectLines, type Audience, type SelectedLine } from './select-lines.js';
import { lineDescription } from './line-texts.js';
import { styles } from './crisis-card.styles.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/crisis-card.js';

export type CrisisCardVariant = 'full' | 'compact' | 'urgent';
const VARIANTS: readonly CrisisCardVariant[] = ['full', 'compact', 'urgent'];
const TAG = 'intake-crisis-card';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The level of the nearest heading before `node`, looking out through each shadow root it sits in; 0 when none. */
function precedingHeadingLevel(node: Element): number {
  let current: Element = node;
  let root = current.getRootNode();
  for (;;) {
    let last: Element | undefined;
    for (const h of (root as ParentNode).querySelectorAll(HEADINGS)) {
      if (h.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING && !h.contains(current)) last = h;
    }
    if (last) {
      const level = Number(last.getAttribute('aria-level') ?? /^h([1-6])$/.exec(last.localName)?.[1] ?? 2);
      return level >= 1 && level <= 6 ? level : 2;
    }
    if (!(root instanceof ShadowRoot)) return 0;
    current = root.host;
    root = current.getRootNode();
  }
}


/**
 * @summary The right crisis lines for a region, language and audience, with call, text and chat actions.
 *
 * Accessibility: a landmark-free card with a real heading (level set by `heading-level`); every action
 * is a link at least 44 px tall whose text says what happens ("Text HOME to 741741"); the urgent variant
 * puts the emergency number first; nothing announces itself on load. The light-DOM children are shown
 * before the element upgrades and whenever the bundled directory has nothing for the region.
 *
 * @fires intake-crisis-contact - The person chose to call, text or chat. Detail: `{ resourceId, channel, region }`.
 * @fires intake-error - A bad `region`, `audience`, `variant`, `heading-level` or `resources` entry. Detail: `{ code, message, source }`.
 *
 * @slot - Fallback content: readable before JavaScript runs, and shown when no line is known for the region.
 * @slot heading - Replaces the heading text.
 * @slot extra - Extra resources shown after the lines.
 *
 * @csspart card - The outer card.
 * @csspart line - One crisis line.
 * @csspart action - A call, text or chat link.
 * @csspart emergency - The emergency-number notice.
 *
 * @cssprop --intake-color-accent - Action color.
 * @cssprop --intake-color-urgent - Emergency and urgent-variant color.
 * @cssprop --intake-color-surface - Card background.
 * @cssprop --intake-color-text - Text color.
 * @cssprop --intake-radius - Corner radius.
 * @cssprop --intake-font - Font family.
 */
@localized()
export class IntakeCrisisCard extends LitElement {
  static override styles = styles;

  /** ISO 3166 region (`US`, `US-CA`, `GB`). Default: the region of the page language, else `US`. */
  @property({ reflect: true, converter: stringOnly }) region?: string;

  /** Leads with lines for this audience: `youth`, `veterans`, `lgbtq`, `deaf-hard-of-hearing`, `domestic-violence`. */
  @property({ reflect: true, converter: stringOnly }) audience?: string;

  /** Drop the element's own card frame (border, corners, padding), for a host that already frames it. Narrow elements (480 px or less) drop it anyway. */
  @property({ type: Boolean, reflect: true }) flush = false;

  /** `full` (default), `compact` (one line of actions) or `urgent` (emergency number first). */
  @property({ reflect: true, converter: stringOnly }) variant: CrisisCardVariant = 'full';

  /** Level of the card's heading, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Local lines (county crisis team, warm line), shown first and labeled as local. Invalid entries are dropped. */
  @property({ attribute: false }) resources?: unknown;

  @state() private localLines: CrisisLine[] = [];
  private validationRun = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    syncLocaleAttributes(this);
    // Properties can be set to anything (null to clear, numbers, objects): check types, never assume.
    if (changed.has('region') && this.region != null && !(typeof this.region === 'string' && REGION_PATTERN.test(this.region.toUpperCase()))) {
      reportError(this, 'invalid-attribute', `region ${describe(this.region)} is not an ISO 3166 code like US or US-CA`, TAG);
    }
    if (changed.has('audience') && this.audience != null && this.audience !== '' && !(AUDIENCES as readonly unknown[]).includes(this.audience)) {
      reportError(this, 'invalid-attribute', `audience ${describe(this.audience)} is not one of ${AUDIENCES.join(', ')}`, TAG);
    }
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      reportError(this, 'invalid-attribute', `variant ${describe(this.variant)} is not one of ${VARIANTS.join(', ')}`, TAG);
    }
    if (changed.has('headingLevel') && !(numberOf(this.headingLevel) >= 2 && numberOf(this.headingLevel) <= 6)) {
      reportError(this, 'invalid-attribute', `heading-level must be 2 to 6`, TAG);
    }
    if (changed.has('resources')) void this.loadResources();
  }

  /** The region in use: the attribute when valid, else the page language's region, else US. */
  get effectiveRegion(): string {
    const attr = typeof this.region === 'string' ? this.region.toUpperCase() : undefined;
    if (attr && REGION_PATTERN.test(attr)) return attr;
    return regionOf(document.documentElement.lang) ?? 'US';
  }

  private get effectiveVariant(): CrisisCardVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  private async loadResources(): Promise<void> {
    const run = ++this.validationRun;
    if (this.resources === undefined || this.resources === null) {
      this.localLines = [];
      return;
    }
    const { checkResources } = await import('./resource-schema.js');
    if (run !== this.validationRun) return;
    const { valid, problems } = checkResources(this.resources, this.effectiveRegion.split('-')[0]);
    this.localLines = valid;
    if (problems.length) reportError(this, 'invalid-resource', problems.join(' | '), TAG);
  }

  override render() {
    const region = this.effectiveRegion;
    const audience = (AUDIENCES as readonly string[]).includes(this.audience ?? '') ? (this.audience as Audience) : undefined;
    const selection = selectLines({
      region,
      locale: getLocale(),
      audience,
      lines: crisisLines,
      emergencyNumbers,
      local: this.localLines,
    });
    const variant = this.effectiveVariant;
    const level = this.effectiveLevel();
    const emergency = selection.emergency ? isolate(selection.emergency.number) : undefined;

    if (selection.lines.length === 0) {
      return html`<section part="card" class="card ${variant}">
        ${this.heading(level, msg('Help in a crisis'))}
        <p>${emergency ? msg(str`If you are in danger now, call ${emergency}.`) : msg('If you are in danger now, call your local emergency number.')}</p>
        <div class="fallback"><slot></slot></div>
        <slot name="extra"></slot>
      </section>`;
    }

    if (variant === 'compact') {
      const first = selection.lines[0];
      return html`<section part="card" class="card compact" aria-label=${msg('Crisis support')}>
        <p class="compact-lead">${msg('Need to talk to someone now? It is free and confidential.')}</p>
        <div class="actions">${first.channels.map((c) => this.action(first.line, c, region))}</div>
        ${emergency ? html`<p class="small">${msg(str`In danger right now? Call ${emergency}.`)}</p>` : nothing}
      </section>`;
    }

    const urgent = variant === 'urgent';
    return html`<section part="card" class="card ${variant}">
      ${urgent && selection.emergency ? this.emergencyNotice(selection.emergency.number, region, true) : nothing}
      ${this.heading(level, urgent ? msg('You can talk to someone right now') : msg("You don't have to go through this alone"))}
      <p class="intro">${msg('These lines are free and confidential. The people who answer are trained to help.')}</p>
      <ul class="lines" role="list">
        ${selection.lines.map((s) => this.lineCard(s, region))}
      </ul>
      ${audience === 'deaf-hard-of-hearing' && selection.country === 'US'
        ? html`<p class="small">${msg(str`Deaf or hard of hearing? You can text or chat. Or call through your relay service by dialing ${US_RELAY.number}.`)}</p>`
        : nothing}
      <slot name="extra"></slot>
      ${!urgent && selection.emergency ? this.emergencyNotice(selection.emergency.number, region, false) : nothing}
    </section>`;
  }

  /**
   * `heading-level` (2 to 6). Inside another element's shadow root (the check-in's or the needs finder's
   * urgent card) it is at most one deeper than the nearest heading before the card, so the outline a
   * screen reader lists never skips a level, whatever level the outer element asked for.
   */
  private effectiveLevel(): number {
    const wanted = numberOf(this.headingLevel);
    const asked = wanted >= 2 && wanted <= 6 ? wanted : 2;
    if (!(this.getRootNode() instanceof ShadowRoot)) return asked;
    return Math.min(asked, Math.max(precedingHeadingLevel(this) + 1, 2));
  }

  private heading(level: number, text: string): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${level}><slot name="heading">${text}</slot></div>`;
  }

  private lineCard({ line, channels }: SelectedLine, region: string): TemplateResult {
    const description = line.local ? line.description : lineDescription(line.id);
    // Said only to someone whose language the line does not answer in itself.
    const locale = getLocale();
    const interpreter = line.interpreters?.offered === 'yes' && !line.languages.some((l) => l === locale || l === locale.split('-')[0]);
    return html`<li part="line" class="line ${line.local ? 'local' : ''}">
      <div class="line-head">
        <span class="name" dir="auto">${line.name}</span>
        ${line.local ? html`<span class="badge">${msg('Local')}</span>` : nothing}
        <span class="badge" dir="auto">${line.always ? msg('24/7') : (line.hours ?? msg('Limited hours'))}</span>
      </div>
      ${description ? html`<p class="description" dir="auto">${description}</p>` : nothing}
      ${interpreter ? html`<p class="interpreter">${msg('Ask for an interpreter in your language.')}</p>` : nothing}
      <div class="actions">${channels.map((c) => this.action(line, c, region))}</div>
    </li>`;
  }

  private emergencyNotice(raw: string, region: string, urgent: boolean): TemplateResult {
    const href = telHref(raw);
    const number = isolate(raw);
    return html`<p part="emergency" class="emergency ${urgent ? 'first' : ''}">
      <span>${urgent ? msg(str`If you are in danger now, call ${number}.`) : msg(str`In danger right now? Call ${number}.`)}</span>
      ${urgent && href
        ? html`<a class="action urgent" part="action" href=${href} @click=${() => this.contact(`emergency-${region.split('-')[0].toLowerCase()}`, 'call', region)}
            >${msg(str`Call ${number}`)}</a
          >`
        : nothing}
    </p>`;
  }

  private action(line: CrisisLine, c: CrisisChannel, region: string): TemplateResult | typeof nothing {
    const number = c.dial ?? c.display;
    // Non-breaking hyphens: "1-800-799-7233" never breaks across lines on a narrow screen.
    const display = isolate(c.display.replace(/-/g, '\u2011'));
    const href = c.type === 'call' ? telHref(number) : c.type === 'text' ? smsHref(number, c.keyword) : safeHref(c.url, { webOnly: true });
    const label =
      c.type === 'call'
        ? c.menu
          ? msg(str`Call ${display}, then press ${c.menu}`)
          : msg(str`Call ${display}`)
        : c.type === 'text'
          ? c.keyword
            ? msg(str`Text ${isolate(c.keyword)} to ${display}`)
            : msg(str`Text ${display}`)
          : msg('Chat online');
    // An unusable link is shown as plain text, never as a dead or unsafe link.
    if (!href) return html`<span class="action-text">${label}</span>`;
    const external = c.type === 'chat';
    return html`<a
      class="action ${c.type === 'call' ? '' : 'secondary'}"
      part="action"
      href=${href}
      target=${external ? '_blank' : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      @click=${() => this.contact(line.id, c.type, region)}
      >${label}${external ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>` : nothing}</a
    >`;
  }

  private contact(resourceId: string, channel: CrisisChannel['type'], region: string): void {
    emit(this, 'intake-crisis-contact', { resourceId, channel, region });
  }
}

/**
 * Phone numbers and keywords keep their left-to-right order inside Arabic sentences
 * (Unicode first-strong isolate); left untouched in left-to-right languages.
 */
function isolate(text: string): string {
  return dirOf(getLocale()) === 'rtl' ? `\u2068${text}\u2069` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-crisis-card': IntakeCrisisCard;
  }
}
