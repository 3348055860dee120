import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { LOCALES } from '../src/core/locales.js';
import { themes, type ThemeName } from '../stories/themes.js';

setCustomElementsManifest(manifest);

const LOCALE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  'zh-Hant': '中文（繁體）',
  'zh-Hans': '中文（简体）',
  tl: 'Filipino',
  vi: 'Tiếng Việt',
  ru: 'Русский',
  ko: '한국어',
  ar: 'العربية',
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets <html lang>; Arabic flips direction)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l, title: LOCALE_NAMES[l], right: l })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme tokens',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  decorators: [
    (story, context) => {
      const locale = (context.globals.locale as string) ?? 'en';
      // The elements follow <html lang>, as they do on a host page.
      document.documentElement.lang = locale === 'en' ? 'en-US' : locale;
      document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
      const theme = themes[(context.globals.theme as ThemeName) ?? 'light'];
      document.body.style.background = theme.background;
      document.body.style.color = theme.color;
      return html`<div style=${`${theme.vars};padding:1rem`}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: { headingSelector: 'h2, h3' } },
  },
};
export default preview;
