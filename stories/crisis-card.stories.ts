import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/crisis-card/define.js';
import { countyResources, brokenResources, hostileResources } from './examples.js';

interface Args {
  region?: string;
  audience?: string;
  variant: 'full' | 'compact' | 'urgent';
  'heading-level': number;
  resources?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/Crisis card',
  component: 'intake-crisis-card',
  tags: ['autodocs'],
  args: { variant: 'full', 'heading-level': 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'urgent'] },
    audience: { control: 'select', options: [undefined, 'youth', 'veterans', 'lgbtq', 'deaf-hard-of-hearing', 'domestic-violence'] },
    region: { control: 'select', options: [undefined, 'US', 'US-CA', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR'] },
  },
  render: (a) =>
    html`<intake-crisis-card
      region=${a.region ?? ''}
      audience=${a.audience ?? ''}
      variant=${a.variant}
      heading-level=${a['heading-level']}
      .resources=${a.resources}
    ></intake-crisis-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = { args: { region: 'US' } };
export const Compact: Story = { args: { region: 'US', variant: 'compact' } };
export const Urgent: Story = { args: { region: 'US', variant: 'urgent' } };
export const Youth: Story = { args: { region: 'US', audience: 'youth' } };
export const Veterans: Story = { args: { region: 'US', audience: 'veterans' } };
export const LGBTQ: Story = { args: { region: 'US', audience: 'lgbtq' } };
export const DeafAndHardOfHearing: Story = { args: { region: 'US', audience: 'deaf-hard-of-hearing' } };
export const UnitedKingdom: Story = { args: { region: 'GB' } };
export const Canada: Story = { args: { region: 'CA' } };
export const Australia: Story = { args: { region: 'AU' } };
export const WithLocalLines: Story = { args: { region: 'US-CA', resources: countyResources } };
export const InvalidLocalLinesDropped: Story = { args: { region: 'US', resources: brokenResources } };
export const HostileTextStaysText: Story = { args: { region: 'US', resources: hostileResources } };

/** No bundled line for the region: the host's own light-DOM markup stays visible. */
export const NoLinesForRegionFallback: Story = {
  render: () =>
    html`<intake-crisis-card region="FR"
      ><p>Numéro national de prévention du suicide : <a href="tel:3114">3114</a></p></intake-crisis-card
    >`,
};

/** The light-DOM fallback as a person without JavaScript sees it. */
export const BeforeUpgrade: Story = {
  render: () =>
    html`<intake-crisis-card-not-upgraded
      ><p>In crisis? Call or text <a href="tel:988">988</a>.</p></intake-crisis-card-not-upgraded
    >`,
};
