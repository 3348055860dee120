import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/quick-exit/define.js';

interface Args {
  href: string;
  sticky: boolean;
  'no-shortcut': boolean;
  'no-help': boolean;
}

/** Stories never really leave: a listener cancels the event and shows what would happen. */
const stayHere = (e: Event) => {
  e.preventDefault();
  const out = document.querySelector('#quick-exit-log');
  if (out) out.textContent = 'intake-quick-exit fired (canceled in Storybook, so the page stays).';
};

const meta: Meta<Args> = {
  title: 'Elements/Quick exit',
  component: 'intake-quick-exit',
  tags: ['autodocs'],
  args: { href: 'https://www.google.com/search?q=weather', sticky: false, 'no-shortcut': false, 'no-help': false },
  render: (a) => {
    document.removeEventListener('intake-quick-exit', stayHere);
    document.addEventListener('intake-quick-exit', stayHere);
    return html`<intake-quick-exit href=${a.href} ?sticky=${a.sticky} ?no-shortcut=${a['no-shortcut']} ?no-help=${a['no-help']}></intake-quick-exit>
      <p id="quick-exit-log" role="status"></p>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Sticky: Story = { args: { sticky: true } };
export const NoShortcut: Story = { args: { 'no-shortcut': true } };
export const ButtonOnly: Story = { args: { 'no-help': true } };
export const CustomLabel: Story = {
  render: () => html`<intake-quick-exit no-help>Exit now</intake-quick-exit>`,
};
export const InvalidHrefFallsBack: Story = { args: { href: 'javascript:alert(1)' } };
/** A plain link inside is what a person sees before the script runs; once upgraded it is hidden and its href used. */
export const WithFallbackLink: Story = {
  render: () => html`<intake-quick-exit><a href="https://www.google.com/search?q=weather">Leave this site</a></intake-quick-exit>`,
};
