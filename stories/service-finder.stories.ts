import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import directory from '../demo/data/sample-directory.json';

/** The same file as a URL (Vite copies it as an asset), for the `src` story. */
const directoryUrl = new URL('../demo/data/sample-directory.json', import.meta.url).href;

/** A Tuesday, 10:30 in the fictional county (America/Los_Angeles): the same preview every day. */
const TUESDAY_MORNING = Date.parse('2026-11-24T18:30:00Z');
const CITY_HALL = '37.7793,-122.4193';

interface Args {
  needs?: string;
  origin?: string;
  'time-zone': string;
  persist: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Service finder',
  component: 'intake-service-finder',
  tags: ['autodocs'],
  args: { origin: CITY_HALL, 'time-zone': 'America/Los_Angeles', persist: false },
  argTypes: {
    needs: { control: 'select', options: [undefined, 'food', 'housing-tonight', 'mental-health', 'food housing-keep', 'legal immigration'] },
    origin: { control: 'text' },
  },
  render: (a) =>
    html`<intake-service-finder
      .services=${directory}
      .now=${TUESDAY_MORNING}
      needs=${a.needs ?? ''}
      origin=${a.origin ?? ''}
      time-zone=${a['time-zone']}
      ?persist=${a.persist}
    ></intake-service-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

const finderIn = async (canvas: HTMLElement): Promise<IntakeServiceFinder> => {
  const el = canvas.querySelector('intake-service-finder')!;
  for (let i = 0; i < 200 && el.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
};

/** The sample directory (337 fictional services), distances from a downtown origin. */
export const List: Story = {};

/** Handed needs from the needs finder: only services for food. */
export const WithNeeds: Story = { args: { needs: 'food' } };

/** Read from a URL (`src`): shows "Loading services…" (and "Still looking" on a slow line) until the file is in. */
export const LoadingFromSrc: Story = {
  render: () => {
    const el = document.createElement('intake-service-finder');
    el.slowAfter = 0;
    el.timeZone = 'America/Los_Angeles';
    el.src = directoryUrl;
    return el;
  },
};

/** One service opened: hours table, phones, address with directions, website. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    el.openService((directory as { id: string }[])[3]!.id);
  },
};

/** Three services saved: the list that prints, copies and shares as plain text. */
export const SavedList: Story = {
  args: { persist: true },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    for (const b of [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="card"] .save')].slice(0, 3)) b.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#saved-toggle')!.click();
  },
};

/** Nothing matches: an offer to widen the search, and the crisis card's compact form. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'qqqxxzz';
    input.dispatchEvent(new Event('input'));
  },
};

/** The directory file is not JSON: a plain message, Try again, and the crisis card. */
export const Error: Story = {
  render: () => html`<intake-service-finder src="iframe.html"></intake-service-finder>`,
};

/** Hostile text in the data stays text; unsafe links are never made. */
export const HostileData: Story = {
  render: () =>
    html`<intake-service-finder
      .services=${[
        {
          id: 'evil',
          name: '<img src=x onerror="alert(1)"> Pantry',
          description: '<script>alert(1)</script> Free food.',
          url: 'javascript:alert(1)',
          status: 'active',
          organization: { id: 'o', name: '"><svg onload=alert(1)>' },
          phones: [{ id: 'p', number: 'javascript:alert(1)' }],
        },
      ]}
    ></intake-service-finder>`,
};

// ---- remote mode: an in-page HSDS API over the sample directory ---------------------------------

const API = 'https://hsds-api.example/v3';
let stubbed = false;
/** Answers `${API}/services...` from the sample directory, with paging and a short delay, like a real server. */
function stubApi(): void {
  if (stubbed) return;
  stubbed = true;
  const realFetch = window.fetch.bind(window);
  const all = directory as { id: string; name: string; description?: string; attributes?: { taxonomy_term?: { code?: string } }[] }[];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    if (!url.href.startsWith(API)) return realFetch(input, init);
    await new Promise((r) => setTimeout(r, 400));
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const one = /\/services\/([^/]+)$/.exec(url.pathname);
    const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (one) return json(all.find((s) => s.id === decodeURIComponent(one[1]!)) ?? {});
    const words = (url.searchParams.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const terms = (url.searchParams.get('taxonomy_term_id') ?? '').split(',').filter(Boolean);
    const hits = all.filter(
      (s) =>
        words.every((w) => `${s.name} ${s.description ?? ''}`.toLowerCase().includes(w)) &&
        (!terms.length || (s.attributes ?? []).some((a) => terms.some((t) => a.taxonomy_term?.code === t || a.taxonomy_term?.code?.startsWith(`${t}-`)))),
    );
    const perPage = Number(url.searchParams.get('per_page') ?? 25);
    const page = Number(url.searchParams.get('page') ?? 1);
    const contents = hits.slice((page - 1) * perPage, page * perPage);
    return json({ total_items: hits.length, total_pages: Math.max(1, Math.ceil(hits.length / perPage)), page_number: page, size: contents.length, contents });
  };
}

/** `api`: pages come from an HSDS API server as the person scrolls; searches are debounced and superseded ones aborted. */
export const Remote: Story = {
  render: (a) => {
    stubApi();
    return html`<intake-service-finder api=${API} origin=${a.origin ?? ''} time-zone=${a['time-zone']} .now=${TUESDAY_MORNING}></intake-service-finder>`;
  },
};
