import { css } from 'lit';
import { actionStyles, tokens } from '../core/tokens.js';

export const styles = [
  tokens,
  actionStyles,
  css`
    :host {
      display: block;
      max-width: 56rem;
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
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25em;
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
    .block,
    .question {
      margin: var(--_space) 0;
      padding: calc(var(--_space) * 0.75);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .block-heading {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 700;
      font-size: 1.1em;
      margin-bottom: 0.5em;
    }
    .block fieldset + fieldset {
      margin-top: 0.75em;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .question .choices {
      flex-direction: column;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-height: var(--_target);
      padding: 0.25em 0.75em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      cursor: pointer;
      box-sizing: border-box;
    }
    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .choice:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: var(--_space);
    }
    .summary {
      list-style: none;
      padding: 0;
      margin: var(--_space) 0;
      display: grid;
      gap: 0.5em;
    }
    .summary li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      padding: 0.5em 0.75em;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-alt);
    }
    .summary .label {
      font-weight: 700;
    }
    .badge {
      font-size: 0.85em;
      padding: 0.1em 0.6em;
      border-radius: 1em;
      border: 1px solid var(--_accent);
      color: var(--_accent);
    }
    .safety {
      margin: var(--_space) 0;
      padding: calc(var(--_space) * 0.75);
      border-radius: var(--_radius);
      background: var(--_urgent-surface);
      border-inline-start: 4px solid var(--_urgent);
    }
    .safety-off .safety-lead {
      margin: 0;
    }
    .safety-lead {
      font-weight: 600;
      margin-top: 0;
    }
    .safety intake-crisis-card {
      margin: 0.75em 0;
    }
    @media (forced-colors: active) {
      .need.checked,
      .choice:has(input:checked) {
        border-color: Highlight;
      }
    }
  `,
];
