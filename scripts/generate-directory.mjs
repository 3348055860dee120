#!/usr/bin/env node
// Seeded generator of a FICTIONAL HSDS 3.0 directory for "Fogbay County", a San Francisco-like county.
// Every organization, service, street, phone (555-01xx) and web address (*.example.org) is made up.
// Taxonomy: Open Eligibility (openeligibility.org, CC BY-SA) codes and labels.
//
//   node scripts/generate-directory.mjs                      -> demo/data/sample-directory.json (330 + 7 services)
//   node scripts/generate-directory.mjs --count 10000 --out bench/.data/directory-10000.json
//   options: --seed <n> (default 20240611), --count <n>, --out <path>
//
// Output: a JSON array of HSDS 3.0 compiled services (service_full.json's shape, no extensions).
// HSDS has no per-location time zone: hours are wall-clock times in America/Los_Angeles; hosts pass
// that zone to the service finder.
import { mkdirSync, openSync, writeSync, closeSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { count: 330, seed: 20240611, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') args.count = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log('usage: generate-directory.mjs [--count N] [--seed N] [--out path]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count must be a positive integer');
  args.sample = args.out === undefined && args.count === 330;
  args.out ??= args.count <= 400 ? 'demo/data/sample-directory.json' : `bench/.data/directory-${args.count}.json`;
  return args;
}

// ---- seeded randomness -------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  const hex = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[int(16)];
    return s;
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
  const sample = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(int(copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, uuid, sample };
}

// ---- the county ----------------------------------------------------------------------------------

// Fictional neighbourhoods, each centred somewhere on the San Francisco peninsula.
const PLACES = [
  { name: 'Harbor Flats', lat: 37.7952, lon: -122.3995, zip: '94111' },
  { name: 'Lantern Quarter', lat: 37.7941, lon: -122.4078, zip: '94108' },
  { name: 'Kite Hill', lat: 37.7585, lon: -122.4436, zip: '94114' },
  { name: 'Sunset Dunes', lat: 37.7528, lon: -122.4935, zip: '94122' },
  { name: 'Mission Terrace', lat: 37.7599, lon: -122.4148, zip: '94110' },
  { name: 'Fogline Heights', lat: 37.7781, lon: -122.4664, zip: '94118' },
  { name: 'Bayshore Commons', lat: 37.7301, lon: -122.3927, zip: '94124' },
  { name: 'Cypress Bend', lat: 37.7216, lon: -122.4437, zip: '94112' },
  { name: 'Marigold Park', lat: 37.7358, lon: -122.4753, zip: '94127' },
  { name: 'Tidewater', lat: 37.7766, lon: -122.3948, zip: '94107' },
  { name: 'Civic Steps', lat: 37.7793, lon: -122.4177, zip: '94102' },
  { name: 'Seacliff Landing', lat: 37.7802, lon: -122.4921, zip: '94121' },
  { name: 'Golden Steps', lat: 37.7870, lon: -122.4330, zip: '94115' },
  { name: 'Excelsior Gardens', lat: 37.7240, lon: -122.4270, zip: '94112' },
  { name: 'Lakeview Hollow', lat: 37.7190, lon: -122.4570, zip: '94132' },
  { name: 'Portola Rise', lat: 37.7280, lon: -122.4070, zip: '94134' },
];
const STREETS = ['Lantern St', 'Kite Ave', 'Foghorn Way', 'Cypress Blvd', 'Marigold Ln', 'Tidewater Dr', 'Sextant St', 'Beacon Ave', 'Anchor Way', 'Heron St', 'Lighthouse Rd', 'Pelican Ave', 'Driftwood St', 'Clipper Ct', 'Sandpiper Way', 'Mariner Blvd', 'Windward St', 'Rigging Ln', 'Compass Ave', 'Wharfside Dr'];

// Open Eligibility terms used here: [code, label, parent code].
const OE = {
  '101': ['Emergency'], '101-02-06': ['Help Pay for Utilities', '101-02'], '101-02': ['Emergency Cash', '101'],
  '101-04': ['Emergency Shelter', '101'], '101-06-01': ['Help Escape Violence', '101-06'], '101-06': ['Immediate Safety', '101'],
  '101-07': ['Psychiatric Emergency Services', '101'],
  '102': ['Food'], '102-03': ['Food Delivery', '102'], '102-04': ['Food Pantry', '102'], '102-05': ['Free Meals', '102'],
  '103': ['Housing'], '103-01': ['Emergency Shelter', '103'], '103-02': ['Help Find Housing', '103'], '103-03': ['Help Pay for Housing', '103'], '103-04': ['Housing Advice', '103'],
  '104': ['Goods'], '104-01-02': ['Diapers & Formula', '104-01'], '104-01': ['Baby Supplies', '104'], '104-02': ['Clothing', '104'], '104-03-04': ['Personal Care Items', '104-03'], '104-03': ['Home Goods', '104'],
  '105': ['Transit'], '105-01-01': ['Bus Passes', '105-01'], '105-01': ['Help Pay for Transit', '105'],
  '106': ['Health'], '106-01': ['Addiction & Recovery', '106'], '106-01-02': ['Detox', '106-01'], '106-01-04': ['Outpatient Treatment', '106-01'],
  '106-02': ['Dental Care', '106'], '106-04-05': ['Parenting Education', '106-04'], '106-04': ['Health Education', '106'], '106-04-08': ['Understand Mental Health', '106-04'],
  '106-05-04': ['Health Insurance', '106-05'], '106-05': ['Help Pay for Healthcare', '106'],
  '106-06': ['Medical Care', '106'], '106-06-04-02': ['Disease Screening', '106-06-04'], '106-06-04': ['Checkup & Test', '106-06'],
  '106-06-07': ['Prevent & Treat', '106-06'], '106-06-07-01': ['Counseling', '106-06-07'], '106-06-07-02': ['HIV Treatment', '106-06-07'], '106-06-09': ['Primary Care', '106-06'],
  '107': ['Money'], '107-03': ['Government Benefits', '107'], '107-03-02': ['Food Benefits', '107-03'], '107-03-04': ['Understand Government Programs', '107-03'], '107-07': ['Tax Preparation', '107'],
  '108': ['Care'], '108-03': ['Daytime Care', '108'], '108-03-01': ['Adult Daycare', '108-03'], '108-03-03': ['Childcare', '108-03'],
  '108-07': ['Support Network', '108'], '108-07-02': ['Help Hotlines', '108-07'], '108-07-07': ['Peer Support', '108-07'], '108-07-09': ['Support Groups', '108-07'],
  '109': ['Education'], '109-03-03': ['English as a Second Language (ESL)', '109-03'], '109-03': ['More Education', '109'],
  '110': ['Work'], '110-01': ['Help Find Work', '110'], '110-03-05': ['Resume Development', '110-03'], '110-03': ['Skills & Training', '110'],
  '111': ['Legal'], '111-01': ['Advocacy & Legal Aid', '111'], '111-01-02': ['Citizenship & Immigration', '111-01'], '111-01-07': ['Workplace Rights', '111-01'],
};

// Stable ids for taxonomy terms (the same in every generated file).
const termRandom = makeRandom(7);
const TERM_IDS = Object.fromEntries(Object.keys(OE).map((code) => [code, termRandom.uuid()]));

const LANGUAGES = {
  en: ['English', 'en'],
  es: ['Spanish', 'es'],
  yue: ['Chinese (Cantonese)', 'zh'],
  cmn: ['Chinese (Mandarin)', 'zh'],
  tl: ['Tagalog', 'tl'],
  vi: ['Vietnamese', 'vi'],
  ru: ['Russian', 'ru'],
  ko: ['Korean', 'ko'],
  ar: ['Arabic', 'ar'],
};
// Rough share of services that offer each language besides English.
const LANGUAGE_ODDS = [['es', 0.45], ['yue', 0.22], ['cmn', 0.12], ['tl', 0.14], ['vi', 0.11], ['ru', 0.09], ['ko', 0.07], ['ar', 0.07]];

// ---- kinds of help -----------------------------------------------------------------------------

const H = {
  weekdays: [{ byday: 'MO,TU,WE,TH,FR', opens: '09:00', closes: '17:00' }],
  clinic: [
    { byday: 'MO,TU,WE,TH,FR', opens: '08:30', closes: '17:00' },
    { byday: 'SA', opens: '09:00', closes: '13:00' },
  ],
  evening: [
    { byday: 'MO,WE,FR', opens: '10:00', closes: '18:00' },
    { byday: 'TU,TH', opens: '12:00', closes: '20:00' },
  ],
  pantryWeekly: [{ byday: 'TU,TH', opens: '14:00', closes: '18:00' }],
  pantrySat: [{ byday: 'SA', opens: '09:30', closes: '12:30' }],
  pantryMonthly: [{ freq: 'MONTHLY', byday: '2SA,4SA', opens: '10:00', closes: '13:00' }],
  meals: [
    { byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '11:30', closes: '13:30' },
    { byday: 'MO,TU,WE,TH,FR', opens: '17:00', closes: '18:30' },
  ],
  overnight: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '19:00', closes: '07:00' }],
  always: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens: '00:00', closes: '23:59' }],
  classes: [{ byday: 'MO,WE', opens: '18:00', closes: '20:30' }, { byday: 'SA', opens: '10:00', closes: '12:00' }],
  groups: [{ byday: 'TH', opens: '18:30', closes: '20:00' }],
};

