/**
 * A screen-reader pass for browser tests: what a person hears, as text, from
 * @guidepup/virtual-screen-reader, plus saved transcripts to compare against.
 *
 * The virtual screen reader (0.33) does not look inside shadow roots, so `hear()` first copies the
 * flat tree (what assistive technology reads: shadow content, slotted nodes where their slot is) into a
 * plain light-DOM copy, keeping roles, names, states (checked, expanded, pressed, values) and id
 * references (made unique per shadow root), and leaving out what is not rendered. The person's actions
 * happen on the real elements; the copy is read after each step.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, readFile, writeFile } from '@web/test-runner-commands';
import { Virtual } from '@guidepup/virtual-screen-reader/browser.js';

const IDREF_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-errormessage', 'aria-details', 'list'];

function childrenOf(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  // A closed <details> renders only its summary.
  if (node instanceof HTMLDetailsElement && !node.open) return [...node.children].filter((c) => c.localName === 'summary');
  return [...node.childNodes];
}

function notRendered(el: Element): boolean {
  if (el.localName === 'style' || el.localName === 'script' || el.localName === 'template') return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** A plain light-DOM copy of `root`'s flat tree. */
export function flatCopy(root: Element, skip: (el: Element) => boolean = () => false): HTMLElement {
  const scopes = new Map<Node, string>();
  const scopeOf = (n: Node) => {
    const r = n.getRootNode();
    if (!scopes.has(r)) scopes.set(r, `s${scopes.size}-`);
    return scopes.get(r)!;
  };
  const copy = (node: Node, into: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      into.appendChild(document.createTextNode(node.textContent ?? ''));
      return;
    }
    if (!(node instanceof Element)) return;
    if (notRendered(node) || skip(node)) return;
    // Slots and custom element hosts add nothing a screen reader says: keep their children only
    // (never create a custom element in the copy: it would upgrade).
    if (node instanceof HTMLSlotElement) {
      for (const child of childrenOf(node)) copy(child, into);
      return;
    }
    const tag = node.localName.includes('-') ? 'div' : node.localName;
    const out = document.createElementNS(node.namespaceURI ?? 'http://www.w3.org/1999/xhtml', tag);
    const scope = scopeOf(node);
    for (const { name, value } of node.attributes) {
      if (name === 'style' || name === 'class' || name.startsWith('on')) continue;
      if (name === 'id') out.setAttribute('id', scope + value);
      else if (IDREF_ATTRIBUTES.includes(name)) out.setAttribute(name, value.split(/\s+/).filter(Boolean).map((id) => scope + id).join(' '));
      else out.setAttribute(name, value);
    }
    // Live state is in properties, not attributes.
    if (node instanceof HTMLInputElement) {
      if (node.checked) out.setAttribute('checked', '');
      else out.removeAttribute('checked');
      if (node.type !== 'checkbox' && node.type !== 'radio') out.setAttribute('value', node.value);
    }
    if (node instanceof HTMLTextAreaElement) out.textContent = node.value;
    if (node instanceof HTMLSelectElement) out.setAttribute('data-value', node.value);
    if (node instanceof HTMLOptionElement) out.toggleAttribute('selected', node.selected);
    into.appendChild(out);
    if (node instanceof HTMLTextAreaElement) return;
    for (const child of childrenOf(node)) copy(child, out);
  };
  const holder = document.createElement('div');
  holder.setAttribute('data-flat-copy', '');
  copy(root, holder);
  return holder;
}

/** Everything a screen reader says when the person reads `root` from top to bottom (Down arrow / next item). */
export async function hear(root: Element, skip?: (el: Element) => boolean): Promise<string[]> {
  const holder = flatCopy(root, skip);
  Object.assign(holder.style, { position: 'absolute', insetInlineStart: '-100000px', top: '0', width: '600px' });
  document.body.append(holder);
  const reader = new Virtual();
  try {
    await reader.start({ container: holder });
    const first = { node: reader.activeNode, phrase: await reader.lastSpokenPhrase() };
    for (let i = 0; i < 1500; i++) {
      await reader.next();
      // At the end the reader wraps around to the first item: that is where reading stops.
      if (reader.activeNode === first.node && (await reader.lastSpokenPhrase()) === first.phrase) break;
    }
    const phrases = await reader.spokenPhraseLog();
    if (phrases.at(-1) === first.phrase && phrases.length > 1) phrases.pop();
    return phrases.filter((p) => p.trim() !== '');
  } finally {
    await reader.stop();
    holder.remove();
  }
}

/** A journey's transcript: named steps, each with what was heard. */
export class Transcript {
  private readonly steps: { name: string; heard: string[] }[] = [];

  constructor(readonly name: string) {}

  /** Reads `root` (leaving out what `skip` matches, e.g. a long result list) and keeps it as a step. */
  async step(name: string, root: Element, skip?: (el: Element) => boolean): Promise<string[]> {
    const heard = await hear(root, skip);
    this.steps.push({ name, heard });
    return heard;
  }

  toString(): string {
    return this.steps.map((s) => `## ${s.name}\n${s.heard.join('\n')}\n`).join('\n');
  }

  /**
   * Compares with `test/__snapshots__/<name>.txt`. Writes it when it is missing, or when the run was
   * started with `UPDATE_SR_SNAPSHOTS=1` (then review the diff before committing it).
   */
  async matchSnapshot(): Promise<void> {
    const path = `__snapshots__/${this.name}.txt`;
    const text = this.toString();
    const update = await executeServerCommand<boolean, undefined>('sr-update-mode');
    // The built-in read-file command reports a missing file as an unknown command.
    const saved = update ? undefined : await readFile({ path }).catch(() => undefined);
    if (saved === undefined) {
      await writeFile({ path, content: text });
      return;
    }
    expect(text, `${path} (UPDATE_SR_SNAPSHOTS=1 rewrites it; review the diff)`).to.equal(saved);
  }
}

/** The first line that matches, or a clear failure listing what was heard. */
export function said(heard: string[], pattern: RegExp | string): string {
  // Numbers in right-to-left text are wrapped in bidi isolates (U+2066..U+2069): silent, so ignored here.
  const plain = (line: string) => line.replace(/[\u2066-\u2069]/g, '');
  const hit = heard.find((line) => (typeof pattern === 'string' ? plain(line) === plain(pattern) : pattern.test(plain(line))));
  expect(hit, `heard ${JSON.stringify(pattern.toString())} in:\n${heard.join('\n')}`).to.not.equal(undefined);
  return hit!;
}

/** The heading levels in the order they are heard. */
export const headingLevels = (heard: string[]): number[] =>
  heard.map((l) => /^heading, .*, level (\d)$/.exec(l)?.[1]).filter((x): x is string => !!x).map(Number);
