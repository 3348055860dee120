/**
 * The needs catalog shared by <intake-needs-finder>, the check-in's "what do you need" step and
 * the service finder (which filters services by each need's `taxonomy` terms). This file is the ONE
 * place where a need maps to codes and directory terms.
 *
 * Sources (stored copies under the project's shared data, read 2026-11-23):
 * - `sdoh`: HL7 SDOH Clinical Care IG 2.3.0, ValueSet SDOHCC-ValueSetSDOHCategory
 *   (http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetSDOHCategory, codes from
 *   CodeSystem SDOHCC-CodeSystemTemporaryCodes, version 2.3.0). `undefined` where the value set has
 *   no category for the need (legal, immigration, substance use, caregiving, childcare, disability).
 *   A need may touch more than one domain (`alsoSdoh`): the IG allows several categories on one
 *   Condition or ServiceRequest ("If more than one value is selected from SDOHCC ValueSet SDOH Category
 *   (e.g., food-insecurity and financial-insecurity) for ServiceRequest.category ...",
 *   input/pagecontent/StructureDefinition-SDOHCC-ServiceRequest-intro.md @ tag 2.3.0).
 *   `sdoh-category-unspecified` is what the IG says to use for a domain its value set does not list.
 * - `taxonomy`: Open Eligibility 2.0 human services taxonomy (Aunt Bertha, CC BY-SA 3.0), ids and
 *   names as in Code for America's ohana-api `data/sample-csv/taxonomy.csv` @ e3ab28075a5f.
 *   Open Eligibility has no term for phone or internet service: digital access uses the nearest
 *   ("Computer Class") plus keywords, and "A phone" has keywords only.
 *   Five-digit ids (20006 Seniors, 20010 Veterans, ...) are Open Eligibility's "situations" (who a
 *   service is for), from Aunt Bertha's `taxonomy` XML @ 972004ba59a6 (shared data
 *   sdoh/openeligibility/taxonomy.auntbertha.xml): the services list has no term for these groups.
 * - `findings`: SNOMED CT findings for a FHIR Condition (and the reason of a ServiceRequest), only
 *   where the HL7 SDOH Clinical Care IG itself names one (its example instances,
 *   github.com/HL7/fhir-sdoh-clinicalcare input/fsh/instances @ 6604b7a). The IG binds each domain's
 *   Condition.code to a Gravity value set in VSAC (OIDs in docs/catalog.md); those expansions need a
 *   UMLS licence and are not copied here, so the other needs carry no finding rather than a guess.
 * - `keywords`: plain English search words for directories without Open Eligibility terms (ours). For
 *   a need with no term at all (a phone) the service finder's kind-of-help filter finds services by
 *   these phrases (src/service-finder/needs-filter.ts).
 * - Ids, icons and the safety flag are in ./need-cards.ts: the needs finder shows them at once, while
 *   these codes load only when a result is built or a directory is filtered (size budget).
 *
 * Labels and descriptions are not here: they go through msg() in src/needs-finder/need-texts.ts.
 * test/needs-catalog.test.ts checks this file against its zod schema (src/needs-finder/catalog-schema.ts).
 */

import { NEED_IDS, needCards, type NeedCard, type NeedId } from './need-cards.js';

export const SDOH_CATEGORY_SYSTEM = 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes';
export const OPEN_ELIGIBILITY = { name: 'Open Eligibility', version: '2.0', uri: 'https://github.com/auntbertha/openeligibility' } as const;

/** The SDOHCC-ValueSetSDOHCategory codes (IG 2.3.0) this catalog can use. */
export const SDOH_CATEGORIES = [
  'food-insecurity',
  'housing-instability',
  'homelessness',
  'inadequate-housing',
  'transportation-insecurity',
  'financial-insecurity',
  'material-hardship',
  'educational-attainment',
  'employment-status',
  'veteran-status',
  'stress',
  'social-connection',
  'intimate-partner-violence',
  'elder-abuse',
  'personal-health-literacy',
  'health-insurance-coverage-status',
  'medical-cost-burden',
  'digital-literacy',
  'digital-access',
  'utility-insecurity',
  'incarceration-status',
  'language-access',
  'sdoh-category-unspecified',
] as const;
export type SdohCategory = (typeof SDOH_CATEGORIES)[number];

export const SNOMED_CT = 'http://snomed.info/sct';