const KINDS = [
  {
    weight: 9, codes: ['102-04', '102'], hours: [H.pantryWeekly, H.pantrySat, H.pantryMonthly], cost: 'free', ages: null, remote: 0,
    names: ['{place} Community Pantry', '{place} Food Share', 'Despensa Comunitaria {place}', '{place} Neighbors Pantry', '{org} Grocery Pantry', '{place} 食物銀行', 'Kho Thực Phẩm {place}'],
    text: 'Free groceries for anyone who needs them: fresh produce, bread, eggs and canned food. No ID or proof of income needed. Bring a bag if you can.',
  },
  {
    weight: 5, codes: ['102-05', '102'], hours: [H.meals], cost: 'free', ages: null, remote: 0,
    names: ['{place} Community Kitchen', '{org} Hot Meals', 'Comedor {place}', '{place} Table'],
    text: 'Hot meals served to everyone, no questions asked. Vegetarian and halal options most days. Takeaway boxes available.',
  },
  {
    weight: 3, codes: ['102-03', '102'], hours: [H.weekdays], cost: 'free', ages: [60, null], remote: 0,
    names: ['{org} Meals on Wheels', '{place} Senior Meal Delivery'],
    text: 'Meals delivered to the homes of older adults and people with disabilities who cannot easily shop or cook.',
  },
  {
    weight: 4, codes: ['107-03-02', '107-03'], hours: [H.weekdays, H.evening], cost: 'free', ages: null, remote: 0.5,
    names: ['{org} Food Benefits Help Desk', 'FreshStart Benefits Help at {place}', 'Ayuda con Beneficios de Comida {place}'],
    text: 'Help applying for food benefits (SNAP/CalFresh-style grocery money) and WIC. We fill out the forms with you and follow up.',
  },
  {
    weight: 4, codes: ['103-01', '101-04', '103'], hours: [H.overnight], cost: 'free', ages: [18, null], remote: 0,
    names: ['{place} Night Shelter', '{org} Overnight Shelter', 'Harbor Light Shelter at {place}'],
    text: 'Overnight emergency shelter with beds, showers, dinner and breakfast. Check-in starts at 7 pm. Pets welcome in crates.',
  },
  {
    weight: 2, codes: ['103-01', '103'], hours: [H.always], cost: 'free', ages: [12, 24], remote: 0,
    names: ['Kite Hill Youth Harbor', '{place} Youth Drop-In and Shelter', '{org} Youth Safe Place'],
    text: 'Safe place to stay for young people ages 12 to 24, open day and night. Meals, showers, case management and LGBTQ+ affirming staff.',
  },
  {
    weight: 4, codes: ['103-02', '103-03', '103'], hours: [H.weekdays], cost: 'free', ages: [18, null], remote: 0.4,
    names: ['{org} Housing Navigation', '{place} Rent Help Center', 'Open Door Housing Desk at {place}'],
    text: 'Help finding an apartment, applying for housing, and paying back rent or a deposit. Ask about emergency rent assistance.',
  },
  {
    weight: 2, codes: ['101-02-06', '103-03'], hours: [H.weekdays], cost: 'free', ages: null, remote: 0.5,
    names: ['{org} Utility Bill Assistance', '{place} Energy Bill Help'],
    text: 'One-time help paying gas, electric or water bills, and stopping a shut-off notice.',
  },
  {
    weight: 7, codes: ['106-06-07-01', '106-04-08'], hours: [H.weekdays, H.evening], cost: 'sliding', ages: null, remote: 0.6,
    names: ['{org} Counseling Center', '{place} Mental Health Clinic', 'Clínica de Salud Mental {place}', '{place} Wellness Counseling', 'Calm Harbor Therapy at {place}', '{place} 상담 센터', 'Центр поддержки {place}'],
    text: 'Talk therapy and counseling for stress, anxiety, depression, grief and trauma, for individuals, couples and families. Same-week appointments when possible.',
  },
  {
    weight: 2, codes: ['101-07', '106-06-07-01'], hours: [H.always], cost: 'free', ages: null, remote: 0,
    names: ['{org} Crisis Stabilization Center', 'Fogbay Psychiatric Urgent Care'],
    text: 'Walk-in urgent mental health care, open 24 hours. For a life-threatening emergency call 911; for the crisis line call or text 988.',
  },
  {
    weight: 3, codes: ['108-07-02', '108-07'], hours: [H.always], cost: 'free', ages: null, remote: 1,
    names: ['{org} Warm Line', 'Fogbay Peer Talk Line', '{org} Support Line'],
    text: 'A free, confidential phone and chat line staffed by trained peers. Call when you need someone to listen. Not for emergencies.',
  },
  {
    weight: 4, codes: ['108-07-09', '108-07-07'], hours: [H.groups, H.classes], cost: 'free', ages: null, remote: 0.5,
    names: ['{place} Peer Support Group', '{org} Grief Support Circle', 'Family Support Group at {place}', 'Grupo de Apoyo {place}'],
    text: 'Weekly support group led by peers with lived experience. Come as you are, listen or share. Family members welcome.',
  },
  {
    weight: 4, codes: ['106-01-04', '106-01'], hours: [H.weekdays, H.evening], cost: 'sliding', ages: [18, null], remote: 0.4,
    names: ['{org} Recovery Services', '{place} Outpatient Recovery Program', 'Tidewater Recovery Partners'],
    text: 'Outpatient treatment for people who use alcohol or drugs and want to cut down or stop. Medication for opioid use, counseling and harm reduction supplies.',
  },
  {
    weight: 1, codes: ['106-01-02', '106-01'], hours: [H.always], cost: 'free', ages: [18, null], remote: 0,
    names: ['{org} Detox and Sobering Center', 'Fogbay Sobering Center'],
    text: 'Medically supervised withdrawal management, open 24 hours, with a bed, meals and a plan for what comes next.',
  },
  {
    weight: 5, codes: ['106-06-09', '106-06'], hours: [H.clinic], cost: 'sliding', ages: null, remote: 0.3,
    names: ['Clínica Familiar {place}', '{place} Family Health Center', '{org} Community Clinic', '{place} 社區診所', 'Phòng Khám {place}'],
    text: 'Primary care for adults and children: checkups, vaccines, chronic illness care and prescriptions. Uninsured patients welcome; we help you apply for coverage.',
  },
  {
    weight: 2, codes: ['106-02', '106'], hours: [H.clinic], cost: 'sliding', ages: null, remote: 0,
    names: ['{place} Dental Clinic', 'Smile Harbor Dental at {place}'],
    text: 'Low-cost cleanings, fillings, extractions and emergency dental care. Children seen free.',
  },
  {
    weight: 2, codes: ['106-06-07-02', '106-06-04-02'], hours: [H.weekdays], cost: 'free', ages: [13, null], remote: 0.3,
    names: ['{org} HIV and STI Testing', '{place} Sexual Health Clinic'],
    text: 'Free, confidential HIV and STI testing with results in 20 minutes, PrEP and PEP, and care for people living with HIV.',
  },
  {
    weight: 3, codes: ['106-05-04', '107-03-04'], hours: [H.weekdays], cost: 'free', ages: null, remote: 0.6,
    names: ['{org} Health Insurance Enrollment', '{place} Benefits Navigators'],
    text: 'Help signing up for free or low-cost health insurance and other public benefits. Bring ID and proof of income if you have them.',
  },
  {
    weight: 4, codes: ['111-01-02', '111-01'], hours: [H.weekdays], cost: 'free', ages: null, remote: 0.5,
    names: ['{org} Immigration Legal Clinic', 'Pacific Mosaic Immigrant Legal Aid', 'Asesoría Legal de Inmigración {place}'],
    text: 'Free immigration legal help: know-your-rights sessions, DACA renewals, citizenship applications and representation in immigration court.',
  },
  {
    weight: 3, codes: ['111-01', '103-04'], hours: [H.weekdays, H.evening], cost: 'free', ages: [18, null], remote: 0.5,
    names: ['{org} Tenant Rights Clinic', 'Bayshore Eviction Defense Collaborative'],
    text: 'Facing eviction or a rent increase? Free legal advice and lawyers for tenants, in person or by phone.',
  },
  {
    weight: 1, codes: ['111-01-07', '111-01'], hours: [H.evening], cost: 'free', ages: [16, null], remote: 0.5,
    names: ['{org} Workers Rights Center'],
    text: 'Help with unpaid wages, unsafe work and discrimination on the job, whatever your immigration status.',
  },
  {
    weight: 2, codes: ['107-07', '107'], hours: [H.evening], cost: 'free', ages: [18, null], remote: 0.3,
    names: ['{place} Free Tax Help', '{org} Tax Preparation Site'],
    text: 'Free tax preparation for households earning under about $67,000, including tax credits you may be owed.',
  },
  {
    weight: 3, codes: ['110-01', '110-03-05'], hours: [H.weekdays], cost: 'free', ages: [16, null], remote: 0.4,
    names: ['{org} Job Center', '{place} Career Link', 'Bayanihan Jobs Desk at {place}', 'Tulong sa Trabaho {place}'],
    text: 'Job search help, resume writing, interview practice and paid training programs. Computers and printers available.',
  },
  {
    weight: 3, codes: ['109-03-03', '109'], hours: [H.classes], cost: 'free', ages: [16, null], remote: 0.4,
    names: ['{place} English Classes', '{org} ESL Program', 'Clases de Inglés {place}', '{place} 英語班'],
    text: 'Free English classes for adults at every level, mornings and evenings. Childcare available during evening classes.',
  },
  {
    weight: 3, codes: ['108-03-03', '106-04-05'], hours: [H.weekdays], cost: 'sliding', ages: [0, 5], remote: 0,
    names: ['{place} Family Resource Center', '{org} Early Learning and Childcare'],
    text: 'Childcare and play groups for children under 5, parenting classes, and help finding subsidized childcare.',
  },
  {
    weight: 3, codes: ['101-06-01', '101-06'], hours: [H.always], cost: 'free', ages: null, remote: 0.5,
    names: ['{org} Domestic Violence Services', 'Safe Harbor Family Violence Program'],
    text: 'Confidential support for people experiencing abuse at home: a 24-hour line, safety planning, emergency housing and legal advocacy.',
  },
  {
    weight: 2, codes: ['104-02', '104-03-04'], hours: [H.pantrySat, H.pantryWeekly], cost: 'free', ages: null, remote: 0,
    names: ['{place} Clothing Closet', '{org} Free Store'],
    text: 'Free clothes, shoes, coats, blankets and hygiene kits. Interview clothes available by appointment.',
  },
  {
    weight: 2, codes: ['104-01-02', '104-01'], hours: [H.pantryWeekly], cost: 'free', ages: null, remote: 0,
    names: ['{place} Diaper Bank', '{org} Baby Supplies Pantry'],
    text: 'Free diapers, wipes, formula and baby clothes for families with young children.',
  },
  {
    weight: 1, codes: ['105-01-01', '105'], hours: [H.weekdays], cost: 'free', ages: null, remote: 0,
    names: ['{org} Transit Pass Program'],
    text: 'Free and reduced-fare bus and train passes for people with low income, older adults and people with disabilities.',
  },
  {
    weight: 2, codes: ['108-03-01', '108-03'], hours: [H.weekdays], cost: 'sliding', ages: [60, null], remote: 0,
    names: ['{place} Senior Center', 'Golden Steps Adult Day Program'],
    text: 'Daytime activities, lunch, exercise classes and social connection for older adults. Caregivers get a break.',
  },
];

