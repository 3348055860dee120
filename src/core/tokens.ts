/**
 * Design tokens. Hosts theme with `--intake-*` custom properties on any ancestor;
 * elements read the private `--_*` copies. `light-dark()` follows the `color-scheme`
 * the element inherits from the page: dark only where the page says it supports dark
 * (`color-scheme: light dark`) and the person prefers it, so light text never lands on a
 * light page that knows nothing of dark mode. `--intake-color-scheme: dark` forces one.
 * Forced colors (Windows high contrast) map everything to system colors.
 */
// css-tag directly: importing from 'lit' would pull all of Lit into the quick exit.
import { css } from '@lit/reactive-element/css-tag.js';

export const tokens = css`
  :host {
    /* No fallback on purpose: unset, the declaration is invalid and color-scheme inherits from the page. */
    color-scheme: var(--intake-color-scheme);
    --_font: var(--intake-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK TC', sans-serif);
    --_font-size: var(--intake-font-size, 1rem);
    --_text: var(--intake-color-text, light-dark(#1d2125, #eef0f2));
    --_muted: var(--intake-color-muted, light-dark(#4d5660, #b9c0c8));
    --_surface: var(--intake-color-surface, light-dark(#ffffff, #1b1e22));
    --_surface-alt: var(--intake-color-surface-alt, light-dark(#f3f5f7, #262a30));
    --_border: var(--intake-color-border, light-dark(#c9d0d7, #4a525c));
    --_accent: var(--intake-color-accent, light-dark(#1f5f8b, #8cc6ee));
    --_on-accent: var(--intake-color-on-accent, light-dark(#ffffff, #0d1b26));
    /* Filled answers (a reply, a chosen or saved item): the accent, except in forced colors. */
    --_fill: var(--_accent);
    --_urgent: var(--intake-color-urgent, light-dark(#a3261b, #ff9c8f));
    --_on-urgent: var(--intake-color-on-urgent, light-dark(#ffffff, #2a0a06));
    --_urgent-surface: var(--intake-color-urgent-surface, light-dark(#fdf0ee, #3a1d1a));
    --_radius: var(--intake-radius, 0.75rem);
    --_space: var(--intake-spacing, 1rem);
    --_focus: var(--intake-focus-ring, 3px solid light-dark(#0b57d0, #a8c7fa));
    --_target: 2.75rem; /* 44 px minimum touch target (WCAG 2.5.5) */
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Text from data keeps its own direction (dir=auto) but lines up with the page: English in an Arabic page aligns
     right. (text-align: match-parent would say it, but Chromium resolves it against the text's own direction.) */
  :host([dir='rtl']) [dir='auto'] {
    text-align: right;
  }
  :host([dir='ltr']) [dir='auto'] {
    text-align: left;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      /* Backgrounds become Canvas in forced colors: fills are Canvas, text on them CanvasText. */
      --_fill: Canvas;
      --_on-accent: CanvasText;
      --_urgent: Mark;
      --_on-urgent: MarkText;
      --_urgent-surface: Canvas;
      --_focus: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Large, clear action links and buttons shared by the elements. */
export const actionStyles = css`
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  .action.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .action.urgent {
    background: var(--_urgent);
    border-color: var(--_urgent);
    color: var(--_on-urgent);
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
  }
`;
