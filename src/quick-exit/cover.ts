/** A plain full-page cover shown the instant someone leaves, so nothing stays visible while the next page loads. */
export const COVER_ATTRIBUTE = 'data-intake-quick-exit-cover';

export function showCover(): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${COVER_ATTRIBUTE}]`);
  if (existing) return existing;
  const cover = document.createElement('div');
  cover.setAttribute(COVER_ATTRIBUTE, '');
  // CSSOM, not a style attribute: allowed under a strict style-src CSP.
  Object.assign(cover.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483647',
    background: 'Canvas',
    colorScheme: 'light',
  });
  document.body.append(cover);
  return cover;
}
