/**
 * "Ask them to contact me" (`referral` on the service finder): the button only with the attribute, the
 * contact form's checks, the consent question (yes fires `intake-referral-request` and, with
 * `submit-url`, POSTs the same detail, encrypted, to the test server's sink; no sends nothing), and
 * quick exit wiping what was typed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import '../src/needs-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import { capture, ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';
import { newSink, openJwe, organizationKeys, posts, type OrganizationKeys } from './submit-sink.js';

ignoreResizeObserverNotice();

const SERVICE = {
  id: 'pantry-1',
  name: 'Eastside Pantry',
  organization: { id: 'org-1', name: 'Eastside Neighbors' },
  description: 'Groceries every week.',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const buttons = (el: Element) => [...root(el).querySelectorAll('button')];
const hasButton = (el: Element, label: string) => buttons(el).some((b) => norm(b.textContent) === label);
function button(el: Element, label: string): HTMLButtonElement {
  const b = buttons(el).find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${buttons(el).map((x) => norm(x.textContent)).join(' | ')}`);
  return b;
}
async function press(el: IntakeServiceFinder, label: string) {
  button(el, label).click();
  await el.updateComplete;
}
/** The field whose visible label is `label`. */
function field(el: Element, label: string): HTMLInputElement {
  const l = [...root(el).querySelectorAll('label')].find((x) => norm(x.textContent) === label);
  if (!l) throw new Error(`no field "${label}"`);
  return (l.htmlFor ? root(el).getElementById(l.htmlFor) : l.querySelector('input')) as HTMLInputElement;
}
async function type(el: IntakeServiceFinder, label: string, value: string) {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}
async function tick(el: IntakeServiceFinder, label: string) {
  field(el, label).click();
  await el.updateComplete;
}

async function openDetail(el: IntakeServiceFinder) {
  await waitFor(() => el.status === 'ready' && !!root(el).querySelector('.name-button'), 8000);
  root(el).querySelector<HTMLButtonElement>('.name-button')!.click();
  await waitFor(() => !!root(el).querySelector('[part="detail"]'));
  await el.updateComplete;
}
async function openForm(el: IntakeServiceFinder) {
  await openDetail(el);
  await waitFor(() => hasButton(el, 'Ask them to contact me'));
  await press(el, 'Ask them to contact me');
  await waitFor(() => !!root(el).querySelector('form.referral'));
}

let keys: OrganizationKeys;
before(async () => {
  await setPageLanguage('en');
  keys = await organizationKeys();
});

