/**
 * Joins labels into one phrase with Intl.ListFormat ("Comida y un lugar donde pasar la noche").
 * Labels are written to stand alone, with a capital. Inside a phrase, languages that capitalize only
 * the start of a sentence lower-case the labels after the first; English is left alone (it capitalizes
 * language and day names, which a host's labels may start with), and so are scripts without case.
 */
const SENTENCE_CASE = new Set(['es', 'tl', 'vi', 'ru']);

export function listInSentence(items: readonly string[], locale: string): string {
  const lower = SENTENCE_CASE.has(locale.split('-')[0]!.toLowerCase());
  const parts = lower ? items.map((text, i) => (i === 0 ? text : lowerFirst(text, locale))) : [...items];
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

/** "Un lugar" -> "un lugar"; an acronym ("SNAP", "GED", "ИНН") keeps its capitals. */
function lowerFirst(text: string, locale: string): string {
  const [first, second] = [...text];
  if (!first || first === first.toLocaleLowerCase(locale)) return text;
  if (second && second !== second.toLocaleLowerCase(locale)) return text;
  return first.toLocaleLowerCase(locale) + text.slice(first.length);
}