const ORGS = [
  'Fogbay Community Services Network', 'Harbor Lights Family Center', 'Casa Niebla Health Collective', 'Golden Steps Senior Alliance',
  'Lantern Quarter Neighborhood Association', 'Bayshore Legal Collaborative', 'Tidewater Recovery Partners', 'Pacific Mosaic Immigrant Center',
  'Đồng Hành Family Services', 'Hanmaeum Community Center', 'Sunrise Mutual Aid of Fogbay', 'Asociación Latina de Fogbay',
  'Bayanihan Fogbay Center', 'Nadezhda Community Aid', 'Al-Noor Family Services of Fogbay', 'Fogbay Chinese Community Health Hub',
  'Calm Harbor Behavioral Health', 'Open Door Housing Coalition', 'Marigold Youth Alliance', 'Cypress Bend Churches Together',
  'Fogbay County Health Department (fictional)', 'Kite Hill Neighbors United', 'Seacliff Women\'s Collective', 'Portola Rise Food Justice Project',
];
const ORG_ALT = { 'Fogbay Chinese Community Health Hub': '霧灣華人健康中心', 'Hanmaeum Community Center': '한마음 커뮤니티 센터', 'Nadezhda Community Aid': 'Надежда', 'Al-Noor Family Services of Fogbay': 'النور لخدمات الأسرة', 'Đồng Hành Family Services': 'Dịch Vụ Gia Đình Đồng Hành' };
const slug = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'org';

