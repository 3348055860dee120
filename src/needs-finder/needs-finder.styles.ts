import { css } from 'lit';
import { actionStyles, tokens } from '../core/tokens.js';
import { handoffStyles } from '../core/handoff.styles.js';

/** What the need cards (the first screen) need; the later steps' styles come with views.ts (views.styles.ts). */
export const styles = [
  tokens,
  actionStyles,
  handoffStyles,
  css`
    :host {
      display: block;
      max-width: 56rem;
      /* Phone first: the card drops its frame when the element itself is narrow (see the end). */
      container-type: inline-size;
    }
    .finder {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .step-heading {
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.3;
      margin: 0 0 0.25em;
    }
    .step-heading:focus {
      outline: none;
    }
    .step-heading:focus-visible {
      outline: var(--_focus);
    }
    p {
      margin: 0.5em 0;
    }
    .intro,
    .note,
    .desc {
      color: var(--_muted);
    }
    fieldset {
      border: none;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: calc(var(--_space) * 0.75);
      margin: var(--_space) 0;
    }
    .need {
      position: relative;
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-areas: 'box icon' 'desc desc';
      align-items: center;
      gap: 0.25em 0.75em;
      min-height: 5rem;
      padding: calc(var(--_space) * 0.75);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      cursor: pointer;
    }
    .need.checked {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
      background: var(--_surface);
    }
    .need input {
      grid-area: box;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .need label {
      grid-area: icon;
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 700;
      cursor: pointer;
    }
    /* The label covers the whole card, so a tap anywhere toggles it. */
    .need label::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .need:focus-within {
      outline: var(--_focus);
      outline-offset: 2px;
    }
    .need input:focus-visible {
      outline: none;
    }
    .need .desc {
      grid-area: desc;
      font-size: 0.92em;
    }
    .icon {
      flex: none;
      width: 1.75rem;
      height: 1.75rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linecap: round;
      stroke-linejoin: round;
      color: var(--_accent);
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: var(--_space);
    }
    .safety-off .safety-lead {
      margin: 0;
    }
    /* Phone first: no card inside a card. Narrow (or "flush"), the element's own card drops its frame. */
    :host([flush]) .finder {
      border: none;
      border-radius: 0;
      padding: 0;
    }
    @container (max-width: 480px) {
      .finder {
        border: none;
        border-radius: 0;
        padding: 0;
      }
    }
    @media (forced-colors: active) {
      .need.checked {
        border-color: Highlight;
      }
    }
  `,
];