/** A SNOMED CT finding: `code` and its display as the HL7 SDOH IG writes it. */
export interface Finding {
  code: string;
  display: string;
}

/** An Open Eligibility term: `code` is its id, `name` its English title (HSDS taxonomy_term code and name). */
export interface TaxonomyTerm {
  code: string;
  name: string;
}

/** A need with its codes: what results, FHIR and the service finder's filter are made of. */
export interface NeedDefinition extends NeedCard {
  /** HL7 SDOH Clinical Care category, where one exists (the main one). */
  sdoh?: SdohCategory;
  /** More SDOH categories the need also belongs to (after `sdoh` in results and FHIR). */
  alsoSdoh?: readonly SdohCategory[];
  /** SNOMED CT findings for FHIR Conditions, where the HL7 SDOH IG names one. */
  findings?: readonly Finding[];
  /** Open Eligibility terms a service must carry (any one of them) to meet this need. */
  taxonomy: TaxonomyTerm[];
  /** English search words for directories without taxonomy terms. */
  keywords: string[];
}

const t = (code: string, name: string): TaxonomyTerm => ({ code, name });
const sct = (code: string, display: string): Finding => ({ code, display });

export { NEED_IDS, type NeedId };

type NeedCodes = Omit<NeedDefinition, 'icon' | 'safety' | 'label' | 'description'>;

