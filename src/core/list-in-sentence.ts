/**
 * Joins labels into one phrase with Intl.ListFormat ("Comida y un lugar donde pasar la noche").
 * Labels are written to stand alone, with a capital. Inside a phrase, languages that capitalize only
 * the start of a sentence lower-case the labels after the first; English is left alone (it capitalizes
 * language and day names, which a host's labels may start with), and so are scripts without case.
 */
const SENTENCE_CASE = new Set(['es', 'tl', 'vi', 'ru']);
/** One list format per language: the check-in words every answer again on each step (200 in a long Questionnaire). */
const formats = new Map<string, Intl.ListFormat>();

export function listInSentence(items: readonly string[], locale: string): string {
  const lower = SENTENCE_CASE.has(locale.split('-')[0]!.toLowerCase());
  const parts = lower ? items.map((text, i) => (i === 0 ? text : lowerFirst(text, locale))) : [...items];
  return listFormat(locale).format(parts);
}

/**
 * Makes the language's list format ahead of need (when the page is idle): the first one a page makes
 * loads the browser's locale data, 40-150 ms at 4x CPU slowdown, which otherwise lands on the first answer.
 */
export function prepareListFormat(locale: string): void {
  try {
    listFormat(locale);
  } catch {
    // Not a language the browser knows: listInSentence meets the same error when it is used.
  }
}

function listFormat(locale: string): Intl.ListFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format;
}

/** "Un lugar" -> "un lugar"; an acronym ("SNAP", "GED", "ИНН") keeps its capitals. */
function lowerFirst(text: string, locale: string): string {
  const [first, second] = [...text];
  if (!first || first === first.toLocaleLowerCase(locale)) return text;
  if (second && second !== second.toLocaleLowerCase(locale)) return text;
  return first.toLocaleLowerCase(locale) + text.slice(first.length);
}
