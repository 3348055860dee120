/**
 * A self-referral as one FHIR R4 transaction Bundle (pure: no Lit), following the HL7 Gravity SDOH
 * Clinical Care self-referral use case (http://hl7.org/fhir/us/sdoh-clinicalcare/self_referral.html):
 * the page that collected the answers acts as the referral source; each chosen service gets a Task
 * (status `requested`, intent `order`, code `fulfill`) whose focus is a ServiceRequest for the need, with
 * the person's QuestionnaireResponses as inputs.
 *
 * - Patient: only what the person gave (name, phone, email, language). Nothing else, nothing guessed.
 *   When they answered for someone else, their own contact details go on a RelatedPerson instead.
 * - QuestionnaireResponses: from toQuestionnaireResponses / toNeedsQuestionnaireResponse.
 * - Observations: screening totals (the instruments' LOINC codes), PHQ-9 item 9 above 0, the check-in's
 *   signs of risk, and one per need (SDOHCC category codes; AHC items keep their LOINC codes).
 * - Consent: what the person agreed to, as they read it, and when.
 * - ServiceRequest per need the person wants help with (and per chosen service no need covers).
 * - Task per chosen service, owned by the service's Organization; the HSDS service is a HealthcareService.
 *
 * The resources follow the profiles' shape but do not claim them (`meta.profile`): the SDOHCC
 * ServiceRequest needs procedure codes (SNOMED CT) this library does not have, and the SDOHCC Task needs
 * an Organization as requester (pass `requester`; without it the Patient is the requester, as base R4 allows).
 */
import type { CheckInResult } from '../core/check-in-schemas.js';
import type { NeedEntry, NeedsResult } from '../core/needs-schemas.js';
import { toQuestionnaireResponse, toQuestionnaireResponses } from '../check-in/fhir.js';
import { INSTRUMENTS, LOINC_SYSTEM } from '../check-in/scripts/instruments.js';
import { toNeedsQuestionnaireResponse } from '../needs-finder/fhir.js';
import { SDOH_CATEGORY_SYSTEM } from '../data/needs-catalog.js';
import type { NormalizedService } from '../service-finder/hsds.js';

/** Any FHIR resource, as plain JSON. */
export type FhirResource = { resourceType: string } & Record<string, unknown>;
export interface FhirReference {
  reference: string;
  display?: string;
}
export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
  request: { method: 'POST'; url: string };
}
export interface ReferralBundle {
  resourceType: 'Bundle';
  type: 'transaction';
  timestamp: string;
  entry: BundleEntry[];
}

/** A service the person chose (a service finder's NormalizedService fits). */
export type ReferralService = Pick<NormalizedService, 'id' | 'name' | 'organization'> &
  Partial<Pick<NormalizedService, 'organizationId' | 'url' | 'email' | 'phones' | 'categories'>> & {
    /** The need this service is for; else matched by taxonomy terms. */
    needId?: string;
  };

/** The organization that runs the page (the referral source). */
export interface ReferralSource {
  name: string;
  /** Your own id for it. */
  id?: string;
  url?: string;
}

export interface ReferralOptions {
  /** Time stamp of the bundle; now when left out. */
  now?: Date;
  /** The person's id at the receiving FHIR server, when known: no Patient is created, references point there. */
  patientId?: string;
  /** The organization that runs the page: the requester of every ServiceRequest and Task. */
  requester?: ReferralSource;
  /** Makes the `urn:uuid:` ids; `crypto.randomUUID` by default (pass your own for a stable example). */
  uuid?: () => string;
}

const LOCAL = 'urn:compassionate-intake';
const HSDS_SERVICE = `${LOCAL}:hsds:service`;
const HSDS_ORGANIZATION = `${LOCAL}:hsds:organization`;
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const SCREENING_TAG = { system: LOCAL, code: 'screening-result', display: 'Screening result, not a diagnosis' };

const category = (code: 'survey' | 'social-history') => ({ coding: [{ system: OBSERVATION_CATEGORY, code }] });
const sdohCategory = (code: string) => ({ coding: [{ system: SDOH_CATEGORY_SYSTEM, code }] });

/** Base64 of UTF-8 text (Attachment.data). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Builds the bundle; add() returns a reference to what it added. */
class BundleBuilder {
  readonly entry: BundleEntry[] = [];
  constructor(private readonly uuid: () => string) {}
  add(resource: FhirResource, display?: string): FhirReference {
    const fullUrl = `urn:uuid:${this.uuid()}`;
    // A transaction POST gets a new id at the server: the ids our converters set would only mislead.
    const { id: _ignored, ...body } = resource;
    this.entry.push({ fullUrl, resource: body as FhirResource, request: { method: 'POST', url: resource.resourceType } });
    return display ? { reference: fullUrl, display } : { reference: fullUrl };
  }
}

