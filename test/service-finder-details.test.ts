import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { capture, setPageLanguage, waitFor, ignoreResizeObserverNotice } from './helpers.js';

ignoreResizeObserverNotice();

const SERVICE = {
  id: 'pantry 1/a',
  name: 'Eastside Pantry',
  description: 'Groceries every week.',
  eligibility_description: 'Anyone living in the county.',
  application_process: 'Walk in during open hours.',
  fees_description: 'Free.',
  wait_time: 'About 20 minutes.',
  assured_date: '2025-03-05',
  required_documents: [{ id: 'd1', document: 'Photo ID' }, { id: 'd2', document: 'A letter with your address' }],
  languages: [{ name: 'Spanish', code: 'es' }],
};

/** The details' term -> description pairs, as the person reads them. */
const facts = (detail: HTMLElement): Record<string, string> =>
  Object.fromEntries([...detail.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]));

async function openDetail(el: IntakeServiceFinder): Promise<HTMLElement> {
  await waitFor(() => el.status === 'ready' && !!el.shadowRoot!.querySelector('.name-button'), 8000);
  el.shadowRoot!.querySelector<HTMLButtonElement>('.name-button')!.click();
  await waitFor(() => !!el.shadowRoot!.querySelector('[part="detail"]'));
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!;
}

describe('service finder: what to know before going', () => {
  afterEach(() => setPageLanguage('en'));

  it('shows what to bring, how to apply, wait time, cost, who can get help, languages and when the listing was last checked', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[SERVICE]}></intake-service-finder>`);
    const detail = await openDetail(el);
    const text = detail.textContent!;
    const about = facts(detail);
    expect(about['What to bring']).to.equal('Photo IDA letter with your address');
    expect([...detail.querySelectorAll('.documents li')].map((li) => li.textContent)).to.deep.equal(['Photo ID', 'A letter with your address']);
    expect(about['How to get help']).to.equal('Walk in during open hours.');
    expect(about['Wait time']).to.equal('About 20 minutes.');
    expect(about['Who can get help']).to.equal('Anyone living in the county.');
    expect(about['Cost']).to.equal('Free');
    expect(about['Languages']).to.equal('Spanish');
    expect(about['Last checked']).to.equal('March 5, 2025');
    // No report-url: no report link.
    expect(text).not.to.contain('Report a problem');
    await setPageLanguage('es', el);
    expect(detail.textContent).to.contain('5 de marzo de 2025');
    expect(detail.textContent).to.contain('Qué llevar');
  });

  it('an impossible assured_date shows no "Last checked"; the real directory shows its wait times', async () => {
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[{ ...SERVICE, assured_date: '2025-02-30' }]}></intake-service-finder>`);
    expect((await openDetail(el)).textContent).not.to.contain('Last checked');
    const real = await fixture<IntakeServiceFinder>(html`<intake-service-finder src="/test/fixtures/real/san-mateo-2013.json"></intake-service-finder>`);
    const detail = await openDetail(real);
    // Fair Oaks Adult Activity Center, as San Mateo County published it.
    expect(detail.textContent).to.contain('Walk in or apply by phone.');
    expect(detail.textContent).to.contain('Age 55 or over for most programs');
  });

  it('report-url adds "Report a problem with this listing" with the service id filled in, URL-encoded', async () => {
    const el = await fixture<IntakeServiceFinder>(
      html`<intake-service-finder .services=${[SERVICE]} report-url="https://directory.example.org/report?service={id}"></intake-service-finder>`,
    );
    const detail = await openDetail(el);
    const link = [...detail.querySelectorAll('a')].find((a) => a.textContent!.includes('Report a problem with this listing'))!;
    expect(link.getAttribute('href')).to.equal('https://directory.example.org/report?service=pantry%201%2Fa');
    expect(link.getAttribute('rel')).to.contain('noopener');
  });

  it('a report-url that is not a web address adds no link and tells the host, without the template text', async () => {
    const errors = capture(document, 'intake-error');
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[SERVICE]} report-url="javascript:alert({id})"></intake-service-finder>`);
    const detail = await openDetail(el);
    expect(detail.textContent).not.to.contain('Report a problem');
    const e = errors.find((x) => x.code === 'invalid-attribute');
    expect(e, 'intake-error').to.exist;
    expect(e!.message).not.to.contain('javascript');
  });
});

describe('service finder: said once', () => {
  it('eligibility that only repeats the ages ("Ages 12 to 24.") is shown once, as Ages; other eligibility stays', async () => {
    const youth = { ...SERVICE, eligibility_description: 'Ages 12 to 24.', minimum_age: 12, maximum_age: 24 };
    let about = facts(await openDetail(await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[youth]}></intake-service-finder>`)));
    expect(about['Ages']).to.equal('Ages 12 to 24');
    expect(about).not.to.have.property('Who can get help');
    const other = { ...youth, eligibility_description: 'Young people leaving foster care.' };
    about = facts(await openDetail(await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${[other]}></intake-service-finder>`)));
    expect(about['Who can get help']).to.equal('Young people leaving foster care.');
    expect(about['Ages']).to.equal('Ages 12 to 24');
  });
});
