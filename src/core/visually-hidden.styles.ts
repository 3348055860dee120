import { css } from 'lit';

/** Text for screen readers only: out of sight, still read (a legend, "(opens in a new tab)", a live region). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
