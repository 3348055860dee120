/**
 * Validated screening instruments as data: PHQ-9, GAD-7, WHO-5 here, and (re-exported) the shared
 * definitions and PHQ-4 from instrument-defs.ts. Item texts are NOT passed through msg(): see there.
 */
import type { InstrumentId } from '../script-schema.js';
import { ASQ_NOTICE } from './instrument-notices.js';
import {
  GAD_STEM,
  LOINC_NOTICE,
  NOT_ABLE_TO_STOP,
  OFFICIAL_TRANSLATIONS,
  PFIZER_NOTICE,
  PHQ4,
  PHQ_STEM,
  WHO5_NOTICE,
  frequency,
  item,
  type InstrumentDef,
  type InstrumentItemDef,
  type InstrumentOption,
} from './instrument-defs.js';

export * from './instrument-defs.js';

export const PHQ9: InstrumentDef = {
  id: 'phq-9',
  title: 'PHQ-9',
  questionnaire: 'http://loinc.org/q/44249-1',
  panelCode: '44249-1',
  total: { linkId: '/44261-6', code: '44261-6' },
  stem: PHQ_STEM,
  notices: [PFIZER_NOTICE, LOINC_NOTICE],
  officialTranslations: OFFICIAL_TRANSLATIONS['phq-9'],
  items: [
    item(1, '/44250-9', '44250-9', 'Little interest or pleasure in doing things?', undefined, 'Little interest or pleasure in doing things'),
    item(2, '/44255-8', '44255-8', 'Feeling down, depressed, or hopeless?', undefined, 'Feeling down, depressed, or hopeless'),
    item(3, '/44259-0', '44259-0', 'Trouble falling or staying asleep, or sleeping too much'),
    item(4, '/44254-1', '44254-1', 'Feeling tired or having little energy'),
    item(5, '/44251-7', '44251-7', 'Poor appetite or overeating'),
    item(
      6,
      '/44258-2',
      '44258-2',
      'Feeling bad about yourself-or that you are a failure or have let yourself or your family down',
      undefined,
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    ),
    item(7, '/44252-5', '44252-5', 'Trouble concentrating on things, such as reading the newspaper or watching television'),
    item(
      8,
      '/44253-3',
      '44253-3',
      'Moving or speaking so slowly that other people could have noticed. Or the opposite-being so fidgety or restless that you have been moving around a lot more than usual',
      undefined,
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    ),
    item(
      9,
      '/44260-8',
      '44260-8',
      'Thoughts that you would be better off dead, or of hurting yourself in some way',
      undefined,
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ),
  ],
};

/** The unscored 10th PHQ-9 question. */
export const PHQ9_DIFFICULTY: InstrumentItemDef = {
  item: 10,
  linkId: '/69722-7',
  code: '69722-7',
  text: 'How difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  shown:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  options: [
    { score: 0, text: 'Not difficult at all', code: 'LA6572-7', display: 'Not difficult at all' },
    { score: 1, text: 'Somewhat difficult', code: 'LA6573-5', display: 'Somewhat difficult' },
    { score: 2, text: 'Very difficult', code: 'LA6575-0', display: 'Very difficult' },
    { score: 3, text: 'Extremely difficult', code: 'LA6574-3', display: 'Extremely difficult' },
  ],
};

export const GAD7: InstrumentDef = {
  id: 'gad-7',
  title: 'GAD-7',
  questionnaire: 'http://loinc.org/q/69737-5',
  panelCode: '69737-5',
  total: { linkId: '/70274-6', code: '70274-6' },
  stem: GAD_STEM,
  notices: [PFIZER_NOTICE, LOINC_NOTICE],
  officialTranslations: OFFICIAL_TRANSLATIONS['gad-7'],
  items: [
    item(1, '/69725-0', '69725-0', 'Feeling nervous, anxious or on edge'),
    item(2, '/68509-9', '68509-9', 'Over the past 2 weeks have you not been able to stop or control worrying', frequency(true), NOT_ABLE_TO_STOP),
    item(3, '/69733-4', '69733-4', 'Worrying too much about different things'),
    item(4, '/69734-2', '69734-2', 'Trouble relaxing'),
    item(5, '/69735-9', '69735-9', 'Being so restless that it is hard to sit still'),
    item(6, '/69689-8', '69689-8', 'Becoming easily annoyed or irritable.', undefined, 'Becoming easily annoyed or irritable'),
    item(7, '/69736-7', '69736-7', 'Feeling afraid as if something awful might happen'),
  ],
};

const who5Options: InstrumentOption[] = [
  ['All of the time', 5],
  ['Most of the time', 4],
  ['More than half of the time', 3],
  ['Less than half of the time', 2],
  ['Some of the time', 1],
  ['At no time', 0],
].map(([text, score]) => ({ score: score as number, text: text as string, code: String(score), display: text as string }));

/** WHO-5 (1998 version). No openly licensed FHIR Questionnaire exists, so linkIds and codes are our own. */
export const WHO5: InstrumentDef = {
  id: 'who-5',
  title: 'WHO-5 Well-Being Index',
  questionnaire: 'urn:compassionate-intake:questionnaire:who-5',
  stem: 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.',
  notices: [WHO5_NOTICE],
  officialTranslations: OFFICIAL_TRANSLATIONS['who-5'],
  items: [
    ['I have felt cheerful and in good spirits.', 1],
    ['I have felt calm and relaxed.', 2],
    ['I have felt active and vigorous.', 3],
    ['I woke up feeling fresh and rested.', 4],
    ['My daily life has been filled with things that interest me.', 5],
  ].map(([text, n]) => ({ item: n as number, linkId: `who5-${n}`, text: text as string, options: who5Options })),
};

export const ASQ_ANSWER_SYSTEM = 'urn:compassionate-intake:asq:answer';

const yesNo: InstrumentOption[] = [
  { score: 1, text: 'Yes', code: 'yes', display: 'Yes' },
  { score: 0, text: 'No', code: 'no', display: 'No' },
];

/**
 * ASQ (NIMH Ask Suicide-Screening Questions, public domain), as worded on the NIMH ASQ tool
 * (nimh.nih.gov/asq; sources in docs/instruments.md). Questions 1-4 screen; question 5 (acuity)
 * is asked only after a yes to 1-4. No LOINC Questionnaire was verified, so linkIds and codes are our own.
 */
export const ASQ: InstrumentDef = {
  id: 'asq',
  title: 'ASQ',
  questionnaire: 'urn:compassionate-intake:questionnaire:asq',
  stem: '',
  notices: [ASQ_NOTICE],
  officialTranslations: OFFICIAL_TRANSLATIONS.asq,
  items: [
    'In the past few weeks, have you wished you were dead?',
    'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
    'In the past week, have you been having thoughts about killing yourself?',
    'Have you ever tried to kill yourself?',
    'Are you having thoughts of killing yourself right now?',
  ].map((text, i) => ({ item: i + 1, linkId: `asq-${i + 1}`, text, options: yesNo })),
};

export const INSTRUMENTS: Record<InstrumentId, InstrumentDef> = {
  'phq-9': PHQ9,
  'gad-7': GAD7,
  'phq-4': PHQ4,
  'who-5': WHO5,
  asq: ASQ,
};

