import type { CSSResult, css as litCss } from 'lit';

/**
 * Styles of the later steps, the screening questions and the safety notice, loaded with views.ts and
 * added to the element's shadow root then. `css` comes from the element, so this module does not import
 * Lit (see views.ts).
 */
export const viewStyles = (css: typeof litCss): CSSResult => css`
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.25em;
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
    .safety-lead {
      font-weight: 600;
      margin-top: 0;
    }
    .safety intake-crisis-card {
      margin: 0.75em 0;
    }
    /* A phone: less padding around the crisis lines, so their text keeps a readable width. */
    @media (max-width: 30rem) {
      .safety {
        padding: 0.5em;
      }
    }
    @media (forced-colors: active) {
      .choice:has(input:checked) {
        border-color: Highlight;
      }
    }
`;
