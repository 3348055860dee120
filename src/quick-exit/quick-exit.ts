import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { emit, reportError } from '../core/events.js';
import { syncLocaleAttributes } from '../core/localization.js';
import { safeHref } from '../core/safe-url.js';
import { wipeStorage } from '../core/wipe.js';
import { showCover } from './cover.js';
import { TriplePress } from './triple-press.js';
import { styles } from './quick-exit.styles.js';

const TAG = 'intake-quick-exit';
/** A neutral page: nothing on it hints at what the person was looking at. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/search?q=weather';

/**
 * @summary Leaves the site fast (a button, or Shift pressed three times) and wipes every intake element.
 *
 * On activation it fires the cancelable `intake-quick-exit` on `document`. Unless a listener cancels it,
 * every intake element clears its state, this library's storage is removed, a plain cover hides the page
 * at once, and the tab goes to `href` with `location.replace` (so Back does not return here).
 * It cannot clear the browser's history; the explanation the person sees says so.
 *
 * Accessibility: a real `<button>` with a visible label, at least 44 px, first in the element's focus
 * order; the shortcut is explained in text, and a short "How this works" disclosure uses `<details>`.
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
@localized()
export class IntakeQuickExit extends LitElement {
  static override styles = styles;

  /** Where to go: a neutral http(s) page. */
  @property() href = DEFAULT_EXIT_HREF;

  /** Turns off the Shift×3 shortcut. */
  @property({ type: Boolean, reflect: true, attribute: 'no-shortcut' }) noShortcut = false;

  /** Keeps the button in view at the top corner of the screen. */
  @property({ type: Boolean, reflect: true }) sticky = false;

  /** Hides the "How this works" text (for tight layouts; the button's name still says what it does). */
  @property({ type: Boolean, reflect: true, attribute: 'no-help' }) noHelp = false;

  private readonly shift = new TriplePress(3, 5000);
  private leaving = false;

  /** The page the button leaves to, after checking `href`. */
  get target(): string {
    return safeHref(this.href, { base: document.baseURI, webOnly: true }) ?? DEFAULT_EXIT_HREF;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture phase: the shortcut works wherever focus is, inside shadow roots too.
    document.addEventListener('keydown', this.onKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeydown, true);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    syncLocaleAttributes(this);
    if (changed.has('href') && this.href !== DEFAULT_EXIT_HREF && !safeHref(this.href, { base: document.baseURI, webOnly: true })) {
      reportError(this, 'invalid-url', `href must be an http(s) link; using ${DEFAULT_EXIT_HREF}`, TAG);
    }
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (this.noShortcut) return;
    if (event.key !== 'Shift') {
      this.shift.reset();
      return;
    }
    if (event.repeat) return;
    if (this.shift.press(performance.now())) this.exit();
  };

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

  override render() {
    return html`<div class="wrap">
      <button part="button" class="leave" type="button" @click=${() => this.exit()}>
        <slot>${msg('Leave this site')}</slot>
      </button>
      ${this.noHelp
        ? nothing
        : html`<details part="help" class="help">
            <summary>${this.noShortcut ? msg('How this works') : msg('Or press Shift 3 times')}</summary>
            <p>${msg('This button opens a different website right away and clears what you entered here.')}</p>
            <p>${msg('It does not erase your browser history. If someone may check your device, use a private window, or clear your history after you leave.')}</p>
          </details>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'intake-quick-exit': IntakeQuickExit;
  }
}
