import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/needs-finder/define.js';
import '../src/quick-exit/define.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import { brokenCatalog, petCareCatalog } from './needs-finder-examples.js';

interface Args {
  mode: 'cards' | 'questions';
  subject: 'self' | 'other';
  domains?: string;
  region?: string;
  'heading-level': number;
  catalog?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/Needs finder',
  component: 'intake-needs-finder',
  tags: ['autodocs'],
  args: { mode: 'cards', subject: 'self', 'heading-level': 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['cards', 'questions'] },
    subject: { control: 'inline-radio', options: ['self', 'other'] },
    domains: { control: 'text' },
    region: { control: 'select', options: [undefined, 'US', 'US-CA', 'CA', 'GB'] },
  },
  render: (a) =>
    html`<intake-needs-finder
      mode=${a.mode}
      subject=${a.subject}
      domains=${a.domains ?? ''}
      region=${a.region ?? 'US'}
      heading-level=${a['heading-level']}
      .catalog=${a.catalog}
    ></intake-needs-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

// ---- drive the element into a state (what a person would click) ----------
async function finderIn(canvas: HTMLElement): Promise<IntakeNeedsFinder> {
  const el = canvas.querySelector('intake-needs-finder')!;
  await el.updateComplete;
  return el;
}
async function pick(el: IntakeNeedsFinder, ...ids: string[]) {
  for (const id of ids) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`#need-${id}`)?.click();
    await el.updateComplete;
  }
}
async function choose(el: IntakeNeedsFinder, name: string, value: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)?.click();
  await el.updateComplete;
}
async function next(el: IntakeNeedsFinder) {
  const buttons = el.shadowRoot!.querySelectorAll('button');
  buttons[buttons.length - 1]?.click();
  await el.updateComplete;
}

// ---- cards mode -----------------------------------------------------------
export const Cards: Story = {};
export const CardsSomePicked: Story = {
  play: async ({ canvasElement }) => pick(await finderIn(canvasElement), 'food', 'housing-keep', 'mental-health'),
};
export const FollowUp: Story = {
  name: 'Follow-up: would you like help, how soon',
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await pick(el, 'food', 'housing-keep', 'mental-health');
    await next(el);
    await choose(el, 'help-food', 'yes');
    await choose(el, 'soon-food', 'today');
    await choose(el, 'help-housing-keep', 'not-now');
  },
};
export const MattersMost: Story = {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await pick(el, 'food', 'utilities', 'work');
    await next(el);
    await next(el);
    await choose(el, 'most', 'utilities');
  },
};
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await pick(el, 'food', 'utilities', 'work');
    await next(el);
    await choose(el, 'help-food', 'yes');
    await choose(el, 'soon-food', 'this-week');
    await choose(el, 'help-work', 'already-getting-help');
    await next(el);
    await choose(el, 'most', 'food');
    await next(el);
  },
};
export const DoneNothingPicked: Story = {
  play: async ({ canvasElement }) => next(await finderIn(canvasElement)),
};

// ---- safety ---------------------------------------------------------------
/** "Safety at home" picked: the urgent crisis card with the National Domestic Violence Hotline, and a quick exit reminder. */
export const SafetyPicked: Story = {
  play: async ({ canvasElement }) => pick(await finderIn(canvasElement), 'safety'),
};
export const SafetyQuestionYes: Story = {
  args: { mode: 'questions' },
  play: async ({ canvasElement }) => choose(await finderIn(canvasElement), 'q-safety', 'yes'),
};
const stayHere = (e: Event) => e.preventDefault(); // Storybook never really leaves
export const SafetyWithQuickExitOnPage: Story = {
  render: (a) => {
    document.removeEventListener('intake-quick-exit', stayHere);
    document.addEventListener('intake-quick-exit', stayHere);
    return html`<intake-quick-exit no-help></intake-quick-exit>
      <intake-needs-finder region="US" mode=${a.mode}></intake-needs-finder>`;
  },
  play: async ({ canvasElement }) => pick(await finderIn(canvasElement), 'safety'),
};

// ---- questions mode -------------------------------------------------------
export const Questions: Story = { args: { mode: 'questions' } };
export const QuestionsAnswered: Story = {
  args: { mode: 'questions' },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await choose(el, 'q-living', 'worried');
    await choose(el, 'q-problems', 'mold');
    await choose(el, 'q-food-worried', 'sometimes');
    await choose(el, 'q-transportation', 'no');
  },
};
export const QuestionsFollowUp: Story = {
  args: { mode: 'questions' },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await choose(el, 'q-food-worried', 'often');
    await choose(el, 'q-utilities', 'shut-off');
    await next(el);
  },
};

// ---- wording, limits, host input ------------------------------------------
export const ForSomeoneElse: Story = { args: { subject: 'other' } };
export const QuestionsForSomeoneElse: Story = { args: { mode: 'questions', subject: 'other' } };
export const LimitedDomains: Story = { args: { domains: 'housing-tonight food safety someone-to-talk-to' } };
export const BadDomainsStillWorks: Story = { args: { domains: 'food nonsense' } };
export const HostCatalog: Story = { args: { catalog: petCareCatalog } };
export const BadHostCatalogFallsBack: Story = { args: { catalog: brokenCatalog } };

/** In a plain form: the form value is the JSON result; Reset resets the finder. */
export const InAForm: Story = {
  render: () =>
    html`<form @submit=${(e: Event) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.textContent = String(new FormData(e.target as HTMLFormElement).get('needs') ?? '(no value yet)');
      }}>
      <intake-needs-finder name="needs"></intake-needs-finder>
      <p><button type="submit">Submit form</button> <button type="reset">Reset form</button></p>
      <output></output>
    </form>`,
};
