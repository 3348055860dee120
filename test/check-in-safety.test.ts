/**
 * The check-in's safety path, as a person meets it on a 320 × 640 phone and on a desktop, in English,
 * Spanish, Arabic and Chinese (zh-Hant):
 *   - a new sign of danger pauses the conversation: the lines (the host's local ones first) at the top of
 *     the screen, focus on the pause's heading, the next question not there until "Keep going"; Back works
 *     and no question is asked twice; `intake-risk` once per reason;
 *   - after a sign of danger every script offers to reach the person; a "yes" without a way to reach them
 *     waits kindly on that step; the closing words never say no one will reach out, and say when someone
 *     reads the answers (`response-time`);
 *   - "Safety at home" among needs: the domestic-violence lines and how to leave fast, as in the needs
 *     finder; "I'm not safe right now": the emergency number first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { msg } from '@lit/localize';
import '../src/check-in/define.js';
import '../src/crisis-card/define.js';
import '../src/quick-exit/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import { quickExitReminder, safetyLead } from '../src/needs-finder/safety-texts.js';
import { countyResources } from '../stories/examples.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: IntakeCheckIn) => el.shadowRoot!;
const question = (el: IntakeCheckIn) => norm(root(el).querySelector('#q-current .text')?.textContent);
const radios = (el: IntakeCheckIn) => [...root(el).querySelectorAll<HTMLButtonElement>('.controls [role="radio"]')];
const pauseHeading = (el: IntakeCheckIn) => root(el).querySelector<HTMLElement>('#pause-heading');

async function settle(el: IntakeCheckIn) {
  await el.updateComplete;
  await el.updateComplete;
}
async function click(el: IntakeCheckIn, button: HTMLElement) {
  button.click();
  await settle(el);
}
/** The pause's buttons: "Keep going" (the primary one) and Back. */
const keepGoing = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.pause .action:not(.secondary)')!;
const pauseBack = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.pause .action.secondary')!;
const primary = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls button.action:not(.secondary)')!;
const back = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls .nav .action:not(.skip)')!;
const skip = (el: IntakeCheckIn) => root(el).querySelector<HTMLButtonElement>('.controls .skip')!;

