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
import { ignoreResizeObserverNotice, waitFor } from './helpers.js';

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
});
