// The organization's side of the demo (demo/receive.html): makes a key pair in this tab, publishes the
// public key, and opens each self-referral that arrives encrypted. What staff read is the library's own
// staff summary (summaryFor('staff', ...)): risk first, the person's words beside the staff's language.
// Text only (textContent), never HTML: what arrives was typed by someone else.
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';
import { CheckInResult } from '../src/core/check-in-schemas.js';
import { NeedsResult } from '../src/core/needs-schemas.js';
import { summaryFor, type SummaryLine, type SummarySection } from '../src/handoff/summary.js';

const keyStatus = document.querySelector('#key-status')!;
const inboxStatus = document.querySelector('#inbox-status')!;
const view = document.querySelector('#staff-view')!;
const wire = document.querySelector('#wire')!;
const staffLanguage = document.querySelector<HTMLSelectElement>('#staff-language')!;

const el = (tag: string, text?: string, attrs: Record<string, string | undefined> = {}): HTMLElement => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  return e;
};

/** A cell that lines up with the summary's direction; its text (a name, a phone) keeps its own, isolated. */
function cell(text: string, attrs: Record<string, string | undefined>): HTMLElement {
  const span = el('span', undefined, attrs);
  span.append(el('bdi', text));
  return span;
}

function lineView(line: SummaryLine): HTMLElement {
  const li = el('li', undefined, { class: line.theirWords ? 'theirs' : undefined });
  if (line.label) li.append(cell(line.label, { class: 'label', lang: line.lang }));
  if (line.text) li.append(cell(line.text, { lang: line.lang }));
  // The person's words as a block in their own direction (Arabic words beside English labels).
  if (line.theirWords) li.append(el('span', line.theirWords.text, { class: 'their-words', lang: line.theirWords.lang, dir: 'auto' }));
  return li;
}

function sectionView(s: SummarySection): HTMLElement {
  if (!s.heading) return el('p', s.lines.map((l) => (l.label ? `${l.label}: ${l.text}` : l.text)).join(' '), { class: 'summary-note' });
  const section = el('section', undefined, { class: s.id });
  const list = el('ul', undefined, { role: 'list' });
  list.append(...s.lines.map(lineView));
  section.append(el('h3', s.heading), list);
  return section;
}

/** The staff summary of what arrived, in the staff's language; undefined if it is not a result this page reads. */
function staffView(value: unknown, locale: string): HTMLElement | undefined {
  const checkIn = CheckInResult.safeParse(value);
  const needs = checkIn.success ? undefined : NeedsResult.safeParse(value);
  const result = checkIn.success ? checkIn.data : needs?.success ? needs.data : undefined;
  if (!result) return undefined;
  const summary = summaryFor('staff', result, locale);
  const out = el('article', undefined, { class: 'staff-summary', lang: summary.locale, dir: summary.dir });
  out.append(el('h3', summary.title, { class: 'summary-title' }), ...summary.sections.map(sectionView));
  return out;
}

const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256' });
const jwk = { ...(await exportJWK(publicKey)), alg: 'ECDH-ES', use: 'enc' };
const published = await fetch('/demo-api/public-key', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(jwk) });
keyStatus.textContent = published.ok
  ? 'Key ready. The public key is published; the private key stays in this tab.'
  : 'Could not publish the public key: is this page served by npm start?';
document.documentElement.toggleAttribute('data-key-ready', published.ok);

let seen = 0;
/** The last self-referral opened: kept in this tab only, to redraw it in another staff language. */
let opened: unknown;
function show(): void {
  const summary = opened === undefined ? undefined : staffView(opened, staffLanguage.value);
  if (summary) view.replaceChildren(summary);
  else view.replaceChildren();
}
staffLanguage.addEventListener('change', show);

async function poll(): Promise<void> {
  try {
    const res = await fetch('/demo-api/inbox', { cache: 'no-store' });
    if (res.status !== 200) return;
    const { count, contentType, body } = (await res.json()) as { count: number; contentType: string; body: string };
    if (count === seen) return;
    seen = count;
    wire.textContent = `Content-Type: ${contentType}\n\n${body}`;
    if (contentType !== 'application/jose') {
      inboxStatus.textContent = 'A self-referral arrived without encryption: it is not shown.';
      return;
    }
    const { plaintext } = await compactDecrypt(body, privateKey);
    opened = JSON.parse(new TextDecoder().decode(plaintext));
    show();
    inboxStatus.textContent = view.childElementCount
      ? `Self-referral number ${count} arrived encrypted and was opened in this tab.`
      : `Self-referral number ${count} was opened, but it is not a check-in or needs result: it is not shown.`;
    document.documentElement.setAttribute('data-received', String(count));
  } catch {
    inboxStatus.textContent = 'Something arrived that this key cannot open.';
  } finally {
    setTimeout(() => void poll(), 1000);
  }
}
void poll();
