/**
 * The check-in's main journey through a (virtual) screen reader, in English, Spanish and Arabic:
 * "Hey, want to talk?" and its answers; PHQ-9 with its answers and their state; item 9 above zero
 * pauses (the pause heading with focus, the urgent card with 911 and the lines, "Keep going");
 * the next question after it; and the kind message when a person asked to be reached leaves no way to.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { msg } from '@lit/localize';
import '../src/check-in/define.js';
import '../src/crisis-card/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import { capture, ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';
import { Transcript, headingLevels, said } from './screen-reader.js';

const LOCALES = ['en', 'es', 'ar'] as const;
ignoreResizeObserverNotice();

const root = (el: IntakeCheckIn) => el.shadowRoot!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const question = (el: IntakeCheckIn) => norm(root(el).querySelector('#q-current .text')?.textContent);
const radios = (el: IntakeCheckIn) => [...root(el).querySelectorAll<HTMLButtonElement>('.controls [role="radio"]')];
const primary = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls button.action:not(.secondary)')!;
const back = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls .nav .action:not(.skip)')!;
const keepGoing = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.pause .action:not(.secondary)')!;
/** Regex-safe text. */
const lit = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function settle(el: IntakeCheckIn) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}
async function click(el: IntakeCheckIn, button: HTMLElement) {
  button.click();
  await settle(el);
}
async function page(script?: string) {
  const p = await fixture<HTMLElement>(
    script
      ? html`<main><h1>Check in</h1><intake-check-in script=${script} region="US"></intake-check-in></main>`
      : html`<main><h1>Check in</h1><intake-check-in region="US"></intake-check-in></main>`,
  );
  const el = p.querySelector<IntakeCheckIn>('intake-check-in')!;
  await waitFor(() => question(el) !== '');
  await settle(el);
  return { p, el };
}

