import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/crisis-card/define.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import { capture, setPageLanguage, shadowText, links, linkTexts, waitFor, HOSTILE_STRINGS } from './helpers.js';

const card = (tpl = html`<intake-crisis-card></intake-crisis-card>`) => fixture<IntakeCrisisCard>(tpl);

describe('<intake-crisis-card>', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  describe('a person in the US reading English', () => {
    it('sees 988 first with call, text and chat links that work on a phone', async () => {
      const el = await card();
      const texts = linkTexts(el);
      expect(texts.slice(0, 3)).to.deep.equal(['Call 988', 'Text 988', 'Chat online (opens in a new tab)']);
      const hrefs = links(el).map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:988', 'sms:988', 'https://988lifeline.org/', 'sms:741741?&body=HOME']);
      const chat = links(el).find((a) => a.href.startsWith('https://988'))!;
      expect(chat.target).to.equal('_blank');
      expect(chat.rel).to.contain('noopener');
      expect(shadowText(el)).to.contain('988 Suicide & Crisis Lifeline');
      expect(shadowText(el)).to.contain('In danger right now? Call 911.');
    });

    it('never offers the ended 988 press-3 LGBTQ+ option, and shows Trevor for lgbtq', async () => {
      const el = await card(html`<intake-crisis-card audience="lgbtq"></intake-crisis-card>`);
      expect(shadowText(el)).not.to.match(/press 3|PRIDE/i);
      const first = el.shadowRoot!.querySelector('[part="line"] .name')!.textContent;
      expect(first).to.equal('The Trevor Project');
      expect(linkTexts(el)).to.include('Text START to 678678');
    });

    it('puts the Veterans Crisis Line first for veterans, with press 1', async () => {
      const el = await card(html`<intake-crisis-card audience="veterans"></intake-crisis-card>`);
      expect(el.shadowRoot!.querySelector('[part="line"] .name')!.textContent).to.equal('Veterans Crisis Line');
      expect(linkTexts(el)).to.include('Call 988, then press 1');
      expect(linkTexts(el)).to.include('Text 838255');
    });

    it('leads with text and chat for deaf and hard-of-hearing people, and mentions 711 relay', async () => {
      const el = await card(html`<intake-crisis-card audience="deaf-hard-of-hearing"></intake-crisis-card>`);
      const firstLine = el.shadowRoot!.querySelector('[part="line"]')!;
      expect(firstLine.querySelector('a')!.getAttribute('href')).to.match(/^sms:|^https:/);
      expect(shadowText(el)).to.contain('dialing 711');
    });

    it('fires intake-crisis-contact with the line, channel and region when a link is used', async () => {
      const el = await card(html`<intake-crisis-card region="US-CA"></intake-crisis-card>`);
      el.shadowRoot!.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      const seen = capture(el, 'intake-crisis-contact');
      links(el).find((a) => a.getAttribute('href') === 'sms:741741?&body=HOME')!.click();
      links(el)[0].click();
      expect(seen).to.deep.equal([
        { resourceId: 'us-crisis-text-line', channel: 'text', region: 'US-CA' },
        { resourceId: 'us-988-lifeline', channel: 'call', region: 'US-CA' },
      ]);
    });

    it('fires no event on first render', async () => {
      const errors: Event[] = [];
      const contacts: Event[] = [];
      document.addEventListener('intake-error', (e) => errors.push(e));
      document.addEventListener('intake-crisis-contact', (e) => contacts.push(e));
      await card(html`<intake-crisis-card region="GB" variant="urgent"></intake-crisis-card>`);
      expect(errors.length + contacts.length).to.equal(0);
    });
  });

  describe('variants', () => {
    it('urgent puts "call 911" before anything else, as a link', async () => {
      const el = await card(html`<intake-crisis-card variant="urgent"></intake-crisis-card>`);
      const first = links(el)[0];
      expect(first.getAttribute('href')).to.equal('tel:911');
      expect(first.textContent!.trim()).to.equal('Call 911');
      expect(shadowText(el).indexOf('If you are in danger now, call 911.')).to.equal(0);
    });

    it('compact shows one line of actions for the first line only', async () => {
      const el = await card(html`<intake-crisis-card variant="compact"></intake-crisis-card>`);
      expect(el.shadowRoot!.querySelectorAll('[part="line"]').length).to.equal(0);
      expect(linkTexts(el)).to.deep.equal(['Call 988', 'Text 988', 'Chat online (opens in a new tab)']);
    });

    it('uses heading-level for the heading', async () => {
      const el = await card(html`<intake-crisis-card heading-level="3"></intake-crisis-card>`);
      const h = el.shadowRoot!.querySelector('[role="heading"]')!;
      expect(h.getAttribute('aria-level')).to.equal('3');
      expect(h.textContent!.trim()).to.equal("You don't have to go through this alone");
    });
  });

  describe('regions', () => {
    it('follows the page language region: en-GB shows Samaritans, Shout and 999', async () => {
      await setPageLanguage('en-GB');
      const el = await card();
      expect(linkTexts(el)).to.include.members(['Call 116 123', 'Text SHOUT to 85258']);
      expect(shadowText(el)).to.contain('Call 999');
      expect(shadowText(el)).not.to.contain('988');
    });

    for (const [region, call, emergency] of [
      // U+2011, a hyphen that never breaks: the number stays on one line on a narrow screen.
      ['CA', 'Call 9\u20118\u20118', '911'],
      ['IE', 'Call 116 123', '112'],
      ['AU', 'Call 13 11 14', '000'],
      ['NZ', 'Call 1737', '111'],
    ]) {
      it(`shows ${call} and ${emergency} for ${region}`, async () => {
        const el = await card(html`<intake-crisis-card region=${region}></intake-crisis-card>`);
        expect(linkTexts(el)).to.include(call);
        expect(shadowText(el)).to.contain(`Call ${emergency}`);
      });
    }

    it('no phone number breaks across lines (non-breaking hyphens in what is shown, plain digits to dial)', async () => {
      const el = await card(html`<intake-crisis-card region="US" audience="domestic-violence"></intake-crisis-card>`);
      const call = links(el).find((a) => a.href === 'tel:18007997233')!;
      expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 1\u2011800\u2011799\u20117233');
      expect(links(el).filter((a) => /\d-\d/.test(a.textContent!))).to.deep.equal([]);
    });

    it('keeps the host fallback markup when no line is known for the region', async () => {
      const el = await card(html`<intake-crisis-card region="FR"><p>Appelez le <a href="tel:3114">3114</a></p></intake-crisis-card>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Appelez le 3114']);
      expect(shadowText(el)).to.contain('call your local emergency number');
      const link = el.querySelector('a')!;
      expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('hides the fallback when it has lines for the region', async () => {
      const el = await card(html`<intake-crisis-card><a href="tel:988">988</a></intake-crisis-card>`);
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('languages', () => {
    it('in Spanish on a US page leads with 988 option 2 and AYUDA', async () => {
      await setPageLanguage('es-US');
      const el = await card();
      const first = links(el).slice(0, 2);
      expect(first.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988?&body=AYUDA']);
      expect(first[0].textContent).to.equal('Llama al 988 y marca 2');
      expect(first[1].textContent).to.equal('Envía AYUDA al 988');
      expect(el.lang).to.equal('es');
      expect(el.dir).to.equal('ltr');
    });

    it('in Arabic is right to left and translated', async () => {
      await setPageLanguage('ar');
      const el = await card(html`<intake-crisis-card region="US"></intake-crisis-card>`);
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).direction).to.equal('rtl');
      expect(shadowText(el)).to.match(/[\u0600-\u06FF]/);
      expect(shadowText(el)).not.to.contain("You don't have to go through this alone");
      // Numbers and keywords keep their order inside Arabic sentences (first-strong isolates).
      expect(linkTexts(el)).to.include('إرسال \u2068HOME\u2069 إلى \u2068741741\u2069');
      const name = el.shadowRoot!.querySelector('.name')!;
      expect(name.getAttribute('dir')).to.equal('auto');
    });

    it('re-renders when the page language changes after load', async () => {
      const el = await card();
      expect(linkTexts(el)[0]).to.equal('Call 988');
      await setPageLanguage('es-US', el);
      expect(linkTexts(el)[0]).to.equal('Llama al 988 y marca 2');
      await setPageLanguage('en-US', el);
      expect(linkTexts(el)[0]).to.equal('Call 988');
    });
  });

  describe('host resources', () => {
    const county = {
      id: 'county-mobile-crisis',
      name: 'County Mobile Crisis Team',
      description: 'A counselor can come to you.',
      always: true,
      channels: [{ type: 'call', display: '(415) 555-0199', dial: '4155550199' }],
    };

    it('shows valid local lines first, labeled Local', async () => {
      const el = await card();
      el.resources = [county];
      await waitFor(() => shadowText(el).includes('County Mobile Crisis Team'));
      const first = el.shadowRoot!.querySelector('[part="line"]')!;
      expect(first.textContent).to.contain('County Mobile Crisis Team');
      expect(first.textContent).to.contain('Local');
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('tel:4155550199');
    });

    it('drops invalid entries with one intake-error and keeps the card working', async () => {
      const el = await card();
      const errors = capture(el, 'intake-error');
      el.resources = [
        county,
        { id: 'bad-chat', name: 'Evil', channels: [{ type: 'chat', display: 'chat', url: 'javascript:alert(1)' }] },
        { id: 'no-name', channels: [{ type: 'call', display: '123' }] },
        { id: 'wrong types', name: 42, channels: 'call me' },
        null,
      ];
      await waitFor(() => errors.length > 0);
      expect(errors).to.have.length(1);
      expect(errors[0].code).to.equal('invalid-resource');
      expect(errors[0].message).to.contain('resources[1]');
      expect(errors[0].message).to.contain('resources[4]');
      expect(shadowText(el)).to.contain('County Mobile Crisis Team');
      expect(shadowText(el)).not.to.contain('Evil');
      expect(links(el).some((a) => a.href.startsWith('javascript'))).to.equal(false);
      expect(linkTexts(el)).to.include('Call 988');
    });

    it('reports a resources value that is not an array', async () => {
      const el = await card();
      const errors = capture(el, 'intake-error');
      el.resources = 'call 988' as unknown;
      await waitFor(() => errors.length > 0);
      expect(errors[0].message).to.match(/must be an array/);
    });

    it('renders hostile strings as inert text and never as a link', async () => {
      const el = await card();
      el.resources = HOSTILE_STRINGS.slice(0, 11).map((s, i) => ({
        id: `h${i}`,
        name: s.slice(0, 120),
        description: s.slice(0, 300),
        channels: [{ type: 'text', display: '741741', keyword: 'HI' }],
      }));
      await waitFor(() => el.shadowRoot!.querySelectorAll('.local').length === 11);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(shadowText(el)).to.contain('<script>window.__pwned=1</script>');
      for (const a of links(el)) expect(a.protocol).to.be.oneOf(['tel:', 'sms:', 'https:', 'http:']);
    });
  });

  describe('bad attributes', () => {
    for (const [attr, value] of [
      ['region', '<img src=x onerror=alert(1)>'],
      ['audience', 'everyone'],
      ['variant', 'giant'],
      ['heading-level', '9'],
    ]) {
      it(`reports ${attr}="${value}" and still shows US lines`, async () => {
        const el = document.createElement('intake-crisis-card');
        const errors = capture(el, 'intake-error');
        el.setAttribute(attr, value);
        document.body.append(el);
        await el.updateComplete;
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
        expect(linkTexts(el)).to.include('Call 988');
        el.remove();
      });
    }
  });

  describe('keyboard', () => {
    it('reaches every action with Tab, in reading order', async () => {
      const el = await card(html`<intake-crisis-card variant="compact"></intake-crisis-card>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? 'none');
      }
      expect(order).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org/']);
      before.remove();
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en-US', 'es-US', 'ar']) {
      for (const variant of ['full', 'compact', 'urgent']) {
        it(`${variant} in ${lang} passes axe`, async () => {
          await setPageLanguage(lang);
          const el = await card(html`<intake-crisis-card variant=${variant} region="US"></intake-crisis-card>`);
          await expect(el).to.be.accessible();
        });
      }
    }
    it('the no-lines state with fallback passes axe', async () => {
      const el = await card(html`<intake-crisis-card region="FR"><a href="tel:3114">3114</a></intake-crisis-card>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<intake-crisis-card> properties set to anything (as frameworks do)', () => {
  for (const value of [null, undefined, 5, {}, ['US'], { toString: () => { throw new Error('boom'); } }]) {
    it(`region = ${value === null ? 'null' : typeof value} never throws, reports non-empty bad values, and keeps showing lines`, async () => {
      const el = await fixture<IntakeCrisisCard>(html`<intake-crisis-card region="GB"></intake-crisis-card>`);
      const errors = capture(el, 'intake-error');
      (el as unknown as { region: unknown }).region = value;
      (el as unknown as { audience: unknown }).audience = value;
      await el.updateComplete;
      expect(linkTexts(el)).to.include('Call 988'); // back to the default region, US
      expect(errors.length).to.equal(value == null ? 0 : 2);
      document.documentElement.lang = 'es-US';
      await setPageLanguage('es-US', el);
      expect(linkTexts(el)[0]).to.equal('Llama al 988 y marca 2'); // later renders still work
      await setPageLanguage('en-US', el);
    });
  }
});
