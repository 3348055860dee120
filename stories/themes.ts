/** Theme examples for Storybook and the docs: every value is a public `--intake-*` token. */
export type ThemeName = 'light' | 'dark' | 'high-contrast';

export const themes: Record<ThemeName, { background: string; color: string; vars: string }> = {
  light: { background: '#ffffff', color: '#1d2125', vars: '--intake-color-scheme: light' },
  dark: { background: '#121417', color: '#eef0f2', vars: '--intake-color-scheme: dark' },
  'high-contrast': {
    background: '#000000',
    color: '#ffffff',
    vars: [
      '--intake-color-scheme: dark',
      '--intake-color-text: #ffffff',
      '--intake-color-muted: #ffffff',
      '--intake-color-surface: #000000',
      '--intake-color-surface-alt: #000000',
      '--intake-color-border: #ffffff',
      '--intake-color-accent: #ffff00',
      '--intake-color-on-accent: #000000',
      '--intake-color-urgent: #ff6e6e',
      '--intake-color-on-urgent: #000000',
      '--intake-color-urgent-surface: #000000',
      '--intake-focus-ring: 3px solid #00ffff',
    ].join(';'),
  },
};
