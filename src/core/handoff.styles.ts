import { css } from 'lit';

/** Sending to `submit-url` and the point person (src/handoff/submit-view.ts), in both elements that send. */
export const handoffStyles = css`
  .handoff {
    display: grid;
    gap: 0.75em;
    margin-top: 0.75em;
  }
  .handoff:has(.handoff-status:empty):not(:has(button)) {
    margin-top: 0;
  }
  .handoff p {
    margin: 0;
  }
  .handoff .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .point-person {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .point-person img {
    flex: none;
    border-radius: 50%;
    object-fit: cover;
  }
`;
