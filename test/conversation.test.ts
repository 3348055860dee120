/**
 * The conversation reads as one person talking (issue 14.3): the opener offers three answers and no
 * "I'd rather not say"; one crisis card at a time on the page (`crisis-card="auto|none|always"`), with
 * the urgent card after a sign of danger always there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/check-in/define.js';
import '../src/crisis-card/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { setPageLanguage, waitFor } from './helpers.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const buttons = (el: IntakeCheckIn) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => norm(b.textContent));
const ownCards = (el: IntakeCheckIn) => el.shadowRoot!.querySelectorAll('intake-crisis-card').length;

async function press(el: IntakeCheckIn, label: string) {
  const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${buttons(el).join(' | ')}`);
  b.click();
  await el.updateComplete;
  await el.updateComplete;
}

async function checkIn(mode: string | undefined, pageCard: boolean): Promise<IntakeCheckIn> {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    ${pageCard ? html`<intake-crisis-card region="US"></intake-crisis-card>` : ''}
    <intake-check-in region="US" crisis-card=${mode ?? ''}></intake-check-in>
  </div>`);
  const el = wrap.querySelector<IntakeCheckIn>('intake-check-in')!;
  if (mode === undefined) el.removeAttribute('crisis-card');
  await el.updateComplete;
  return el;
}

describe('the conversation', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  it('the opener offers yes, for someone else and not right now, and no "I\'d rather not say"; the next question does', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US"></intake-check-in>`);
    expect(buttons(el)).to.deep.equal(["Yes, let's talk", "I'm here for someone else", 'Not right now']);
    await press(el, "Yes, let's talk");
    expect(buttons(el)).to.include("I'd rather not say");
  });

  describe('one crisis card at a time', () => {
    const cases: [string | undefined, boolean, number][] = [
      [undefined, true, 0], // auto, the page shows its own card
      ['auto', true, 0],
      [undefined, false, 1], // auto, no card on the page: the check-in brings one
      ['none', false, 0],
      ['always', true, 1],
    ];
    for (const [mode, pageCard, expected] of cases) {
      it(`after "Not right now": crisis-card=${mode ?? '(unset)'}, ${pageCard ? 'a card on the page' : 'no card on the page'} → ${expected} of its own`, async () => {
        const el = await checkIn(mode, pageCard);
        await press(el, 'Not right now');
        expect(norm(el.shadowRoot!.querySelector('#q-current')?.textContent)).to.contain("That's okay");
        expect(ownCards(el)).to.equal(expected);
      });
    }

    it('the urgent card after a sign of danger shows even with crisis-card="none" and a card on the page', async () => {
      const el = await checkIn('none', true);
      await press(el, "Yes, let's talk");
      await press(el, "I'm not safe right now");
      await waitFor(() => !!el.shadowRoot!.querySelector('#pause-heading'));
      const card = el.shadowRoot!.querySelector('intake-crisis-card');
      expect(card?.getAttribute('variant')).to.equal('urgent');
    });
  });

  it('the contact question shows once: in the bubble, not again as a visible legend', async () => {
    const script = { id: 'reach', version: '1', steps: [{ id: 'contact', kind: 'contact', text: 'How can we reach you?', methods: ['call', 'email'] }] };
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US" .script=${script}></intake-check-in>`);
    await waitFor(() => !!el.shadowRoot!.querySelector('form.contact legend'));
    const legend = el.shadowRoot!.querySelector<HTMLElement>('form.contact legend')!;
    expect(norm(legend.textContent)).to.equal('How should we reach you?'); // still names the group for screen readers
    expect(legend.getBoundingClientRect().width).to.be.at.most(1);
    expect(norm(el.shadowRoot!.querySelector('#q-current')?.textContent)).to.equal('How can we reach you?');
  });
});
