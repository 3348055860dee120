import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';

interface Args {
  script: string;
  subject?: 'self' | 'other';
  region?: string;
  persist: boolean;
}

/** A host script with every step kind and a condition (also a template for your own). */
export const hostScript = {
  id: 'story-host',
  version: '1',
  title: { en: 'Quick check-in', es: 'Conversación breve' },
  steps: [
    { id: 'hello', kind: 'message', text: { en: 'Hi! A few quick questions.', es: '¡Hola! Unas preguntas rápidas.' } },
    {
      id: 'pet',
      kind: 'single',
      text: { en: 'Do you have a pet?', es: '¿Tiene una mascota?' },
      why: { en: 'Some shelters take pets.', es: 'Algunos refugios aceptan mascotas.' },
      options: [
        { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
        { value: 'no', text: { en: 'No', es: 'No' } },
      ],
    },
    { id: 'pet-name', kind: 'text', text: { en: "What is your pet's name?" }, when: { step: 'pet', equals: 'yes' } },
    { id: 'stress', kind: 'number', text: { en: 'How stressed are you today?' }, min: 0, max: 10, scale: true, minLabel: { en: 'Calm' }, maxLabel: { en: 'Very stressed' } },
    { id: 'contact', kind: 'contact', text: { en: 'How can we reach you?' }, methods: ['call', 'text'], askName: true, askLeaveMessage: true },
    { id: 'summary', kind: 'summary', text: { en: 'Here is what you told us.' } },
    { id: 'ok', kind: 'consent', text: { en: 'May we share this with our team?' }, required: true },
    { id: 'bye', kind: 'message', text: { en: 'Thank you!' }, end: true },
  ],
};

/** A script with a loop, an unknown step and HTML in a text: the person sees a gentle message. */
export const badScript = {
  id: 'broken',
  version: '1',
  steps: [
    { id: 'a', kind: 'single', text: { en: '<b>Hi</b>' }, options: [{ value: 'x', text: { en: 'X' }, next: 'b' }] },
    { id: 'b', kind: 'message', text: { en: 'B' }, next: 'a' },
    { id: 'c', kind: 'text', text: { en: 'C' }, when: { step: 'nowhere' } },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/Check-in',
  component: 'intake-check-in',
  tags: ['autodocs'],
  args: { script: 'welcome', persist: false },
  argTypes: {
    script: { control: 'select', options: ['welcome', 'phq-9', 'gad-7', 'phq-4', 'who-5', 'self-referral'] },
    subject: { control: 'inline-radio', options: [undefined, 'self', 'other'] },
    region: { control: 'select', options: [undefined, 'US', 'US-CA', 'GB', 'CA', 'AU'] },
  },
  render: (a) =>
    html`<intake-check-in script=${a.script} subject=${a.subject ?? 'self'} region=${a.region ?? 'US'} ?persist=${a.persist}></intake-check-in>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Clicks through the element as a person would: each step is a button label (or a checkbox label). */
async function walk(el: IntakeCheckIn, steps: Array<string | { type: string } | { check: string[] }>): Promise<void> {
  await el.updateComplete;
  for (const s of steps) {
    const root = el.shadowRoot!;
    if (typeof s === 'string') {
      [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === s)?.click();
    } else if ('type' in s) {
      const input = root.querySelector<HTMLInputElement>('#answer, #comment')!;
      input.value = s.type;
      input.dispatchEvent(new Event('input'));
    } else {
      for (const label of s.check)
        [...root.querySelectorAll('label.choice')].find((l) => l.textContent!.trim() === label)?.querySelector('input')?.click();
    }
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
  }
}

const walked = (script: string, steps: Parameters<typeof walk>[1], attrs: Partial<Args> = {}): Story => ({
  args: { script, ...attrs },
  play: async ({ canvasElement }) => walk(canvasElement.querySelector('intake-check-in')!, steps),
});

/** "Hey, want to talk?" */
export const Opener: Story = {};
/** A real "Not right now": a kind goodbye and a compact crisis card. */
export const NotNow = walked('welcome', ['Not right now']);
/** Multiple choice: the needs of the shared catalog. */
export const Needs = walked('welcome', ["Yes, let's talk", 'Okay']);
/** A validated screener item (PHQ-9), with its notices and "Why we ask". */
export const Screener = walked('phq-9', ['Continue']);
/** "I'm not safe right now": the urgent crisis card, inline; the conversation goes on. */
export const RiskInterrupt = walked('welcome', ["Yes, let's talk", "I'm not safe right now"]);
/** PHQ-9 item 9 above zero. */
export const Item9Interrupt = walked('phq-9', ['Continue', ...Array(8).fill('Not at all'), 'Several days']);

/** "Safety at home" among needs: the pause with the domestic-violence lines and how to leave fast. */
export const SafetyAtHome = walked('welcome', ["Yes, let's talk", 'Okay', { check: ['Safety at home'] }, 'Continue']);

/** After the pause, a screener offers to reach the person. */
export const ReachOutOffer = walked('phq-9', ['Continue', ...Array(8).fill('Not at all'), 'Several days', 'Keep going', 'Not difficult at all']);

/** "Yes" to being reached, then Continue with no phone or email: the step waits, kindly. */
export const ReachOutWaits = walked('phq-9', [
  'Continue',
  ...Array(8).fill('Not at all'),
  'Several days',
  'Keep going',
  'Not difficult at all',
  'Yes, please reach out',
  'Continue',
]);
/** Free text with "Send". */
export const TextQuestion = walked('welcome', [
  "Yes, let's talk",
  'Okay',
  { check: ['Food'] },
  'Continue',
  'Find services nearby',
  'No, thanks',
  { check: ['A case manager'] },
  'Continue',
]);
/** Contact preferences. */
export const Contact = walked('self-referral', ['For me', { check: ['Food'] }, 'Continue', ...Array(3).fill("I'd rather not say")]);
/** The summary with "Change" on every answer. */
export const Summary = walked('phq-4', ['Continue', 'Not at all', 'Several days', 'Not at all', "I'd rather not say"]);
/** Consent. */
export const Consent = walked('phq-4', ['Continue', 'Not at all', 'Several days', 'Not at all', 'Not at all', 'Continue']);
/** Done: thanks, coping ideas, screening results and the compact crisis card. */
export const Done = walked('phq-4', ['Continue', 'Several days', 'Several days', 'More than half the days', 'Not at all', 'Continue', 'Yes, I agree']);
/** Asking about someone else. */
export const ForSomeoneElse = walked('welcome', ["I'm here for someone else"]);
export const SelfReferralAboutSomeoneElse: Story = { args: { script: 'self-referral', subject: 'other' } };
/** Asks before anything is stored. */
export const PersistAsks: Story = { args: { persist: true } };

/** A host script with conditions, a scale and its own languages. */
export const HostScript: Story = {
  render: () => html`<intake-check-in .script=${hostScript}></intake-check-in>`,
};
/** A bad host script: a gentle message, help, and `intake-error` for the developer. */
export const BadScript: Story = {
  render: () => html`<intake-check-in .script=${badScript}></intake-check-in>`,
};
/** In a plain form: the result is submitted under `name`; `required` waits for consent. */
export const InAForm: Story = {
  render: () => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <intake-check-in name="check-in" script="phq-4" required></intake-check-in>
    <button>Send to our team</button>
  </form>`,
};
