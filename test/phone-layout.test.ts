/**
 * Phone first (issue 14.1): at 480 px or less each element uses the whole width it is given. Its own
 * card drops its frame (no card inside a card), a check-in question uses at least 85 % of the width,
 * and `flush` drops the frame at any width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/check-in/define.js';
import '../src/crisis-card/define.js';
import '../src/needs-finder/define.js';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import { ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';

ignoreResizeObserverNotice();

const TAGS = [
  ['intake-check-in', '.card'],
  ['intake-needs-finder', '.finder'],
  ['intake-crisis-card', '.card'],
] as const;

async function mount(tag: string, flush = false): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  if (flush) el.setAttribute('flush', '');
  if (tag === 'intake-crisis-card') el.setAttribute('region', 'US');
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await el.updateComplete;
  await waitFor(() => !!el.shadowRoot?.querySelector('.card, .finder'));
  return el;
}

const frameOf = (el: LitElement, sel: string) => {
  const s = getComputedStyle(el.shadowRoot!.querySelector(sel)!);
  return { border: s.borderTopWidth, padding: s.paddingTop };
};

describe('phone-first layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 320 px the current check-in question uses at least 85 % of the width the page gives', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount('intake-check-in');
    await waitFor(() => !!el.shadowRoot!.querySelector('#q-current'));
    const bubble = el.shadowRoot!.querySelector('#q-current')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    const margins = parseFloat(getComputedStyle(document.body).marginLeft) + parseFloat(getComputedStyle(document.body).marginRight);
    const given = window.innerWidth - margins;
    expect(host.width).to.be.closeTo(given, 1);
    expect(bubble.width / given).to.be.at.least(0.85);
    // The question starts at the element's edge, not inside a card's padding.
    expect(Math.abs(bubble.left - host.left)).to.be.below(2);
  });

  for (const [tag, sel] of TAGS) {
    it(`${tag}: no card frame at 320 px, a frame at 1280 px, none with flush`, async () => {
      await setViewport({ width: 320, height: 640 });
      const narrow = await mount(tag);
      expect(frameOf(narrow, sel)).to.deep.equal({ border: '0px', padding: '0px' });

      await setViewport({ width: 1280, height: 800 });
      const wide = await mount(tag);
      expect(frameOf(wide, sel).border).to.not.equal('0px');
      const flush = await mount(tag, true);
      expect(flush.hasAttribute('flush')).to.equal(true);
      expect(frameOf(flush, sel)).to.deep.equal({ border: '0px', padding: '0px' });
    });
  }

  it('flush is a reflected boolean property on all four elements', async () => {
    for (const tag of ['intake-check-in', 'intake-needs-finder', 'intake-crisis-card', 'intake-service-finder']) {
      const el = document.createElement(tag) as LitElement & { flush: boolean };
      document.body.append(el);
      el.flush = true;
      await el.updateComplete;
      expect(el.hasAttribute('flush'), tag).to.equal(true);
      el.flush = false;
      await el.updateComplete;
      expect(el.hasAttribute('flush'), tag).to.equal(false);
      el.remove();
    }
  });

  it('service finder at 320 px: result text starts at the element edge and the list grows with the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder src="/demo/data/sample-directory.json"></intake-service-finder>`);
    await waitFor(() => el.status === 'ready', 8000);
    await waitFor(() => !!el.shadowRoot!.querySelector('.card .heading'));
    const host = el.getBoundingClientRect();
    const heading = el.shadowRoot!.querySelector('.card .heading')!.getBoundingClientRect();
    expect(Math.abs(heading.left - host.left)).to.be.below(2);
    // No inner scroll box: the element is as tall as its content.
    expect(el.scrollHeight).to.be.at.most(el.clientHeight + 1);
  });

  describe('the check-in transcript on a phone', () => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    async function press(el: IntakeCheckIn, label: string) {
      const b = [...el.shadowRoot!.querySelectorAll('button')].find((x) => norm(x.textContent) === label);
      if (!b) throw new Error(`no button "${label}"`);
      b.click();
      await el.updateComplete;
      await el.updateComplete;
    }
    async function fiveAnswers(el: IntakeCheckIn) {
      await press(el, "Yes, let's talk");
      await press(el, 'Okay');
      el.shadowRoot!.querySelector<HTMLInputElement>('label.choice input')!.click();
      await el.updateComplete;
      await press(el, 'Continue');
      await press(el, 'Find services nearby');
      await press(el, 'No, thanks');
      expect(el.shadowRoot!.querySelectorAll('.bubble.me').length).to.equal(5);
    }
    const toggle = (el: IntakeCheckIn) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.earlier-toggle');
    const currentTop = (el: IntakeCheckIn) => {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY);
      return el.shadowRoot!.querySelector('#q-current')!.getBoundingClientRect().top;
    };
    beforeEach(() => setPageLanguage('en-US'));
    after(() => setPageLanguage('en'));

    it('at 320 × 640, after 5 answers the current question starts in the top 40 % of the screen; earlier answers open with a button', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US"></intake-check-in><div style="height: 2000px"></div>`);
      await fiveAnswers(el);
      expect(currentTop(el)).to.be.below(0.4 * window.innerHeight);
      const visibleReplies = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bubble.me')].filter((b) => b.getClientRects().length > 0);
      expect(visibleReplies()).to.have.length(0);

      const button = toggle(el)!;
      expect(norm(button.textContent)).to.equal('Show earlier answers');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleReplies().map((b) => norm(b.textContent))[0]).to.equal("Yes, let's talk");
      expect(visibleReplies()).to.have.length(5);
    });

    it('at desktop width the whole transcript shows, with no button', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US"></intake-check-in>`);
      await fiveAnswers(el);
      expect(toggle(el)!.getClientRects().length).to.equal(0);
      expect([...el.shadowRoot!.querySelectorAll('.bubble.me')].every((b) => b.getClientRects().length > 0)).to.equal(true);
    });

    it('the button is translated (Arabic)', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in region="US"></intake-check-in>`);
      await fiveAnswers(el);
      await setPageLanguage('ar', el);
      await el.updateComplete;
      expect(norm(toggle(el)!.textContent)).to.equal('عرض الإجابات السابقة');
    });
  });
});
