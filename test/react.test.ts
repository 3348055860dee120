/**
 * compassionate-intake/react in React 19: each wrapper renders its element with the props it is given
 * (attributes and object properties), hands the typed `intake-*` events to its `on…` callbacks when the
 * person acts, and mounts, updates and unmounts cleanly.
 *
 * React 19 ships CommonJS only and the test server does not convert CommonJS, so React's own files
 * are loaded below by a few lines of CommonJS loader, and the wrappers are built with
 * `createIntakeComponents(React)`: exactly what `src/react/index.ts` does with the `react` package.
 */
import { expect } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type * as ReactDomClient from 'react-dom/client';
import { createIntakeComponents, type IntakeComponents } from '../src/react/components.js';
import type * as Wrappers from '../src/react/index.js';
import type { IntakeEvent } from '../src/core/events.js';
import type { IntakeEventDetails } from '../src/core/schemas.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { COVER_ATTRIBUTE } from '../src/quick-exit/cover.js';
import { setPageLanguage, shadowText, links, linkTexts, waitFor } from './helpers.js';

/* ------------------------------------------------------------------ React 19 from its CommonJS files */

type Module = { exports: unknown };
const BARE: Record<string, string> = {
  react: '/node_modules/react/index.js',
  'react-dom': '/node_modules/react-dom/index.js',
  'react-dom/client': '/node_modules/react-dom/client.js',
  scheduler: '/node_modules/scheduler/index.js',
};
const resolveSpecifier = (spec: string, from: string) => BARE[spec] ?? new URL(spec, new URL(from, location.origin)).pathname;

/** Fetches `entries` and everything they require (development builds), then runs them as CommonJS. */
async function loadCommonJs(entries: string[]): Promise<(spec: string) => unknown> {
  const sources = new Map<string, string>();
  const fetchTree = async (url: string): Promise<void> => {
    if (sources.has(url)) return;
    sources.set(url, '');
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    const text = await res.text();
    sources.set(url, text);
    const needed = [...text.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => resolveSpecifier(m[2]!, url));
    await Promise.all(needed.filter((u) => !/\.(production|profiling)\b/.test(u)).map(fetchTree));
  };
  await Promise.all(entries.map((e) => fetchTree(BARE[e]!)));
  const cache = new Map<string, Module>();
  const process = { env: { NODE_ENV: 'development' } };
  const load = (url: string): unknown => {
    const cached = cache.get(url);
    if (cached) return cached.exports;
    const module: Module = { exports: {} };
    cache.set(url, module);
    const run = new Function('module', 'exports', 'require', 'process', `${sources.get(url)}\n//# sourceURL=${url}`);
    run(module, module.exports, (spec: string) => load(resolveSpecifier(spec, url)), process);
    return module.exports;
  };
  return (spec) => load(BARE[spec]!);
}

let React: typeof ReactTypes;
let createRoot: typeof ReactDomClient.createRoot;
let C: IntakeComponents;
/** React.createElement, once React is loaded. */
const h = ((...args: unknown[]) => (React.createElement as (...a: unknown[]) => unknown)(...args)) as typeof ReactTypes.createElement;

/* ------------------------------------------------------------------ types: what a TypeScript user of compassionate-intake/react gets */

type PropsOf<T> = T extends ReactTypes.ComponentType<infer P> ? P : never;
type Handler<T, K extends string> = NonNullable<PropsOf<T>[K & keyof PropsOf<T>]>;
// Each on… prop receives the CustomEvent with its detail type; a wrong event type does not compile.
const _contact: Handler<typeof Wrappers.CrisisCard, 'onCrisisContact'> = (e: IntakeEvent<'intake-crisis-contact'>) => e.detail.channel;
const _complete: Handler<typeof Wrappers.CheckIn, 'onCheckInComplete'> = (e: IntakeEvent<'intake-check-in-complete'>) => e.detail.answers;
const _exit: Handler<typeof Wrappers.QuickExit, 'onQuickExit'> = (e: IntakeEvent<'intake-quick-exit'>) => e.preventDefault();
// @ts-expect-error a services-load handler is not a service-select handler
const _wrong: Handler<typeof Wrappers.ServiceFinder, 'onServicesLoad'> = (e: IntakeEvent<'intake-service-select'>) => e.detail.action;
// Object properties are typed from the element class.
const _variant: PropsOf<typeof Wrappers.CrisisCard>['variant'] = 'compact';
void [_contact, _complete, _exit, _wrong, _variant];

