/**
 * A one-page summary of a check-in or needs result, as plain structured text (pure: no Lit, no DOM).
 *
 * - `person`: in the person's language: what they shared, what happens next (only what the host set:
 *   `response-time`, `point-person`; nothing when they chose not to share), how to reach them, the
 *   crisis lines. No scores (the person reads plain words).
 * - `staff`: in the staff's language, risk first, then screening results (numbers, bands), needs,
 *   contact, consent, and the person's own words beside the staff's labels.
 * Loaded only when a copy is asked for.
 */
import type { CheckInResult } from '../core/check-in-schemas.js';
import type { Locale } from '../core/locales.js';
import type { NeedEntry, NeedsResult } from '../core/needs-schemas.js';
// Types only: the crisis lines come in `options.crisis`, so this module shares no code with the elements' first load.
import type { Selection } from '../crisis-card/select-lines.js';
import { SUMMARY_TEXTS, type SummaryTexts } from './summary-texts.js';

export type Audience = 'person' | 'staff';
export type SectionId = 'risk' | 'screening' | 'shared' | 'needs' | 'contact' | 'consent' | 'next' | 'crisis' | 'words' | 'private';

/** One line: a label (optional) and a text; `theirWords` is the person's own words, shown beside it (staff copy). */
export interface SummaryLine {
  label?: string;
  text: string;
  /** Language of `label` and `text` when it is not the summary's (text the person typed or read). */
  lang?: string;
  theirWords?: { text: string; lang: string };
}

export interface SummarySection {
  id: SectionId;
  heading: string;
  lines: SummaryLine[];
  /** What the person shared (the person may leave it out of their copy). */
  personal?: boolean;
}

export interface Summary {
  audience: Audience;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  title: string;
  sections: SummarySection[];
}

export interface PointPerson {
  name: string;
  role?: string;
  photo?: string;
}

export interface SummaryOptions {
  /** The host's `response-time` ("within 1 business day"), as text. */
  responseTime?: unknown;
  /** The host's `point-person`: an object or its JSON. Anything else is ignored. */
  pointPerson?: unknown;
  /** A need's name (the page's language); default the need id. */
  needLabel?: (id: string) => string;
  /**
   * The crisis lines for the person's region and language, as the crisis card picks them:
   * `selectLines({ region, locale, lines: crisisLines, emergencyNumbers })` (src/crisis-card/select-lines.ts).
   * Without it the copy has no crisis section.
   */
  crisis?: Pick<Selection, 'lines' | 'emergency'>;
}

const INSTRUMENT_TITLES: Record<string, string> = { 'phq-9': 'PHQ-9', 'gad-7': 'GAD-7', 'phq-4': 'PHQ-4', 'who-5': 'WHO-5', asq: 'ASQ' };
const fill = (template: string, x: string) => template.replace('{x}', x);
const COMMA: Partial<Record<Locale, string>> = { ar: '، ', 'zh-Hant': '，', 'zh-Hans': '，' };
const text = (v: unknown, max = 200): string => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/** The host's point person, read defensively (attribute JSON or object). */
export function readPointPerson(value: unknown): PointPerson | undefined {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const name = text(o.name, 80);
  if (!name) return undefined;
  const role = text(o.role, 80);
  return { name, ...(role ? { role } : {}) };
}

const isCheckIn = (r: CheckInResult | NeedsResult): r is CheckInResult => r.schema === 'compassionate-intake/check-in';

/** The person's answers are read by someone: consent given, or a check-in that asks none (needs: the host decides). */
const shared = (r: CheckInResult | NeedsResult): boolean => !isCheckIn(r) || !r.consent || r.consent.given;

function status(n: NeedEntry, t: SummaryTexts): string {
  if (n.wantsHelp === 'yes') return n.urgency === 'today' ? t.wantsToday : n.urgency === 'this-week' ? t.wantsWeek : n.urgency === 'later' ? t.wantsLater : t.wants;
  if (n.wantsHelp === 'not-now') return t.notNow;
  if (n.wantsHelp === 'already-getting-help') return t.already;
  return t.noAnswer;
}

/** The answer as the person saw it. */
function answerOf(a: CheckInResult['answers'][number], locale: string): string {
  const base = a.answerText?.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(a.answerText) : typeof a.value === 'object' ? '' : String(a.value ?? '');
  return a.comment ? `${base}${base ? '. ' : ''}${a.comment}` : base;
}

