// css-tag directly: importing from 'lit' would pull all of Lit into the quick exit.
import { css } from '@lit/reactive-element/css-tag.js';
import { tokens } from '../core/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      display: inline-block;
    }
    :host([sticky]) {
      position: fixed;
      inset-block-start: var(--intake-quick-exit-offset, 0.75rem);
      inset-inline-end: var(--intake-quick-exit-offset, 0.75rem);
      z-index: 1000;
    }
    .wrap {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.25em;
      max-width: 18rem;
    }
    /*
     * Phones (480 px or less): in the page flow where the host put it, sticky or not, so it never covers
     * an answer or the focused control (WCAG 2.4.11). A slim row: the button, then the hint beside it.
     */
    @media (max-width: 30rem) {
      :host,
      :host([sticky]) {
        position: static;
        display: block;
      }
      .wrap {
        flex-direction: row;
        flex-wrap: wrap;
        align-items: center;
        max-width: none;
      }
      /* Opened, the explanation takes the whole row under the button. */
      .help[open] {
        flex-basis: 100%;
      }
    }
    .leave {
      min-height: var(--_target);
      min-width: var(--_target);
      padding: 0.5em 1.25em;
      border: 2px solid var(--_urgent);
      border-radius: var(--_radius);
      background: var(--_urgent);
      color: var(--_on-urgent);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    }
    .help {
      font-size: 0.875em;
      color: var(--_text);
      background: var(--_surface);
      border-radius: calc(var(--_radius) * 0.5);
      padding: 0.25em 0.5em;
    }
    .help summary {
      cursor: pointer;
      min-height: 1.5rem;
    }
    .help p {
      margin: 0.5em 0;
    }
    @media (forced-colors: active) {
      .leave {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
        forced-color-adjust: none;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