/** The person's telecom from what they typed in the contact step. */
function telecomOf(contact: CheckInResult['contact']): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (contact?.phone) out.push({ system: contact.methods.includes('text') && !contact.methods.includes('call') ? 'sms' : 'phone', value: contact.phone });
  if (contact?.email) out.push({ system: 'email', value: contact.email });
  return out;
}

function patientOf(locale: string, contact: CheckInResult['contact'] | undefined, aboutSomeoneElse: boolean): FhirResource {
  // Answers about someone else say nothing of their language, name or phone: those are the helper's.
  if (aboutSomeoneElse) return { resourceType: 'Patient' };
  const patient: FhirResource = { resourceType: 'Patient', communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: locale }] }, preferred: true }] };
  if (!contact) return patient;
  if (contact.name?.trim()) patient.name = [{ text: contact.name.trim() }];
  const telecom = telecomOf(contact);
  if (telecom.length) patient.telecom = telecom;
  return patient;
}

/** A need's name in plain English for staff (its id: `housing-tonight` -> `housing tonight`). */
const needDisplay = (need: NeedEntry): string => need.id.replace(/-/g, ' ');

/** Needs a ServiceRequest is made for: the person has them and did not say "not now" or "already getting help". */
const wantsHelp = (n: NeedEntry): boolean => n.hasNeed && (n.wantsHelp === 'yes' || n.wantsHelp === null);

function serviceFor(need: NeedEntry, services: readonly ReferralService[]): ReferralService[] {
  const codes = new Set(need.taxonomy.map((t) => t.code));
  return services.filter((s) => (s.needId ? s.needId === need.id : (s.categories ?? []).some((c) => c.code !== undefined && codes.has(c.code))));
}

function healthcareServiceOf(service: ReferralService, organization: FhirReference): FhirResource {
  const telecom = [
    ...(service.phones ?? []).map((p) => ({ system: 'phone', value: p.extension ? `${p.number} ext. ${p.extension}` : p.number })),
    ...(service.email ? [{ system: 'email', value: service.email }] : []),
    ...(service.url ? [{ system: 'url', value: service.url }] : []),
  ];
  return {
    resourceType: 'HealthcareService',
    identifier: [{ system: HSDS_SERVICE, value: service.id }],
    providedBy: organization,
    name: service.name,
    ...(service.categories?.length ? { type: service.categories.map((c) => ({ text: c.name })) } : {}),
    ...(telecom.length ? { telecom } : {}),
  };
}

/**
 * A FHIR R4 transaction Bundle for a self-referral from a check-in result, a needs result and the
 * services the person chose (any of them may be left out).
 */