/** Heading levels never skip a level going down. */
function noSkippedLevel(levels: number[]) {
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading order ${levels.join(' ')}`).to.be.at.most(1);
}

describe('check-in through a screen reader (virtual screen reader)', () => {
  afterEach(() => sessionStorage.clear());
  after(() => setPageLanguage('en'));

  for (const lang of LOCALES) {
    it(`${lang}: the opener, PHQ-9 up to the safety pause, Keep going, and a way to reach them left empty`, async () => {
      await setPageLanguage(lang);
      const t = new Transcript(`sr-check-in-${lang}`);

      // "Hey, want to talk?" and its answers, each a radio, none chosen yet.
      const hello = await page();
      const opener = await t.step('the opener', hello.p);
      said(opener, new RegExp(lit(msg('Hey, want to talk?'))));
      for (const answer of [msg("Yes, let's talk"), msg("I'm here for someone else"), msg('Not right now')]) said(opener, new RegExp(`^radio, ${lit(answer)}, not checked`));
      expect(headingLevels(opener)[0]).to.equal(1);
      noSkippedLevel(headingLevels(opener));

      await click(hello.el, radios(hello.el)[0]!); // "Yes, let's talk"
      const next = await t.step(`answered "Yes, let's talk"`, hello.p);
      said(next, new RegExp(lit(question(hello.el))));
      expect(next.filter((l) => l.startsWith('radio, ')).length, 'the next answers are radios too').to.be.greaterThan(2);
      noSkippedLevel(headingLevels(next));

      // PHQ-9: the intro, then each item with its answers.
      const { p, el } = await page('phq-9');
      const steps = capture(el, 'intake-check-in-step');
      await click(el, primary(el));
      const item1 = await t.step('PHQ-9 item 1', p);
      said(item1, new RegExp(lit(question(el))));
      const answers1 = item1.filter((l) => l.startsWith('radio, '));
      expect(answers1, 'four answers, none chosen').to.have.length(4);
      expect(answers1.every((l) => l.includes(', not checked, position ')), answers1.join('\n')).to.equal(true);
      said(item1, new RegExp(`^radio, ${lit(norm(radios(el)[1]!.textContent))}, not checked, position 2, set size 4$`));
      // The instrument speaks English here (no checked translation): marked so a reader switches voice.
      const langOf = (e: Element) => e.closest('[lang]')?.getAttribute('lang') ?? lang;
      expect(langOf(root(el).querySelector('#q-current .text')!), 'the item in its own language').to.equal('en');
      expect(radios(el).map(langOf), 'the answers in their own language').to.deep.equal(['en', 'en', 'en', 'en']);
      for (let i = 1; i <= 8; i++) await click(el, radios(el)[0]!); // "Not at all"

      // Item 9 above zero: the pause.
      await click(el, radios(el)[1]!); // "Several days"
      const heading = root(el).querySelector<HTMLElement>('#pause-heading')!;
      expect(heading, 'the pause').to.exist;
      expect(root(el).activeElement, 'focus on the pause heading').to.equal(heading);
      const card = root(el).querySelector<IntakeCrisisCard>('.pause intake-crisis-card')!;
      await waitFor(() => !!card.shadowRoot?.querySelector('a[href="tel:911"]'));
      await card.updateComplete;
      const pause = await t.step('PHQ-9 item 9 "Several days": the safety pause', p);
      said(pause, new RegExp(`^heading, ${lit(norm(heading.textContent))}, level 2$`));
      expect(headingLevels(pause), 'page, pause, card').to.deep.equal([1, 2, 3]);
      said(pause, /^link, .*911$/);
      said(pause, /^link, .*988$/);
      said(pause, new RegExp(`^button, ${lit(msg('Keep going'))}$`));
      expect(pause.some((l) => l.startsWith('radio, ')), 'no answers to press by mistake').to.equal(false);

      await click(el, keepGoing(el));
      expect(root(el).activeElement?.id, 'focus on the next question').to.equal('q-current');
      const item10 = await t.step('Keep going: the next question', p);
      said(item10, new RegExp(lit(question(el))));
      expect(item10.filter((l) => l.startsWith('radio, ')).length, 'its answers are radios').to.be.greaterThan(1);
      noSkippedLevel(headingLevels(item10));

      // Back to item 9: the answer given is heard as chosen.
      await click(el, back(el));
      const again = await t.step('Back to item 9', p);
      said(again, new RegExp(`^radio, ${lit(norm(radios(el)[1]!.textContent))}, checked, position 2, set size 4$`));
      expect(again.filter((l) => l.startsWith('radio, ') && !l.includes('not checked'))).to.have.length(1);

      // Asked to be reached, with no way to reach them: the kind message is heard.
      await click(el, radios(el)[1]!); // the same answer: no second pause
      // (In languages without a checked PHQ-9 translation a short safety question in the person's language follows item 9.)
      for (let i = 0; i < 4 && steps.at(-1)!.stepId !== 'reach-out'; i++) await click(el, root(el).querySelector('.pause') ? keepGoing(el) : radios(el)[0]!);
      expect(steps.at(-1)!.stepId).to.equal('reach-out');
      await click(el, radios(el)[0]!); // yes, reach out
      await waitFor(() => !!root(el).querySelector('#c-phone'));
      await click(el, root(el).querySelector<HTMLButtonElement>('form.contact button.action')!);
      const wait = await t.step('contact left empty, Continue', p);
      said(wait, new RegExp(lit(norm(root(el).querySelector('.wait')!.textContent))));
      said(wait, new RegExp(`^textbox, ${lit(msg('Phone number'))}`));

      // A number that cannot be used: the message is in the page, read with the field.
      const phone = root(el).querySelector<HTMLInputElement>('#c-phone')!;
      phone.value = 'abc';
      phone.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      await click(el, root(el).querySelector<HTMLButtonElement>('form.contact button.action')!);
      await waitFor(() => root(el).activeElement?.id === 'c-phone');
      const bad = await t.step('a phone number that cannot be used, Continue', p);
      const problem = lit(msg('Please check the phone number. Use digits, like 415 555 0100.', { desc: 'Check-in: a phone number we cannot use' }));
      said(bad, new RegExp(`^textbox, ${lit(msg('Phone number'))}.*${problem}.*invalid|^textbox, ${lit(msg('Phone number'))}.*invalid.*${problem}`));
      await t.matchSnapshot();
    });
  }
});
