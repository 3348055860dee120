/**
 * The end-to-end journeys of scripts/e2e.mjs again, in every browser the test runner drives (Chromium
 * and Firefox): the demo pages' markup mounted as fixtures, driven with clicks and real key presses.
 *   1 a reluctant visitor: "Not right now", the crisis card, comes back, finishes the check-in in Spanish
 *   2 Arabic: food and housing needs, an open food pantry that speaks Arabic within 2 km, save, a plain form
 *   3 PHQ-9 item 9 above zero: the safety pause (urgent card, local lines), intake-risk, Keep going, then the person finishes
 *   4 quick exit by Shift x3 in the middle of a check-in: nothing left in storage or in the elements
 * The quick exit's `navigate` is replaced, so the test page never leaves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { IntakeQuickExit } from '../src/quick-exit/quick-exit.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import { COVER_ATTRIBUTE } from '../src/quick-exit/cover.js';
import { STORAGE_PREFIX } from '../src/core/wipe.js';
import { countyResources } from '../stories/examples.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';

const SAMPLE = '/demo/data/sample-directory.json';
/** Saturday 21 November 2026, 10:30 in Los Angeles: the sample directory's Saturday pantries are open. */
const SATURDAY_MORNING = Date.UTC(2026, 10, 21, 18, 30);
const PANTRY = 'Portola Rise Food Justice Project Grocery Pantry';
/** From San Francisco City Hall, as on the self-referral demo page. */
const ORIGIN = '37.7793,-122.4193';

// The virtualizer's ResizeObserver notice is harmless (see service-finder.test.ts).
window.addEventListener('error', (e) => /ResizeObserver loop/.test(e.message) && e.stopImmediatePropagation(), true);

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Every text and form value under `root`, shadow roots included. */
function deepText(root: Document | ShadowRoot | Element = document): string {
  const out: string[] = [root.textContent ?? ''];
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    const v = (el as HTMLInputElement).value;
    if (typeof v === 'string' && v) out.push(v);
    if (el.shadowRoot) out.push(deepText(el.shadowRoot));
  }
  return out.join('\n');
}

/* ------------------------------------------------------------ driving a check-in like a person */

class CheckInDriver {
  readonly steps: { stepId: string }[];
  readonly done: unknown[];
  constructor(readonly el: IntakeCheckIn) {
    this.steps = capture(el, 'intake-check-in-step');
    this.done = capture(el, 'intake-check-in-complete');
  }
  get root() {
    return this.el.shadowRoot!;
  }
  get step(): string | null {
    return this.steps.at(-1)?.stepId ?? null;
  }
  question(): string {
    return norm(this.root.querySelector('#q-current')?.textContent);
  }
  radios(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.controls [role="radio"]')];
  }
  radio(label: string): HTMLButtonElement {
    const r = this.radios().find((b) => norm(b.textContent) === label);
    if (!r) throw new Error(`no answer "${label}" among: ${this.radios().map((b) => norm(b.textContent)).join(' | ')}`);
    return r;
  }
  primary(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('.controls button.action:not(.secondary)')!;
  }
  /** Waits for the element to render (a script or a step's module can load first). */
  async settle() {
    await this.el.updateComplete;
    await this.el.updateComplete;
    await tick();
    await waitFor(() => this.done.length > 0 || this.radios().length > 0 || !!this.primary(), 5000);
    await this.el.updateComplete;
  }
  /** Does something and waits until the check-in moves on. */
  async act(action: () => void | Promise<void>) {
    const before = this.steps.length + this.done.length;
    await action();
    await waitFor(() => this.steps.length + this.done.length > before, 3000);
    await this.settle();
  }
  /** Answers until complete: `plan[stepId]` where given, else a single question's first answer, else Continue / Send. */
  async finish(plan: Record<string, () => void | Promise<void>> = {}) {
    for (let guard = 0; guard < 40 && !this.done.length; guard++) {
      const todo = plan[this.step ?? ''];
      await this.act(() => (todo ? todo() : this.radios().length ? this.radios()[0]!.click() : this.primary().click()));
    }
    expect(this.done, 'the check-in completes').to.have.length(1);
  }
}

/* ------------------------------------------------------------ the journeys */

