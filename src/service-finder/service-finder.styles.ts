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
      max-width: 48rem;
      /* Its own surface: the text colors follow the scheme, so the background must too. */
      background: var(--_surface);
      /* Phone first: its panels drop their frame when the element itself is narrow (see the end). */
      container-type: inline-size;
    }
    [hidden] {
      display: none !important;
    }
    p {
      margin: 0.35em 0;
    }
    label {
      display: grid;
      /* minmax(0, …): a select as wide as its longest option still fits a 320 px screen. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25em;
      font-weight: 600;
    }
    input,
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.5);
      min-height: var(--_target);
      padding: 0.35em 0.6em;
      box-sizing: border-box;
      max-width: 100%;
    }
    input[type='checkbox'] {
      min-height: auto;
      width: 1.4em;
      height: 1.4em;
      accent-color: var(--_accent);
    }
    .search input {
      width: 100%;
      font-size: 1.1em;
    }
    .filters {
      margin-top: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .filters summary {
      cursor: pointer;
      font-weight: 700;
      padding: 0.6em var(--_space);
      min-height: var(--_target);
      box-sizing: border-box;
      display: flex;
      align-items: center;
    }
    .filter-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: calc(var(--_space) * 0.75);
      padding: 0 var(--_space) var(--_space);
      align-items: start;
    }
    .filter-grid > .check,
    .filter-grid > button {
      align-self: end;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: 600;
      min-height: var(--_target);
    }
    /* Distance with "Use my location" under it: one cell, aligned to the top like the other labels. */
    .distance,
    .postcode {
      display: grid;
      gap: 0.5em;
    }
    .locate .hint,
    .small,
    .hint {
      font-size: 0.9em;
      font-weight: 400;
      color: var(--_muted);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: 0.75em;
      margin: var(--_space) 0 calc(var(--_space) * 0.5);
    }
    .count {
      font-weight: 700;
      margin: 0;
      flex: 1 1 12rem;
    }
    .sort,
    .postcode div {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    select,
    input {
      max-width: 100%;
      min-width: 0;
    }
    .results {
      display: block;
      min-height: 4rem;
    }
    .card {
      width: 100%;
      box-sizing: border-box;
      padding: calc(var(--_space) * 0.25) 0 calc(var(--_space) * 0.5);
    }
    .card > * {
      margin-inline: var(--_space);
    }
    .card::before {
      content: '';
      display: block;
      border-top: 1px solid var(--_border);
      margin: 0 0 calc(var(--_space) * 0.5);
    }
    .heading {
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.3;
      margin-block: 0.25em;
    }
    .name-button {
      font: inherit;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0.2em 0;
      min-height: var(--_target);
      text-align: start;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .org {
      color: var(--_muted);
      font-weight: 600;
    }
    .description,
    .org,
    .detail,
    .saved {
      overflow-wrap: anywhere;
    }
    .facts {
      list-style: none;
      padding: 0;
      margin-block: 0.4em;
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em 1em;
      font-size: 0.95em;
    }
    .open {
      color: light-dark(#1d6b36, #8fdca6);
      font-weight: 600;
    }
    .closed {
      color: var(--_muted);
    }
    .yours {
      font-weight: 600;
    }
    .documents {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .save {
      margin-top: 0.25em;
    }
    .save[aria-pressed='true'] {
      background: var(--_fill);
      color: var(--_on-accent);
    }
    .notice,
    .empty,
    .detail,
    .saved {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
    }
    .notice.error {
      border-color: var(--_urgent);
    }
    .notice.small {
      padding: 0.4em var(--_space);
    }
    .empty-lead {
      font-weight: 700;
      font-size: 1.1em;
    }
    .actions,
    .contact {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0.75em 0;
    }
    .empty intake-crisis-card,
    .notice intake-crisis-card {
      margin-top: var(--_space);
    }
    .more {
      margin: var(--_space) 0;
      text-align: center;
    }
    .back {
      margin-bottom: 0.5em;
    }
    .alert {
      border-inline-start: 4px solid var(--_urgent);
      padding-inline-start: 0.6em;
    }
    dl.about {
      display: grid;
      grid-template-columns: minmax(7em, max-content) 1fr;
      gap: 0.3em 1em;
      margin: 0.75em 0;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
    table.hours {
      border-collapse: collapse;
      margin: 0.75em 0;
    }
    table.hours caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25em;
    }
    table.hours th,
    table.hours td {
      text-align: start;
      padding: 0.2em 1em 0.2em 0;
      border-bottom: 1px solid var(--_border);
      font-weight: 400;
    }
    table.hours tr.today {
      font-weight: 700;
    }
    table.hours tr.today th {
      font-weight: 700;
    }
    .place {
      border-top: 1px solid var(--_border);
      padding-top: 0.5em;
      margin-top: 0.75em;
    }
    .place-name,
    .saved-name {
      font-weight: 700;
    }
    address {
      font-style: normal;
      margin: 0.25em 0 0.5em;
    }
    .action-text {
      padding: 0.5em 0;
    }
    .saved-list {
      padding-inline-start: 1.5em;
    }
    .saved-list li {
      margin-bottom: var(--_space);
    }
    .copy-fallback textarea {
      width: 100%;
      font-weight: 400;
    }
    /* Phone first: no card inside a card. Narrow (or "flush"), the detail and saved-list panels drop
       their frame and the result text uses the whole width. */
    :host([flush]) .detail,
    :host([flush]) .saved {
      border: none;
      border-radius: 0;
      padding: 0;
    }
    :host([flush]) .card > * {
      margin-inline: 0;
    }
    @container (max-width: 480px) {
      .detail,
      .saved {
        border: none;
        border-radius: 0;
        padding: 0;
      }
      .card > * {
        margin-inline: 0;
      }
    }
    @media (max-width: 30rem) {
      dl.about {
        grid-template-columns: 1fr;
      }
    }
    @media print {
      :host {
        max-width: none;
        color: #000;
      }
      .search,
      .filters,
      .toolbar,
      .list-view,
      .detail,
      .back,
      .no-print,
      [role='status'] {
        display: none !important;
      }
      .finder:not(.view-saved) {
        display: none !important;
      }
      .saved {
        border: 0;
        padding: 0;
        background: none;
      }
      .saved-list li {
        break-inside: avoid;
      }
    }
  `,
];