export function toReferralBundle(
  checkIn?: CheckInResult | null,
  needs?: NeedsResult | null,
  services: readonly ReferralService[] = [],
  options: ReferralOptions = {},
): ReferralBundle {
  const now = options.now ?? new Date();
  const b = new BundleBuilder(options.uuid ?? (() => crypto.randomUUID()));
  const locale = checkIn?.locale ?? needs?.locale ?? 'en';
  const aboutSomeoneElse = (checkIn?.subject ?? needs?.subject) === 'other';
  const authored = checkIn?.completedAt ?? needs?.completedAt ?? now.toISOString();
  const method = {
    coding: [aboutSomeoneElse ? { system: SDOH_CATEGORY_SYSTEM, code: 'reported-by-related-person', display: 'Reported By Related Person' } : { system: SDOH_CATEGORY_SYSTEM, code: 'self-reported', display: 'Self Reported' }],
  };

  // Who: the Patient (or the receiver's own), and whoever answered for them.
  const patient: FhirReference = options.patientId
    ? { reference: `Patient/${options.patientId}` }
    : b.add(patientOf(locale, checkIn?.contact, aboutSomeoneElse), checkIn?.contact?.name?.trim() && !aboutSomeoneElse ? checkIn.contact.name.trim() : undefined);
  if (aboutSomeoneElse && checkIn?.contact && (checkIn.contact.name || checkIn.contact.phone || checkIn.contact.email)) {
    const telecom = telecomOf(checkIn.contact);
    b.add({
      resourceType: 'RelatedPerson',
      patient,
      ...(checkIn.contact.name?.trim() ? { name: [{ text: checkIn.contact.name.trim() }] } : {}),
      ...(telecom.length ? { telecom } : {}),
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: locale }] }, preferred: true }],
    });
  }
  const requester: FhirReference = options.requester
    ? b.add(
        {
          resourceType: 'Organization',
          ...(options.requester.id ? { identifier: [{ system: `${LOCAL}:referral-source`, value: options.requester.id }] } : {}),
          name: options.requester.name,
          ...(options.requester.url ? { telecom: [{ system: 'url', value: options.requester.url }] } : {}),
        },
        options.requester.name,
      )
    : patient;

  // What they answered.
  const responses: FhirReference[] = [];
  const instrumentResponse = new Map<string, FhirReference>();
  if (checkIn) {
    const qrs = checkIn.questionnaireResponse ? [toQuestionnaireResponse(checkIn)] : toQuestionnaireResponses(checkIn);
    for (const qr of qrs) {
      const ref = b.add({ ...qr, subject: patient } as unknown as FhirResource);
      responses.push(ref);
      const instrument = checkIn.instruments.find((i) => INSTRUMENTS[i.instrument].questionnaire === qr.questionnaire);
      if (instrument) instrumentResponse.set(instrument.instrument, ref);
    }
  }
  const needsResponse = needs ? b.add(toNeedsQuestionnaireResponse(needs, { subject: patient }) as unknown as FhirResource) : undefined;
  if (needsResponse) responses.push(needsResponse);

  // Screening results, for staff: never a diagnosis (tagged so).
  if (checkIn) {
    for (const score of checkIn.instruments) {
      if (score.total === undefined) continue;
      const def = INSTRUMENTS[score.instrument];
      const code = def.total?.code
        ? { coding: [{ system: LOINC_SYSTEM, code: def.total.code }], text: `${def.title} total score` }
        : { coding: [{ system: `${LOCAL}:instrument`, code: score.instrument }], text: `${def.title} total score` };
      const from = instrumentResponse.get(score.instrument);
      b.add({
        resourceType: 'Observation',
        meta: { tag: [SCREENING_TAG] },
        status: score.complete ? 'final' : 'preliminary',
        category: [category('survey')],
        code,
        subject: patient,
        effectiveDateTime: checkIn.completedAt,
        valueInteger: score.total,
        ...(score.band ? { interpretation: [{ text: score.band }] } : {}),
        ...(score.prorated ? { note: [{ text: `Prorated from ${score.answered} of ${score.items} answered items` }] } : {}),
        ...(from ? { derivedFrom: [from] } : {}),
      });
    }
    const item9 = checkIn.answers.find((a) => a.instrument?.id === 'phq-9' && a.instrument.item === 9 && !a.skipped);
    if (item9?.instrument && (item9.instrument.score ?? 0) > 0) {
      const from = instrumentResponse.get('phq-9');
      b.add({
        resourceType: 'Observation',
        meta: { tag: [SCREENING_TAG] },
        status: 'final',
        category: [category('survey')],
        code: { coding: [{ system: LOINC_SYSTEM, code: item9.instrument.code ?? '44260-8' }], text: 'PHQ-9 item 9: thoughts that you would be better off dead or of hurting yourself' },
        subject: patient,
        effectiveDateTime: item9.at ?? checkIn.completedAt,
        valueCodeableConcept: {
          ...(item9.instrument.answerCode ? { coding: [{ system: LOINC_SYSTEM, code: item9.instrument.answerCode, display: item9.instrument.answerDisplay }] } : {}),
          text: item9.instrument.answerDisplay ?? item9.answerText?.[0] ?? String(item9.instrument.score),
        },
        interpretation: [{ coding: [{ system: INTERPRETATION, code: 'POS', display: 'Positive' }] }],
        ...(from ? { derivedFrom: [from] } : {}),
      });
    }
    if (checkIn.risk) {
      b.add({
        resourceType: 'Observation',
        status: 'final',
        category: [category('survey')],
        code: { coding: [{ system: `${LOCAL}:risk`, code: 'signs-of-risk', display: 'Signs of risk during the check-in' }], text: 'Signs of risk during the check-in' },
        subject: patient,
        effectiveDateTime: checkIn.completedAt,
        valueCodeableConcept: { coding: [{ system: `${LOCAL}:risk-level`, code: checkIn.risk.level }], text: checkIn.risk.level },
        component: checkIn.risk.reasons.map((reason) => ({
          code: { coding: [{ system: `${LOCAL}:risk-reason`, code: reason }], text: reason },
          valueBoolean: true,
        })),
        ...(responses.length ? { derivedFrom: responses.slice(0, 1) } : {}),
      });
    }
  }

  // Needs: one Observation each (SDOHCC category), and the AHC items with their LOINC codes.
  const needObservation = new Map<string, FhirReference>();
  if (needs) {
    for (const s of needs.screening ?? []) {
      if (!s.code) continue;
      const coded = s.answers.filter((a) => a.code);
      b.add({
        resourceType: 'Observation',
        status: 'final',
        category: [category('social-history'), category('survey')],
        code: { coding: [{ system: LOINC_SYSTEM, code: s.code }], text: s.text },
        subject: patient,
        effectiveDateTime: needs.completedAt,
        method,
        ...(coded.length === 1
          ? { valueCodeableConcept: { coding: [{ system: LOINC_SYSTEM, code: coded[0]!.code!, display: coded[0]!.display }] } }
          : { valueString: s.answers.map((a) => a.display).join('; ') }),
        derivedFrom: [needsResponse!],
      });
    }
    for (const need of needs.needs) {
      const ref = b.add({
        resourceType: 'Observation',
        status: 'final',
        category: [category('social-history'), category('survey'), ...(need.sdohCode ? [sdohCategory(need.sdohCode)] : [])],
        code: { coding: [{ system: `${LOCAL}:need`, code: need.id }], text: needDisplay(need) },
        subject: patient,
        effectiveDateTime: needs.completedAt,
        method,
        valueBoolean: need.hasNeed,
        derivedFrom: [needsResponse!],
      });
      needObservation.set(need.id, ref);
    }
  }

  // What they agreed to.
  let consent: FhirReference | undefined;
  if (checkIn?.consent) {
    consent = b.add({
      resourceType: 'Consent',
      status: checkIn.consent.given ? 'active' : 'rejected',
      scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IDSCL' }] }],
      patient,
      dateTime: checkIn.consent.at ?? checkIn.completedAt,
      ...(options.requester ? { organization: [requester] } : {}),
      sourceAttachment: { contentType: 'text/plain; charset=utf-8', language: checkIn.locale, data: base64(checkIn.consent.text), title: 'Consent as the person read it' },
      policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: checkIn.consent.given ? 'OPTIN' : 'OPTOUT' }] },
      provision: { type: checkIn.consent.given ? 'permit' : 'deny' },
    });
  }

  // The requests: one per need they want help with, one per chosen service no need covers.
  const organizations = new Map<string, FhirReference>();
  const organizationOf = (s: ReferralService): FhirReference => {
    const key = s.organizationId ?? s.organization;
    let ref = organizations.get(key);
    if (!ref) {
      ref = b.add(
        { resourceType: 'Organization', ...(s.organizationId ? { identifier: [{ system: HSDS_ORGANIZATION, value: s.organizationId }] } : {}), name: s.organization },
        s.organization,
      );
      organizations.set(key, ref);
    }
    return ref;
  };
  const healthcareServices = new Map<string, FhirReference>();
  const healthcareServiceFor = (s: ReferralService): FhirReference => {
    let ref = healthcareServices.get(s.id);
    if (!ref) {
      ref = b.add(healthcareServiceOf(s, organizationOf(s)), s.name);
      healthcareServices.set(s.id, ref);
    }
    return ref;
  };
  const urgent = (n?: NeedEntry) => n?.urgency === 'today' || !!checkIn?.risk;
  const serviceRequest = (sdoh: string | null, text: string, code: { system: string; code: string }, performers: readonly ReferralService[], need?: NeedEntry): FhirReference =>
    b.add(
      {
        resourceType: 'ServiceRequest',
        status: 'active',
        intent: 'order',
        category: [sdohCategory(sdoh ?? 'sdoh-category-unspecified')],
        priority: urgent(need) ? 'urgent' : 'routine',
        code: { coding: [code], text },
        subject: patient,
        authoredOn: authored,
        requester,
        ...(performers.length ? { performer: performers.map(healthcareServiceFor) } : {}),
        ...(need && needObservation.has(need.id) ? { reasonReference: [needObservation.get(need.id)!] } : {}),
        ...(consent ? { supportingInfo: [consent] } : {}),
      },
      text,
    );

  const taskFor = (service: ReferralService, focus: FhirReference, need?: NeedEntry) =>
    b.add({
      resourceType: 'Task',
      status: 'requested',
      intent: 'order',
      priority: urgent(need) ? 'urgent' : 'routine',
      code: { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] },
      description: `Self-referral to ${service.name}`,
      focus,
      for: patient,
      authoredOn: now.toISOString(),
      requester,
      owner: organizationOf(service),
      input: [
        { type: { text: 'ServiceRequest' }, valueReference: focus },
        ...responses.map((r) => ({ type: { text: 'QuestionnaireResponse' }, valueReference: r })),
      ],
    });

  const covered = new Set<string>();
  for (const need of needs?.needs.filter(wantsHelp) ?? []) {
    const chosen = serviceFor(need, services);
    const sr = serviceRequest(need.sdohCode, `Help with ${needDisplay(need)}`, { system: `${LOCAL}:need`, code: need.id }, chosen, need);
    for (const s of chosen) {
      covered.add(s.id);
      taskFor(s, sr, need);
    }
  }
  for (const s of services.filter((x) => !covered.has(x.id))) {
    const sr = serviceRequest(null, s.name, { system: HSDS_SERVICE, code: s.id }, [s]);
    taskFor(s, sr);
  }

  return { resourceType: 'Bundle', type: 'transaction', timestamp: now.toISOString(), entry: b.entry };
}