// Made-up program names give big directories a realistic long tail of rare words.
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'to', 'sa', 'li', 'nor', 'be', 'tha', 'qui', 'zen', 'do', 'ru', 'fa', 'el', 'mar', 'ti', 'sol', 'ne', 'pa', 'vi', 'gor', 'ha', 'yu', 'lan', 'es', 'bri', 'cor'];
function programName(r) {
  const word = () => {
    let w = '';
    for (let i = 0, n = 2 + r.int(2); i < n; i++) w += r.pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word()} ${r.pick(['Outreach', 'Bridge', 'Connect', 'Pathways', 'Circle', 'Access'])}`;
}

const COST = {
  free: () => ({ fees: 'Free.', options: [{ option: 'Free for everyone', amount: 0 }] }),
  sliding: (r) =>
    r.chance(0.7)
      ? { fees: 'Sliding scale based on income; no one is turned away for inability to pay.', options: [{ option: 'Sliding scale', amount: r.pick([10, 15, 20, 25]), amount_description: 'per visit, less if you cannot pay' }] }
      : { fees: 'Free with Medi-Cal-style public insurance; otherwise a fee per visit.', options: [{ option: 'Standard fee', amount: r.pick([40, 60, 80]), amount_description: 'per visit' }] },
};

const ACCESS = [
  [0.6, 'Wheelchair accessible entrance and restroom.'],
  [0.15, 'Step-free entrance on the side street; elevator to all floors.'],
  [0.15, 'Not wheelchair accessible: the entrance has stairs. Call ahead and staff will meet you outside.'],
  [0.1, null],
];

// Kinds of help the needs catalog names that the weighted kinds above never produce (veterans,
// leaving jail or prison, ID, furniture, interpreters, elder abuse, a phone). One service each, added
// by this project after the random ones with their own random ids, so the first services stay exactly
// as they were. The phone service has no Open Eligibility term (the taxonomy has none for phones);
// it is written the way real directories describe Lifeline sign-up help, so it is found by its words.
// Five-digit codes are Open Eligibility "situations" (who a service is for), from Aunt Bertha's XML.
const ADDED_OE = {
  '20006': ['Seniors'], '20010': ['Veterans'], '20016': ['Ex-Offenders'], '20081': ['Abuse or Neglect Survivors'],
  '104-03-03': ['Furniture', '104-03'], '111-01-05': ['Identification Recovery', '111-01'], '111-05': ['Translation & Interpretation', '111'],
};
const ADDED = [
  {
    name: 'Fogbay Veterans Resource Center', org: 'Fogbay Community Services Network', place: 'Civic Steps', codes: ['20010', '107-03'], hours: H.weekdays, langs: ['en', 'es', 'tl'],
    text: 'Help for veterans and their families: signing up for VA benefits and health care, housing referrals, job help and a weekly peer group. Bring your DD-214 if you have it; we can help you request it.',
    eligibility: 'Veterans of any era and their family members, whatever the discharge.',
  },
  {
    name: 'Second Start Reentry Center', org: 'Bayshore Legal Collaborative', place: 'Bayshore Commons', codes: ['20016', '111-01-05', '110-01'], hours: H.weekdays, langs: ['en', 'es'],
    text: 'Support for people coming home from jail or prison: getting an ID, finding work and housing, clearing your record, and a peer mentor who has been there.',
    eligibility: 'Adults released from jail or prison in the last two years, and people on parole or probation.',
  },
  {
    name: 'Lantern Quarter ID and Documents Clinic', org: 'Lantern Quarter Neighborhood Association', place: 'Lantern Quarter', codes: ['111-01-05', '111-01'], hours: H.evening, langs: ['en', 'yue', 'vi'],
    text: 'Help getting a state ID, a birth certificate or a Social Security card, including fee waivers. Walk in with any papers you have, even if they are old or damaged.',
    eligibility: 'Everyone is welcome.',
  },
  {
    name: 'Fogbay Furniture Bank', org: 'Open Door Housing Coalition', place: 'Tidewater', codes: ['104-03-03', '104-03'], hours: H.pantrySat, langs: ['en', 'es', 'ru'],
    text: 'Free beds, tables, chairs and kitchen kits for people moving into a new home after homelessness, a fire or leaving an unsafe home. Call to book a time to choose your things.',
    eligibility: 'People moving into a home who cannot afford furniture. A referral helps but is not needed.',
  },
  {
    name: 'Fogbay Language Access Line', org: 'Pacific Mosaic Immigrant Center', place: 'Mission Terrace', codes: ['111-05'], hours: H.weekdays, langs: ['en', 'es', 'yue', 'cmn', 'tl', 'vi', 'ru', 'ko', 'ar'],
    text: 'Free interpreters by phone or in person for medical visits, school meetings and benefits offices, and help reading letters that came in English.',
    eligibility: 'Everyone is welcome.',
  },
  {
    name: 'Fogbay Adult Protective Services (fictional)', org: 'Fogbay County Health Department (fictional)', place: 'Civic Steps', codes: ['101-06', '20081', '20006'], hours: H.always, langs: ['en', 'es', 'yue', 'tl'],
    text: 'If an older adult or an adult with a disability is being hurt, neglected or robbed by family or a caregiver, call us any time. We listen, make a safety plan together and connect you with help.',
    eligibility: 'Adults 60 and older, and adults with a disability. Anyone can call about someone they are worried about.',
  },
  {
    name: 'Fogbay Phone Help Desk', org: 'Sunrise Mutual Aid of Fogbay', place: 'Mission Terrace', codes: [], hours: H.weekdays, langs: ['en', 'es', 'yue', 'cmn', 'ar'],
    text: 'Get a free cell phone or a lower phone bill through Lifeline, the federal phone program. We check if you qualify, help you sign up, and set up your new phone with you.',
    eligibility: 'People with a low income, or who get CalFresh, Medi-Cal, SSI or other public benefits. One Lifeline discount per household.',
  },
];

/** `orgIds`: the ids the random services gave each organization, so one organization keeps one id. */
function addedServices(seed, orgIds, write) {
  const r = makeRandom(seed + 1);
  const termIds = makeRandom(8);
  const ids = { ...TERM_IDS, ...Object.fromEntries(Object.keys(ADDED_OE).map((code) => [code, termIds.uuid()])) };
  const label = (code) => (ADDED_OE[code] ?? OE[code]);
  for (const a of ADDED) {
    const place = PLACES.find((p) => p.name === a.place);
    const site = `https://${slug(a.org)}.example.org`;
    const spoken = a.langs.filter((k) => k !== 'en').map((k) => LANGUAGES[k][0]);
    write({
      id: r.uuid(),
      name: a.name,
      description: `${a.text}${spoken.length ? ` Staff speak ${spoken.join(', ')}.` : ''}`,
      url: `${site}/${slug(a.name)}`,
      email: `help@${slug(a.org)}.example.org`,
      status: 'active',
      application_process: a.hours === H.always ? 'Call any time, day or night.' : 'Walk in or call ahead.',
      fees_description: 'Free.',
      eligibility_description: a.eligibility,
      organization: { id: orgIds.get(a.org) ?? r.uuid(), name: a.org, description: 'A fictional community organization.', website: site },
      phones: [{ id: r.uuid(), number: `(415) 555-01${String(r.int(100)).padStart(2, '0')}`, type: 'voice' }],
      schedules: a.hours.map((h) => ({ id: r.uuid(), freq: h.freq ?? 'WEEKLY', byday: h.byday, opens_at: h.opens, closes_at: h.closes })),
      service_at_locations: [
        {
          id: r.uuid(),
          location: {
            id: r.uuid(),
            location_type: 'physical',
            name: `${a.org} – ${place.name}`,
            latitude: Number((place.lat + (r.next() - 0.5) * 0.012).toFixed(5)),
            longitude: Number((place.lon + (r.next() - 0.5) * 0.012).toFixed(5)),
            addresses: [{ id: r.uuid(), address_1: `${100 + r.int(3800)} ${r.pick(STREETS)}`, city: 'Fogbay City', state_province: 'CA', postal_code: place.zip, country: 'US', address_type: 'physical' }],
            accessibility: [{ id: r.uuid(), description: 'Wheelchair accessible entrance and restroom.' }],
          },
        },
      ],
      languages: a.langs.map((k) => ({ id: r.uuid(), name: LANGUAGES[k][0], code: LANGUAGES[k][1] })),
      cost_options: [{ id: r.uuid(), currency: 'USD', option: 'Free for everyone', amount: 0 }],
      attributes: a.codes.map((code) => {
        const [name, parent] = label(code);
        return {
          id: r.uuid(),
          link_type: 'service_category',
          link_entity: 'service',
          taxonomy_term_id: ids[code],
          taxonomy_term: { id: ids[code], code, name, description: `Open Eligibility: ${name}`, ...(parent && ids[parent] ? { parent_id: ids[parent] } : {}), taxonomy: 'Open Eligibility' },
        };
      }),
    });
  }
}