/* ------------------------------------------------------------------ rendering */

let container: HTMLDivElement;
let root: ReactDomClient.Root;

async function render(node: ReactTypes.ReactNode): Promise<void> {
  await React.act(async () => root.render(node));
}
function find<T extends Element>(tag: string): T {
  const el = container.querySelector<T>(tag);
  expect(el, `<${tag}> rendered`).to.exist;
  return el!;
}
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
async function pressButton(el: IntakeCheckIn, label: string): Promise<void> {
  const all = [...el.shadowRoot!.querySelectorAll('button')];
  const b = all.find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${all.map((x) => norm(x.textContent)).join(' | ')}`);
  b.click();
  await el.updateComplete;
  await el.updateComplete;
}

// The service finder's virtualized list measures cards with a ResizeObserver; the "loop completed with
// undelivered notifications" notice is harmless (see test/service-finder.test.ts).
window.addEventListener(
  'error',
  (e) => {
    if (/ResizeObserver loop/.test(e.message)) e.stopImmediatePropagation();
  },
  true,
);

const LOCAL_LINE = [
  {
    id: 'county-mobile-crisis',
    name: 'County Mobile Crisis Team',
    always: true,
    description: 'A counselor can come to you.',
    channels: [{ type: 'call', display: '(415) 555-0199', dial: '4155550199' }],
  },
];

const MOOD_SCRIPT = {
  id: 'react-mood',
  version: '1',
  steps: [
    {
      id: 'mood',
      kind: 'single',
      text: { en: 'How are you today?' },
      options: [
        { value: 'ok', text: { en: 'Okay' } },
        { value: 'low', text: { en: 'Low' } },
      ],
    },
    { id: 'ok', kind: 'consent', text: { en: 'May we share this?' } },
    { id: 'bye', kind: 'message', text: { en: 'Thanks!' }, end: true },
  ],
};

const SERVICES = [
  { id: 'pantry-east', name: 'Eastside Food Pantry', status: 'active', description: 'Groceries every week.' },
  { id: 'legal-aid', name: 'Neighborhood Legal Aid', status: 'active', description: 'Free legal help.' },
  { name: 'a record with no id' },
];

describe('compassionate-intake/react in React 19', () => {
  before(async () => {
    const require = await loadCommonJs(['react', 'react-dom/client']);
    React = require('react') as typeof ReactTypes;
    createRoot = (require('react-dom/client') as typeof ReactDomClient).createRoot;
    C = createIntakeComponents(React);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(async () => {
    await setPageLanguage('en-US');
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await React.act(async () => root.unmount());
    container.remove();
    document.querySelector(`[${COVER_ATTRIBUTE}]`)?.remove();
    sessionStorage.clear();
  });
  after(() => setPageLanguage('en'));

  it('is React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('CrisisCard: attributes and the resources object reach the element; onCrisisContact gets the typed detail', async () => {
    const contacts: IntakeEventDetails['intake-crisis-contact'][] = [];
    const types: string[] = [];
    const ref = React.createRef<IntakeCrisisCard>();
    const card = (variant: 'full' | 'urgent') =>
      h(C.CrisisCard, {
        ref,
        region: 'US-CA',
        variant,
        resources: LOCAL_LINE,
        onCrisisContact: (e) => {
          types.push(e.type);
          contacts.push(e.detail);
        },
      });
    await render(card('full'));
    const el = find<IntakeCrisisCard>('intake-crisis-card');
    expect(ref.current, 'ref is the element').to.equal(el);
    expect(el.getAttribute('region')).to.equal('US-CA');
    expect(el.resources, 'set as a property, not stringified').to.equal(LOCAL_LINE);
    await waitFor(() => shadowText(el).includes('County Mobile Crisis Team'));
    expect(shadowText(el)).to.contain('988 Suicide & Crisis Lifeline');
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
    links(el).find((a) => a.getAttribute('href') === 'tel:4155550199')!.click();
    links(el).find((a) => a.getAttribute('href') === 'tel:988')!.click();
    expect(types).to.deep.equal(['intake-crisis-contact', 'intake-crisis-contact']);
    expect(contacts).to.deep.equal([
      { resourceId: 'county-mobile-crisis', channel: 'call', region: 'US-CA' },
      { resourceId: 'us-988-lifeline', channel: 'call', region: 'US-CA' },
    ]);

    await render(card('urgent'));
    await el.updateComplete;
    expect(find('intake-crisis-card'), 'the same element, updated').to.equal(el);
    expect(links(el)[0]!.getAttribute('href')).to.equal('tel:911');
    expect(linkTexts(el)[0]).to.equal('Call 911');
  });

  it('CrisisCard: a bad attribute reaches onError, not a thrown error', async () => {
    const errors: IntakeEventDetails['intake-error'][] = [];
    await render(h(C.CrisisCard, { variant: 'loud' as never, onError: (e) => errors.push(e.detail) }));
    const el = find<IntakeCrisisCard>('intake-crisis-card');
    await el.updateComplete;
    expect(errors.map((e) => [e.code, e.source])).to.deep.equal([['invalid-attribute', 'intake-crisis-card']]);
    expect(shadowText(el)).to.contain('988');
  });

  it('NeedsFinder: domains limit the cards; onNeedsChange and onRisk get the typed detail', async () => {
    const changes: string[][] = [];
    const risks: IntakeEventDetails['intake-risk'][] = [];
    await render(
      h(C.NeedsFinder, {
        domains: 'food safety',
        region: 'US',
        onNeedsChange: (e) => changes.push(e.detail.needs),
        onRisk: (e) => risks.push(e.detail),
      }),
    );
    const el = find<HTMLElement & { updateComplete: Promise<boolean> }>('intake-needs-finder');
    await el.updateComplete;
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.id)).to.deep.equal(['need-food', 'need-safety']);
    expect(changes, 'nothing fires on first render').to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLInputElement>('#need-food')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('#need-safety')!.click();
    await el.updateComplete;
    expect(changes).to.deep.equal([['food'], ['food', 'safety']]);
    expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['safety-at-home-picked'], source: 'intake-needs-finder' }]);
    await waitFor(() => !!el.shadowRoot!.querySelector('intake-crisis-card[variant="urgent"]'));
  });

  it('CheckIn: a script object as a prop; onCheckInStep and onCheckInComplete get the typed detail', async () => {
    const steps: IntakeEventDetails['intake-check-in-step'][] = [];
    const done: IntakeEventDetails['intake-check-in-complete'][] = [];
    const ref = React.createRef<IntakeCheckIn>();
    await render(
      h(C.CheckIn, {
        ref,
        script: MOOD_SCRIPT,
        region: 'US',
        onCheckInStep: (e) => steps.push(e.detail),
        onCheckInComplete: (e) => done.push(e.detail),
      }),
    );
    const el = find<IntakeCheckIn>('intake-check-in');
    expect(el.script).to.equal(MOOD_SCRIPT);
    const question = () => norm(el.shadowRoot!.querySelector('#q-current .text')?.textContent);
    await waitFor(() => question() === 'How are you today?');
    expect(steps, 'nothing fires on first render').to.deep.equal([]);
    await pressButton(el, 'Okay');
    expect(question()).to.equal('May we share this?');
    await pressButton(el, 'Yes, I agree');
    await waitFor(() => done.length === 1);
    expect(steps.map((s) => s.stepId)).to.include('ok');
    expect(done[0]!.answers.map((a) => [a.stepId, a.value])).to.deep.equal([
      ['mood', 'ok'],
      ['ok', true],
    ]);
    expect(done[0]!.subject).to.equal('self');
    expect(typeof ref.current!.reset, 'the ref exposes the element API').to.equal('function');
  });

  it('ServiceFinder: the services property loads; onServicesLoad, onError and onServiceSelect get the typed detail', async () => {
    const loads: IntakeEventDetails['intake-services-load'][] = [];
    const selects: IntakeEventDetails['intake-service-select'][] = [];
    const errors: string[] = [];
    await render(
      h(C.ServiceFinder, {
        services: SERVICES,
        onServicesLoad: (e) => loads.push(e.detail),
        onServiceSelect: (e) => selects.push(e.detail),
        onError: (e) => errors.push(e.detail.code),
      }),
    );
    const el = find<IntakeServiceFinder>('intake-service-finder');
    await waitFor(() => el.status === 'ready' || el.status === 'error', 8000);
    await waitFor(() => !!el.shadowRoot!.querySelector('.name-button'));
    expect(loads).to.deep.equal([{ count: 2, skipped: 1 }]);
    expect(errors).to.deep.equal(['invalid-data']);
    const names = [...el.shadowRoot!.querySelectorAll('.name-button')].map((b) => norm(b.textContent));
    expect(names).to.have.members(['Eastside Food Pantry', 'Neighborhood Legal Aid']);
    const pantry = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.name-button')].find((b) => norm(b.textContent) === 'Eastside Food Pantry')!;
    pantry.click();
    await el.updateComplete;
    expect(selects[0]).to.include({ serviceId: 'pantry-east', name: 'Eastside Food Pantry', action: 'open' });
  });

  it('QuickExit: onQuickExit can keep the person here; onError reports a bad href', async () => {
    const exits: IntakeEvent<'intake-quick-exit'>[] = [];
    const errors: string[] = [];
    const visits: string[] = [];
    await render(
      h(C.QuickExit, {
        href: 'javascript:alert(1)',
        navigate: (url: string) => visits.push(url),
        onError: (e) => errors.push(e.detail.code),
        onQuickExit: (e) => {
          exits.push(e);
          e.preventDefault();
        },
      }),
    );
    const el = find<HTMLElement>('intake-quick-exit');
    expect(errors).to.deep.equal(['invalid-url']);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(norm(button.textContent)).to.equal('Leave this site');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(exits).to.have.length(1);
    expect(exits[0]!.cancelable).to.equal(true);
    expect(visits, 'canceled: nowhere to go').to.deep.equal([]);
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`)).to.equal(null);
  });

  it('unmounts and remounts every wrapper without throwing, and unmounted callbacks are not called', async () => {
    const exits: Event[] = [];
    const all = () =>
      h(
        React.Fragment,
        null,
        h(C.QuickExit, { onQuickExit: (e) => (exits.push(e), e.preventDefault()) }),
        h(C.CrisisCard, { region: 'GB' }),
        h(C.NeedsFinder, { mode: 'questions' }),
        h(C.CheckIn, { script: 'phq-4' }),
        h(C.ServiceFinder, { services: SERVICES }),
      );
    const tags = ['intake-quick-exit', 'intake-crisis-card', 'intake-needs-finder', 'intake-check-in', 'intake-service-finder'];
    for (let round = 0; round < 2; round++) {
      await render(all());
      expect([...container.children].map((c) => c.localName)).to.deep.equal(tags);
      await (find<IntakeCrisisCard>('intake-crisis-card').updateComplete);
      expect(shadowText(find('intake-crisis-card'))).to.contain('Samaritans');
      await React.act(async () => root.unmount());
      expect(container.children.length).to.equal(0);
      root = createRoot(container);
    }
    // After unmounting, the document-level quick-exit listener is gone too.
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('intake-quick-exit', stay);
    document.dispatchEvent(new CustomEvent('intake-quick-exit', { detail: {}, bubbles: true, composed: true, cancelable: true }));
    document.removeEventListener('intake-quick-exit', stay);
    expect(exits).to.deep.equal([]);
  });
});
