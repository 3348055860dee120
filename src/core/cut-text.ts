/**
 * Cuts text by grapheme (what a person sees as one character: an emoji, a letter with its accents),
 * never inside a surrogate pair, so the result always encodes (encodeURIComponent) and reads whole.
 */
let segmenter: Intl.Segmenter | undefined | null;

function graphemes(): Intl.Segmenter | undefined {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter ?? undefined;
}

/** At most `max` UTF-16 units of `text`, cut at a grapheme boundary; `ellipsis` is added (within `max`) when cut. */
export function cutText(text: string, max: number, ellipsis = ''): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ellipsis.length);
  let end = 0;
  const seg = graphemes();
  if (seg) {
    for (const { index, segment } of seg.segment(text)) {
      if (index + segment.length > room) break;
      end = index + segment.length;
    }
  } else {
    // No Segmenter: at least never split a surrogate pair.
    end = room;
    if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  }
  return `${text.slice(0, end).trimEnd()}${ellipsis}`;
}
