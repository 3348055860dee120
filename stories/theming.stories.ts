import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/crisis-card/define.js';
import '../src/check-in/define.js';
import '../src/quick-exit/define.js';
import { themes } from './themes.js';

/**
 * The same three elements under different `--intake-*` tokens, for the Theming docs page.
 * Each story sets its tokens on a wrapper, as a host page would on any ancestor; the wrapper's own
 * tokens win over the toolbar's theme.
 */
interface Args {
  tokens: string;
  background: string;
  color: string;
}

/** A made-up brand: a deep teal, square corners, a larger type size and a thick focus ring. */
const brand = [
  '--intake-font: Georgia, "Times New Roman", serif',
  '--intake-font-size: 1.0625rem',
  '--intake-color-accent: #00594f',
  '--intake-color-on-accent: #ffffff',
  '--intake-color-surface: #fbfaf5',
  '--intake-color-surface-alt: #eef4f1',
  '--intake-color-border: #8aa79f',
  '--intake-color-urgent: #8a1c12',
  '--intake-radius: 2px',
  '--intake-spacing: 1.25rem',
  '--intake-focus-ring: 4px solid #b45309',
].join(';');

/** Stories never really leave: a listener cancels the quick exit. */
const stayHere = (e: Event) => e.preventDefault();

const meta: Meta<Args> = {
  title: 'Examples/Theming',
  render: (a) => {
    document.removeEventListener('intake-quick-exit', stayHere);
    document.addEventListener('intake-quick-exit', stayHere);
    return html`<div style=${`${a.tokens};background:${a.background};color:${a.color};padding:1rem;display:grid;gap:1rem;max-width:44rem`}>
      <intake-quick-exit no-help></intake-quick-exit>
      <intake-crisis-card region="US" variant="compact" heading-level="3"></intake-crisis-card>
      <intake-check-in script="welcome" region="US"></intake-check-in>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The defaults, forced light: `--intake-color-scheme: light`. */
export const Light: Story = { args: { tokens: themes.light.vars, background: themes.light.background, color: themes.light.color } };

/** The built-in dark palette: `--intake-color-scheme: dark`. */
export const Dark: Story = { args: { tokens: themes.dark.vars, background: themes.dark.background, color: themes.dark.color } };

/** A high-contrast palette from the public tokens only (Windows forced colors need no tokens: system colors win). */
export const HighContrast: Story = {
  args: { tokens: themes['high-contrast'].vars, background: themes['high-contrast'].background, color: themes['high-contrast'].color },
};

/** A host's own brand: accent, surfaces, font, corners, spacing and focus ring. */
export const CustomBrand: Story = { args: { tokens: `--intake-color-scheme: light;${brand}`, background: '#f6f3ea', color: '#1d2125' } };
