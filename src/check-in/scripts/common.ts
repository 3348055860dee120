/**
 * Steps and texts that several built-in scripts share: needs, the people who
 * already help, follow-up, contact, summary, consent and the closing step.
 *
 * Step data only holds message ids; the texts are in common-texts.ts, so a page that shows only a
 * script's first step does not load them.
 */
// Type-only: the catalog's icons and taxonomy terms stay out of the check-in's first load.
import type { NeedId } from '../../data/needs-catalog.js';
import type { Condition, Step } from '../script-schema.js';

export type Texts = Record<string, string>;

/** Options with ids `${prefix}.${value}` as their text. */
export const options = (prefix: string, values: string[]) => values.map((value) => ({ value, text: `${prefix}.${value}` }));

/**
 * The help areas the check-in offers: ids of the ONE needs catalog (src/data/needs-catalog.ts), labeled
 * by the needs finder's own texts, so a result's needs can drive <intake-needs-finder> and the service
 * finder as they are. A short list on purpose: a conversation, not a form.
 */
export const CHECK_IN_NEEDS: readonly NeedId[] = [
  'food',
  'housing-tonight',
  'housing-keep',
  'money',
  'health-care',
  'mental-health',
  'substance-use',
  'safety',
  'work',
  'legal',
];
/** Not a need from the catalog: the person only wants someone to listen. */
export const TALK = 'talk';
export const NEEDS = [...CHECK_IN_NEEDS, TALK];

export function needsStep(id = 'needs', when?: Condition): Step {
  return {
    id,
    kind: 'multiple',
    role: 'needs',
    text: 'common.needs',
    why: 'common.needs.why',
    sensitive: true,
    options: options('common.needs', NEEDS),
    comment: 'common.comment',
    ...(when ? { when } : {}),
  };
}

const HELPERS = ['case-manager', 'counselor', 'doctor', 'peer-worker', 'someone-else'];
const someoneHelps: Condition = { step: 'helpers', in: HELPERS };

/** Who already helps, and whether the person wants someone to check in later. */
export function continuitySteps(): Step[] {
  return [
    {
      id: 'helpers',
      kind: 'multiple',
      role: 'helpers',
      text: 'common.helpers',
      why: 'common.helpers.why',
      options: [
        ...options('common.helpers', HELPERS),
        { value: 'none', text: 'common.helpers.none', exclusive: true },
      ],
    },
    {
      id: 'helper-name',
      kind: 'text',
      role: 'helper-name',
      text: 'common.helper-name',
      maxLength: 120,
      when: someoneHelps,
    },
    {
      id: 'helper-org',
      kind: 'text',
      role: 'helper-org',
      text: 'common.helper-org',
      maxLength: 160,
      when: someoneHelps,
    },
    {
      id: 'follow-up',
      kind: 'single',
      role: 'follow-up',
      text: 'common.follow-up',
      why: 'common.follow-up.why',
      options: options('common.follow-up', ['yes', 'maybe', 'no']),
    },
    {
      id: 'follow-up-when',
      kind: 'single',
      role: 'follow-up-when',
      text: 'common.follow-up-when',
      options: options('common.follow-up-when', ['days', 'week', 'weeks', 'any']),
      when: { step: 'follow-up', in: ['yes', 'maybe'] },
    },
    {
      id: 'follow-up-how',
      kind: 'multiple',
      role: 'follow-up-how',
      text: 'common.follow-up-how',
      options: options('common.follow-up-how', ['call', 'text', 'email', 'in-person']),
      when: { step: 'follow-up', in: ['yes', 'maybe'] },
    },
  ];
}

export const contactStep = (): Step => ({
  id: 'contact',
  kind: 'contact',
  text: 'common.contact',
  why: 'common.contact.why',
  sensitive: true,
  methods: ['call', 'text', 'email'],
  askName: true,
  askBestTime: true,
  askLeaveMessage: true,
});

/**
 * After a sign of danger (`when: { risk: true }`), a script that does not always ask how to reach the
 * person offers it: would they like someone to reach out, and how (the contact step and its checks).
 * Skippable like every question. Role `follow-up`: a "yes" makes the contact step wait for a way to
 * reach them, and the result carries it as `continuity.followUp`.
 */
export const reachOutSteps = (): Step[] => [
  {
    id: 'reach-out',
    kind: 'single',
    role: 'follow-up',
    text: 'common.reach-out',
    why: 'common.reach-out.why',
    when: { risk: true },
    options: options('common.reach-out', ['yes', 'no']),
  },
  { ...contactStep(), when: { all: [{ risk: true }, { step: 'reach-out', equals: 'yes' }] } },
];

export const summaryStep = (): Step => ({ id: 'summary', kind: 'summary', text: 'common.summary' });

export const consentStep = (): Step => ({
  id: 'consent',
  kind: 'consent',
  text: 'common.consent',
  why: 'common.consent.why',
  required: true,
});

/**
 * The closing step: thanks, what happens next, a few coping ideas (safe-messaging guidance). What
 * happens next follows what the person decided: one of three steps shows, by their consent and,
 * where the script asks, whether they gave a way to reach them.
 */
export function nextStepsSteps({ showScores = false, contact = false } = {}): Step[] {
  const closing = (id: string, text: string, when: Condition): Step => ({
    id,
    kind: 'message',
    text,
    help: 'common.next.coping',
    list: ['common.coping.1', 'common.coping.2', 'common.coping.3', 'common.coping.4'],
    crisisCard: 'compact',
    ...(showScores ? { showScores: true } : {}),
    when,
    end: true,
  });
  const agreed: Condition = { step: 'consent', equals: true };
  return [
    ...(contact ? [closing('next-steps', 'common.next', { all: [agreed, { step: 'contact', answered: true }] })] : []),
    closing('next-steps-no-contact', 'common.next.no-contact', contact ? { all: [agreed, { step: 'contact', answered: false }] } : agreed),
    closing('next-steps-private', 'common.next.private', { step: 'consent', equals: false }),
  ];
}
