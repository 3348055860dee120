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

/**
 * One document listener for every quick exit on the page: with 40 of them, Shift×3 still leaves once.
 * It also notes that a keyboard is in use, so the Shift hint shows only where it means something.
 */
const live = new Set<IntakeQuickExit>();
const shift = new TriplePress(3, 5000);
let keyboardUsed = false;
const KEYBOARD_LIKELY = '(hover: hover) and (pointer: fine)';
const keyboardLikely = () => typeof matchMedia === 'function' && matchMedia(KEYBOARD_LIKELY).matches;

function onKeydown(event: KeyboardEvent): void {
  if (!keyboardUsed) {
    keyboardUsed = true;
    for (const q of live) q.refresh();
  }
  const armed = [...live].find((q) => !q.noShortcut);
  if (!armed) return;
  if (event.key !== 'Shift') {
    shift.reset();
    return;
  }
  if (event.repeat) return;
  if (shift.press(performance.now())) armed.exit();
}

function join(q: IntakeQuickExit): void {
  // Capture phase: the shortcut works wherever focus is, inside shadow roots too.
  if (live.size === 0) document.addEventListener('keydown', onKeydown, true);
  live.add(q);
}

function leave(q: IntakeQuickExit): void {
  live.delete(q);
  if (live.size === 0) {
    document.removeEventListener('keydown', onKeydown, true);
    shift.reset();
  }
}

/** Says the referrer policy is `no-referrer` for what follows: the exit site never learns where the person was. */
function suppressReferrer(): void {
  let meta = document.head?.querySelector<HTMLMetaElement>('meta[name="referrer"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'referrer';
    (document.head ?? document.documentElement).append(meta);
  }
  meta.content = 'no-referrer';
}

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
 * Before leaving it sets a neutral tab title and the `no-referrer` policy, so neither the tab nor the exit
 * site's logs show where the person was. One document key listener serves every quick exit on the page.
 *
 * Accessibility: a real `<button>` with a visible label, at least 44 px; the shortcut is explained in
 * text where a keyboard is in use (a fine pointer that hovers, or a key pressed), and "How this works"
 * is a native `<details>` disclosure. Language changes update text in place, so focus is never lost.
 * On screens 480 px wide or less it never covers content, even with `sticky`.
 *
 * @attr href - Where to go: a neutral http(s) page. Default: a weather search.
 * @attr no-shortcut - Turns off the Shift×3 shortcut.
 * @attr sticky - Keeps the button in view at the top corner of the screen. On narrow screens (480 px or less)
 *   it stays where it is in the page, never over content: place it first in the page.
 * @attr no-help - Hides the "How this works" text (the button's name still says what it does).
 *
 * @fires intake-quick-exit - On `document`, cancelable. Detail: `{}`. Cancel it and nothing happens.
 * @fires intake-error - `href` is not an http(s) link. Detail: `{ code, message, source }`.
 *
 * @slot - Replaces the button's label. A link here (`<a href="...">Leave this site</a>`) is the fallback
 *   shown before the script runs instead: it is hidden once the element upgrades, and its `href` is used when
 *   the `href` attribute is not set.
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

  private leaving = false;
  private parts?: {
    button: HTMLButtonElement;
    slot: HTMLSlotElement;
    label: HTMLSpanElement;
    holder: HTMLDivElement;
    help: HTMLDetailsElement;
    summary: HTMLElement;
    what: HTMLElement;
    history: HTMLElement;
  };

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

  /** True when the "Or press Shift 3 times" hint is shown: the shortcut is on and a keyboard is in use. */
  get shortcutHinted(): boolean {
    return !this.noShortcut && (keyboardUsed || keyboardLikely());
  }

  /** The page the button leaves to, after checking `href` (or the fallback link's, when `href` is not set). */
  get target(): string {
    const raw = this.getAttribute('href') ?? this.fallbackLink()?.getAttribute('href') ?? DEFAULT_EXIT_HREF;
    return safeHref(raw, { base: document.baseURI, webOnly: true }) ?? DEFAULT_EXIT_HREF;
  }

  connectedCallback(): void {
    if (!this.parts) this.build();
    this.checkHref();
    this.update();
    join(this);
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocale);
  }

  disconnectedCallback(): void {
    leave(this);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocale);
  }

  /** Re-reads the texts (the shortcut hint follows whether a keyboard is in use). */
  refresh(): void {
    this.update();
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

  /** A link in the light DOM is the no-JavaScript fallback, not a label. */
  private fallbackLink(): HTMLAnchorElement | null {
    return this.querySelector('a[href]');
  }

  /** Puts the slot in the button (a host label) or out of sight (a fallback link must not nest in a button). */
  private placeSlot(): void {
    const p = this.parts;
    if (!p) return;
    if (this.fallbackLink()) {
      if (p.slot.parentNode !== p.holder) p.holder.append(p.slot);
      if (p.label.parentNode !== p.button) p.button.append(p.label);
    } else {
      if (p.slot.parentNode !== p.button) p.button.append(p.slot);
      p.label.remove();
    }
  }

  /** Builds the shadow DOM once; update() only changes text, so focus and the open disclosure survive. */
  private build(): void {
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    const wrap = el('div', { class: 'wrap' });
    const button = el('button', { part: 'button', class: 'leave', type: 'button' });
    const slot = el('slot');
    const label = el('span');
    const holder = el('div', { hidden: '' });
    button.addEventListener('click', () => this.exit());
    slot.addEventListener('slotchange', () => this.placeSlot());
    const help = el('details', { part: 'help', class: 'help' });
    const summary = el('summary');
    const what = el('p');
    const history = el('p');
    help.append(summary, what, history);
    wrap.append(button, help, holder);
    root.append(wrap);
    this.parts = { button, slot, label, holder, help, summary, what, history };
    this.placeSlot();
  }

  private update(): void {
    const p = this.parts;
    if (!p) return;
    syncLocaleAttributes(this);
    p.slot.textContent = p.label.textContent = msg('Leave this site');
    p.help.hidden = this.noHelp;
    p.summary.textContent = this.shortcutHinted ? msg('Or press Shift 3 times') : msg('How this works');
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
    // The tab title of this page must not stay visible while the next one loads.
    document.title = msg('Weather', { desc: 'Quick exit: neutral tab title shown while leaving (the default exit page is a weather search)' });
    suppressReferrer();
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
