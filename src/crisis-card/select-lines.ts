/** Chooses and orders crisis lines for a region, language and audience (pure, no Lit). */
import type { CrisisAudience, CrisisChannel, CrisisLine, EmergencyNumber } from '../data/crisis-lines.js';

export const AUDIENCES = ['youth', 'veterans', 'lgbtq', 'deaf-hard-of-hearing', 'domestic-violence'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface SelectedLine {
  line: CrisisLine;
  channels: CrisisChannel[];
}

export interface Selection {
  country: string;
  lines: SelectedLine[];
  emergency?: EmergencyNumber;
}

export interface SelectOptions {
  region: string;
  locale: string;
  audience?: Audience;
  lines: readonly CrisisLine[];
  emergencyNumbers: readonly EmergencyNumber[];
  local?: readonly CrisisLine[];
}

export const REGION_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

const lang = (locale: string) => locale.split('-')[0];

/** Channels for this language: those narrowed to other languages are left out, the person's own come first. */
function channelsFor(line: CrisisLine, locale: string, audience?: Audience): CrisisChannel[] {
  const l = lang(locale);
  const mine = line.channels.filter((c) => !c.languages || c.languages.includes(l));
  const score = (c: CrisisChannel) =>
    (c.languages?.includes(l) ? -10 : 0) + (audience === 'deaf-hard-of-hearing' && c.type !== 'call' ? -5 : 0);
  return mine
    .map((c, i) => ({ c, i }))
    .sort((a, b) => score(a.c) - score(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * Local lines first, then lines for the audience, then general lines; within each group, lines that
 * speak the person's language and are open around the clock come first. A line that is not 24/7 is
 * never first among bundled lines.
 */
export function selectLines({ region, locale, audience, lines, emergencyNumbers, local = [] }: SelectOptions): Selection {
  const country = region.split('-')[0];
  const l = lang(locale);
  const wanted = (line: CrisisLine) =>
    line.country === country &&
    (line.audiences.includes('general') || (audience !== undefined && line.audiences.includes(audience as CrisisAudience)));
  const rank = (line: CrisisLine) =>
    (audience && line.audiences.includes(audience as CrisisAudience) && !line.audiences.includes('general') ? 0 : 10) +
    (line.languages.includes(l) && l !== 'en' ? -5 : 0) +
    (line.always ? 0 : 20);
  const bundled = lines
    .filter(wanted)
    .map((line, i) => ({ line, i }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.i - b.i)
    .map(({ line }) => line);
  // An audience line that is not 24/7 must not lead: keep a 24/7 general line before it.
  const ordered = [...local, ...bundled]
    .map((line) => ({ line, channels: channelsFor(line, locale, audience) }))
    .filter((s) => s.channels.length > 0);
  return { country, lines: ordered, emergency: emergencyNumbers.find((e) => e.country === country) };
}
