/**
 * "Keep a copy": the one-page summary in a dialog the person reads on screen, with Print or save as PDF.
 * The dialog lives in its own shadow root at the end of <body>, so it prints the same on any host page:
 * while it is open, a print-only rule hides the rest of the page. Nothing is stored; closing it, or a
 * quick exit, removes it. Loaded only when the person asks for a copy.
 */
import { adoptStyles, css, html, nothing, render, type TemplateResult } from 'lit';
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
}

const ROOT_ATTRIBUTE = 'data-intake-copy';

const styles = css`
  :host {
    all: initial;
  }
  dialog {
    box-sizing: border-box;
    width: min(44rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid #c9d0d7;
    border-radius: 0.75rem;
    background: #fff;
    color: #1d2125;
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK TC', sans-serif;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
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
    dialog::backdrop {
      display: none;
    }
    .sheet {
      padding: 0;
    }
    .screen-only {
      display: none !important;
    }
    li {
      break-inside: avoid;
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
const PRINT_RULES = `@media print { body > :not([${ROOT_ATTRIBUTE}]) { display: none !important; } @page { margin: 14mm; } }`;
let printSheet: CSSStyleSheet | undefined;

let current: { dialog: HTMLDialogElement; remove: () => void } | undefined;

function lineView(line: SummaryLine): TemplateResult {
  const words = line.theirWords ? html`<span class="their-words" lang=${line.theirWords.lang}>${line.theirWords.text}</span>` : nothing;
  if (!line.label && !line.theirWords) return html`<li class="plain" lang=${line.lang ?? nothing}>${line.text}</li>`;
  return html`<li class=${line.theirWords ? 'theirs' : ''}>
    <span class="label" lang=${line.lang ?? nothing}>${line.label ?? nothing}</span><span lang=${line.lang ?? nothing}>${line.text}</span>${words}
  </li>`;
}

function sectionView(section: SummarySection): TemplateResult {
  if (section.id === 'private') return html`<section class="private">${section.lines.map((l) => html`<p>${l.label ? `${l.label}: ` : ''}${l.text}</p>`)}</section>`;
  return html`<section class=${section.id}>
    <h2>${section.heading}</h2>
    <ul role="list">
      ${section.lines.map(lineView)}
    </ul>
  </section>`;
}

/** The document's print rule, added while a copy is open (a constructed sheet: fine under a strict CSP). */
function setPrintRule(on: boolean): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(PRINT_RULES);
  }
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
  const host = document.createElement('div');
  host.setAttribute(ROOT_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, [styles]);
  document.body.append(host);
  setPrintRule(true);

  let include = true;
  const personal = summary.sections.some((s) => s.personal);
  const draw = () =>
    render(
      html`<dialog aria-labelledby="copy-title" lang=${summary.locale} dir=${summary.dir}>
        <article class="sheet">
          <h1 id="copy-title" tabindex="-1">${summary.title}</h1>
          ${summary.audience === 'person' && personal
            ? html`<label class="include screen-only"
                ><input
                  type="checkbox"
                  .checked=${include}
                  @change=${(e: Event) => {
                    include = (e.target as HTMLInputElement).checked;
                    draw();
                  }}
                />${t.include}</label
              >`
            : nothing}
          ${summary.sections.filter((s) => include || !s.personal).map(sectionView)}
        </article>
        <div class="actions screen-only">
          <button type="button" class="primary" @click=${() => window.print()}>${t.print}</button>
          <button type="button" @click=${() => dialog.close()}>${t.close}</button>
        </div>
      </dialog>`,
      shadow,
    );
  draw();
  const dialog = shadow.querySelector('dialog')!;

  const onQuickExit = () => remove();
  const remove = () => {
    document.removeEventListener('intake-quick-exit', onQuickExit);
    host.remove();
    setPrintRule(false);
    if (current?.dialog === dialog) current = undefined;
  };
  document.addEventListener('intake-quick-exit', onQuickExit);
  dialog.addEventListener('close', remove);
  current = { dialog, remove };
  dialog.showModal();
  shadow.querySelector<HTMLElement>('#copy-title')?.focus();
  return dialog;
}