describe('journeys (the demo pages, end to end)', () => {
  afterEach(async () => {
    document.querySelector(`[${COVER_ATTRIBUTE}]`)?.remove();
    sessionStorage.clear();
    localStorage.clear();
    await setPageLanguage('en');
  });

  it('1: a reluctant visitor says "Not right now", sees the crisis card, comes back and finishes in Spanish', async function () {
    this.timeout(30000);
    await setPageLanguage('en-US');
    const provider = () =>
      fixture<HTMLElement>(html`<main>
        <intake-check-in region="US-CA" name="checkin"></intake-check-in>
        <intake-crisis-card region="US-CA" .resources=${countyResources}><p>In crisis? Call or text <a href="tel:988">988</a>.</p></intake-crisis-card>
      </main>`);
    let page = await provider();
    let ci = new CheckInDriver(page.querySelector<IntakeCheckIn>('intake-check-in')!);
    await ci.settle();
    const risks = capture(document, 'intake-risk');
    await ci.act(() => ci.radio('Not right now').click());
    expect(ci.question()).to.contain('You can come back any time.');
    // One crisis card on the page (crisis-card="auto"): the page shows its own, so the check-in adds none.
    expect(ci.root.querySelector('intake-crisis-card'), 'no second crisis card in the check-in').to.equal(null);
    expect(risks, '"Not right now" is not a risk').to.have.length(0);
    const hostCard = page.querySelector<IntakeCrisisCard>('intake-crisis-card')!;
    await waitFor(() => !!hostCard.shadowRoot?.querySelector('a[href="tel:4155550199"]'));

    // Comes back later (a fresh page), now in Spanish.
    page = await provider();
    ci = new CheckInDriver(page.querySelector<IntakeCheckIn>('intake-check-in')!);
    await setPageLanguage('es', ci.el);
    await ci.settle();
    expect(ci.question()).to.contain('¿quieres hablar?');
    // The first answer with the keyboard: the choices are radio buttons, Space answers.
    ci.radio('Sí, hablemos').focus();
    await ci.act(() => sendKeys({ press: ' ' }));
    expect(ci.question()).to.contain('¿Cómo estás hoy?');
    await ci.act(() => ci.radio('Más o menos').click());
    const food = [...ci.root.querySelectorAll('label.choice')].find((l) => norm(l.textContent) === 'Comida')!;
    food.querySelector('input')!.click();
    await ci.settle();
    await ci.act(() => ci.primary().click());
    await ci.finish({
      'screener-invite': () => ci.radio('No, gracias').click(),
      'follow-up': () => ci.radio('No, gracias').click(),
      consent: () => ci.radio('Sí, estoy de acuerdo').click(),
    });
    const result = ci.done[0] as { locale: string; consent: { given: boolean } };
    expect(result.locale).to.equal('es');
    expect(result.consent.given).to.equal(true);
    expect(JSON.stringify(result)).to.contain('"food"');
    expect(ci.question()).to.contain('Gracias por contarnos esto');
  });

  it('2: in Arabic, food and housing needs, an open pantry that speaks Arabic within 2 km, saved, and a self-referral through a plain form', async function () {
    this.timeout(30000);
    // ar-EG: Arabic with kilometres (a US region would show miles).
    await setPageLanguage('ar-EG');
    const page = await fixture<HTMLElement>(html`<main>
      <intake-needs-finder name="needs" region="US-CA" for="journey-services" form="journey-referral"></intake-needs-finder>
      <intake-service-finder id="journey-services" src=${SAMPLE} time-zone="America/Los_Angeles" origin=${ORIGIN} .now=${SATURDAY_MORNING}></intake-service-finder>
      <form id="journey-referral" action="#" method="post">
        <intake-check-in id="journey-check-in" script="self-referral" name="referral" region="US-CA" required></intake-check-in>
        <p><button type="submit" class="send">Send my request</button></p>
      </form>
    </main>`);
    const nf = page.querySelector<IntakeNeedsFinder>('intake-needs-finder')!;
    const sf = page.querySelector<IntakeServiceFinder>('intake-service-finder')!;
    const form = page.querySelector('form')!;
    const needsChanges = capture(nf, 'intake-needs-change');
    const needsDone = capture(nf, 'intake-needs-complete');
    const selects = capture(sf, 'intake-service-select');
    await nf.updateComplete;
    expect(nf.getAttribute('dir')).to.equal('rtl');

    const nroot = nf.shadowRoot!;
    nroot.querySelector<HTMLLabelElement>('label[for="need-food"]')!.click();
    nroot.querySelector<HTMLLabelElement>('label[for="need-housing-tonight"]')!.click();
    await nf.updateComplete;
    expect(needsChanges.at(-1)!.needs).to.deep.equal(['food', 'housing-tonight']);
    const next = () => nroot.querySelector<HTMLButtonElement>('button.action:not(.secondary)')!.click();
    const choose = async (name: string, value: string) => {
      nroot.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.closest('label')!.click();
      await nf.updateComplete;
    };
    next();
    await nf.updateComplete;
    for (const id of ['food', 'housing-tonight']) {
      await choose(`help-${id}`, 'yes');
      await choose(`soon-${id}`, 'today');
    }
    next();
    await nf.updateComplete;
    await choose('most', 'food');
    next();
    await nf.updateComplete;
    expect(needsDone).to.have.length(1);
    expect(needsDone[0]!.mostImportant).to.equal('food');
    expect(sf.needs, 'the needs reach the service finder').to.deep.equal(['food', 'housing-tonight']);

    // The finder's own filters: food, Arabic, open now, within 3 km (its steps are 1, 3, 5, 10, 25), nearest first.
    await waitFor(() => sf.status === 'ready', 8000);
    await waitFor(() => !!sf.shadowRoot!.querySelector('.filters .filter-grid'));
    const sroot = sf.shadowRoot!;
    const filterSelects = [...sroot.querySelectorAll<HTMLSelectElement>('.filters select')];
    const set = async (select: HTMLSelectElement, value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await sf.updateComplete;
    };
    await set(filterSelects[0]!, 'food');
    await set(filterSelects[1]!, 'ar');
    await set(filterSelects[2]!, 'now');
    expect(norm(filterSelects[4]!.querySelector('option[value="3"]')!.textContent)).to.match(/كم|km/);
    await set(filterSelects[4]!, '3');
    await set(sroot.querySelector<HTMLSelectElement>('select:has(option[value="distance"])')!, 'distance');
    sf.scrollIntoView();
    await frames();
    await sf.updateComplete;
    await waitFor(() => !!sroot.querySelector('.card'));
    const cards = [...sroot.querySelectorAll<HTMLElement>('.card')];
    const first = cards[0]!;
    expect(norm(first.querySelector('.name-button')!.textContent)).to.equal(PANTRY);
    // The distance is one of the card's facts ("Speaks your language" may come first).
    const facts = [...first.querySelectorAll('.facts li')];
    const distance = facts.find((li) => /كم|km/.test(li.textContent ?? ''));
    const km = Number(norm(distance?.textContent ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace('٫', '.').replace(/[^\d.]/g, ''));
    expect(km, 'within 2 km').to.be.greaterThan(0).and.at.most(2);
    expect(facts.some((li) => li.classList.contains('open')), 'open now').to.equal(true);
    // "يتحدثون لغتك" (speaks your language) on an Arabic page, or the languages named.
    expect(facts.some((li) => /العربية|لغتك/.test(li.textContent!)), 'speaks Arabic').to.equal(true);
    first.querySelector<HTMLButtonElement>('button.save')!.click();
    await sf.updateComplete;
    expect(first.querySelector('button.save')!.getAttribute('aria-pressed')).to.equal('true');
    expect(selects.at(-1)).to.include({ action: 'save', name: PANTRY });

    // The self-referral check-in inside the plain form, then the form's own submit.
    const ci = new CheckInDriver(page.querySelector<IntakeCheckIn>('intake-check-in')!);
    let submitted: Record<string, FormDataEntryValue> | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = Object.fromEntries(new FormData(form));
    });
    form.querySelector<HTMLButtonElement>('button.send')!.click();
    expect(submitted, 'the form stays invalid until the check-in is done and consented').to.equal(undefined);
    await ci.act(() => ci.radios()[0]!.click()); // for me
    await ci.finish({
      needs: async () => {
        const box = (i: number) => ci.root.querySelectorAll<HTMLInputElement>('.controls label.choice input')[i]!;
        box(0).click(); // food
        await ci.el.updateComplete;
        box(1).click(); // a place to stay tonight
        await ci.el.updateComplete;
        ci.primary().click();
      },
      contact: async () => {
        ci.root.querySelectorAll<HTMLInputElement>('.contact input[type="checkbox"]')[1]!.click(); // text me
        await ci.settle();
        const phone = ci.root.querySelector<HTMLInputElement>('#c-phone')!;
        phone.focus();
        await sendKeys({ type: '(415) 555-0100' });
        await ci.settle();
        ci.primary().click();
      },
    });
    form.querySelector<HTMLButtonElement>('button.send')!.click();
    expect(submitted, 'the form submits').to.exist;
    const needs = JSON.parse(submitted!.needs as string);
    const referral = JSON.parse(submitted!.referral as string);
    expect(needs.schema).to.equal('compassionate-intake/needs');
    expect(needs.needs.map((n: { id: string }) => n.id)).to.deep.equal(['food', 'housing-tonight']);
    expect(JSON.stringify(needs)).to.contain('food-insecurity');
    expect(referral.schema).to.equal('compassionate-intake/check-in');
    expect(referral.locale).to.equal('ar');
    expect(referral.consent.given).to.equal(true);
    expect(JSON.stringify(referral)).to.contain('555-0100').and.contain('housing-tonight');
  });

  it('3: PHQ-9 item 9 above zero shows the urgent crisis card and fires intake-risk, and the person finishes', async function () {
    this.timeout(30000);
    await setPageLanguage('en-US');
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in script="phq-9" region="US-CA"></intake-check-in>`);
    const ci = new CheckInDriver(el);
    const risks = capture(el, 'intake-risk');
    await ci.settle();
    await ci.act(() => ci.primary().click()); // the intro
    for (let item = 1; item <= 8; item++) {
      expect(ci.step).to.equal(`phq9-${item}`);
      await ci.act(() => ci.radios()[0]!.click()); // Not at all
    }
    expect(ci.step).to.equal('phq9-9');
    expect(risks).to.have.length(0);
    ci.radios()[1]!.click(); // Several days
    await waitFor(() => !!ci.root.querySelector('#pause-heading'));
    await ci.el.updateComplete;
    expect(risks).to.have.length(1);
    expect(risks[0]!.level).to.equal('urgent');
    expect(ci.root.activeElement?.id, 'focus on the pause').to.equal('pause-heading');
    const urgent = ci.root.querySelector<IntakeCrisisCard>('.pause intake-crisis-card[variant="urgent"]')!;
    expect(urgent, 'the urgent crisis card').to.exist;
    await waitFor(() => !!urgent.shadowRoot?.querySelector('a[href^="tel:"]'));
    expect(urgent.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.contain('911');
    expect(ci.radios(), 'the next question waits for Keep going').to.have.length(0);
    ci.root.querySelector<HTMLButtonElement>('.pause .action:not(.secondary)')!.click(); // Keep going
    await ci.settle();
    expect(ci.radios().length, 'the person goes on').to.be.greaterThan(0);
    await ci.finish({ 'reach-out': () => ci.radios()[1]!.click() }); // no, thank you
    expect(JSON.stringify(ci.done[0])).to.contain('urgent');
  });

  it('4: quick exit by Shift x3 in the middle of a check-in leaves nothing in storage or in the elements', async function () {
    this.timeout(30000);
    await setPageLanguage('en-US');
    const page = await fixture<HTMLElement>(html`<main>
      <intake-quick-exit sticky href="https://example.org/weather"></intake-quick-exit>
      <intake-check-in region="US-CA" persist></intake-check-in>
    </main>`);
    const qe = page.querySelector<IntakeQuickExit>('intake-quick-exit')!;
    const visits: string[] = [];
    qe.navigate = (url) => visits.push(url); // the test page must not leave
    const exits = capture(document, 'intake-quick-exit');
    const ci = new CheckInDriver(page.querySelector<IntakeCheckIn>('intake-check-in')!);
    await ci.settle();
    ci.root.querySelector<HTMLButtonElement>('.persist button')!.click(); // yes, save my answers
    await ci.settle();
    await ci.act(() => ci.radio("Yes, let's talk").click());
    const secret = 'sleeping in my car since Tuesday';
    ci.root.querySelector<HTMLTextAreaElement>('#comment')!.focus();
    await sendKeys({ type: secret });
    await ci.settle();
    expect(Object.keys(sessionStorage).some((k) => k.startsWith(STORAGE_PREFIX)), 'answers kept, as agreed').to.equal(true);
    expect(deepText(page)).to.contain(secret);

    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await tick();
    await ci.settle();
    expect(exits).to.have.length(1);
    expect(visits).to.deep.equal(['https://example.org/weather']);
    expect(document.querySelector(`[${COVER_ATTRIBUTE}]`), 'a plain cover hides the page at once').to.exist;
    expect([...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) => k.startsWith(STORAGE_PREFIX))).to.deep.equal([]);
    expect(ci.root.querySelectorAll('.bubble.me'), 'no answer left in the transcript').to.have.length(0);
    expect(deepText(page), 'the typed text is gone').not.to.contain(secret);
  });
});
