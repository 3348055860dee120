/**
 * "Keep a copy": the one-page summary in a dialog the person reads on screen, with Print or save as PDF.
 * The dialog lives in its own shadow root at the end of <body>, so it prints the same on any host page:
 * while it is open, a print-only rule hides the rest of the page. Nothing is stored; closing it, or a
 * quick exit, removes it. Loaded only when the person asks for a copy.
 */
import type { CheckInResult } from '../core/check-in-schemas.js';
import type { NeedsResult } from '../core/needs-schemas.js';
import { summaryFor, type Audience, type Summary, type SummaryLine, type SummaryOptions, type SummarySection } from './summary.js';
import { SUMMARY_TEXTS } from './summary-texts.js';

export interface CopyRequest {
  result: CheckInResult | NeedsResult;
  options?: SummaryOptions;
  audience?: Audience;
  /** Language of the copy; the result's by default. */
  locale?: string;
  /** Region for the crisis card in the person's copy (when `options.crisis` is not given). */
  region?: string;
}

const ROOT_ATTRIBUTE = 'data-intake-copy';

const STYLES = `
  :host {
    all: initial;
  }
  dialog {
    /* Not modal: the page's quick exit stays clickable above it (z-index 1000), and so does everything else. */
    position: fixed;
    inset: 0;
    z-index: 999;
    margin: auto;
    box-sizing: border-box;
    width: min(44rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow: auto;
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.35);
    padding: 0;
    border: 1px solid #c9d0d7;
    border-radius: 0.75rem;
    background: #fff;
    color: #1d2125;
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK TC', sans-serif;
  }
  .sheet {
    padding: 1.25rem 1.5rem 0.5rem;
  }
  h1 {
    margin: 0 0 0.75rem;
    font-size: 1.5rem;
    line-height: 1.2;
  }
  h1:focus {
    outline: none;
  }
  h2 {
    margin: 1rem 0 0.25rem;
    font-size: 1.05rem;
    border-bottom: 1px solid #c9d0d7;
    padding-bottom: 0.15rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) 3fr;
    gap: 0.1rem 1rem;
    padding: 0.2rem 0;
  }
  li.plain {
    display: block;
  }
  li.theirs {
    grid-template-columns: minmax(8rem, 1fr) 1fr 1fr;
  }
  li.theirs.unlabeled {
    grid-template-columns: 1fr 1fr;
  }
  [hidden] {
    display: none !important;
  }
  .label {
    font-weight: 600;
  }
  .their-words {
    color: #4d5660;
    border-inline-start: 3px solid #c9d0d7;
    padding-inline-start: 0.5rem;
  }
  section.risk h2 {
    color: #a3261b;
    border-color: #a3261b;
  }
  section.private p {
    margin: 1rem 0 0;
    font-size: 0.9rem;
    color: #4d5660;
  }
  .include {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .include input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .actions {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    padding: 0.75rem 1.5rem 1rem;
    background: #fff;
    border-top: 1px solid #c9d0d7;
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: 0.5rem;
    border: 2px solid #1f5f8b;
    background: #fff;
    color: #1f5f8b;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: #1f5f8b;
    color: #fff;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
  }
  @media (max-width: 30rem) {
    li,
    li.theirs {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    dialog {
      position: static;
      width: auto;
      max-height: none;
      margin: 0;
      border: 0;
      border-radius: 0;
      font-size: 10.5pt;
      overflow: visible;
    }
    dialog {
      box-shadow: none;
    }
    .sheet {
      padding: 0;
    }
    .screen-only {
      display: none !important;
    }
    li {
      padding: 0.1rem 0;
      break-inside: avoid;
    }
    h2 {
      margin-top: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;

/** While a copy is open: in print, only the copy (A4 or Letter, whichever the printer has). */
const PRINT_RULES = `@media print { body > :not([${ROOT_ATTRIBUTE}]) { display: none !important; } html, body { background: #fff !important; margin: 0 !important; padding: 0 !important; max-width: none !important; } @page { margin: 14mm; } }`;
let printSheet: CSSStyleSheet | undefined;
let copySheet: CSSStyleSheet | undefined;

let current: { dialog: HTMLDialogElement; remove: () => void } | undefined;

/** A new element with attributes and children (text is always text: never parsed as HTML). */
function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function lineView(line: SummaryLine): HTMLElement {
  if (!line.label && !line.theirWords) return el('li', { class: 'plain', lang: line.lang }, line.text);
  // dir=auto: a line's name or a typed answer in another script keeps its own direction (an English line name in Arabic).
  const parts: Node[] = [];
  if (line.label) parts.push(el('span', { class: 'label', dir: 'auto', lang: line.lang }, line.label));
  parts.push(el('span', { dir: 'auto', lang: line.lang }, line.text));
  if (line.theirWords) parts.push(el('span', { class: 'their-words', dir: 'auto', lang: line.theirWords.lang }, line.theirWords.text));
  return el('li', { class: line.theirWords ? (line.label ? 'theirs' : 'theirs unlabeled') : undefined }, ...parts);
}

function sectionView(section: SummarySection): HTMLElement {
  if (section.id === 'private') return el('section', { class: 'private' }, ...section.lines.map((l) => el('p', {}, l.label ? `${l.label}: ${l.text}` : l.text)));
  return el('section', { class: section.id }, el('h2', {}, section.heading), el('ul', { role: 'list' }, ...section.lines.map(lineView)));
}

/** A constructed sheet (fine under a strict CSP). */
function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/** The document's print rule, added while a copy is open. */
function setPrintRule(on: boolean): void {
  if (!('adoptedStyleSheets' in document)) return;
  printSheet ??= sheetOf(PRINT_RULES);
  const others = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  document.adoptedStyleSheets = on ? [...others, printSheet] : others;
}

/** Removes the open copy, if any (quick exit calls this too). */
export function closeCopy(): void {
  current?.remove();
}

/** Opens the copy as a modal dialog and returns it. */
export function showCopy(request: CopyRequest): HTMLDialogElement {
  closeCopy();
  const summary: Summary = summaryFor(request.audience ?? 'person', request.result, request.locale ?? request.result.locale, request.options);
  const t = SUMMARY_TEXTS[summary.locale];
  const host = el('div', { [ROOT_ATTRIBUTE]: '' });
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [(copySheet ??= sheetOf(STYLES))];

  const title = el('h1', { id: 'copy-title', tabindex: '-1' }, summary.title);
  const sheet = el('article', { class: 'sheet' }, title);
  const sections = summary.sections.map((section) => ({ section, node: sectionView(section) }));
  if (summary.audience === 'person' && summary.sections.some((x) => x.personal)) {
    // The person chooses whether their answers go on the paper (a shared printer, a shared home).
    const box = el('input', { type: 'checkbox' }) as HTMLInputElement;
    box.checked = true;
    box.addEventListener('change', () => {
      for (const { section, node } of sections) if (section.personal) node.hidden = !box.checked;
    });
    sheet.append(el('label', { class: 'include screen-only' }, box, t.include));
  }
  sheet.append(...sections.map((x) => x.node));
  if (summary.audience === 'person' && !summary.sections.some((x) => x.id === 'crisis')) {
    // The crisis card itself, as the person saw it (defined by the element that opened the copy); its
    // light-DOM text shows if it is not. The summary module so shares no code with the elements' first load.
    const card = el('intake-crisis-card', { variant: 'compact', flush: '', region: request.region }, el('p', {}, t.emergencyLocal));
    sheet.insertBefore(el('section', { class: 'crisis' }, el('h2', {}, t.crisis), card), sheet.querySelector('section.private'));
  }
  const print = el('button', { type: 'button', class: 'primary' }, t.print);
  const close = el('button', { type: 'button' }, t.close);
  const dialog = el('dialog', { 'aria-labelledby': 'copy-title', lang: summary.locale, dir: summary.dir }, sheet, el('div', { class: 'actions screen-only' }, print, close)) as HTMLDialogElement;
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', () => dialog.close());
  shadow.append(dialog);
  document.body.append(host);
  setPrintRule(true);

  // Where focus was (the "Keep a copy" button, inside an element's shadow root): it goes back there on Close.
  let opener = document.activeElement;
  while (opener?.shadowRoot?.activeElement) opener = opener.shadowRoot.activeElement;
  const onQuickExit = () => remove(false);
  const remove = (refocus = true) => {
    document.removeEventListener('intake-quick-exit', onQuickExit);
    host.remove();
    setPrintRule(false);
    if (current?.dialog === dialog) current = undefined;
    if (refocus && opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
  document.addEventListener('intake-quick-exit', onQuickExit);
  dialog.addEventListener('close', () => remove());
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') dialog.close();
  });
  current = { dialog, remove: () => remove(false) };
  // Not showModal(): a modal copy would make the page's quick exit button inert.
  dialog.show();
  title.focus();
  return dialog;
}

/** A property if the element has one, else its attribute (the host's settings, read defensively). */
function setting(el: HTMLElement, property: string, attribute: string): unknown {
  return (el as unknown as Record<string, unknown>)[property] ?? el.getAttribute(attribute) ?? undefined;
}

/** The person's copy of an element's result, with the host's `response-time`, `point-person` and `region`. */
export function showCopyFor(el: HTMLElement, result: CheckInResult | NeedsResult, needLabel?: (id: string) => string): HTMLDialogElement {
  const region = setting(el, 'region', 'region');
  return showCopy({
    result,
    ...(typeof region === 'string' ? { region } : {}),
    options: {
      responseTime: setting(el, 'responseTime', 'response-time'),
      pointPerson: setting(el, 'pointPerson', 'point-person'),
      ...(needLabel ? { needLabel } : {}),
    },
  });
}