/** Conversation answers the person gave (no instrument items, contact or consent: those have their own places). */
const conversation = (r: CheckInResult) => r.answers.filter((a) => !a.skipped && !a.instrument && a.kind !== 'contact' && a.kind !== 'consent' && answerOf(a, r.locale));

function contactLines(r: CheckInResult, t: SummaryTexts): SummaryLine[] {
  const c = r.contact;
  if (!c) return [];
  const lines: SummaryLine[] = [];
  if (c.name) lines.push({ label: t.name, text: c.name });
  if (c.phone) lines.push({ label: t.phone, text: c.phone });
  if (c.email) lines.push({ label: t.email, text: c.email });
  if (c.bestTime) lines.push({ label: t.bestTime, text: c.bestTime });
  if (c.leaveMessage !== undefined) lines.push({ label: t.leaveMessage, text: c.leaveMessage ? t.yes : t.no });
  return lines;
}

function crisisSection(t: SummaryTexts, { lines, emergency }: NonNullable<SummaryOptions['crisis']>): SummarySection {
  const label = { call: t.call, text: t.text, chat: t.chat };
  const out: SummaryLine[] = lines.slice(0, 3).map(({ line, channels }) => {
    // One of each kind: the person's own language first (selectLines orders them).
    const kinds = channels.filter((c, i) => channels.findIndex((d) => d.type === c.type) === i);
    return { label: line.name, text: kinds.map((c) => `${label[c.type]} ${c.display}${c.keyword ? ` (${c.keyword})` : ''}`).join(' · ') };
  });
  if (emergency) out.push({ text: fill(t.emergency, emergency.number) });
  return { id: 'crisis', heading: t.crisis, lines: out };
}

function personSummary(r: CheckInResult | NeedsResult, locale: Locale, t: SummaryTexts, options: SummaryOptions): SummarySection[] {
  const sections: SummarySection[] = [];
  const other = r.subject === 'other';
  const needLabel = options.needLabel ?? ((id: string) => id);
  if (isCheckIn(r)) {
    const lines = conversation(r).map((a) => ({ label: a.question, text: answerOf(a, r.locale) }));
    if (lines.length) sections.push({ id: 'shared', heading: other ? t.sharedOther : t.shared, lines, personal: true });
  } else {
    const lines = r.needs
      .filter((n) => n.hasNeed)
      .map((n) => ({ label: needLabel(n.id), text: n.id === r.mostImportant ? `${status(n, t)} · ${t.mattersMost}` : status(n, t) }));
    if (lines.length) sections.push({ id: 'needs', heading: other ? t.sharedOther : t.needs, lines, personal: true });
  }
  const next: SummaryLine[] = [];
  if (shared(r)) {
    const person = readPointPerson(options.pointPerson);
    if (person) next.push({ text: fill(t.whoContacts, person.role ? `${person.name}${COMMA[locale] ?? ', '}${person.role}` : person.name) });
    const when = text(options.responseTime);
    if (when) next.push({ text: fill(t.readsAnswers, when) });
  }
  next.push({ text: t.comeBack });
  sections.push({ id: 'next', heading: t.next, lines: next });
  if (isCheckIn(r) && shared(r)) {
    const lines = contactLines(r, t);
    if (lines.length) sections.push({ id: 'contact', heading: t.howReach, lines, personal: true });
  }
  if (options.crisis) sections.push(crisisSection(t, options.crisis));
  sections.push({ id: 'private', heading: '', lines: [{ text: t.keepPrivate }] });
  return sections;
}