describe('service finder: "Ask them to contact me" (referral)', () => {
  it('shows the button only when the host sets referral; without it the detail is as before', async () => {
    const plain = await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[SERVICE]}></intake-service-finder>`);
    await openDetail(plain);
    await sleep(100);
    await plain.updateComplete;
    expect(hasButton(plain, 'Save to my list')).to.equal(true);
    expect(hasButton(plain, 'Ask them to contact me')).to.equal(false);
    expect(root(plain).querySelector('[part="referral"]')).to.equal(null);

    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder referral .services=${[SERVICE]}></intake-service-finder>`);
    await openDetail(el);
    await waitFor(() => hasButton(el, 'Ask them to contact me'));
    await press(el, 'Ask them to contact me');
    // The form opens in the detail, the name field focused, the page's language chosen.
    await waitFor(() => root(el).activeElement?.id === 'r-name');
    expect(root(el).querySelector('[part="detail"] form.referral')).to.exist;
    expect(root(el).querySelector<HTMLSelectElement>('#r-language')!.value).to.equal('en');
    expect(norm(root(el).querySelector('#r-ask')?.textContent)).to.equal('Is it okay to share this with Eastside Pantry?');
  });

  it('a phone number it cannot use is named next to the field, and the form stays with what was typed', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder referral .services=${[SERVICE]}></intake-service-finder>`);
    const requests = capture(el, 'intake-referral-request');
    await openForm(el);
    await type(el, 'Your name (you can leave this empty)', 'Sam');
    await tick(el, 'By phone call');
    await type(el, 'Your phone number', 'call me maybe');
    await press(el, 'Yes, share it');
    const phone = field(el, 'Your phone number');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    const message = root(el).getElementById(phone.getAttribute('aria-describedby')!);
    expect(norm(message?.textContent)).to.equal('Please check this phone number. Use digits, like 415 555 0100.');
    await waitFor(() => root(el).activeElement === phone);
    expect(field(el, 'Your name (you can leave this empty)').value).to.equal('Sam');
    expect(requests).to.have.length(0);
    // No way to reach them at all: said too, and still nothing fired.
    await tick(el, 'By phone call');
    await press(el, 'Yes, share it');
    expect(norm(root(el).querySelector('#r-how-error')?.textContent)).to.equal('Please choose a way to reach you and add your phone number or email.');
    expect(requests).to.have.length(0);
  });

  it('yes fires intake-referral-request with the service, the choices and the needs result, and POSTs the same, encrypted, to submit-url', async () => {
    const sink = newSink();
    const directory = await (await fetch('/demo/data/sample-directory.json')).json();
    const page = await fixture<HTMLDivElement>(html`<div>
      <intake-needs-finder for="sf-referral"></intake-needs-finder>
      <intake-service-finder id="sf-referral" referral submit-url="/submit-sink/${sink}" .encryptTo=${keys.publicJwk} time-zone="America/Los_Angeles"></intake-service-finder>
    </div>`);
    const needs = page.querySelector<IntakeNeedsFinder>('intake-needs-finder')!;
    const el = page.querySelector<IntakeServiceFinder>('intake-service-finder')!;
    el.services = directory;
    // The person picks food in the needs finder and finishes it.
    needs.shadowRoot!.querySelector<HTMLLabelElement>('label[for="need-food"]')!.click();
    await needs.updateComplete;
    const r = needs.shadowRoot!;
    for (let i = 0; i < 6 && needs.value === null; i++) {
      for (const yes of r.querySelectorAll<HTMLInputElement>('input[type="radio"][value="yes"]')) if (!yes.checked) yes.click();
      await needs.updateComplete;
      const nav = [...r.querySelectorAll<HTMLButtonElement>('.nav button')];
      nav[nav.length - 1]!.click();
      await needs.updateComplete;
    }
    expect(needs.value, 'the needs finder finished').not.to.equal(null);

    const requests = capture(el, 'intake-referral-request');
    const submits = capture(el, 'intake-submit');
    await openForm(el);
    const name = norm(root(el).querySelector('#detail-name')?.textContent);
    await tick(el, 'By text message');
    await tick(el, 'By email');
    await type(el, 'Your phone number', '(415) 555-0100');
    await type(el, 'Your email address', 'sam@example.org');
    await type(el, 'When is a good time to reach you?', 'weekday mornings');
    const language = root(el).querySelector<HTMLSelectElement>('#r-language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('input', { bubbles: true }));
    await tick(el, 'I need an interpreter');
    expect(await posts(sink), 'nothing sent before yes').to.have.length(0);
    await press(el, 'Yes, share it');

    expect(requests).to.have.length(1);
    const detail = requests[0];
    expect(detail.serviceId).to.equal(detail.service.id);
    expect(detail.service.name).to.equal(name);
    expect(detail.contact).to.deep.equal({
      methods: ['text', 'email'],
      phone: '(415) 555-0100',
      email: 'sam@example.org',
      bestTime: 'weekday mornings',
      language: 'es',
      interpreter: true,
    });
    expect(detail.needs).to.deep.equal(JSON.parse(JSON.stringify(needs.value)));

    await waitFor(() => submits.length === 1, 8000);
    expect(submits[0]).to.deep.equal({ status: 200, format: 'json' });
    await waitFor(() => norm(root(el).querySelector('[part="submit"] [role="status"]')?.textContent) === 'Sent. The team has your answers.');
    const got = await posts(sink);
    expect(got).to.have.length(1);
    expect(got[0].method).to.equal('POST');
    expect(got[0].body).not.to.contain('sam@example.org');
    expect(await openJwe(got[0].body.trim(), keys.privateKey)).to.deep.equal(JSON.parse(JSON.stringify(detail)));
    // Back to the detail, with the thanks where the button was.
    expect(root(el).querySelector('form.referral')).to.equal(null);
    expect(norm(root(el).querySelector('.referral-said')?.textContent)).to.equal(`Thank you. We are sending your request to ${name}.`);
  });

  it('without submit-url, yes fires the event and sends nothing; the thanks names the service', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder referral .services=${[SERVICE]}></intake-service-finder>`);
    const requests = capture(el, 'intake-referral-request');
    await openForm(el);
    await tick(el, 'By phone call');
    await type(el, 'Your phone number', '415 555 0100');
    await press(el, 'Yes, share it');
    expect(requests).to.deep.equal([
      {
        serviceId: 'pantry-1',
        service: { id: 'pantry-1', name: 'Eastside Pantry', organization: 'Eastside Neighbors' },
        contact: { methods: ['call'], phone: '415 555 0100', language: 'en', interpreter: false },
      },
    ]);
    await waitFor(() => root(el).activeElement?.classList.contains('referral-said') === true);
    expect(norm(root(el).activeElement?.textContent)).to.equal('Thank you. We shared your request with Eastside Pantry.');
  });

  it('no sends nothing, says a kind word and goes back to the detail', async () => {
    const sink = newSink();
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder referral submit-url="/submit-sink/${sink}" .services=${[SERVICE]}></intake-service-finder>`);
    const requests = capture(el, 'intake-referral-request');
    const submits = capture(el, 'intake-submit');
    await openForm(el);
    await tick(el, 'By phone call');
    await type(el, 'Your phone number', '415 555 0100');
    await press(el, 'No, not now');
    await waitFor(() => root(el).activeElement?.classList.contains('referral-said') === true);
    expect(norm(root(el).activeElement?.textContent)).to.equal("That's okay. Nothing was shared.");
    expect(root(el).querySelector('form.referral')).to.equal(null);
    expect(root(el).querySelector('[part="detail"]')).to.exist;
    // They can still change their mind.
    expect(hasButton(el, 'Ask them to contact me')).to.equal(true);
    await sleep(300);
    expect(requests).to.have.length(0);
    expect(submits).to.have.length(0);
    expect(await posts(sink)).to.have.length(0);
  });

  it('quick exit during the form wipes what was typed', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder referral .services=${[SERVICE]}></intake-service-finder>`);
    const requests = capture(el, 'intake-referral-request');
    await openForm(el);
    await type(el, 'Your name (you can leave this empty)', 'Sam Secret');
    await tick(el, 'By phone call');
    await type(el, 'Your phone number', '415 555 0199');
    document.dispatchEvent(new CustomEvent('intake-quick-exit', { bubbles: true, cancelable: true, detail: {} }));
    await waitFor(() => !root(el).querySelector('form.referral'));
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain('Sam Secret');
    // Opening the form again starts empty.
    await openForm(el);
    expect(field(el, 'Your name (you can leave this empty)').value).to.equal('');
    expect(field(el, 'By phone call').checked).to.equal(false);
    expect(root(el).querySelector('#r-phone')).to.equal(null);
    expect(requests).to.have.length(0);
  });
});
