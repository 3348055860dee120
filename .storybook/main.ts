import type { StorybookConfig } from '@storybook/web-components-vite';

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // One Lit: Storybook's renderer imports `lit/directive-helpers.js`, which its dependency optimizer
  // left out, so that file loaded lit-html a second time beside the pre-bundled `lit` ("Multiple
  // versions of Lit loaded"). Pre-bundling it with the rest, and deduping, keeps a single copy.
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, dedupe: [...(vite.resolve?.dedupe ?? []), ...LIT] },
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'] },
  }),
};
export default config;
