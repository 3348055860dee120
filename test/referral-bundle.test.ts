/**
 * toReferralBundle: a self-referral as one FHIR R4 transaction Bundle (Gravity SDOH Clinical Care
 * self-referral pattern), made from real engine results, checked against HL7's R4 JSON schema (ajv in
 * the test server: scripts/fhir-validate.mjs). Also writes docs/examples/referral-bundle.json.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, writeFile } from '@web/test-runner-commands';
import { toReferralBundle, type ReferralBundle } from '../src/fhir.js';
import type { FhirResource } from '../src/handoff/referral-bundle.js';
import { AT, chosenService, needsResult, phq9, selfReferral, stableIds } from './fixtures/referral-examples.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const validate = (resource: unknown) => executeServerCommand<{ valid: boolean; errors: string[] }, unknown>('fhir-validate', resource);

async function validatorReady(): Promise<void> {
  for (let i = 0; i < 300 && !(await executeServerCommand<boolean, undefined>('fhir-validate-ready')); i++) await new Promise((r) => setTimeout(r, 300));
}

const resources = (b: ReferralBundle, type?: string): Json[] => b.entry.map((e) => e.resource as Json).filter((r) => !type || r.resourceType === type);
const byUrl = (b: ReferralBundle) => new Map(b.entry.map((e) => [e.fullUrl, e.resource as Json]));

/** Every `reference` anywhere in the bundle. */
function referencesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  }
  return out;
}

async function expectValid(bundle: ReferralBundle): Promise<void> {
  for (const r of resources(bundle)) {
    const { valid, errors } = await validate(r);
    expect(valid, `${r.resourceType}: ${errors.join('; ')}`).to.equal(true);
  }
  const whole = await validate(bundle);
  expect(whole.valid, whole.errors.join('; ')).to.equal(true);
}

