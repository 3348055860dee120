// The organization's side of the demo (demo/receive.html): makes a key pair in this tab, publishes the
// public key, and opens each self-referral that arrives encrypted. A plain staff view, risk first.
// Text only (textContent), never HTML: what arrives was typed by someone else.
import { compactDecrypt, exportJWK, generateKeyPair } from 'jose';

const keyStatus = document.querySelector('#key-status')!;
const inboxStatus = document.querySelector('#inbox-status')!;
const view = document.querySelector('#staff-view')!;
const wire = document.querySelector('#wire')!;

interface Answer {
  kind: string;
  question: string;
  skipped: boolean;
  value?: unknown;
  answerText?: string[];
  comment?: string;
}
interface Arrived {
  schema?: string;
  locale?: string;
  subject?: string;
  completedAt?: string;
  risk?: { level: string; reasons: string[] } | null;
  contact?: { methods?: string[]; name?: string; phone?: string; email?: string; bestTime?: string; leaveMessage?: boolean };
  consent?: { given: boolean; at?: string };
  answers?: Answer[];
  needs?: Array<{ id: string; hasNeed: boolean; wantsHelp: string | null; urgency: string | null }>;
}

const el = (tag: string, text?: string, className?: string): HTMLElement => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
};
function row(list: HTMLElement, term: string, value: string): void {
  list.append(el('dt', term), el('dd', value));
}
const shown = (a: Answer): string =>
  a.skipped ? "(rather not say)" : a.answerText?.length ? a.answerText.join(', ') : typeof a.value === 'object' ? JSON.stringify(a.value) : String(a.value ?? '');

function staffView(r: Arrived): HTMLElement {
  const out = el('article');
  out.append(el('h3', `Self-referral${r.completedAt ? ` completed ${new Date(r.completedAt).toLocaleString('en-US')}` : ''}`));
  // Risk first: the first thing staff read.
  if (r.risk) out.append(el('p', `Risk: ${r.risk.level}. Reasons: ${r.risk.reasons.join(', ')}. Follow your safety protocol first.`, 'risk'));
  else out.append(el('p', 'No sign of danger was raised.'));
  const facts = el('dl');
  row(facts, 'Language', r.locale ?? '?');
  row(facts, 'For', r.subject === 'other' ? 'someone else' : 'themselves');
  if (r.consent) row(facts, 'Agreed to share', r.consent.given ? `yes${r.consent.at ? `, ${r.consent.at}` : ''}` : 'no');
  const c = r.contact;
  if (c) {
    if (c.name) row(facts, 'Name', c.name);
    row(facts, 'Reach by', c.methods?.join(', ') || 'not given');
    if (c.phone) row(facts, 'Phone', c.phone);
    if (c.email) row(facts, 'Email', c.email);
    if (c.bestTime) row(facts, 'Best time', c.bestTime);
    if (c.leaveMessage !== undefined) row(facts, 'Safe to leave a message', c.leaveMessage ? 'yes' : 'no');
  }
  out.append(facts);
  if (r.answers?.length) {
    out.append(el('h4', 'In their words'));
    const list = el('dl', undefined, 'answers');
    // Contact and consent are above, in plain words.
    for (const a of r.answers.filter((x) => x.kind !== 'contact' && x.kind !== 'consent')) row(list, a.question, shown(a) + (a.comment ? ` (${a.comment})` : ''));
    out.append(list);
  }
  if (r.needs?.length) {
    out.append(el('h4', 'Needs'));
    const list = el('ul');
    for (const n of r.needs.filter((x) => x.hasNeed)) list.append(el('li', `${n.id}: wants help ${n.wantsHelp ?? '?'}${n.urgency ? `, ${n.urgency}` : ''}`));
    out.append(list);
  }
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
    const result = JSON.parse(new TextDecoder().decode(plaintext)) as Arrived;
    view.replaceChildren(staffView(result));
    inboxStatus.textContent = `Self-referral number ${count} arrived encrypted and was opened in this tab.`;
    document.documentElement.setAttribute('data-received', String(count));
  } catch {
    inboxStatus.textContent = 'Something arrived that this key cannot open.';
  } finally {
    setTimeout(() => void poll(), 1000);
  }
}
void poll();
