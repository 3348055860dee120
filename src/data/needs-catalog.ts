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
 * - `keywords`: plain English search words for directories without Open Eligibility terms (ours).
 * - `icon`: path data on a 24×24 grid, drawn with a round 1.75 stroke, made for this project
 *   (no network, no third-party icon set).
 *
 * Labels and descriptions are not here: they go through msg() in src/needs-finder/need-texts.ts.
 * test/needs-catalog.test.ts checks this file against its zod schema (src/needs-finder/catalog-schema.ts).
 */

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

export interface NeedDefinition {
  id: string;
  /** SVG path data, viewBox 0 0 24 24, stroked. */
  icon: string;
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
  /** Picking this need opens the safety path (crisis card, `intake-risk`). */
  safety?: boolean;
  /** Host-given needs only: label and description, as one string or per locale (`en` required). */
  label?: string | Record<string, string>;
  description?: string | Record<string, string>;
}

const t = (code: string, name: string): TaxonomyTerm => ({ code, name });
const sct = (code: string, display: string): Finding => ({ code, display });

export const NEED_IDS = [
  'food',
  'housing-tonight',
  'housing-keep',
  'housing-quality',
  'household-goods',
  'utilities',
  'transportation',
  'money',
  'work',
  'legal',
  'id-documents',
  'immigration',
  'language',
  'health-care',
  'health-insurance',
  'mental-health',
  'substance-use',
  'someone-to-talk-to',
  'family-caregiving',
  'older-adults',
  'childcare',
  'education',
  'safety',
  'disability',
  'veterans',
  'reentry',
  'phone',
  'digital-access',
  'clothing-hygiene',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

export const needsCatalog: readonly NeedDefinition[] = [
  {
    id: 'food',
    icon: 'M3 11h18a9 9 0 0 1-18 0ZM8 7c0-1.5 1.5-2 1.5-3.5M13 7c0-1.5 1.5-2 1.5-3.5',
    sdoh: 'food-insecurity',
    findings: [sct('733423003', 'Food insecurity')], // SDOHCC-ConditionFoodInsecurityExample.fsh
    taxonomy: [t('102', 'Food'), t('101-03', 'Emergency Food'), t('102-02', 'Emergency Food'), t('102-03', 'Food Delivery'), t('102-04', 'Food Pantry'), t('102-05', 'Free Meals'), t('102-06', 'Help Pay for Food'), t('102-06-02', 'Food Benefits'), t('107-03-02', 'Food Benefits')],
    keywords: ['food', 'pantry', 'meals', 'groceries', 'SNAP', 'WIC'],
  },
  {
    id: 'housing-tonight',
    icon: 'M2 19V6M2 15h20v4M22 15v-3a3 3 0 0 0-3-3h-8v6M6.5 13.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
    sdoh: 'homelessness',
    findings: [sct('32911000', 'Homeless')], // SDOHCC-ConditionHomelessExample.fsh
    taxonomy: [t('101-04', 'Emergency Shelter'), t('103-01', 'Emergency Shelter'), t('103-05-04', 'Short-Term Housing'), t('101-06-02', 'Safe Housing')],
    keywords: ['shelter', 'emergency housing', 'motel voucher', 'homeless'],
  },
  {
    id: 'housing-keep',
    icon: 'M3 11 12 3l9 8M5 9.5V21h14V9.5M10 21v-6h4v6',
    sdoh: 'housing-instability',
    taxonomy: [t('103-03', 'Help Pay for Housing'), t('101-02-03', 'Help Pay for Housing'), t('107-02-04', 'Help Pay for Housing'), t('103-03-04', 'Housing Vouchers'), t('103-02', 'Help Find Housing'), t('103-04', 'Housing Advice'), t('103-04-01', 'Foreclosure Counseling')],
    keywords: ['rent help', 'eviction', 'housing', 'mortgage', 'foreclosure'],
  },
  {
    id: 'housing-quality',
    icon: 'M3 11 12 3l9 8M5 9.5V21h14V9.5M12 11c-2 2.5-2 3.5-2 4a2 2 0 0 0 4 0c0-.5 0-1.5-2-4Z',
    sdoh: 'inadequate-housing',
    taxonomy: [t('103-03-05', 'Maintenance & Repairs'), t('107-02-04-05', 'Maintenance & Repairs'), t('103-04', 'Housing Advice')],
    keywords: ['home repair', 'mold', 'pests', 'lead', 'heat', 'tenant rights'],
  },
  {
    // Material hardship: "the lack of specific socially perceived basic physical necessities" (IG 2.3.0).
    id: 'household-goods',
    icon: 'M4 11V8a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v3M2 13a2 2 0 0 1 4 0v2h12v-2a2 2 0 0 1 4 0v5H2ZM5 18v2M19 18v2',
    sdoh: 'material-hardship',
    // Not "Home Goods" itself: its children include Personal Care Items (hygiene), another need.
    taxonomy: [t('104-03-03', 'Furniture'), t('104-03-01', 'Blankets & Fans')],
    keywords: ['furniture', 'beds', 'household goods', 'kitchen items', 'blankets', 'furniture bank'],
  },
  {
    id: 'utilities',
    icon: 'M13 2 4 14h7l-1 8 9-12h-7l1-8Z',
    sdoh: 'utility-insecurity',
    taxonomy: [t('103-03-02', 'Help Pay for Utilities'), t('101-02-06', 'Help Pay for Utilities'), t('107-02-04-02', 'Help Pay for Utilities')],
    keywords: ['utilities', 'electric bill', 'gas bill', 'water bill', 'shut off', 'LIHEAP'],
  },
  {
    id: 'transportation',
    icon: 'M5 17V6a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v11ZM5 11h14M7 17v3M17 17v3M8.5 14h.01M15.5 14h.01',
    sdoh: 'transportation-insecurity',
    findings: [sct('160695008', 'Transport too expensive')], // SDOHCC-ObservationAssessmentTransportTooExpensiveExample.fsh
    taxonomy: [t('105', 'Transit'), t('105-01', 'Help Pay for Transit'), t('105-01-01', 'Bus Passes'), t('105-01-02', 'Help Pay for Gas'), t('105-02', 'Transportation'), t('105-02-01', 'Transportation for Healthcare'), t('106-05-07', 'Transportation for Healthcare')],
    keywords: ['transportation', 'bus pass', 'rides', 'gas money'],
  },
  {
    id: 'money',
    icon: 'M3 6h18v12H3ZM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM6.5 9v.01M17.5 15v.01',
    sdoh: 'financial-insecurity',
    taxonomy: [t('107', 'Money'), t('101-02', 'Emergency Cash'), t('107-02', 'Financial Assistance'), t('107-03', 'Government Benefits'), t('107-03-04', 'Understand Government Programs'), t('107-05', 'Financial Education'), t('107-05-01', 'Credit Counseling'), t('107-07', 'Tax Preparation')],
    keywords: ['benefits', 'cash assistance', 'bills', 'debt', 'taxes', 'SSI'],
  },
  {
    id: 'work',
    icon: 'M3 8h18v12H3ZM8 8V5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v3M3 13h18',
    sdoh: 'employment-status',
    findings: [sct('73438004', 'Unemployed')], // SDOHCC-ConditionUnemployedExample.fsh
    taxonomy: [t('110', 'Work'), t('110-01', 'Help Find Work'), t('110-01-01', 'Job Placement'), t('110-03', 'Skills & Training'), t('110-05', 'Workplace Rights'), t('107-03-05', 'Unemployment Benefits')],
    keywords: ['jobs', 'employment', 'job training', 'resume', 'unemployment'],
  },
  {
    id: 'legal',
    icon: 'M12 3v18M7 21h10M4 7h16M4 7l-3 7a3 3 0 0 0 6 0ZM20 7l-3 7a3 3 0 0 0 6 0Z',
    taxonomy: [t('111', 'Legal'), t('111-01', 'Advocacy & Legal Aid'), t('111-01-03', 'Discrimination & Civil Rights'), t('111-01-05', 'Identification Recovery'), t('111-02', 'Mediation'), t('111-04', 'Representation')],
    keywords: ['legal aid', 'lawyer', 'court', 'tenant rights', 'ID'],
  },
  {
    // The SDOH value set has no domain for identity documents: the IG's code for "not listed".
    id: 'id-documents',
    icon: 'M3 5h18v14H3ZM9 11a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM5.5 16a3.5 3.5 0 0 1 7 0M15 9h3M15 13h3',
    sdoh: 'sdoh-category-unspecified',
    taxonomy: [t('111-01-05', 'Identification Recovery')],
    keywords: ['ID', 'identification', 'birth certificate', 'state ID', 'Social Security card', 'documents'],
  },
  {
    id: 'immigration',
    icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
    taxonomy: [t('111-01-02', 'Citizenship & Immigration'), t('109-05-01', 'Citizenship & Immigration'), t('111-05', 'Translation & Interpretation'), t('109-03-03', 'English as a Second Language (ESL)')],
    keywords: ['immigration', 'citizenship', 'refugee', 'interpreter', 'ESL'],
  },
  {
    id: 'language',
    icon: 'M3 4h12v9H8l-4 3v-3H3ZM21 9v9h-1v3l-4-3h-5v-3M7 11l2-5 2 5M7.8 9h2.4',
    sdoh: 'language-access',
    taxonomy: [t('111-05', 'Translation & Interpretation'), t('109-03-03', 'English as a Second Language (ESL)'), t('20067', 'Limited English')],
    keywords: ['interpreter', 'translation', 'language help', 'English classes', 'ESL', 'bilingual'],
  },
  {
    // A clinic or a doctor is not a social risk: the SDOH value set has no category for it, so none.
    // Insurance and medical bills are their own need below, with their own categories.
    id: 'health-care',
    icon: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z',
    taxonomy: [t('106', 'Health'), t('106-06', 'Medical Care'), t('106-06-09', 'Primary Care'), t('106-02', 'Dental Care'), t('106-05-03', 'Discounted Healthcare'), t('106-05-06', 'Prescription Assistance')],
    keywords: ['clinic', 'doctor', 'dental', 'checkup', 'prescriptions', 'community health center'],
  },
  {
    id: 'health-insurance',
    icon: 'M3 6h18v12H3ZM12 9v6M9 12h6',
    sdoh: 'health-insurance-coverage-status',
    alsoSdoh: ['medical-cost-burden'],
    taxonomy: [t('106-05', 'Help Pay for Healthcare'), t('106-05-04', 'Health Insurance'), t('107-06-01', 'Health Insurance'), t('106-05-03', 'Discounted Healthcare'), t('106-05-06', 'Prescription Assistance')],
    keywords: ['health insurance', 'Medicaid', 'Medicare', 'enrollment', 'medical bills', 'coverage'],
  },
  {
    // The SDOH value set has no mental-health category; "stress" is its nearest domain. What codes this
    // need as mental health is its Open Eligibility terms (counseling, evaluation, psychiatric care).
    id: 'mental-health',
    icon: 'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11Z',
    sdoh: 'stress',
    taxonomy: [t('106-06-07-01', 'Counseling'), t('108-07-01', 'Counseling'), t('106-04-08', 'Understand Mental Health'), t('106-06-04-04', 'Mental Health Evaluation'), t('106-06-08', 'Psychiatric Emergency Services'), t('101-07', 'Psychiatric Emergency Services')],
    keywords: ['mental health', 'counseling', 'therapy', 'stress', 'crisis'],
  },
  {
    id: 'substance-use',
    icon: 'M12 21v-9M12 12c0-4 3-7 8-7 0 4-3 7-8 7ZM12 15c0-3-2-5-7-5 0 3 2 5 7 5Z',
    taxonomy: [t('106-01', 'Addiction & Recovery'), t('106-01-01', '12-Step'), t('106-01-02', 'Detox'), t('106-01-04', 'Outpatient Treatment'), t('106-01-05', 'Residential Treatment'), t('106-01-06', 'Sober Living')],
    keywords: ['recovery', 'substance use', 'alcohol', 'drugs', 'harm reduction'],
  },
  {
    id: 'someone-to-talk-to',
    icon: 'M4 5h16v10H10l-6 4ZM8 9h8M8 12h5',
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
    icon: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3 20a6 6 0 0 1 12 0M16 11a2.5 2.5 0 1 0 0-5M17 14a5 5 0 0 1 4 6',
    taxonomy: [t('108-03-07', 'Relief for Caregivers'), t('108-03-01', 'Adult Daycare'), t('108-07-03', 'Home Visiting'), t('108-07-04', 'In-Home Support'), t('108-07-09-03', 'Parenting Education'), t('108-01', 'Adoption & Foster Care'), t('108-06', 'Residential Care')],
    keywords: ['caregiver support', 'respite', 'family support', 'parenting', 'in-home care'],
  },
  {
    // No SDOH domain for ageing or caregiving (elder abuse is part of "Safety at home").
    id: 'older-adults',
    icon: 'M10 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM10 8v6l-2 7M10 14l3 7M10 9l-3 4M10 9l4 2M17 13v8M17 13a2 2 0 0 0-2-2',
    sdoh: 'sdoh-category-unspecified',
    taxonomy: [t('108-03-01', 'Adult Daycare'), t('108-03-07', 'Relief for Caregivers'), t('108-07-03', 'Home Visiting'), t('108-07-04', 'In-Home Support'), t('102-03', 'Food Delivery'), t('108-06', 'Residential Care'), t('20006', 'Seniors'), t('20073', 'Caregivers')],
    keywords: ['older adults', 'seniors', 'senior center', 'meals on wheels', 'caregiver support', 'in-home care'],
  },
  {
    id: 'childcare',
    icon: 'M12 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM9 21l1-7-3-3M15 21l-1-7 3-3M9 11h6',
    taxonomy: [t('108-03-03', 'Childcare'), t('108-03-03-02', 'Help Find Childcare'), t('108-03-03-04', 'Help Pay for Childcare'), t('107-02-01', 'Help Pay for Childcare'), t('108-03-02', 'Afterschool Care'), t('108-03-05', 'Preschool')],
    keywords: ['childcare', 'daycare', 'after school', 'preschool', 'Head Start'],
  },
  {
    id: 'education',
    icon: 'M2 5c3-1.5 7-1.5 10 1 3-2.5 7-2.5 10-1v14c-3-1.5-7-1.5-10 1-3-2.5-7-2.5-10-1ZM12 6v15',
    sdoh: 'educational-attainment',
    taxonomy: [t('109', 'Education'), t('109-01', 'Help Find School'), t('109-02', 'Help Pay for School'), t('109-03-06', 'GED/High-School Equivalency'), t('109-03-10', 'Tutoring'), t('109-06-01', 'Basic Literacy'), t('109-03-03', 'English as a Second Language (ESL)')],
    keywords: ['GED', 'classes', 'school', 'tutoring', 'literacy', 'ESL'],
  },
  {
    id: 'safety',
    icon: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6Z',
    // Unsafe with a partner (intimate-partner violence) or with family or a caregiver (elder abuse).
    sdoh: 'intimate-partner-violence',
    alsoSdoh: ['elder-abuse'],
    taxonomy: [t('101-06', 'Immediate Safety'), t('101-06-01', 'Help Escape Violence'), t('101-06-02', 'Safe Housing'), t('103-05-03', 'Safe Housing'), t('20081', 'Abuse or Neglect Survivors'), t('20083', 'Domestic Violence Survivors')],
    keywords: ['domestic violence', 'safety planning', 'safe housing', 'abuse', 'elder abuse', 'adult protective services'],
    safety: true,
  },
  {
    id: 'disability',
    icon: 'M12 6.5a1.75 1.75 0 1 0 0-3.5 1.75 1.75 0 0 0 0 3.5ZM5 9l7 1 7-1M12 10v5l-3 6M12 15l3 6',
    taxonomy: [t('106-05-02', 'Disability Benefits'), t('107-03-01', 'Disability Benefits'), t('106-06-02', 'Assistive Technology'), t('104-05-01', 'Assistive Technology'), t('106-04-07', 'Understand Disability'), t('110-04', 'Supported Employment'), t('109-03-09', 'Special Education')],
    keywords: ['disability', 'accessibility', 'assistive technology', 'independent living'],
  },
  {
    // Open Eligibility lists veterans as a situation, not a kind of service.
    id: 'veterans',
    icon: 'M8 3l4 6 4-6M12 10a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM12 13l1 2 2 .3-1.5 1.4.4 2-1.9-1-1.9 1 .4-2L9 15.3l2-.3Z',
    sdoh: 'veteran-status',
    taxonomy: [t('20010', 'Veterans')],
    keywords: ['veterans', 'veteran', 'military', 'VA benefits', 'service members'],
  },
  {
    // "Ex-Offenders" is Open Eligibility's own name for the situation; the person never reads it.
    id: 'reentry',
    icon: 'M14 3H5v18h9M10 12h11M17 8l4 4-4 4',
    sdoh: 'incarceration-status',
    taxonomy: [t('20016', 'Ex-Offenders')],
    keywords: ['reentry', 're-entry', 'parole', 'probation', 'record clearance', 'after incarceration'],
  },
  {
    // Open Eligibility has no term for phones or phone plans: keywords only (see the header).
    id: 'phone',
    icon: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z',
    sdoh: 'digital-access',
    taxonomy: [],
    keywords: ['phone', 'cell phone', 'Lifeline', 'free phone', 'phone plan', 'prepaid phone'],
  },
  {
    id: 'digital-access',
    icon: 'M7 2h10v20H7ZM11 18h2',
    sdoh: 'digital-access',
    taxonomy: [t('109-06-02', 'Computer Class')],
    keywords: ['phone', 'internet', 'Lifeline phone', 'Wi-Fi', 'computer', 'digital skills'],
  },
  {
    id: 'clothing-hygiene',
    icon: 'M8 3 3 6l2 5 3-1v11h8V10l3 1 2-5-5-3a4 4 0 0 1-8 0Z',
    sdoh: 'material-hardship',
    taxonomy: [t('104-02', 'Clothing'), t('104-02-04', 'Clothing Vouchers'), t('104-03-04', 'Personal Care Items'), t('106-06-06', 'Personal Hygiene'), t('104-01-02', 'Diapers & Formula')],
    keywords: ['clothing', 'showers', 'laundry', 'hygiene kits', 'diapers'],
  },
];

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