describe('toReferralBundle: a self-referral in FHIR R4', () => {
  before(async function () {
    this.timeout(100000);
    await validatorReady();
  });

  it('a check-in, needs and a chosen service give a valid transaction: Patient, responses, observations, consent, one ServiceRequest per need wanted, one Task per service', async function () {
    this.timeout(30000);
    const checkIn = selfReferral();
    const needs = needsResult();
    const service = await chosenService();
    const bundle = toReferralBundle(checkIn, needs, [service], { now: new Date(AT), requester: { name: 'Eastside Community Hub', id: 'eastside' } });
    await expectValid(bundle);

    expect(bundle.type).to.equal('transaction');
    for (const e of bundle.entry) {
      expect(e.fullUrl).to.match(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(e.request).to.deep.equal({ method: 'POST', url: e.resource.resourceType });
      expect(e.resource.id, 'ids are the server\'s to give').to.equal(undefined);
    }
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).to.equal(bundle.entry.length);

    // Every reference resolves inside the bundle.
    const urls = byUrl(bundle);
    const refs = referencesIn(bundle.entry.map((e) => e.resource));
    expect(refs.length).to.be.greaterThan(10);
    for (const ref of refs) expect(urls.has(ref), ref).to.equal(true);

    const [patient] = resources(bundle, 'Patient');
    expect(patient).to.deep.equal({
      resourceType: 'Patient',
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }] }, preferred: true }],
      name: [{ text: 'Alex Rivera' }],
      telecom: [{ system: 'phone', value: '555-0134' }],
    });

    // Needs: food and housing wanted (money "not now" is recorded, never requested).
    const requests = resources(bundle, 'ServiceRequest');
    expect(requests.map((r) => r.code.coding[0].code)).to.deep.equal(['food', 'housing-keep']);
    expect(requests.map((r) => r.category[0].coding[0].code)).to.deep.equal(['food-insecurity', 'housing-instability']);
    expect(requests.map((r) => r.priority)).to.deep.equal(['urgent', 'routine']);
    for (const r of requests) {
      expect(urls.get(r.requester.reference)!.name).to.equal('Eastside Community Hub');
      expect(urls.get(r.supportingInfo[0].reference)!.resourceType).to.equal('Consent');
      expect(urls.get(r.reasonReference[0].reference)!.valueBoolean).to.equal(true);
    }
    const needObs = resources(bundle, 'Observation').filter((o) => o.code.coding[0].system === 'urn:compassionate-intake:need');
    expect(needObs.map((o) => [o.code.coding[0].code, o.valueBoolean])).to.deep.equal([
      ['food', true],
      ['housing-keep', true],
      ['money', true],
    ]);
    expect(needObs[0]!.method.coding[0].code).to.equal('self-reported');

    // One Task: the service chosen for food, owned by its organization.
    const tasks = resources(bundle, 'Task');
    expect(tasks).to.have.length(1);
    const task = tasks[0]!;
    expect([task.status, task.intent, task.code.coding[0].code]).to.deep.equal(['requested', 'order', 'fulfill']);
    expect(urls.get(task.focus.reference)!.code.coding[0].code).to.equal('food');
    expect(urls.get(task.owner.reference)).to.include({ resourceType: 'Organization', name: service.organization });
    expect(urls.get(task.for.reference)!.resourceType).to.equal('Patient');
    const inputs = task.input.map((i: Json) => urls.get(i.valueReference.reference)!.resourceType);
    expect(inputs).to.deep.equal(['ServiceRequest', 'QuestionnaireResponse', 'QuestionnaireResponse']);
    const performer = urls.get(requests[0]!.performer[0].reference)!;
    expect(performer.resourceType).to.equal('HealthcareService');
    expect(performer.identifier[0].value).to.equal(service.id);

    // Consent: what the person read, and when they agreed.
    const [consent] = resources(bundle, 'Consent');
    expect(consent!.status).to.equal('active');
    expect(consent!.dateTime).to.equal(AT);
    const text = new TextDecoder().decode(Uint8Array.from(atob(consent!.sourceAttachment.data), (c) => c.charCodeAt(0)));
    expect(text).to.equal(checkIn.consent!.text);
  });

  it('PHQ-9 item 9 above 0: a screening total and a positive item 9 Observation; item 9 at 0: neither risk Observation', async function () {
    this.timeout(30000);
    const risky = toReferralBundle(phq9(2), null, [], { now: new Date(AT) });
    await expectValid(risky);
    const obs = resources(risky, 'Observation');
    const total = obs.find((o) => o.code.coding[0].code === '44261-6')!;
    expect(total.valueInteger).to.equal(1 + 2 + 1 + 1 + 0 + 1 + 0 + 0 + 2);
    expect(total.meta.tag[0].code).to.equal('screening-result');
    const item9 = obs.find((o) => o.code.coding[0].code === '44260-8')!;
    expect(item9.valueCodeableConcept.coding[0].code).to.equal('LA6570-1'); // More than half the days
    expect(item9.interpretation[0].coding[0].code).to.equal('POS');
    const risk = obs.find((o) => o.code.coding[0].code === 'signs-of-risk')!;
    expect(risk.component.map((c: Json) => c.code.coding[0].code)).to.include('phq9-item9');
    // Derived from the PHQ-9 response in the same bundle.
    expect(byUrl(risky).get(item9.derivedFrom[0].reference)!.questionnaire).to.equal('http://loinc.org/q/44249-1');

    const calm = toReferralBundle(phq9(0), null, [], { now: new Date(AT) });
    const calmObs = resources(calm, 'Observation').map((o) => o.code.coding[0].code);
    expect(calmObs).to.include('44261-6');
    expect(calmObs).to.not.include('44260-8');
    expect(calmObs).to.not.include('signs-of-risk');
  });

  it('no field the person did not give: no name, phone or language for someone else; no contact, no telecom; nothing invented', async function () {
    this.timeout(30000);
    const skippedContact = selfReferral();
    delete skippedContact.contact;
    const bundle = toReferralBundle(skippedContact, null, [], { now: new Date(AT) });
    const [patient] = resources(bundle, 'Patient');
    expect(Object.keys(patient!).sort()).to.deep.equal(['communication', 'resourceType']);

    const forOther = { ...needsResult(), subject: 'other' as const };
    const other = toReferralBundle({ ...selfReferral(), subject: 'other' }, forOther, [], { now: new Date(AT) });
    await expectValid(other);
    expect(resources(other, 'Patient')).to.deep.equal([{ resourceType: 'Patient' }]);
    const [related] = resources(other, 'RelatedPerson');
    expect(related!.name).to.deep.equal([{ text: 'Alex Rivera' }]);
    expect(resources(other, 'Observation').find((o) => o.method)!.method.coding[0].code).to.equal('reported-by-related-person');

    // Whatever the bundle says about people, the person typed: no gender, birth date, address.
    const text = JSON.stringify(toReferralBundle(selfReferral(), needsResult(), [await chosenService()]));
    for (const key of ['gender', 'birthDate', 'address', 'maritalStatus']) expect(text).to.not.include(`"${key}"`);
  });

  it('with patientId no Patient is made and references point to the server\'s; without a requester the Patient asks', async () => {
    const service = await chosenService();
    const bundle = toReferralBundle(null, needsResult(), [service], { patientId: 'p-42' });
    expect(resources(bundle, 'Patient')).to.deep.equal([]);
    const task = resources(bundle, 'Task')[0]!;
    expect(task.for.reference).to.equal('Patient/p-42');
    expect(task.requester.reference).to.equal('Patient/p-42');
    // A service no need points to still gets a request of its own.
    const loose = toReferralBundle(null, null, [{ ...service, needId: undefined, categories: [] }]);
    expect(resources(loose, 'ServiceRequest')[0]!.category[0].coding[0].code).to.equal('sdoh-category-unspecified');
    expect(resources(loose, 'Task')).to.have.length(1);
  });

  it('writes docs/examples/referral-bundle.json from these results (stable ids), valid like the rest', async function () {
    this.timeout(30000);
    const bundle = toReferralBundle(selfReferral(), needsResult(), [await chosenService()], {
      now: new Date(AT),
      requester: { name: 'Eastside Community Hub', id: 'eastside', url: 'https://example.org/' },
      uuid: stableIds(),
    });
    await expectValid(bundle);
    await writeFile({ path: '../docs/examples/referral-bundle.json', content: `${JSON.stringify(bundle, null, 2)}\n` });
    const written = (await (await fetch(new URL('../docs/examples/referral-bundle.json', import.meta.url), { cache: 'no-store' })).json()) as FhirResource;
    expect(written).to.deep.equal(JSON.parse(JSON.stringify(bundle)));
  });
});