async function typeInto(el: IntakeCheckIn, selector: string, text: string) {
  const input = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

/** The crisis card the pause shows, once its lines are drawn (the host's local lines are checked first). */
async function pauseCard(el: IntakeCheckIn, local = true): Promise<IntakeCrisisCard> {
  const card = root(el).querySelector<IntakeCrisisCard>('.pause intake-crisis-card')!;
  expect(card, 'the pause shows a crisis card').to.exist;
  await waitFor(() => !!card.shadowRoot?.querySelector(local ? 'li.line.local a' : 'li.line a'), 1000);
  await card.updateComplete;
  return card;
}

/** Whether a box is wholly inside the window the person sees. */
function inView(e: Element): boolean {
  const r = e.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
}

/** What the person reads in the current step (closing words included). */
const currentText = (el: IntakeCheckIn) => norm(root(el).querySelector('#q-current')?.textContent);

/** Ways of saying "we will not (contact you)" in each language: never in closing words. */
const WILL_NOT: Record<string, RegExp> = {
  en: /will not|won't/i,
  es: /no lo haremos|no (te|le|los) (contactaremos|llamaremos)|no vamos a/i,
  'zh-Hant': /不會/,
  'zh-Hans': /不会/,
  tl: /hindi namin gagawin|hindi ka namin/i,
  vi: /sẽ không/i,
  ru: /не будем|не свяж/i,
  ko: /않을게요|않겠/,
  ar: /(^|\s)لن\s/,
};

const VIEWPORTS = [
  { name: '320 × 640', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];
const LANGS = ['en', 'es', 'ar', 'zh-Hant'];

/** A provider page: the check-in and the page's own crisis card with local lines. */
async function providerPage(script: string, extra = html``) {
  const page = await fixture<HTMLElement>(html`<main>
    ${extra}
    <intake-check-in script=${script} region="US-CA" response-time="within 1 business day"></intake-check-in>
    <intake-crisis-card region="US-CA" .resources=${countyResources}></intake-crisis-card>
  </main>`);
  const el = page.querySelector<IntakeCheckIn>('intake-check-in')!;
  await waitFor(() => question(el) !== '' || radios(el).length > 0);
  await settle(el);
  return el;
}

/** PHQ-9 up to item 9: the intro, eight "Not at all". */
async function phq9ToItem9(el: IntakeCheckIn) {
  await click(el, primary(el));
  for (let i = 1; i <= 8; i++) await click(el, radios(el)[0]!);
}

describe('check-in safety path', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });
  after(() => setPageLanguage('en'));

  for (const vp of VIEWPORTS) {
    for (const lang of LANGS) {
      describe(`${lang}, ${vp.name}`, () => {
        beforeEach(async () => {
          await setViewport({ width: vp.width, height: vp.height });
          await setPageLanguage(lang);
        });

        it('PHQ-9 item 9 pauses: the local lines in view, focus on the pause, the next question only after Keep going; Back works', async () => {
          const el = await providerPage('phq-9');
          const risks = capture(el, 'intake-risk');
          await phq9ToItem9(el);
          const item9 = question(el);
          await click(el, radios(el)[1]!); // "Several days"

          expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['phq9-item9'], source: 'intake-check-in' }]);
          const heading = pauseHeading(el)!;
          expect(heading, 'the pause').to.exist;
          expect(norm(heading.textContent)).to.equal(msg("Thank you for telling us. You don't have to go through this alone."));
          expect(root(el).activeElement, 'focus on the pause heading').to.equal(heading);
          expect(root(el).querySelector('#q-current'), 'the next question is not in the page').to.equal(null);
          expect(root(el).querySelector('.controls'), 'no answers to press by mistake').to.equal(null);

          const card = await pauseCard(el);
          expect(card.getAttribute('variant')).to.equal('urgent');
          const lines = [...card.shadowRoot!.querySelectorAll('li.line')];
          expect(lines[0]!.classList.contains('local'), "the host's local line first").to.equal(true);
          const local = card.shadowRoot!.querySelector('a[href="tel:4155550199"]')!;
          expect(local, 'the county line dials').to.exist;
          await new Promise((r) => requestAnimationFrame(r));
          expect(inView(heading), 'the pause heading on screen').to.equal(true);
          expect(inView(local), `the local line on screen (bottom ${local.getBoundingClientRect().bottom} of ${window.innerHeight})`).to.equal(true);
          expect(inView(card.shadowRoot!.querySelector('a[href="tel:911"]')!), '911 on screen').to.equal(true);
          expect(heading.getBoundingClientRect().top, 'the pause at the top of the screen').to.be.lessThan(vp.height / 4);

          // Back from the pause: the answer that raised it, still chosen.
          await click(el, pauseBack(el));
          expect(pauseHeading(el)).to.equal(null);
          expect(question(el)).to.equal(item9);
          expect(root(el).querySelector('.controls [aria-checked="true"]')).to.equal(radios(el)[1]);
          // The same answer again is not a new sign: no second pause, no second event.
          await click(el, radios(el)[1]!);
          expect(pauseHeading(el)).to.equal(null);
          expect(risks).to.have.length(1);
          const item10 = question(el);
          expect(item10).not.to.equal(item9);
          // Back from the next question: before it, as always.
          await click(el, back(el));
          expect(question(el)).to.equal(item9);
        });

        it('Keep going goes on exactly where it was: no question twice, then the offer to reach out, closing words with the response time', async () => {
          const el = await providerPage('phq-9');
          const steps = capture(el, 'intake-check-in-step');
          const done = capture(el, 'intake-check-in-complete');
          await phq9ToItem9(el);
          await click(el, radios(el)[2]!); // "More than half the days"
          await click(el, keepGoing(el));
          expect(pauseHeading(el)).to.equal(null);
          expect(root(el).activeElement?.id, 'focus on the next question').to.equal('q-current');
          expect(steps.at(-1)!.stepId).to.equal('phq9-10');
          await click(el, radios(el)[0]!); // not difficult at all
          // The offer to reach out, after a sign of danger.
          expect(steps.at(-1)!.stepId).to.equal('reach-out');
          expect(question(el)).to.equal(msg('Would you like someone from our team to reach out to you?'));
          await click(el, radios(el)[0]!); // yes
          expect(steps.at(-1)!.stepId).to.equal('contact');
          // A yes with no way to reach them: the step waits, kindly.
          await click(el, primary(el));
          expect(steps.at(-1)!.stepId, 'still on the contact step').to.equal('contact');
          expect(norm(root(el).querySelector('.wait')!.textContent)).to.contain(msg("I'd rather not say"));
          await typeInto(el, '#c-phone', '415 555 0100');
          await click(el, primary(el));
          expect(steps.at(-1)!.stepId).to.equal('summary');
          const asked = steps.map((s) => s.stepId);
          expect(new Set(asked).size, `no step twice: ${asked.join(' ')}`).to.equal(asked.length);
          await click(el, primary(el));
          await click(el, radios(el)[0]!); // yes, share
          await waitFor(() => done.length === 1);
          const closing = currentText(el);
          expect(closing).to.contain(msg('Thank you for sharing this with us. A person from our team will read your answers and reach out the way you asked.'));
          expect(closing).to.contain('within 1 business day');
          expect(closing).to.contain(msg('This form is not watched all the time. If you need to talk to someone now, the lines below are open.'));
          expect(closing).not.to.match(WILL_NOT[lang]!);
          const r = done[0]!;
          expect(r.risk).to.deep.equal({ level: 'urgent', reasons: ['phq9-item9'] });
          expect(r.contact).to.deep.include({ phone: '415 555 0100' });
          expect(r.continuity.followUp).to.deep.equal({ wanted: 'yes' });
          expect(r.answers.filter((a) => a.stepId === 'phq9-9')).to.have.length(1);
        });

        it('"I\'m not safe right now": the emergency number first in the pause, intake-risk "emergency" once', async () => {
          const el = await providerPage('welcome');
          const risks = capture(el, 'intake-risk');
          await click(el, radios(el)[0]!); // yes, let's talk
          await click(el, radios(el)[4]!); // not safe
          expect(risks).to.deep.equal([{ level: 'emergency', reasons: ['person-not-safe'], source: 'intake-check-in' }]);
          expect(root(el).activeElement).to.equal(pauseHeading(el));
          const card = await pauseCard(el);
          const actions = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
          expect(actions[0]!.getAttribute('href'), '911 first').to.equal('tel:911');
          expect(actions[1]!.getAttribute('href'), 'then the local line').to.equal('tel:4155550199');
          expect(inView(actions[0]!) && inView(actions[1]!), 'both on screen').to.equal(true);
          await click(el, keepGoing(el));
          expect(question(el)).to.equal(msg('What do you need right now? Pick all that fit.'));
          // Help stays on screen after the pause, below the answers.
          expect(root(el).querySelector('intake-crisis-card[variant="urgent"]')).to.exist;
        });

        it('"Safety at home" among needs: the domestic-violence lines and the quick-exit reminder, as in the needs finder', async () => {
          const el = await providerPage('welcome', html`<intake-quick-exit></intake-quick-exit>`);
          const risks = capture(el, 'intake-risk');
          await click(el, radios(el)[0]!);
          await click(el, radios(el)[1]!); // okay
          const boxes = [...root(el).querySelectorAll<HTMLInputElement>('.controls label.choice input')];
          boxes[7]!.click(); // safety at home (CHECK_IN_NEEDS order)
          await settle(el);
          await click(el, primary(el));
          expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['safety-at-home-picked'], source: 'intake-check-in' }]);
          const heading = pauseHeading(el)!;
          expect(norm(heading.textContent), "the needs finder's words").to.equal(safetyLead(false));
          expect(root(el).activeElement).to.equal(heading);
          const card = await pauseCard(el);
          expect(card.getAttribute('audience')).to.equal('domestic-violence');
          expect(card.getAttribute('variant')).to.equal('urgent');
          await waitFor(() => !!card.shadowRoot!.querySelector('a[href="tel:18007997233"]'));
          const note = norm(root(el).querySelector('.pause .note')!.textContent);
          expect(note).to.equal(quickExitReminder());
          // The reminder matches the page's quick exit: Shift only where its Shift hint means something (a keyboard in use).
          const quickExit = document.querySelector('intake-quick-exit') as HTMLElement & { shortcutHinted: boolean };
          expect(quickExit.shortcutHinted).to.be.a('boolean');
          if (quickExit.shortcutHinted) {
            expect(note).to.equal(msg('To leave this page fast, use the "Leave this site" button or press Shift 3 times.'));
          } else {
            expect(note).to.equal(msg('To leave this page fast, use the "Leave this site" button.'));
            expect(note).not.to.contain('Shift');
          }
          await click(el, keepGoing(el));
          expect(question(el)).to.equal(msg('How can we help?'));
        });

        it('words of danger typed in a comment pause once; the same reason later does not pause again', async () => {
          const el = await providerPage('welcome');
          const risks = capture(el, 'intake-risk');
          await click(el, radios(el)[0]!);
          await typeInto(el, '#comment', lang === 'es' ? 'a veces quiero morir' : lang === 'ar' ? 'أريد أن أموت' : lang === 'zh-Hant' ? '我想死' : 'I want to end my life');
          await click(el, radios(el)[2]!); // not so great
          expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['crisis-words'], source: 'intake-check-in' }]);
          expect(root(el).activeElement).to.equal(pauseHeading(el));
          await click(el, keepGoing(el));
          await typeInto(el, '#comment', 'I want to die');
          root(el).querySelector<HTMLInputElement>('.controls label.choice input')!.click();
          await settle(el);
          await click(el, primary(el));
          expect(pauseHeading(el), 'no second pause for the same reason').to.equal(null);
          expect(risks).to.have.length(1);
        });
      });
    }
  }

  describe('closing words for every contact choice, in every language', () => {
    const ALL = ['en', 'es', 'zh-Hant', 'zh-Hans', 'tl', 'vi', 'ru', 'ko', 'ar'];
    const choices: Array<[string, (el: IntakeCheckIn) => Promise<void>]> = [
      ['yes, with a phone', async (el) => {
        await click(el, radios(el)[0]!);
        await typeInto(el, '#c-phone', '415 555 0100');
        await click(el, primary(el));
      }],
      ['yes, then "I\'d rather not say" on the contact step', async (el) => {
        await click(el, radios(el)[0]!);
        await click(el, skip(el));
      }],
      ['no, thank you', (el) => click(el, radios(el)[1]!)],
      ['skipped', (el) => click(el, skip(el))],
    ];
    for (const lang of ALL) {
      it(`${lang}: never "we will not", always what happens next`, async () => {
        await setPageLanguage(lang);
        for (const [name, choose] of choices) {
          for (const share of [true, false]) {
            const el = await providerPage('phq-9');
            await phq9ToItem9(el);
            await click(el, radios(el)[3]!); // nearly every day
            await click(el, keepGoing(el));
            await click(el, radios(el)[0]!);
            await choose(el);
            expect(question(el), name).to.equal(msg('Here is what you told us. You can change any answer.'));
            await click(el, primary(el));
            await click(el, radios(el)[share ? 0 : 1]!);
            const closing = currentText(el);
            expect(closing, `${name}, ${share ? 'shared' : 'not shared'}`).not.to.match(WILL_NOT[lang]!);
            expect(closing.length, 'closing words are there').to.be.greaterThan(20);
            if (share) expect(closing, 'when someone reads it').to.contain('within 1 business day');
            else expect(closing).not.to.contain('within 1 business day');
            el.remove();
          }
        }
        // A screener with no sign of danger: no offer, and still no "we will not".
        const gad = await providerPage('gad-7');
        await click(gad, primary(gad));
        for (let i = 0; i < 7; i++) await click(gad, radios(gad)[0]!);
        expect(question(gad)).to.equal(msg('Here is what you told us. You can change any answer.'));
        await click(gad, primary(gad));
        await click(gad, radios(gad)[0]!);
        expect(currentText(gad)).not.to.match(WILL_NOT[lang]!);
      });
    }
  });

  describe('reaching the person', () => {
    beforeEach(() => setPageLanguage('es'));

    it('a follow-up "yes" with the fields left empty waits on the contact step, in Spanish, and "I\'d rather not say" still moves on', async () => {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="self-referral"></intake-check-in>`);
      await waitFor(() => radios(el).length > 0);
      await click(el, radios(el)[0]!); // para mí
      while (question(el) !== msg('Would you like someone to check in with you later?')) await click(el, skip(el));
      await click(el, radios(el)[0]!); // yes
      while (!root(el).querySelector('form.contact')) await click(el, skip(el));
      const contact = question(el);
      await click(el, primary(el));
      expect(question(el), 'waits').to.equal(contact);
      const wait = root(el).querySelector('.wait')!;
      expect(wait.getAttribute('role')).to.equal('status');
      expect(norm(wait.textContent)).to.match(/^Queremos comunicarnos contigo/);
      await click(el, skip(el));
      expect(question(el)).to.equal(msg('Here is what you told us. You can change any answer.'));
    });

    it('two signs in one answer: intake-risk once per reason, one pause; the host\'s response time stays text', async () => {
      await setPageLanguage('en');
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US" response-time=${hostile}></intake-check-in>`);
      const risks = capture(el, 'intake-risk');
      await click(el, radios(el)[0]!);
      await typeInto(el, '#comment', 'I want to end my life');
      await click(el, radios(el)[4]!); // not safe, with words of danger
      expect(risks).to.deep.equal([
        { level: 'emergency', reasons: ['person-not-safe'], source: 'intake-check-in' },
        { level: 'urgent', reasons: ['crisis-words'], source: 'intake-check-in' },
      ]);
      expect(root(el).querySelectorAll('.pause')).to.have.length(1);
      await click(el, keepGoing(el));
      // To the end: skip everything, share.
      while (!root(el).querySelector('.summary')) await click(el, skip(el));
      await click(el, primary(el));
      await click(el, radios(el)[0]!);
      expect(currentText(el)).to.contain(`Someone from our team reads answers ${hostile}.`);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('the check-in\'s own `resources` put the host\'s lines first in its cards, with no crisis card on the page', async () => {
      await setPageLanguage('en');
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US" .resources=${countyResources}></intake-check-in>`);
      await click(el, radios(el)[0]!);
      await click(el, radios(el)[4]!);
      const card = await pauseCard(el);
      await waitFor(() => !!card.shadowRoot!.querySelector('li.line.local'));
      expect(card.shadowRoot!.querySelector('li.line')!.classList.contains('local')).to.equal(true);
    });
  });
});