const codes: readonly NeedCodes[] = [
  {
    id: 'food',
    sdoh: 'food-insecurity',
    findings: [sct('733423003', 'Food insecurity')], // SDOHCC-ConditionFoodInsecurityExample.fsh
    taxonomy: [t('102', 'Food'), t('101-03', 'Emergency Food'), t('102-02', 'Emergency Food'), t('102-03', 'Food Delivery'), t('102-04', 'Food Pantry'), t('102-05', 'Free Meals'), t('102-06', 'Help Pay for Food'), t('102-06-02', 'Food Benefits'), t('107-03-02', 'Food Benefits')],
    keywords: ['food', 'pantry', 'meals', 'groceries', 'SNAP', 'WIC'],
  },
  {
    id: 'housing-tonight',
    sdoh: 'homelessness',
    findings: [sct('32911000', 'Homeless')], // SDOHCC-ConditionHomelessExample.fsh
    taxonomy: [t('101-04', 'Emergency Shelter'), t('103-01', 'Emergency Shelter'), t('103-05-04', 'Short-Term Housing'), t('101-06-02', 'Safe Housing')],
    keywords: ['shelter', 'emergency housing', 'motel voucher', 'homeless'],
  },
  {
    id: 'housing-keep',
    sdoh: 'housing-instability',
    taxonomy: [t('103-03', 'Help Pay for Housing'), t('101-02-03', 'Help Pay for Housing'), t('107-02-04', 'Help Pay for Housing'), t('103-03-04', 'Housing Vouchers'), t('103-02', 'Help Find Housing'), t('103-04', 'Housing Advice'), t('103-04-01', 'Foreclosure Counseling')],
    keywords: ['rent help', 'eviction', 'housing', 'mortgage', 'foreclosure'],
  },
  {
    id: 'housing-quality',
    sdoh: 'inadequate-housing',
    taxonomy: [t('103-03-05', 'Maintenance & Repairs'), t('107-02-04-05', 'Maintenance & Repairs'), t('103-04', 'Housing Advice')],
    keywords: ['home repair', 'mold', 'pests', 'lead', 'heat', 'tenant rights'],
  },
  {
    // Material hardship: "the lack of specific socially perceived basic physical necessities" (IG 2.3.0).
    id: 'household-goods',
    sdoh: 'material-hardship',
    // Not "Home Goods" itself: its children include Personal Care Items (hygiene), another need.
    taxonomy: [t('104-03-03', 'Furniture'), t('104-03-01', 'Blankets & Fans')],
    keywords: ['furniture', 'beds', 'household goods', 'kitchen items', 'blankets', 'furniture bank'],
  },
  {
    id: 'utilities',
    sdoh: 'utility-insecurity',
    taxonomy: [t('103-03-02', 'Help Pay for Utilities'), t('101-02-06', 'Help Pay for Utilities'), t('107-02-04-02', 'Help Pay for Utilities')],
    keywords: ['utilities', 'electric bill', 'gas bill', 'water bill', 'shut off', 'LIHEAP'],
  },
  {
    id: 'transportation',
    sdoh: 'transportation-insecurity',
    findings: [sct('160695008', 'Transport too expensive')], // SDOHCC-ObservationAssessmentTransportTooExpensiveExample.fsh
    taxonomy: [t('105', 'Transit'), t('105-01', 'Help Pay for Transit'), t('105-01-01', 'Bus Passes'), t('105-01-02', 'Help Pay for Gas'), t('105-02', 'Transportation'), t('105-02-01', 'Transportation for Healthcare'), t('106-05-07', 'Transportation for Healthcare')],
    keywords: ['transportation', 'bus pass', 'rides', 'gas money'],
  },
  {
    id: 'money',
    sdoh: 'financial-insecurity',
    taxonomy: [t('107', 'Money'), t('101-02', 'Emergency Cash'), t('107-02', 'Financial Assistance'), t('107-03', 'Government Benefits'), t('107-03-04', 'Understand Government Programs'), t('107-05', 'Financial Education'), t('107-05-01', 'Credit Counseling'), t('107-07', 'Tax Preparation')],
    keywords: ['benefits', 'cash assistance', 'bills', 'debt', 'taxes', 'SSI'],
  },
  {
    id: 'work',
    sdoh: 'employment-status',
    findings: [sct('73438004', 'Unemployed')], // SDOHCC-ConditionUnemployedExample.fsh
    taxonomy: [t('110', 'Work'), t('110-01', 'Help Find Work'), t('110-01-01', 'Job Placement'), t('110-03', 'Skills & Training'), t('110-05', 'Workplace Rights'), t('107-03-05', 'Unemployment Benefits')],
    keywords: ['jobs', 'employment', 'job training', 'resume', 'unemployment'],
  },
  {
    id: 'legal',
    taxonomy: [t('111', 'Legal'), t('111-01', 'Advocacy & Legal Aid'), t('111-01-03', 'Discrimination & Civil Rights'), t('111-01-05', 'Identification Recovery'), t('111-02', 'Mediation'), t('111-04', 'Representation')],
    keywords: ['legal aid', 'lawyer', 'court', 'tenant rights', 'ID'],
  },
  {
    // The SDOH value set has no domain for identity documents: the IG's code for "not listed".
    id: 'id-documents',
    sdoh: 'sdoh-category-unspecified',
    taxonomy: [t('111-01-05', 'Identification Recovery')],
    keywords: ['ID', 'identification', 'birth certificate', 'state ID', 'Social Security card', 'documents'],
  },
  {
    id: 'immigration',
    taxonomy: [t('111-01-02', 'Citizenship & Immigration'), t('109-05-01', 'Citizenship & Immigration'), t('111-05', 'Translation & Interpretation'), t('109-03-03', 'English as a Second Language (ESL)')],
    keywords: ['immigration', 'citizenship', 'refugee', 'interpreter', 'ESL'],
  },
  {
    id: 'language',
    sdoh: 'language-access',
    taxonomy: [t('111-05', 'Translation & Interpretation'), t('109-03-03', 'English as a Second Language (ESL)'), t('20067', 'Limited English')],
    keywords: ['interpreter', 'translation', 'language help', 'English classes', 'ESL', 'bilingual'],
  },
  {
    // A clinic or a doctor is not a social risk: the SDOH value set has no category for it, so none.
    // Insurance and medical bills are their own need below, with their own categories.
    id: 'health-care',
    taxonomy: [t('106', 'Health'), t('106-06', 'Medical Care'), t('106-06-09', 'Primary Care'), t('106-02', 'Dental Care'), t('106-05-03', 'Discounted Healthcare'), t('106-05-06', 'Prescription Assistance')],
    keywords: ['clinic', 'doctor', 'dental', 'checkup', 'prescriptions', 'community health center'],
  },
  {
    id: 'health-insurance',
    sdoh: 'health-insurance-coverage-status',
    alsoSdoh: ['medical-cost-burden'],
    taxonomy: [t('106-05', 'Help Pay for Healthcare'), t('106-05-04', 'Health Insurance'), t('107-06-01', 'Health Insurance'), t('106-05-03', 'Discounted Healthcare'), t('106-05-06', 'Prescription Assistance')],
    keywords: ['health insurance', 'Medicaid', 'Medicare', 'enrollment', 'medical bills', 'coverage'],
  },
  {
    // The SDOH value set has no mental-health category; "stress" is its nearest domain. What codes this
    // need as mental health is its Open Eligibility terms (counseling, evaluation, psychiatric care).
    id: 'mental-health',
    sdoh: 'stress',
    taxonomy: [t('106-06-07-01', 'Counseling'), t('108-07-01', 'Counseling'), t('106-04-08', 'Understand Mental Health'), t('106-06-04-04', 'Mental Health Evaluation'), t('106-06-08', 'Psychiatric Emergency Services'), t('101-07', 'Psychiatric Emergency Services')],
    keywords: ['mental health', 'counseling', 'therapy', 'stress', 'crisis'],
  },
  {
    id: 'substance-use',
    taxonomy: [t('106-01', 'Addiction & Recovery'), t('106-01-01', '12-Step'), t('106-01-02', 'Detox'), t('106-01-04', 'Outpatient Treatment'), t('106-01-05', 'Residential Treatment'), t('106-01-06', 'Sober Living')],
    keywords: ['recovery', 'substance use', 'alcohol', 'drugs', 'harm reduction'],
  },
  {
    id: 'someone-to-talk-to',
    // Loneliness (social connection) and wanting someone to listen (emotional support): both domains,
    // and the support-network terms that are mental-health support (counseling, warm lines, peers).
    sdoh: 'social-connection',
    alsoSdoh: ['stress'],
    findings: [sct('422650009', 'Social isolation')], // SDOHCC-ObservationAssessmentSocialIsolationExample.fsh
    taxonomy: [t('108-07', 'Support Network'), t('108-07-01', 'Counseling'), t('108-07-02', 'Help Hotlines'), t('108-07-05', 'Mentoring'), t('108-07-06', 'One-on-One Support'), t('108-07-07', 'Peer Support'), t('108-07-09', 'Support Groups'), t('108-07-10', 'Virtual Support'), t('106-04-08', 'Understand Mental Health')],
    keywords: ['warm line', 'peer support', 'support group', 'loneliness', 'someone to listen', 'emotional support'],
  },
  {
    id: 'family-caregiving',
    taxonomy: [t('108-03-07', 'Relief for Caregivers'), t('108-03-01', 'Adult Daycare'), t('108-07-03', 'Home Visiting'), t('108-07-04', 'In-Home Support'), t('108-07-09-03', 'Parenting Education'), t('108-01', 'Adoption & Foster Care'), t('108-06', 'Residential Care')],
    keywords: ['caregiver support', 'respite', 'family support', 'parenting', 'in-home care'],
  },
  {
    // No SDOH domain for ageing or caregiving (elder abuse is part of "Safety at home").
    id: 'older-adults',
    sdoh: 'sdoh-category-unspecified',
    taxonomy: [t('108-03-01', 'Adult Daycare'), t('108-03-07', 'Relief for Caregivers'), t('108-07-03', 'Home Visiting'), t('108-07-04', 'In-Home Support'), t('102-03', 'Food Delivery'), t('108-06', 'Residential Care'), t('20006', 'Seniors'), t('20073', 'Caregivers')],
    keywords: ['older adults', 'seniors', 'senior center', 'meals on wheels', 'caregiver support', 'in-home care'],
  },
  {
    id: 'childcare',
    taxonomy: [t('108-03-03', 'Childcare'), t('108-03-03-02', 'Help Find Childcare'), t('108-03-03-04', 'Help Pay for Childcare'), t('107-02-01', 'Help Pay for Childcare'), t('108-03-02', 'Afterschool Care'), t('108-03-05', 'Preschool')],
    keywords: ['childcare', 'daycare', 'after school', 'preschool', 'Head Start'],
  },
  {
    id: 'education',
    sdoh: 'educational-attainment',
    taxonomy: [t('109', 'Education'), t('109-01', 'Help Find School'), t('109-02', 'Help Pay for School'), t('109-03-06', 'GED/High-School Equivalency'), t('109-03-10', 'Tutoring'), t('109-06-01', 'Basic Literacy'), t('109-03-03', 'English as a Second Language (ESL)')],
    keywords: ['GED', 'classes', 'school', 'tutoring', 'literacy', 'ESL'],
  },
  {
    id: 'safety',
    // Unsafe with a partner (intimate-partner violence) or with family or a caregiver (elder abuse).
    sdoh: 'intimate-partner-violence',
    alsoSdoh: ['elder-abuse'],
    taxonomy: [t('101-06', 'Immediate Safety'), t('101-06-01', 'Help Escape Violence'), t('101-06-02', 'Safe Housing'), t('103-05-03', 'Safe Housing'), t('20081', 'Abuse or Neglect Survivors'), t('20083', 'Domestic Violence Survivors')],
    keywords: ['domestic violence', 'safety planning', 'safe housing', 'abuse', 'elder abuse', 'adult protective services'],
  },
  {
    id: 'disability',
    taxonomy: [t('106-05-02', 'Disability Benefits'), t('107-03-01', 'Disability Benefits'), t('106-06-02', 'Assistive Technology'), t('104-05-01', 'Assistive Technology'), t('106-04-07', 'Understand Disability'), t('110-04', 'Supported Employment'), t('109-03-09', 'Special Education')],
    keywords: ['disability', 'accessibility', 'assistive technology', 'independent living'],
  },
  {
    // Open Eligibility lists veterans as a situation, not a kind of service.
    id: 'veterans',
    sdoh: 'veteran-status',
    taxonomy: [t('20010', 'Veterans')],
    keywords: ['veterans', 'veteran', 'military', 'VA benefits', 'service members'],
  },
  {
    // "Ex-Offenders" is Open Eligibility's own name for the situation; the person never reads it.
    id: 'reentry',
    sdoh: 'incarceration-status',
    taxonomy: [t('20016', 'Ex-Offenders')],
    keywords: ['reentry', 're-entry', 'parole', 'probation', 'record clearance', 'after incarceration'],
  },
  {
    // Open Eligibility has no term for phones or phone plans: keywords only (see the header). The
    // service finder finds them as whole phrases in a service's own words ("free, confidential phone
    // line" is no phone help), so each is a phrase phone-help listings use (FCC Lifeline program pages,
    // 211 listings), not "phone" or "Lifeline" alone (the 988 Suicide & Crisis Lifeline).
    id: 'phone',
    sdoh: 'digital-access',
    taxonomy: [],
    keywords: ['cell phone', 'free phone', 'phone bill', 'phone plan', 'prepaid phone', 'Lifeline program', 'Lifeline phone', 'Lifeline Assistance', 'federal phone program', 'phone discount', 'wireless phone'],
  },
  {
    id: 'digital-access',
    sdoh: 'digital-access',
    taxonomy: [t('109-06-02', 'Computer Class')],
    keywords: ['phone', 'internet', 'Lifeline phone', 'Wi-Fi', 'computer', 'digital skills'],
  },
  {
    id: 'clothing-hygiene',
    sdoh: 'material-hardship',
    taxonomy: [t('104-02', 'Clothing'), t('104-02-04', 'Clothing Vouchers'), t('104-03-04', 'Personal Care Items'), t('106-06-06', 'Personal Hygiene'), t('104-01-02', 'Diapers & Formula')],
    keywords: ['clothing', 'showers', 'laundry', 'hygiene kits', 'diapers'],
  },
];

/** Each built-in need: its card (id, icon, safety) and its codes. */
export const needsCatalog: readonly NeedDefinition[] = needCards.map((card) => ({ ...card, ...codes.find((c) => c.id === card.id)! }));

/** The built-in need with this id, if any. */
export function findNeed(id: string, catalog: readonly NeedDefinition[] = needsCatalog): NeedDefinition | undefined {
  return catalog.find((n) => n.id === id);
}

/** Every Open Eligibility term of these needs, once each (the service finder's filter). */
export function taxonomyFor(ids: readonly string[], catalog: readonly NeedDefinition[] = needsCatalog): TaxonomyTerm[] {
  const seen = new Map<string, TaxonomyTerm>();
  for (const id of ids) for (const term of findNeed(id, catalog)?.taxonomy ?? []) if (!seen.has(term.code)) seen.set(term.code, term);
  return [...seen.values()];
}

/** A need's SDOH categories, the main one first, each once. */
export function sdohCategoriesOf(need: Pick<NeedDefinition, 'sdoh' | 'alsoSdoh'>): SdohCategory[] {
  return [...new Set([...(need.sdoh ? [need.sdoh] : []), ...(need.alsoSdoh ?? [])])];
}