function staffSummary(r: CheckInResult | NeedsResult, locale: Locale, t: SummaryTexts, options: SummaryOptions): SummarySection[] {
  const theirs = SUMMARY_TEXTS[r.locale];
  const words = (s: string) => ({ text: s, lang: r.locale });
  const needLabel = options.needLabel ?? ((id: string) => id);
  const sections: SummarySection[] = [];

  // Risk first, always: an empty section says so in words.
  const risk: SummaryLine[] = [];
  if (isCheckIn(r)) {
    if (r.risk) {
      risk.push({ text: r.risk.level === 'emergency' ? t.emergencyLevel : t.urgent });
      for (const reason of r.risk.reasons) risk.push({ text: t.reasons[reason] ?? reason });
    }
    if (r.instruments.some((i) => i.item9Unanswered)) risk.push({ text: t.item9Unanswered });
  } else if (r.safetyConcern) {
    risk.push({ text: t.urgent }, { text: t.reasons[r.mode === 'questions' ? 'safety-question-positive' : 'safety-at-home-picked']! });
  }
  sections.push({ id: 'risk', heading: t.risk, lines: risk.length ? risk : [{ text: t.noRisk }] });

  if (isCheckIn(r) && r.instruments.length) {
    const lines = r.instruments.map((i) => {
      const parts = [i.total !== undefined ? (i.maxTotal ? `${i.total}/${i.maxTotal}` : String(i.total)) : `${i.answered}/${i.items}`];
      if (i.band) parts.push(i.band);
      parts.push(...i.flags);
      if (!i.translationValidated) parts.push(t.englishShown);
      return { label: INSTRUMENT_TITLES[i.instrument] ?? i.instrument, text: parts.join(' · ') };
    });
    sections.push({ id: 'screening', heading: t.screening, lines });
  }

  if (!isCheckIn(r)) {
    const lines = r.needs
      .filter((n) => n.hasNeed)
      .map((n) => {
        const most = n.id === r.mostImportant;
        return {
          label: needLabel(n.id),
          text: `${n.priority ? `${n.priority}. ` : ''}${status(n, t)}${most ? ` · ${t.mattersMost}` : ''}`,
          theirWords: words(`${status(n, theirs)}${most ? ` · ${theirs.mattersMost}` : ''}`),
        };
      });
    if (lines.length) sections.push({ id: 'needs', heading: t.needs, lines });
  }

  if (isCheckIn(r)) {
    // How the person agreed to be reached comes first: a call to someone who asked for texts only may not be safe.
    const methods = r.contact?.methods.map((m) => ({ call: t.call, text: t.text, email: t.email })[m]) ?? [];
    const contact: SummaryLine[] = contactLines(r, t).map((l) => ({ ...l, lang: r.locale }));
    if (methods.length) contact.unshift({ label: t.reachBy, text: new Intl.ListFormat(locale, { type: 'conjunction' }).format(methods) });
    if (contact.length) sections.push({ id: 'contact', heading: t.howReach, lines: contact });
    if (r.consent) {
      const at = r.consent.at ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(r.consent.at)) : '';
      sections.push({
        id: 'consent',
        heading: t.consent,
        lines: [{ text: r.consent.given ? fill(t.consentGiven, at) : t.consentNot, theirWords: words(r.consent.text) }],
      });
    }
    const lines: SummaryLine[] = conversation(r).map((a) => ({ text: '', theirWords: words(`${a.question} — ${answerOf(a, r.locale)}`) }));
    for (const a of r.answers.filter((x) => x.instrument && !x.skipped)) {
      lines.push({
        text: `${INSTRUMENT_TITLES[a.instrument!.id] ?? a.instrument!.id} ${a.instrument!.item}: ${a.instrument!.score ?? ''}`.trim(),
        theirWords: words(`${a.question} — ${answerOf(a, r.locale)}`),
      });
    }
    if (lines.length) sections.push({ id: 'words', heading: t.theirWords, lines });
  }
  sections.push({ id: 'private', heading: '', lines: [{ label: t.language, text: r.locale }] });
  return sections;
}

/**
 * The summary of a result for the person (their language) or for staff (`locale` is the staff's). Never
 * throws: an unknown locale falls back to English.
 */
export function summaryFor(audience: Audience, result: CheckInResult | NeedsResult, locale: string, options: SummaryOptions = {}): Summary {
  // Own lookup, not core/locale-match: sharing that module with the elements would split their first load.
  const loc = (Object.hasOwn(SUMMARY_TEXTS, locale) ? locale : 'en') as Locale;
  const t = SUMMARY_TEXTS[loc];
  const sections = audience === 'staff' ? staffSummary(result, loc, t, options) : personSummary(result, loc, t, options);
  return { audience, locale: loc, dir: loc === 'ar' ? 'rtl' : 'ltr', title: audience === 'staff' ? t.staffTitle : t.personTitle, sections };
}
