/**
 * What people set on their own device: a narrow screen or 400 % zoom (reflow at 320 CSS px, WCAG
 * 1.4.10), dark mode, Windows high contrast (forced colors) and reduced motion. Each element is checked
 * for what the person would notice: content cut off or scrolling sideways, unreadable contrast
 * (axe), controls without a visible edge, movement.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/crisis-card/define.js';
import '../src/quick-exit/define.js';
import '../src/needs-finder/define.js';
import '../src/check-in/define.js';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';

ignoreResizeObserverNotice();

const SAMPLE = '/demo/data/sample-directory.json';
const ORIGIN = '37.7793,-122.4193';

type Feature = { name: 'prefers-color-scheme' | 'forced-colors' | 'prefers-reduced-motion'; value: string };
/** Emulates media features for this page; false where the browser's protocol cannot (then the test says so). */
const emulate = (features: Feature[]) => executeServerCommand<boolean, Feature[]>('media-features', features);

async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as LitElement).updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
}

/** One element per kind, in a state that shows most of its parts. */
const ELEMENTS: Array<[string, () => Promise<HTMLElement>]> = [
  ['crisis card', () => fixture(html`<intake-crisis-card region="US"></intake-crisis-card>`)],
  ['quick exit', () => fixture(html`<intake-quick-exit></intake-quick-exit>`)],
  ['needs finder', () => fixture(html`<intake-needs-finder></intake-needs-finder>`)],
  ['check-in', () => fixture(html`<intake-check-in region="US"></intake-check-in>`)],
  [
    'service finder',
    async () => {
      const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder src=${SAMPLE} origin=${ORIGIN}></intake-service-finder>`);
      await waitFor(() => el.status === 'ready' && !!el.shadowRoot?.querySelector('.name-button'), 8000);
      return el;
    },
  ],
];

/** Every visible box in the element (shadow roots included) that reaches past the viewport's sides. */
function overflowing(el: Element): string[] {
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      const r = node.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is for screen readers and cannot overflow visibly.
      if (r.width > 1 && r.height > 1 && (r.left < -1 || r.right > width + 1)) out.push(`${node.localName}.${node.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot ?? el);
  return out;
}

describe('media: what people set on their own device', () => {
  afterEach(async () => {
    await emulate([]);
    document.body.style.minHeight = '';
    await setViewport({ width: 800, height: 600 });
    await setPageLanguage('en');
  });

  describe('reflow at 320 CSS px (a small phone, or 400 % zoom)', () => {
    for (const lang of ['en', 'ar']) {
      for (const [name, make] of ELEMENTS) {
        it(`${name} (${lang}) fits without scrolling sideways`, async () => {
          await setViewport({ width: 320, height: 640 });
          // A long host page, so a classic scrollbar (Firefox) takes its share of the 320 px.
          document.body.style.minHeight = '200vh';
          await setPageLanguage(lang);
          const el = await make();
          await settle(el);
          expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
          expect(overflowing(el)).to.deep.equal([]);
        });
      }
    }
  });

  describe('dark mode', () => {
    const brightness = (el: Element) => {
      const [r, g, b] = getComputedStyle(el).color.match(/\d+/g)!.map(Number);
      return (r + g + b) / 3;
    };
    for (const [name, make] of ELEMENTS) {
      it(`${name}: dark where the page supports it, every text readable (axe color contrast)`, async function () {
        if (!(await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]))) return this.skip();
        // A dark-aware page: it declares both schemes and paints the system canvas.
        Object.assign(document.documentElement.style, { colorScheme: 'light dark', background: 'Canvas', color: 'CanvasText' });
        try {
          const el = await make();
          await settle(el);
          expect(brightness(el), 'light text on a dark surface').to.be.above(160);
          await expect(el).to.be.accessible();
        } finally {
          Object.assign(document.documentElement.style, { colorScheme: '', background: '', color: '' });
        }
      });

      it(`${name}: stays light on a page that declares no dark support`, async function () {
        if (!(await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]))) return this.skip();
        const el = await make();
        await settle(el);
        expect(brightness(el), 'dark text, as on the light page around it').to.be.below(90);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('forced colors (Windows high contrast)', () => {
    for (const [name, make] of ELEMENTS) {
      it(`${name}: every button and choice keeps a visible edge, in system colors`, async function () {
        if (!(await emulate([{ name: 'forced-colors', value: 'active' }]))) return this.skip();
        const el = await make();
        await settle(el);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a.action, .choice')].filter((c) => c.getClientRects().length);
        expect(controls.length, 'controls to check').to.be.above(0);
        // Link-styled buttons (a text link in the flow) are recognizable by their underline instead.
        const edgeless = controls.filter((c) => {
          const s = getComputedStyle(c);
          const edge = s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) >= 1;
          return !edge && !s.textDecorationLine.includes('underline');
        });
        expect(edgeless.map((c) => c.textContent?.trim().slice(0, 40))).to.deep.equal([]);
        // The check-in's own reply bubble and a chosen answer too.
        if (el.localName === 'intake-check-in') {
          el.shadowRoot!.querySelector<HTMLElement>('[role="radio"]')!.click();
          await settle(el);
        }
        // Backgrounds are forced to Canvas: text in the Canvas color would vanish (unless the
        // element opted out with forced-color-adjust: none and paints its own background).
        const probe = document.createElement('span');
        probe.style.color = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).color;
        probe.remove();
        const invisible: string[] = [];
        const walk = (root: ShadowRoot) => {
          for (const n of root.querySelectorAll<HTMLElement>('*')) {
            const s = getComputedStyle(n);
            const ownText = [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
            if (ownText && n.getClientRects().length && s.color === canvas && s.forcedColorAdjust !== 'none') invisible.push(`${n.localName}.${n.className}`);
            if (n.shadowRoot) walk(n.shadowRoot);
          }
        };
        walk(el.shadowRoot!);
        expect(invisible, 'text in the Canvas color on a Canvas background').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('reduced motion', () => {
    it('check-in: new messages slide in, except when the person asked for less motion', async function () {
      const el = await fixture<LitElement>(html`<intake-check-in></intake-check-in>`);
      await settle(el);
      const bubble = () => el.shadowRoot!.querySelector<HTMLElement>('#q-current')!;
      expect(getComputedStyle(bubble()).animationName, 'moves by default (so the check below can fail)').not.to.equal('none');
      if (!(await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) return this.skip();
      await settle(el);
      expect(getComputedStyle(bubble()).animationName).to.equal('none');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="radio"]')!.click();
      await settle(el);
      const moving = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => {
        const s = getComputedStyle(n);
        const transition = s.transitionProperty !== 'none' && s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        return s.animationName !== 'none' || transition;
      });
      expect(moving.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
    });
  });
});
