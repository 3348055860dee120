import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import { msg, LOCALE_STATUS_EVENT } from '@lit/localize';
import { emit, reportError } from '../core/events.js';
import { syncLocaleAttributes } from '../core/localization.js';
import { safeHref } from '../core/safe-url.js';
import { wipeStorage } from '../core/wipe.js';
import { showCover } from './cover.js';
import { TriplePress } from './triple-press.js';
import { styles } from './quick-exit.styles.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/quick-exit.js';

const TAG = 'intake-quick-exit';
/** A neutral page: nothing on it hints at what the person was looking at. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/search?q=weather';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

/**
 * @summary Leaves the site fast (a button, or Shift pressed three times) and wipes every intake element.
 *
 * On activation it fires the cancelable `intake-quick-exit` on `document`. Unless a listener cancels it,
 * every intake element clears its state, this library's storage is removed, a plain cover hides the page
 * at once, and the tab goes to `href` with `location.replace` (so Back does not return here).
 * It cannot clear the browser's history; the explanation the person sees says so.
 *
 * Plain DOM, no Lit: it belongs on every page of a site, so it stays a few kilobytes.
 *
 * Accessibility: a real `<button>` with a visible label, at least 44 px; the shortcut is explained in
 * text, and "How this works" is a native `<details>` disclosure. Language changes update text in place,
 * so focus is never lost.
 *
 * @attr href - Where to go: a neutral http(s) page. Default: a weather search.
 * @attr no-shortcut - Turns off the Shift×3 shortcut.
 * @attr sticky - Keeps the button in view at the top corner of the screen.
 * @attr no-help - Hides the "How this works" text (the button's name still says what it does).
 *
 * @fires intake-quick-exit - On `document`, cancelable. Detail: `{}`. Cancel it and nothing happens.
 * @fires intake-error - `href` is not an http(s) link. Detail: `{ code, message, source }`.
 *
 * @slot - Replaces the button's label.
 *
 * @csspart button - The leave button.
 * @csspart help - The "How this works" disclosure.
 *
 * @cssprop --intake-color-urgent - Button color.
 * @cssprop --intake-color-on-urgent - Button text color.
 * @cssprop --intake-quick-exit-offset - Distance from the viewport edge when `sticky`.
 */
export class IntakeQuickExit extends HTMLElement {
  static observedAttributes = ['href', 'no-shortcut', 'sticky', 'no-help'];

  private readonly shift = new TriplePress(3, 5000);
  private leaving = false;
  private parts?: { label: HTMLSlotElement; help: HTMLDetailsElement; summary: HTMLElement; what: HTMLElement; history: HTMLElement };

  get href(): string {
    return this.getAttribute('href') ?? DEFAULT_EXIT_HREF;
  }
  set href(value: string) {
    // Only a string is a link: a Symbol or a host object is never stringified (it could throw or lie).
    if (typeof value === 'string') this.setAttribute('href', value);
    else if (value === null || value === undefined) this.removeAttribute('href');
    else reportError(this, 'invalid-url', `href must be a string (an http(s) link), got ${typeof value}; keeping the current exit page`, TAG);
  }
  get noShortcut(): boolean {
    return this.hasAttribute('no-shortcut');
  }
  set noShortcut(value: boolean) {
    this.toggleAttribute('no-shortcut', value);
  }
  get sticky(): boolean {
    return this.hasAttribute('sticky');
  }
  set sticky(value: boolean) {
    this.toggleAttribute('sticky', value);
  }
  get noHelp(): boolean {
    return this.hasAttribute('no-help');
  }
  set noHelp(value: boolean) {
    this.toggleAttribute('no-help', value);
  }

  /** Resolves when the element has rendered (it renders synchronously; here for parity with the others). */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** The page the button leaves to, after checking `href`. */
  get target(): string {
    return safeHref(this.href, { base: document.baseURI, webOnly: true }) ?? DEFAULT_EXIT_HREF;
  }

  connectedCallback(): void {
    if (!this.parts) this.build();
    this.checkHref();
    this.update();
    // Capture phase: the shortcut works wherever focus is, inside shadow roots too.
    document.addEventListener('keydown', this.onKeydown, true);
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocale);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocale);
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || old === value) return;
    if (name === 'href') this.checkHref();
    this.update();
  }

  private checkHref(): void {
    if (this.hasAttribute('href') && !safeHref(this.href, { base: document.baseURI, webOnly: true })) {
      reportError(this, 'invalid-url', `href must be an http(s) link; using ${DEFAULT_EXIT_HREF}`, TAG);
    }
  }

  private readonly onLocale = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.update();
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (this.noShortcut) return;
    if (event.key !== 'Shift') {
      this.shift.reset();
      return;
    }
    if (event.repeat) return;
    if (this.shift.press(performance.now())) this.exit();
  };

  /** Builds the shadow DOM once; update() only changes text, so focus and the open disclosure survive. */
  private build(): void {
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    const wrap = el('div', { class: 'wrap' });
    const button = el('button', { part: 'button', class: 'leave', type: 'button' });
    const label = el('slot');
    button.append(label);
    button.addEventListener('click', () => this.exit());
    const help = el('details', { part: 'help', class: 'help' });
    const summary = el('summary');
    const what = el('p');
    const history = el('p');
    help.append(summary, what, history);
    wrap.append(button, help);
    root.append(wrap);
    this.parts = { label, help, summary, what, history };
  }

  private update(): void {
    const p = this.parts;
    if (!p) return;
    syncLocaleAttributes(this);
    p.label.textContent = msg('Leave this site');
    p.help.hidden = this.noHelp;
    p.summary.textContent = this.noShortcut ? msg('How this works') : msg('Or press Shift 3 times');
    p.what.textContent = msg('This button opens a different website right away and clears what you entered here.');
    p.history.textContent = msg(
      'It does not erase your browser history. If someone may check your device, use a private window, or clear your history after you leave.',
    );
  }

  /** Leaves now, exactly as the button does. Returns false if a listener canceled `intake-quick-exit`. */
  exit(): boolean {
    if (this.leaving) return true;
    if (!emit(document, 'intake-quick-exit', {}, { cancelable: true })) return false;
    this.leaving = true;
    wipeStorage();
    showCover();
    const target = this.target;
    // Elements wipe in a microtask after the event (so late listeners could still cancel); go after them.
    queueMicrotask(() => this.navigate(target));
    return true;
  }

  /** Navigation, kept in one method so tests and hosts embedding in an iframe can replace it. */
  navigate(url: string): void {
    location.replace(url);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-quick-exit': IntakeQuickExit;
  }
}
