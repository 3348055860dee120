import { css } from 'lit';
import { actionStyles, tokens } from '../core/tokens.js';
import { visuallyHidden } from '../core/visually-hidden.styles.js';
import { handoffStyles } from '../core/handoff.styles.js';

export const styles = [
  tokens,
  actionStyles,
  visuallyHidden,
  handoffStyles,
  css`
    :host {
      display: block;
      max-width: 40rem;
      /* Phone first: the card below drops its frame when the element itself is narrow (see the end). */
      container-type: inline-size;
    }
    .card {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    p {
      margin: 0;
    }
    .log {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
    }
    .bubble {
      max-width: 85%;
      padding: 0.6em 0.9em;
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
      animation: appear 0.18s ease-out;
    }
    .bubble.bot {
      align-self: flex-start;
      background: var(--_surface-alt);
      border-end-start-radius: 0.2em;
    }
    .bubble.me {
      align-self: flex-end;
      background: var(--_fill);
      color: var(--_on-accent);
      border-end-end-radius: 0.2em;
      white-space: pre-wrap;
    }
    .bubble.current .text {
      font-weight: 600;
      font-size: 1.1em;
    }
    /* The safety pause: its heading lands at the top of the screen, the lines right under it. Tighter
       spacing in its card, so that on a small phone the first lines fit on the first screen. */
    .pause {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      scroll-margin-top: 0.5em;
    }
    .pause intake-crisis-card {
      --intake-spacing: 0.6rem;
    }
    .pause-heading {
      margin: 0;
      padding-inline-start: 0.6em;
      border-inline-start: 4px solid var(--_urgent);
      font-size: 1.1em;
      line-height: 1.35;
      scroll-margin-top: 0.5em;
    }
    .pause-heading:focus {
      outline: none;
    }
    .pause-heading:focus-visible {
      outline: var(--_focus);
    }
    .when {
      margin-top: 0.35em;
    }
    .wait {
      font-weight: 600;
    }
    .field-error {
      margin: 0.35em 0 0;
      color: var(--_urgent);
      font-weight: 600;
    }
    [aria-invalid='true'] {
      border-color: var(--_urgent);
      outline: 2px solid var(--_urgent);
    }
    .bubble:focus {
      outline: none;
    }
    .bubble:focus-visible {
      outline: var(--_focus);
    }
    .help,
    .note,
    .progress,
    .small,
    .notices,
    .ends {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .help,
    .note {
      margin-top: 0.35em;
    }
    .note {
      font-style: italic;
    }
    /* Arabic and Chinese have no italics: a slanted note looks broken. */
    :host(:lang(ar)) .note,
    :host(:lang(zh)) .note,
    :host(:lang(ko)) .note {
      font-style: normal;
    }
    /* Text in another language than the page (an English item in an Arabic page) is ordered by its own
       words, so "…problems?" keeps its question mark at the end, and lines up with the page. */
    [lang] {
      unicode-bidi: plaintext;
    }
    :host([dir='rtl']) [lang] {
      text-align: right;
    }
    ul {
      margin: 0.4em 0 0;
      padding-inline-start: 1.25em;
    }
    .controls {
      display: grid;
      gap: 0.75em;
    }
    .choices {
      display: grid;
      gap: 0.5em;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.6em;
      min-height: var(--_target);
      padding: 0.5em 1em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
      box-sizing: border-box;
    }
    .choice[aria-checked='true'],
    .choice:has(input:checked) {
      background: var(--_fill);
      color: var(--_on-accent);
    }
    .choice input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      flex: none;
    }
    .choice:focus-within:not(button) {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    .nav:empty {
      display: none;
    }
    .field {
      display: grid;
      gap: 0.3em;
    }
    label {
      font-weight: 600;
    }
    .choice span {
      font-weight: 400;
    }
    input:not([type='checkbox'], [type='radio']),
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
      padding: 0.5em 0.7em;
      min-height: var(--_target);
      box-sizing: border-box;
      width: 100%;
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.4em;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.4em;
    }
    .contact {
      display: grid;
      gap: 0.75em;
    }
    .why summary,
    .about summary {
      cursor: pointer;
      color: var(--_accent);
      min-height: var(--_target);
      display: flex;
      align-items: center;
    }
    .why p,
    .about p {
      color: var(--_muted);
    }
    .about {
      font-size: 0.9em;
    }
    .about p {
      margin-top: 0.3em;
    }
    .summary {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.5em;
    }
    .summary li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.15em 0.75em;
      padding-bottom: 0.5em;
      border-bottom: 1px solid var(--_border);
    }
    .summary .sq {
      color: var(--_muted);
      font-size: 0.9em;
      grid-column: 1;
    }
    .summary .sa {
      grid-column: 1;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .summary .action {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
    }
    .ends {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
    .persist {
      display: grid;
      gap: 0.5em;
      padding-bottom: 0.75em;
      border-bottom: 1px solid var(--_border);
    }
    .notices p {
      margin-top: 0.3em;
    }
    /* Movement only, no fade: text keeps full contrast at every frame. */
    @keyframes appear {
      from {
        transform: translateY(0.4em);
      }
    }
    /* Phone first: no card inside a card. Narrow (or "flush"), the element's own card drops its frame
       and the questions use the whole width. */
    :host([flush]) .card {
      border: none;
      border-radius: 0;
      padding: 0;
    }
    .earlier-toggle {
      display: none;
    }
    @container (max-width: 480px) {
      .earlier-toggle {
        display: inline-flex;
        justify-self: start;
      }
      .log.folded > .earlier {
        display: none;
      }
      .card {
        border: none;
        border-radius: 0;
        padding: 0;
      }
      .bubble.bot {
        max-width: 100%;
      }
      .bubble.current {
        align-self: stretch;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bubble {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      .bubble {
        border: 1px solid CanvasText;
      }
      .choice[aria-checked='true'],
      .choice:has(input:checked) {
        outline: 3px solid Highlight;
      }
    }
  `,
];