function generate({ count, seed }, write) {
  const r = makeRandom(seed);
  const kindWeights = KINDS.flatMap((k, i) => Array(k.weight).fill(i));
  const usedNames = new Set();
  const orgs = ORGS.map((name) => ({ id: r.uuid(), name, site: `https://${slug(name)}.example.org` }));

  for (let n = 0; n < count; n++) {
    let kind, org, place, name;
    // Small directories get unique names; big benchmark ones number their branches.
    for (let attempt = 0; ; attempt++) {
      kind = KINDS[r.pick(kindWeights)];
      org = r.pick(orgs);
      place = r.pick(PLACES);
      name = r.pick(kind.names).replace('{place}', place.name).replace('{org}', org.name.replace(/ of Fogbay$/, ''));
      if (!usedNames.has(name)) break;
      if (attempt > 20) {
        name += ` ${n + 1}`;
        break;
      }
    }
    usedNames.add(name);
    const serviceId = r.uuid();

    const langs = ['en'];
    for (const [code, odds] of LANGUAGE_ODDS) if (r.chance(odds)) langs.push(code);
    // Names in a language mean its speakers are served there.
    if (/Despensa|Comedor|Clínica|Ayuda|Asesoría|Clases|Grupo/.test(name) && !langs.includes('es')) langs.push('es');
    if (/[\u4e00-\u9fff]/.test(name) && !langs.includes('yue')) langs.push('yue');
    if (/Phòng|Kho Thực/.test(name) && !langs.includes('vi')) langs.push('vi');
    if (/[\uac00-\ud7af]/.test(name) && !langs.includes('ko')) langs.push('ko');
    if (/[\u0400-\u04ff]/.test(name) && !langs.includes('ru')) langs.push('ru');
    if (/Tulong/.test(name) && !langs.includes('tl')) langs.push('tl');
    if (r.chance(0.04)) langs.shift(); // a few serve only in other languages
    const languages = langs.map((k) => ({ id: r.uuid(), name: LANGUAGES[k][0], code: LANGUAGES[k][1] }));
    const spoken = langs.filter((k) => k !== 'en').map((k) => LANGUAGES[k][0]);

    const cost = COST[kind.cost](r);
    const [minAge, maxAge] = kind.ages ?? [null, null];
    const remote = r.chance(kind.remote);
    const remoteOnly = kind.remote === 1;

    const sals = [];
    if (!remoteOnly) {
      const locId = r.uuid();
      let access = null;
      let roll = r.next();
      for (const [p, text] of ACCESS) {
        if ((roll -= p) < 0) {
          access = text;
          break;
        }
      }
      sals.push({
        id: r.uuid(),
        location: {
          id: locId,
          location_type: 'physical',
          name: `${org.name.replace(/ of Fogbay$/, '')} – ${place.name}`,
          latitude: Number((place.lat + (r.next() - 0.5) * 0.012).toFixed(5)),
          longitude: Number((place.lon + (r.next() - 0.5) * 0.012).toFixed(5)),
          transportation: r.chance(0.5) ? `Near the ${r.pick(['7', '14', '22', '38', '49'])} bus and a short walk from ${place.name} station.` : undefined,
          addresses: [
            { id: r.uuid(), address_1: `${100 + r.int(3800)} ${r.pick(STREETS)}`, city: 'Fogbay City', state_province: 'CA', postal_code: place.zip, country: 'US', address_type: 'physical' },
          ],
          accessibility: access ? [{ id: r.uuid(), description: access }] : undefined,
        },
      });
    }
    if (remote || remoteOnly) {
      sals.push({
        id: r.uuid(),
        location: { id: r.uuid(), location_type: 'virtual', name: 'Phone and video appointments', url: `${org.site}/telehealth` },
      });
    }

    const hourSet = r.pick(kind.hours);
    const schedules = hourSet.map((h) => ({
      id: r.uuid(),
      freq: h.freq ?? 'WEEKLY',
      byday: h.byday,
      opens_at: h.opens,
      closes_at: h.closes,
      ...(remote && !remoteOnly ? { attending_type: 'In person, or by phone or video' } : {}),
    }));

    const terms = kind.codes.map((code) => {
      const [label, parent] = OE[code];
      return {
        id: r.uuid(),
        link_type: 'service_category',
        link_entity: 'service',
        taxonomy_term_id: TERM_IDS[code],
        taxonomy_term: {
          id: TERM_IDS[code],
          code,
          name: label,
          description: `Open Eligibility: ${label}`,
          ...(parent ? { parent_id: TERM_IDS[parent] } : {}),
          taxonomy: 'Open Eligibility',
        },
      };
    });

    const phone = `(${r.pick(['415', '628'])}) 555-01${String(r.int(100)).padStart(2, '0')}`;
    const service = {
      id: serviceId,
      name,
      alternate_name: ORG_ALT[org.name] && r.chance(0.5) ? ORG_ALT[org.name] : undefined,
      description: `${kind.text}${spoken.length ? ` Staff speak ${spoken.join(', ')}.` : ''}${r.chance(0.5) ? ` Part of the ${programName(r)} program.` : ''}`,
      url: `${org.site}/${slug(name)}`,
      email: `help@${slug(org.name)}.example.org`,
      status: r.chance(0.02) ? 'temporarily closed' : 'active',
      interpretation_services: r.chance(0.5) ? 'Free phone interpreters in any language.' : undefined,
      application_process: remoteOnly ? 'Call or start a chat; no appointment needed.' : r.pick(['Walk in during open hours.', 'Call to make an appointment.', 'Walk in or call ahead.']),
      fees_description: cost.fees,
      eligibility_description: minAge != null || maxAge != null ? `Ages ${minAge ?? 0}${maxAge != null ? ` to ${maxAge}` : ' and older'}.` : 'Everyone is welcome.',
      minimum_age: minAge ?? undefined,
      maximum_age: maxAge ?? undefined,
      organization: { id: org.id, name: org.name, description: 'A fictional community organization.', website: org.site },
      phones: [{ id: r.uuid(), number: phone, type: 'voice' }],
      schedules,
      service_at_locations: sals,
      languages,
      cost_options: cost.options.map((o) => ({ id: r.uuid(), currency: 'USD', ...o })),
      attributes: terms,
    };
    write(service);
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const out = resolve(root, args.out);
  mkdirSync(dirname(out), { recursive: true });
  // Benchmark directories are large and reproducible: keep them out of git.
  if (out.includes(`${resolve(root, 'bench/.data')}`)) {
    const ignore = resolve(root, 'bench/.data/.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, '*\n');
  }
  const fd = openSync(out, 'w');
  let first = true;
  let buffer = '[';
  const orgIds = new Map();
  const add = (service) => {
    orgIds.set(service.organization.name, service.organization.id);
    buffer += (first ? '\n' : ',\n') + JSON.stringify(service);
    first = false;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  generate(args, add);
  // The sample directory also gets the kinds of help the random ones never produce.
  if (args.sample) addedServices(args.seed, orgIds, add);
  writeSync(fd, `${buffer}\n]\n`);
  closeSync(fd);
  console.log(`wrote ${args.count + (args.sample ? ADDED.length : 0)} services to ${args.out}`);
}

main();
