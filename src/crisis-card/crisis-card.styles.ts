import { css } from 'lit';
import { actionStyles, tokens } from '../core/tokens.js';
import { visuallyHidden } from '../core/visually-hidden.styles.js';

export const styles = [
  tokens,
  actionStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      max-width: 40rem;
      /* Phone first: the card drops its frame when the element itself is narrow (see the end). */
      container-type: inline-size;
    }
    .card {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .card.urgent {
      border: 2px solid var(--_urgent);
    }
    .card.compact {
      padding: calc(var(--_space) * 0.75);
    }
    .heading {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
      margin: 0 0 0.25em;
    }
    p {
      margin: 0.5em 0;
    }
    .intro,
    .small,
    .description {
      color: var(--_muted);
    }
    .small {
      font-size: 0.9em;
    }
    .interpreter {
      font-size: 0.9em;
      font-weight: 600;
    }
    .lines {
      list-style: none;
      margin: var(--_space) 0 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .line {
      background: var(--_surface-alt);
      border-radius: calc(var(--_radius) * 0.75);
      padding: calc(var(--_space) * 0.75);
    }
    .line.local {
      border-inline-start: 4px solid var(--_accent);
    }
    .line-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
    }
    .name {
      font-weight: 700;
    }
    .badge {
      font-size: 0.8em;
      padding: 0.1em 0.6em;
      border-radius: 1em;
      border: 1px solid var(--_border);
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-top: 0.5em;
    }
    .action {
      overflow-wrap: anywhere;
    }
    .action-text {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      font-weight: 600;
    }
    .compact-lead {
      margin-top: 0;
      font-weight: 600;
    }
    .emergency {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: var(--_space) 0 0;
      font-weight: 600;
    }
    .emergency.first {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.75);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_urgent-surface);
      color: var(--_text);
    }
    .fallback {
      margin-top: 0.5em;
    }
    /* Phone first: no card inside a card. Narrow (or "flush"), the card drops its frame; an urgent
       card keeps a red edge, so that it still reads as urgent. */
    :host([flush]) .card {
      border: none;
      border-radius: 0;
      padding: 0;
    }
    :host([flush]) .card.urgent {
      border-inline-start: 4px solid var(--_urgent);
      padding-inline-start: 0.75em;
    }
    @container (max-width: 480px) {
      .card {
        border: none;
        border-radius: 0;
        padding: 0;
      }
      .card.urgent {
        border-inline-start: 4px solid var(--_urgent);
        padding-inline-start: 0.75em;
      }
    }
    @media (forced-colors: active) {
      .line,
      .emergency.first {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .action {
        border: none;
        background: none;
        color: inherit;
        padding: 0;
        min-height: 0;
      }
    }
  `,
];
