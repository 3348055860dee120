import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/check-in/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { CHECK_IN_NEEDS, contactStep } from '../src/check-in/scripts/common.js';
import { NEED_IDS } from '../src/data/needs-catalog.js';
import { STORAGE_PREFIX } from '../src/core/wipe.js';
import { answerValue } from '../src/check-in/views.js';
import { capture, setPageLanguage, shadowText, waitFor } from './helpers.js';

/* ------------------------------------------------------------------ what the person sees and does */

const root = (el: IntakeCheckIn) => el.shadowRoot!;
const question = (el: IntakeCheckIn) => root(el).querySelector('#q-current .text')?.textContent?.trim() ?? '';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: IntakeCheckIn) {
  await el.updateComplete;
  await el.updateComplete;
}

function buttonNamed(el: IntakeCheckIn, label: string): HTMLButtonElement {
  const all = [...root(el).querySelectorAll('button')];
  const b = all.find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${all.map((x) => norm(x.textContent)).join(' | ')}`);
  return b;
}

async function press(el: IntakeCheckIn, label: string) {
  buttonNamed(el, label).click();
  await settle(el);
}

/** Ticks the boxes named, then presses `then` (none when empty). */
async function pick(el: IntakeCheckIn, labels: string[], then = 'Continue') {
  const boxes = [...root(el).querySelectorAll<HTMLLabelElement>('label.choice')];
  for (const label of labels) {
    const box = boxes.find((b) => norm(b.textContent) === label);
    if (!box) throw new Error(`no checkbox "${label}" among: ${boxes.map((b) => norm(b.textContent)).join(' | ')}`);
    box.querySelector('input')!.click();
    await settle(el);
  }
  if (then) await press(el, then);
}

const ticked = (el: IntakeCheckIn) =>
  [...root(el).querySelectorAll<HTMLLabelElement>('label.choice')].filter((b) => b.querySelector('input')!.checked).map((b) => norm(b.textContent));

async function type(el: IntakeCheckIn, selector: string, text: string) {
  const input = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

const skipLabel = "I'd rather not say";

/** Welcome, as the person: talk, okay, food + legal help, services, the screener, ... up to the summary. */
async function welcomeToSummary(el: IntakeCheckIn, { screener = true } = {}) {
  await press(el, "Yes, let's talk");
  await press(el, 'Okay');
  await pick(el, ['Food', 'Legal help']);
  await press(el, 'Find services nearby');
  if (screener) {
    await press(el, 'Sure');
    for (let i = 0; i < 4; i++) await press(el, 'Several days');
  } else await press(el, 'No, thanks');
  await pick(el, ['A counselor or therapist']);
  await type(el, '#answer', 'Dr. Ng');
  await press(el, 'Send');
  await press(el, skipLabel); // where they work
  await press(el, "Yes, I'd like that");
  await press(el, 'In about a week');
  await pick(el, ['A text message']);
  // The way chosen for the follow-up is not asked again: only the number is.
  expect(ticked(el)).to.deep.equal([]);
  expect(root(el).querySelector('#c-email')).to.equal(null);
  await type(el, '#c-phone', '415 555 0100');
  await press(el, 'Continue');
}

const welcome = () => fixture<IntakeCheckIn>(html`<intake-check-in region="US"></intake-check-in>`);

describe('<intake-check-in>', () => {
  beforeEach(() => setPageLanguage('en-US'));
  afterEach(() => sessionStorage.clear());
  after(() => setPageLanguage('en'));

  describe('a reluctant person', () => {
    it('is greeted with "Hey, want to talk?" and nothing fires before they act', async () => {
      const events: Event[] = [];
      for (const t of ['intake-check-in-step', 'intake-check-in-complete', 'intake-risk', 'intake-error'])
        document.addEventListener(t, (e) => events.push(e));
      const el = await welcome();
      expect(question(el)).to.equal('Hey, want to talk?');
      expect(shadowText(el)).to.contain('No pressure. You can skip any question or stop at any time.');
      expect(root(el).querySelector('[role="log"]')).to.exist;
      const radios = [...root(el).querySelectorAll('[role="radio"]')].map((b) => norm(b.textContent));
      expect(radios).to.deep.equal(["Yes, let's talk", "I'm here for someone else", 'Not right now']);
      expect(events).to.have.length(0);
    });

    it('says "Not right now" and gets a kind goodbye, the door left open, and a compact crisis card', async () => {
      const el = await welcome();
      const done = capture(el, 'intake-check-in-complete');
      await press(el, 'Not right now');
      expect(shadowText(el)).to.contain("That's okay. You can come back any time.");
      expect(shadowText(el)).to.contain('If things get hard, help is here day and night.');
      const card = root(el).querySelector('intake-crisis-card')!;
      expect(card.getAttribute('variant')).to.equal('compact');
      expect(card.getAttribute('region')).to.equal('US');
      await customElements.whenDefined('intake-crisis-card');
      await waitFor(() => shadowText(card as HTMLElement).includes('988'));
      expect(() => buttonNamed(el, 'Continue')).to.throw(); // the end: no push to go on
      await waitFor(() => done.length === 1);
      expect(done[0].answers[0]).to.include({ stepId: 'opener', value: 'not-now', question: 'Hey, want to talk?' });
    });
  });

  describe('the welcome conversation', () => {
    it('goes from hello to next steps, and the host receives a valid CheckInResult', async () => {
      const el = await welcome();
      const steps = capture(el, 'intake-check-in-step');
      const done = capture(el, 'intake-check-in-complete');
      await welcomeToSummary(el);
      expect(question(el)).to.equal('Here is what you told us. You can change any answer.');
      expect(shadowText(el)).to.contain('Dr. Ng');
      await press(el, 'Continue');
      expect(question(el)).to.equal('Is it okay to share your answers with our team, so they can help you?');
      await press(el, 'Yes, I agree');
      expect(shadowText(el)).to.contain('Thank you for sharing this with us.');
      expect(shadowText(el)).to.contain('Take a few slow breaths.');
      await waitFor(() => done.length === 1);
      const r = done[0];
      expect(r.script).to.deep.equal({ id: 'welcome', version: '1' });
      expect(r.subject).to.equal('self');
      expect(r.locale).to.equal('en');
      expect(r.answers.find((a) => a.stepId === 'needs')).to.include({ question: 'What do you need right now? Pick all that fit.' });
      expect(r.answers.find((a) => a.stepId === 'needs')!.value).to.deep.equal(['food', 'legal']);
      expect(r.answers.find((a) => a.stepId === 'needs')!.answerText).to.deep.equal(['Food', 'Legal help']);
      expect(r.answers.find((a) => a.stepId === 'helper-org')!.skipped).to.equal(true);
      expect(r.instruments[0]).to.include({ instrument: 'phq-4', kind: 'screening-result', translationValidated: true });
      expect(r.instruments[0].subscales!.map((s) => s.total)).to.deep.equal([2, 2]);
      expect(r.contact).to.deep.equal({ methods: ['text'], phone: '415 555 0100' });
      expect(r.continuity.helpers).to.deep.equal({ roles: ['counselor'], name: 'Dr. Ng' });
      expect(r.continuity.followUp).to.deep.equal({ wanted: 'yes', when: 'week', how: ['text'] });
      expect(r.consent!.given).to.equal(true);
      expect(r.risk).to.equal(null);
      expect(steps.length).to.be.greaterThan(15);
      expect(steps[0]).to.include({ stepId: 'feeling', index: 1 });
      // Plain words instead of numbers and bands (staff get those in the result).
      await waitFor(() => shadowText(el).includes('Thank you for answering.'));
      expect(shadowText(el)).not.to.contain('GAD-2');
      expect(shadowText(el)).not.to.contain('out of');
    });

    it('moves focus to each new question and keeps the "Why we ask" on sensitive steps', async () => {
      const el = await welcome();
      await press(el, "Yes, let's talk");
      expect(root(el).activeElement?.id).to.equal('q-current');
      expect(question(el)).to.equal('How are you doing today?');
      const why = root(el).querySelector('details.why')!;
      expect(norm(why.querySelector('summary')!.textContent)).to.equal('Why we ask');
      expect(norm(why.textContent)).to.contain('There is no wrong answer.');
      expect(shadowText(el)).to.contain('Step 2 of');
      (why as HTMLDetailsElement).open = true;
      await press(el, 'Okay');
      const next = root(el).querySelector<HTMLDetailsElement>('details.why');
      expect(next, 'the next question has its own "Why we ask"').to.exist;
      expect(next!.open, 'closed again on the next question').to.equal(false);
    });

    it('Back keeps every answer and typed word; a language change mid-flow loses nothing', async () => {
      const el = await welcome();
      await press(el, "Yes, let's talk");
      await type(el, '#comment', 'Long week at work');
      await press(el, 'Back');
      expect(question(el)).to.equal('Hey, want to talk?');
      expect(root(el).querySelector('[aria-checked="true"]')!.textContent!.trim()).to.equal("Yes, let's talk");
      await press(el, "Yes, let's talk");
      expect(root(el).querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('Long week at work');
      await setPageLanguage('es', el);
      expect(buttonNamed(el, 'Atrás'), 'the element speaks Spanish now').to.exist;
      expect(root(el).querySelector<HTMLTextAreaElement>('#comment')!.value).to.equal('Long week at work');
      expect(el.getAttribute('lang')).to.equal('es');
      await setPageLanguage('en', el);
      expect(question(el)).to.equal('How are you doing today?');
    });

    it('a Spanish answer names the needs as one sentence: "Comida y un lugar donde pasar la noche"', async () => {
      const el = await welcome();
      await setPageLanguage('es', el);
      await press(el, 'Sí, hablemos');
      await press(el, 'Más o menos');
      await pick(el, ['Comida', 'Un lugar donde pasar la noche'], 'Continuar');
      const answers = [...root(el).querySelectorAll('.bubble.me')].map((b) => norm(b.textContent));
      expect(answers.at(-1)).to.equal('Comida y un lugar donde pasar la noche');
      await setPageLanguage('en', el);
    });

    it('in a language without a checked translation, the screener invitation already says its questions are in English', async () => {
      const el = await welcome();
      await press(el, "Yes, let's talk");
      await press(el, 'Okay');
      await pick(el, ['Food']);
      await press(el, 'Find services nearby');
      expect(question(el)).to.contain('4 short questions');
      expect(shadowText(el), 'English needs no note').not.to.contain('These questions are in English');
      await setPageLanguage('es', el);
      await settle(el);
      expect(norm(root(el).querySelector('#q-current .note')?.textContent)).to.equal('Estas preguntas están en inglés. Todavía no tenemos una traducción revisada.');
      await setPageLanguage('en', el);
    });

    it('Change from the summary changes the result (declining the screener drops its scores)', async () => {
      const el = await welcome();
      const done = capture(el, 'intake-check-in-complete');
      await welcomeToSummary(el);
      const change = [...root(el).querySelectorAll('.summary button')].find((b) =>
        b.getAttribute('aria-label')!.includes('4 short questions'),
      ) as HTMLButtonElement;
      expect(norm(change.textContent)).to.equal('Change');
      change.click();
      await settle(el);
      expect(question(el)).to.contain('4 short questions');
      await press(el, 'No, thanks');
      expect(question(el), 'comes straight back to the summary').to.equal('Here is what you told us. You can change any answer.');
      const listed = [...root(el).querySelectorAll('.summary .sq')].map((q) => norm(q.textContent));
      await press(el, 'Continue');
      expect(listed, 'the summary lists only what was asked before it (not consent)').not.to.include(question(el));
      expect(listed.length).to.be.above(3);
      await press(el, 'Yes, I agree');
      await waitFor(() => done.length === 1);
      expect(done[0].instruments).to.deep.equal([]);
      expect(done[0].answers.map((a) => a.stepId)).not.to.include('phq4-1');
    });

    it('offers the needs of the one shared catalog', () => {
      for (const id of CHECK_IN_NEEDS) expect(NEED_IDS as readonly string[]).to.include(id);
    });
  });

  describe('when someone may be in danger', () => {
    it('"I\'m not safe right now" pauses with the urgent card, fires intake-risk once, and the person can go on', async () => {
      const el = await welcome();
      const risk = capture(el, 'intake-risk');
      const done = capture(el, 'intake-check-in-complete');
      await press(el, "Yes, let's talk");
      await press(el, "I'm not safe right now");
      expect(risk).to.deep.equal([{ level: 'emergency', reasons: ['person-not-safe'], source: 'intake-check-in' }]);
      const card = root(el).querySelector('.pause intake-crisis-card[variant="urgent"]')!;
      expect(card).to.exist;
      expect(shadowText(el)).to.contain("You don't have to go through this alone.");
      expect(root(el).querySelector('#q-current'), 'the next question waits').to.equal(null);
      await customElements.whenDefined('intake-crisis-card');
      await waitFor(() => shadowText(card as HTMLElement).includes('911'));
      // Going back and saying it again does not fire again, and does not pause again.
      await press(el, 'Back');
      expect(question(el)).to.equal('How are you doing today?');
      await press(el, "I'm not safe right now");
      expect(risk).to.have.length(1);
      expect(question(el), 'never a hard stop').to.equal('What do you need right now? Pick all that fit.');
      // After the pause, the card sits after the answers, so question and answers stay together.
      const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const urgent = () => root(el).querySelector('intake-crisis-card[variant="urgent"]')!;
      expect(follows(root(el).querySelector('.controls')!, urgent()), 'the answers, then the card').to.equal(true);
      await pick(el, [], 'Continue');
      await press(el, skipLabel);
      await press(el, 'No, thanks');
      while (!question(el).startsWith('Here is what')) await press(el, skipLabel);
      await press(el, 'Continue');
      await press(el, 'Yes, I agree');
      await waitFor(() => done.length === 1);
      expect(done[0].risk).to.deep.equal({ level: 'emergency', reasons: ['person-not-safe'] });
    });

    it('crisis words typed in any language bring the card, once per reason', async () => {
      const el = await welcome();
      const risk = capture(el, 'intake-risk');
      await press(el, "Yes, let's talk");
      await type(el, '#comment', 'a veces quiero morir');
      await press(el, 'Not so great');
      expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['crisis-words'], source: 'intake-check-in' }]);
      expect(root(el).querySelector('intake-crisis-card[variant="urgent"]')).to.exist;
      await press(el, 'Keep going');
      await type(el, '#comment', 'I want to die');
      await pick(el, ['Food']);
      expect(risk, 'the same reason does not fire twice').to.have.length(1);
    });

    it('PHQ-9 item 9 above zero interrupts with the card, and the person still finishes', async () => {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
      const risk = capture(el, 'intake-risk');
      const done = capture(el, 'intake-check-in-complete');
      await waitFor(() => question(el) !== '');
      await press(el, 'Continue');
      expect(shadowText(el)).to.contain('Spitzer'); // the notice the instrument requires
      for (let i = 0; i < 8; i++) await press(el, 'Not at all');
      expect(root(el).querySelector('intake-crisis-card')).to.equal(null);
      await press(el, 'Several days');
      expect(risk).to.deep.equal([{ level: 'urgent', reasons: ['phq9-item9'], source: 'intake-check-in' }]);
      expect(root(el).querySelector('intake-crisis-card[variant="urgent"]')).to.exist;
      await press(el, 'Keep going');
      await press(el, 'Not difficult at all');
      expect(question(el), 'after a sign of danger, an offer to reach out').to.equal('Would you like someone from our team to reach out to you?');
      await press(el, 'No, thank you');
      await press(el, 'Continue');
      await press(el, 'Yes, I agree');
      await waitFor(() => done.length === 1);
      const phq9 = done[0].instruments[0];
      expect(phq9).to.include({ total: 1, band: 'none-minimal', complete: true });
      expect(phq9.flags).to.include('item-9-positive');
    });
  });

  describe('asking for someone else', () => {
    it('the first answer switches the wording, and the result says subject "other"', async () => {
      const el = await welcome();
      const done = capture(el, 'intake-check-in-complete');
      await press(el, "I'm here for someone else");
      expect(question(el)).to.equal("How is the person you're worried about doing?");
      await press(el, "They're really struggling");
      expect(question(el)).to.equal('What do they need right now? Pick all that fit.');
      await pick(el, ['They could use someone to talk to']);
      await press(el, 'Talk with someone');
      // No mood screener about someone else: straight to who already helps.
      expect(question(el)).to.contain('Does someone already help them?');
      while (!question(el).startsWith('Here is what')) await press(el, skipLabel);
      await press(el, 'Continue');
      expect(question(el)).to.contain("the person you're worried about");
      await press(el, 'Yes, I agree');
      await waitFor(() => done.length === 1);
      expect(done[0].subject).to.equal('other');
      expect(shadowText(el)).to.contain('Caring for someone can be hard, too.');
    });

    it('subject="other": a screener is not offered (self-report); the host hears intake-error and the steps are skipped kindly', async () => {
      const errors: Array<{ code: string; message: string }> = [];
      const el = await fixture<IntakeCheckIn>(
        html`<intake-check-in script="phq-4" subject="other" @intake-error=${(e: CustomEvent) => errors.push(e.detail)}></intake-check-in>`,
      );
      await waitFor(() => question(el) !== '');
      expect(question(el)).to.equal(
        'These questions are only for a person to answer about themselves, so we will skip them here. You can still tell us how we can help.',
      );
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].message).to.contain('self-report');
      await press(el, 'Continue');
      // Straight past every screener item.
      expect(question(el)).to.equal('Here is what you told us. You can change any answer.');
      expect(shadowText(el)).not.to.contain('Feeling nervous');
    });
  });

  describe("a host's own script", () => {
    const petScript = {
      id: 'pets',
      version: '2',
      steps: [
        { id: 'has-pet', kind: 'single', text: { en: 'Do you have a pet?', es: '¿Tiene una mascota?' }, options: [
          { value: 'yes', text: { en: 'Yes', es: 'Sí' } },
          { value: 'no', text: { en: 'No', es: 'No' } },
        ] },
        { id: 'pet-name', kind: 'text', text: { en: "What is your pet's name?" }, when: { step: 'has-pet', equals: 'yes' } },
        { id: 'stress', kind: 'number', text: { en: 'How stressed are you, 0 to 10?' }, min: 0, max: 10, scale: true, minLabel: { en: 'Not at all' }, maxLabel: { en: 'Very' } },
        { id: 'ok', kind: 'consent', text: { en: 'May we share this?' } },
        { id: 'bye', kind: 'message', text: { en: 'Thanks!' }, end: true },
      ],
    };

    it('follows its conditions, speaks its own languages, and finishes', async () => {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${petScript}></intake-check-in>`);
      const done = capture(el, 'intake-check-in-complete');
      await waitFor(() => question(el) === 'Do you have a pet?');
      await press(el, 'No');
      expect(question(el), 'pet name hidden').to.equal('How stressed are you, 0 to 10?');
      await press(el, 'Back');
      await press(el, 'Yes');
      expect(question(el)).to.equal("What is your pet's name?");
      await type(el, '#answer', 'Biscuit');
      await press(el, 'Send');
      await press(el, '7');
      await press(el, 'Yes, I agree');
      await waitFor(() => done.length === 1);
      expect(done[0].answers.map((a) => [a.stepId, a.value])).to.deep.equal([
        ['has-pet', 'yes'],
        ['pet-name', 'Biscuit'],
        ['stress', 7],
        ['ok', true],
      ]);
      await setPageLanguage('es', el);
      for (let i = 0; i < 4; i++) await press(el, 'Atrás');
      expect(question(el)).to.equal('¿Tiene una mascota?');
      const english = root(el).querySelector('[lang="en"]');
      expect(english, 'a text only in English says so').to.equal(null);
    });

    it('a broken script gets a gentle message, an intake-error, and never a thrown error', async () => {
      const errors: Array<{ code: string; message: string }> = [];
      document.addEventListener('intake-error', (e) => errors.push((e as CustomEvent).detail), { once: true });
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in></intake-check-in>`);
      el.script = { id: 'x', version: '1', steps: [{ id: 'a', kind: 'single', text: { en: '<img src=x onerror=alert(1)>' }, options: [], next: 'nowhere' }] };
      await waitFor(() => errors.length > 0);
      await settle(el);
      expect(errors[0].code).to.equal('invalid-script');
      expect(errors[0].message).to.contain('script.steps[0]');
      expect(shadowText(el)).to.contain("Sorry, this check-in can't open right now.");
      expect(root(el).querySelector('intake-crisis-card')).to.exist;
      expect(root(el).querySelector('img')).to.equal(null);
    });

    it('an unknown built-in id is reported as a bad attribute', async () => {
      const errors = capture(document, 'intake-error');
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-99"></intake-check-in>`);
      expect(errors[0].code).to.equal('invalid-attribute');
      expect(shadowText(el)).to.contain("Sorry, this check-in can't open right now.");
    });
  });

  describe('in a plain form', () => {
    it('submits the JSON result under its name; required blocks until consent; reset starts over', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <intake-check-in name="checkin" script="phq-4" required></intake-check-in>
        <button>Send</button>
      </form>`);
      const el = form.querySelector('intake-check-in')!;
      await waitFor(() => question(el) !== '');
      expect(form.checkValidity(), 'invalid before consent').to.equal(false);
      await press(el, 'Continue');
      for (let i = 0; i < 4; i++) await press(el, 'Not at all');
      await press(el, 'Continue');
      await press(el, "No, please don't share");
      await waitFor(() => new FormData(form).get('checkin') !== null);
      expect(form.checkValidity(), 'still invalid when the person says no').to.equal(false);
      await press(el, 'Back');
      await press(el, 'Yes, I agree');
      await waitFor(() => form.checkValidity());
      const data = JSON.parse(String(new FormData(form).get('checkin')));
      expect(data.consent.given).to.equal(true);
      expect(data.instruments[0].subscales.map((s: { total: number }) => s.total)).to.deep.equal([0, 0]);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form.requestSubmit();
      expect(submitted).to.equal(1);
      form.reset();
      await settle(el);
      expect(new FormData(form).get('checkin')).to.equal(null);
      expect(form.checkValidity()).to.equal(false);
      expect(shadowText(el)).to.contain('These questions ask about the last 2 weeks.');
    });
  });

  it('a phone number or email we could not use is caught kindly, in the person\'s language, and nothing moves on', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="self-referral"></intake-check-in>`);
    const done = capture(el, 'intake-check-in-complete');
    await waitFor(() => question(el) === 'Who is this for?');
    await press(el, 'For me');
    while (!root(el).querySelector('#c-phone')) await press(el, skipLabel);
    const contactQuestion = question(el);
    await pick(el, ['Text me'], '');
    await type(el, '#c-phone', 'abc');
    await press(el, 'Continue');
    const phone = root(el).querySelector<HTMLInputElement>('#c-phone')!;
    expect(question(el), 'still on the contact step').to.equal(contactQuestion);
    // Shown in the page under the field and tied to it, so a screen reader reads it with the field; focus goes there.
    const said = () => {
      const input = root(el).querySelector<HTMLInputElement>('#c-phone')!;
      return { invalid: input.getAttribute('aria-invalid'), text: root(el).getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent?.trim() };
    };
    expect(said()).to.deep.equal({ invalid: 'true', text: 'Please check the phone number. Use digits, like 415 555 0100.' });
    await waitFor(() => root(el).activeElement === phone);
    await setPageLanguage('es', el);
    await press(el, 'Continuar');
    expect(said()).to.deep.equal({ invalid: 'true', text: 'Revisa el número de teléfono. Usa números, por ejemplo 415 555 0100.' });
    await setPageLanguage('en', el);
    await type(el, '#c-phone', '415');
    expect(said(), 'typing clears the message').to.deep.equal({ invalid: null, text: undefined });
    await type(el, '#c-phone', '+1 (415) 555-0100');
    await press(el, 'Continue');
    expect(question(el), 'a usable number moves on').not.to.equal(contactQuestion);
    while (!question(el).startsWith('Here is what')) await press(el, skipLabel);
    await press(el, 'Continue');
    await press(el, 'Yes, I agree');
    await waitFor(() => done.length === 1);
    expect(JSON.stringify(done[0])).to.contain('+1 (415) 555-0100');
  });

  it('a way chosen for a follow-up check-in is not asked again: the contact step asks only for its details', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="self-referral"></intake-check-in>`);
    await waitFor(() => question(el) === 'Who is this for?');
    await press(el, 'For me');
    while (question(el) !== 'Would you like someone to check in with you later?') await press(el, skipLabel);
    await press(el, "Yes, I'd like that");
    await press(el, 'In about a week');
    expect(question(el)).to.equal('How would you like us to check in?');
    await pick(el, ['A text message']);
    expect(question(el)).to.equal('How can we reach you? Share only what you are comfortable with.');
    // No second set of the same choices: only the field the chosen way needs.
    expect(root(el).querySelectorAll('form.contact input[type="checkbox"]')).to.have.length(0);
    expect(root(el).querySelector('#c-phone')).to.exist;
    expect(root(el).querySelector('#c-email')).to.equal(null);
    const done = capture(el, 'intake-check-in-complete');
    await type(el, '#c-phone', '415 555 0100');
    await press(el, 'Continue');
    while (!question(el).startsWith('Here is what')) await press(el, skipLabel);
    await press(el, 'Continue');
    await press(el, 'Yes, I agree');
    await waitFor(() => done.length === 1);
    expect(done[0].contact?.methods).to.deep.equal(['text']);
    expect(done[0].contact?.phone).to.equal('415 555 0100');
  });

  it('contact details keep their own direction in a right-to-left answer (Arabic: 415-555-0100, not 0100-555-415)', () => {
    const shown = answerValue(contactStep(), { methods: ['call'], name: 'Ana', phone: '415-555-0100', email: 'ana@example.org' }, { locale: 'ar' });
    expect(shown).to.contain('\u2066415-555-0100\u2069');
    expect(shown).to.contain('\u2066ana@example.org\u2069');
    expect(shown).to.contain('\u2068Ana\u2069');
  });

  describe('resume, only with consent', () => {
    const keys = () => Object.keys(sessionStorage).filter((k) => k.startsWith(STORAGE_PREFIX));

    it('stores nothing until the person agrees; then a reload resumes; quick exit and reset() wipe it', async () => {
      let el = await fixture<IntakeCheckIn>(html`<intake-check-in id="ci" persist></intake-check-in>`);
      expect(shadowText(el)).to.contain('Do you want to save your answers on this device');
      await press(el, "Yes, let's talk");
      expect(keys(), 'nothing stored before yes').to.deep.equal([]);
      await press(el, 'Yes, save them');
      expect(keys()).to.have.length(1);
      await press(el, 'Okay');
      expect(question(el)).to.equal('What do you need right now? Pick all that fit.');
      // Ticked, not sent yet: kept too.
      await pick(el, ['Food', 'Legal help'], '');
      el.remove();

      el = await fixture<IntakeCheckIn>(html`<intake-check-in id="ci" persist></intake-check-in>`);
      await waitFor(() => question(el) === 'What do you need right now? Pick all that fit.');
      expect(shadowText(el)).to.contain('Welcome back. We kept your answers.');
      expect(ticked(el), 'unsent ticks come back after the reload').to.deep.equal(['Food', 'Legal help']);

      document.dispatchEvent(new CustomEvent('intake-quick-exit', { bubbles: true, cancelable: true, detail: {} }));
      await new Promise((r) => setTimeout(r));
      await settle(el);
      expect(keys()).to.deep.equal([]);
      expect(question(el)).to.equal('Hey, want to talk?');

      await press(el, 'Yes, save them');
      await press(el, "Yes, let's talk");
      expect(keys()).to.have.length(1);
      el.reset();
      await settle(el);
      expect(keys()).to.deep.equal([]);
      expect(question(el)).to.equal('Hey, want to talk?');
    });

    it('after a reload, words of danger typed before bring the urgent card back, without telling the host twice', async () => {
      let el = await fixture<IntakeCheckIn>(html`<intake-check-in id="ci-words" persist></intake-check-in>`);
      await press(el, 'Yes, save them');
      await press(el, "Yes, let's talk");
      await type(el, '#comment', 'a veces quiero morir');
      await press(el, 'Not so great');
      expect(root(el).querySelector('intake-crisis-card[variant="urgent"]')).to.exist;
      await press(el, 'Keep going');
      el.remove();
      el = await fixture<IntakeCheckIn>(html`<intake-check-in id="ci-words" persist></intake-check-in>`);
      const risk = capture(el, 'intake-risk');
      await waitFor(() => !!root(el).querySelector('intake-crisis-card[variant="urgent"]'));
      expect(risk, 'the host heard it before the reload').to.deep.equal([]);
      el.reset();
    });

    it('"No, don\'t save" keeps storage empty', async () => {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in persist></intake-check-in>`);
      await press(el, "No, don't save");
      await press(el, "Yes, let's talk");
      expect(keys()).to.deep.equal([]);
    });
  });

  describe('keyboard only', () => {
    it('completes the PHQ-9 with Tab, arrow keys and Enter', async () => {
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9"></intake-check-in>`);
      const done = capture(el, 'intake-check-in-complete');
      await waitFor(() => question(el) !== '');
      buttonNamed(el, 'Continue').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      // Nine questions: with every answer "Not at all", the 10th (difficulty) is not asked.
      for (let i = 0; i < 9; i++) {
        expect(root(el).activeElement?.id, `focus on question ${i + 1}`).to.equal('q-current');
        await sendKeys({ press: 'Tab' });
        // The first question carries "About these questions" (the notices), one stop before the answers.
        if (i === 0) {
          expect(norm(root(el).activeElement?.textContent)).to.equal('About these questions');
          await sendKeys({ press: 'Tab' });
        }
        expect(root(el).activeElement?.getAttribute('role')).to.equal('radio');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: i === 0 ? 'End' : 'ArrowUp' });
        if (i === 0) await sendKeys({ press: 'Home' });
        await sendKeys({ press: 'Enter' });
        await settle(el);
      }
      expect(question(el)).to.equal('Here is what you told us. You can change any answer.');
      // Tab past the Change buttons to Continue.
      let guard = 0;
      while (norm(root(el).activeElement?.textContent) !== 'Continue' && guard++ < 20) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => done.length === 1);
      expect(done[0].instruments[0]).to.include({ instrument: 'phq-9', total: 0, complete: true });
    });
  });

  describe('accessibility (axe) on every step kind', () => {
    const numberScript = {
      id: 'n',
      version: '1',
      steps: [
        { id: 'age', kind: 'number', text: { en: 'How old are you?' }, min: 0, max: 120 },
        { id: 'scale', kind: 'number', text: { en: 'How hopeful do you feel?' }, min: 1, max: 5, scale: true },
        { id: 'bye', kind: 'message', text: { en: 'Thanks' }, end: true },
      ],
    };
    for (const lang of ['en', 'es', 'ar']) {
      it(`is clean in ${lang}: single, multiple, text, contact, summary, consent, message, risk, number`, async function () {
        this.timeout(30000); // nine axe runs: slow on a busy 2-core machine, not a timing test
        await setPageLanguage(lang);
        const el = await welcome();
        if (lang === 'ar') expect(el.dir).to.equal('rtl');
        const axe = async () => {
          await settle(el);
          await expect(el).to.be.accessible();
        };
        await axe(); // single
        buttonNamed(el, root(el).querySelectorAll('[role="radio"]')[0].textContent!.trim()).click();
        await settle(el);
        root(el).querySelectorAll<HTMLButtonElement>('[role="radio"]')[4].click(); // not safe -> the pause
        await settle(el);
        await customElements.whenDefined('intake-crisis-card');
        await axe(); // the safety pause
        root(el).querySelector<HTMLButtonElement>('.pause .action:not(.secondary)')!.click(); // keep going
        await axe(); // multiple + risk
        root(el).querySelector<HTMLInputElement>('label.choice input')!.click();
        await settle(el);
        root(el).querySelector<HTMLButtonElement>('.controls .action:not(.secondary)')!.click();
        await settle(el);
        const skip = () => root(el).querySelector<HTMLButtonElement>('.skip')!.click();
        while (!root(el).querySelector('#answer')) {
          const box = root(el).querySelector<HTMLInputElement>('label.choice input[type="checkbox"]');
          if (box) {
            box.click(); // someone already helps: then we ask their name (a text step)
            await settle(el);
            root(el).querySelector<HTMLButtonElement>('.controls .action:not(.secondary)')!.click();
          } else skip();
          await settle(el);
        }
        await axe(); // text
        while (!root(el).querySelector('form.contact')) {
          skip();
          await settle(el);
        }
        await axe(); // contact
        skip();
        await axe(); // summary
        root(el).querySelector<HTMLButtonElement>('.controls > .row .action:not(.secondary)')!.click();
        await axe(); // consent
        root(el).querySelector<HTMLButtonElement>('[role="radio"]')!.click();
        await axe(); // message with compact card and coping ideas
        const num = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${numberScript}></intake-check-in>`);
        await waitFor(() => question(num) !== '');
        await expect(num).to.be.accessible();
        await type(num, '#answer', '30');
        root(num).querySelector<HTMLButtonElement>('form .action')!.click();
        await settle(num);
        await expect(num).to.be.accessible();
      });
    }
  });
});

describe('the opener reads as a hello, not a form', () => {
  it("no step count under \"Hey, want to talk?\", and one from the next step on", async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in></intake-check-in>`);
    await waitFor(() => question(el) === 'Hey, want to talk?');
    expect(root(el).querySelector('.progress')).to.equal(null);
    await press(el, "Yes, let's talk");
    await waitFor(() => !!root(el).querySelector('.progress'));
    expect(root(el).querySelector('.progress')!.textContent!.trim()).to.match(/^Step 2 of \d+$/);
  });
});
