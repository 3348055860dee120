/**
 * Crisis and emergency lines bundled with <intake-crisis-card>.
 *
 * Source: compassionate-intake shared data `crisis/crisis-lines.json` (compiled 2026-11-23, CC0-1.0),
 * each fact checked against the page in `source` on `verifiedOn` (a stored copy, not a live fetch).
 * `verifiedOn: null` means NOT verified: shown, but listed as such in docs/crisis-lines.md.
 * Re-verify before every release: crisis services change. test/crisis-lines.test.ts checks this
 * file against its zod schema (src/crisis-card/resource-schema.ts).
 */

export type CrisisAudience = 'general' | 'youth' | 'veterans' | 'lgbtq' | 'trans' | 'deaf-hard-of-hearing' | 'domestic-violence';

export interface CrisisChannel {
  type: 'call' | 'text' | 'chat';
  /** As the service displays it ("988", "1-866-488-7386"). */
  display: string;
  /** Digits to dial or text; short codes stay short. */
  dial?: string;
  /** Word to text, prefilled as the message body where the platform allows. */
  keyword?: string;
  /** Digit to press after the call connects. */
  menu?: string;
  /** https chat page. */
  url?: string;
  /** Languages this channel serves, when narrower than the line's. */
  languages?: string[];
}

/**
 * Whether the line connects callers to an interpreter in their language, with where that was read.
 * `unknown`: no source seen either way (the card then says nothing about interpreters).
 */
export interface Interpreters {
  offered: 'yes' | 'no' | 'unknown';
  source?: string;
  verifiedOn?: string | null;
  /** Set when only secondary pages (news, vendors, other agencies) said so, not the line's own. */
  secondaryOnly?: boolean;
  note?: string;
}

export interface CrisisLine {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  audiences: CrisisAudience[];
  languages: string[];
  /** true when open around the clock; otherwise `hours` says when. */
  always: boolean;
  hours?: string;
  channels: CrisisChannel[];
  source: string;
  verifiedOn: string | null;
  /** Set when only secondary pages (news, directories, other agencies) were seen, not the line's own. */
  secondaryOnly?: boolean;
  /** Interpreters in other languages: bundled lines always say yes, no or unknown. */
  interpreters?: Interpreters;
  note?: string;
  /** Set on host-given lines (county crisis team, warm line). */
  local?: boolean;
  description?: string;
}

export interface EmergencyNumber {
  country: string;
  number: string;
  source: string;
  verifiedOn: string | null;
  note?: string;
}

export const CRISIS_DATA_COMPILED = '2026-12-03';

const UNKNOWN: Interpreters = { offered: 'unknown' };

export const crisisLines: CrisisLine[] = [
  {
    id: 'us-988-lifeline',
    name: '988 Suicide & Crisis Lifeline',
    country: 'US',
    audiences: ['general', 'veterans', 'deaf-hard-of-hearing'],
    languages: ['en', 'es'],
    always: true,
    channels: [
      { type: 'call', display: '988', dial: '988' },
      { type: 'call', display: '988', dial: '988', menu: '2', languages: ['es'] },
      { type: 'text', display: '988', dial: '988' },
      { type: 'text', display: '988', dial: '988', keyword: 'AYUDA', languages: ['es'] },
      { type: 'chat', display: '988lifeline.org', url: 'https://988lifeline.org/' },
    ],
    source: 'https://988lifeline.org/get-help/what-to-expect',
    verifiedOn: '2026-11-23',
    interpreters: {
      offered: 'yes',
      source: 'https://languageline.com/blog/case-study-mental-health-interpretation-for-veterans-through-988-helpline',
      verifiedOn: '2026-12-03',
      secondaryOnly: true,
      note: 'Interpretation vendor\'s page: "more than 240 languages". Not seen on 988lifeline.org.',
    },
    note: 'Press 1: Veterans Crisis Line; press 2: Spanish. The LGBTQ+ youth option (press 3 / text PRIDE) ended on 2025-07-17 and is not offered; The Trevor Project is offered instead. Exact chat URL path not verified ("chat at 988lifeline.org").',
  },
  {
    id: 'us-veterans-crisis-line',
    name: 'Veterans Crisis Line',
    country: 'US',
    audiences: ['veterans'],
    languages: ['en'],
    always: true,
    channels: [
      { type: 'call', display: '988', dial: '988', menu: '1' },
      { type: 'text', display: '838255', dial: '838255' },
      { type: 'chat', display: 'VeteransCrisisLine.net/Chat', url: 'https://www.veteranscrisisline.net/get-help-now/chat/' },
    ],
    source: 'http://veteranscrisisline.net/About/VeteranSuicide.aspx',
    verifiedOn: '2026-11-23',
    interpreters: UNKNOWN,
    note: 'For veterans, service members and their families and friends; VA enrollment not required.',
  },
  {
    id: 'us-crisis-text-line',
    name: 'Crisis Text Line',
    country: 'US',
    audiences: ['general', 'youth', 'deaf-hard-of-hearing'],
    languages: ['en'],
    always: true,
    channels: [{ type: 'text', display: '741741', dial: '741741', keyword: 'HOME' }],
    source: 'http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&type=d&pREC_ID=1625729',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
    note: 'Only secondary pages were seen (no crisistextline.org page). Standard messaging rates may apply on some carriers.',
  },
  {
    id: 'us-trevor-project',
    name: 'The Trevor Project',
    country: 'US',
    audiences: ['lgbtq', 'trans', 'youth'],
    languages: ['en'],
    always: true,
    channels: [
      { type: 'call', display: '1-866-488-7386', dial: '18664887386' },
      { type: 'text', display: '678678', dial: '678678', keyword: 'START' },
    ],
    source: 'https://spashmirror.com/5140/news/the-trevor-project-info-hits-hallways/',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
    note: 'For LGBTQ+ young people under 25. Only secondary pages seen; chat URL and Spanish availability not verified.',
  },
  {
    id: 'us-trans-lifeline',
    name: 'Trans Lifeline',
    country: 'US',
    audiences: ['trans', 'lgbtq'],
    languages: ['en'],
    always: false,
    hours: 'Mon–Fri 10:00–18:00 Pacific',
    channels: [{ type: 'call', display: '(877) 565-8860', dial: '8775658860' }],
    source: 'https://en.wikipedia.org/wiki/Trans_Lifeline',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
    note: 'Peer support by trans operators. Not 24/7 (hours from Wikipedia, not the operator): never the only line shown.',
  },
  {
    // Audience 'domestic-violence' only (not 'general'): shown when a card asks for it
    // (the needs finder's safety path uses <intake-crisis-card variant="urgent" audience="domestic-violence">).
    id: 'us-domestic-violence-hotline',
    name: 'National Domestic Violence Hotline',
    country: 'US',
    audiences: ['domestic-violence'],
    languages: ['en'],
    always: true,
    channels: [
      { type: 'call', display: '1-800-799-7233', dial: '18007997233' },
      { type: 'text', display: '88788', dial: '88788', keyword: 'START' },
      { type: 'chat', display: 'TheHotline.org', url: 'https://www.thehotline.org/' },
    ],
    source: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: {
      offered: 'yes',
      source: 'https://espanol.thehotline.org/news/national-domestic-violence-hotline-projects-three-million-calls-one-year-earlier-than-expected/',
      verifiedOn: '2026-12-03',
      note: 'The Hotline\'s news page: "in 170 languages". Also https://times.courts.in.gov/2016/04/26/national-domestic-violence-hotline (2016).',
    },
    note: 'US DOJ Office for Victims of Crime page (published 2022-01-20): "call 800-799-SAFE (7233), TTY 800-787-3224, text \"START\" to 88788, or use their live chat", 24/7/365. Second source: https://areachbeyondthesurface.org/the-national-domestic-violence-hotline-a-lifeline-for-those-in-crisis (same number, text START to 88788, chat at TheHotline.org). Spanish: advocates speak Spanish per secondary pages only (not verified on thehotline.org); exact chat URL path not verified.',
  },
  {
    id: 'ca-988',
    name: '9-8-8: Suicide Crisis Helpline',
    country: 'CA',
    audiences: ['general'],
    languages: ['en', 'fr'],
    always: true,
    channels: [
      { type: 'call', display: '9-8-8', dial: '988' },
      { type: 'text', display: '9-8-8', dial: '988' },
    ],
    source: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
    verifiedOn: '2026-11-23',
    interpreters: UNKNOWN,
  },
  {
    id: 'ca-kids-help-phone',
    name: 'Kids Help Phone',
    country: 'CA',
    audiences: ['youth'],
    languages: ['en', 'fr'],
    always: true,
    channels: [
      { type: 'call', display: '1-800-668-6868', dial: '18006686868' },
      { type: 'text', display: '686868', dial: '686868', keyword: 'CONNECT' },
    ],
    source: 'https://kidshelpphone.ca/text-about-it/',
    verifiedOn: '2026-12-03',
    interpreters: UNKNOWN,
    note: 'Text CONNECT to 686868: kidshelpphone.ca. Phone 1-800-668-6868: secondary page only (CBC News, 2018, archive copy). English and French: kidshelpphone.ca/get-involved/about-us/who-is-kids-help-phone/.',
  },
  {
    id: 'ca-trans-lifeline',
    name: 'Trans Lifeline (Canada)',
    country: 'CA',
    audiences: ['trans', 'lgbtq'],
    languages: ['en'],
    always: false,
    hours: 'Mon–Fri 10:00–18:00 Pacific',
    channels: [{ type: 'call', display: '(877) 330-6366', dial: '8773306366' }],
    source: 'https://en.wikipedia.org/wiki/Trans_Lifeline',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
  },
  {
    id: 'gb-samaritans',
    name: 'Samaritans',
    country: 'GB',
    audiences: ['general'],
    languages: ['en'],
    always: true,
    channels: [{ type: 'call', display: '116 123', dial: '116123' }],
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    verifiedOn: '2026-11-23',
    interpreters: UNKNOWN,
    note: 'Free from landlines and mobiles; does not appear on the bill.',
  },
  {
    id: 'gb-shout',
    name: 'Shout 85258',
    country: 'GB',
    audiences: ['general', 'youth', 'deaf-hard-of-hearing'],
    languages: ['en'],
    always: true,
    channels: [{ type: 'text', display: '85258', dial: '85258', keyword: 'SHOUT' }],
    source: 'https://www.giveusashout.org/faqs/',
    verifiedOn: '2026-11-23',
    interpreters: UNKNOWN,
  },
  {
    id: 'ie-samaritans',
    name: 'Samaritans Ireland',
    country: 'IE',
    audiences: ['general'],
    languages: ['en'],
    always: true,
    channels: [{ type: 'call', display: '116 123', dial: '116123' }],
    source: 'https://www.irishexaminer.com/breakingnews/ireland/samaritans-answer-29m-calls-since-2014-charity-to-play-crucial-role-in-new-mental-help-phone-service-914684.html',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
  },
  {
    id: 'ie-50808',
    name: '50808',
    country: 'IE',
    audiences: ['general', 'youth', 'deaf-hard-of-hearing'],
    languages: ['en'],
    always: true,
    channels: [{ type: 'text', display: '50808', dial: '50808', keyword: 'TALK' }],
    source: 'https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
    note: 'Keyword TALK is from the 2020 launch coverage; the current keyword is not re-verified.',
  },
  {
    id: 'au-lifeline',
    name: 'Lifeline Australia',
    country: 'AU',
    audiences: ['general', 'deaf-hard-of-hearing'],
    languages: ['en'],
    always: true,
    channels: [
      { type: 'call', display: '13 11 14', dial: '131114' },
      { type: 'text', display: '0477 13 11 14', dial: '0477131114' },
    ],
    source: 'https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
  },
  {
    id: 'nz-1737',
    name: 'Need to talk? 1737',
    country: 'NZ',
    audiences: ['general', 'deaf-hard-of-hearing'],
    languages: ['en'],
    always: true,
    channels: [
      { type: 'call', display: '1737', dial: '1737' },
      { type: 'text', display: '1737', dial: '1737' },
    ],
    source: 'https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls',
    verifiedOn: '2026-11-23',
    secondaryOnly: true,
    interpreters: UNKNOWN,
  },
];

export const emergencyNumbers: EmergencyNumber[] = [
  { country: 'US', number: '911', source: 'https://www.alexproject.org/crisis-text-line-reach-out-for-help/', verifiedOn: '2026-11-23' },
  { country: 'CA', number: '911', source: 'https://settlement.org/ontario/legal-services/police/emergency-services/how-can-i-get-help-in-an-emergency/', verifiedOn: '2026-11-23' },
  { country: 'GB', number: '999', source: 'https://www.giveusashout.org/faqs/', verifiedOn: '2026-11-23' },
  { country: 'IE', number: '112', source: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', verifiedOn: '2026-11-23', note: '999 also works.' },
  { country: 'AU', number: '000', source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', verifiedOn: '2026-11-23' },
  { country: 'NZ', number: '111', source: 'https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls', verifiedOn: null, note: 'The source mentions people calling 111 in distress but does not state it as the emergency number outright.' },
];

/** US relay access for deaf and hard-of-hearing callers (FCC-mandated 711). */
export const US_RELAY = { number: '711', source: 'https://www.terracomwireless.com/tty.php', verifiedOn: '2026-11-23' } as const;
