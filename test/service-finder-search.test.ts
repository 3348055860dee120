import { expect } from '@open-wc/testing';
import { normalizeServices, type NormalizedService } from '../src/service-finder/hsds.js';
import { buildSearchIndex, fold, tokenize, search, withinOneEdit, indexTransferables, indexByteSize, type SearchIndex, type SearchQuery } from '../src/service-finder/search-index.js';
import { haversineKm, sortByDistance, parseLatLon, nearestKm } from '../src/service-finder/distance.js';

// A tiny directory where each service differs from the others in one way a filter can see.
const RAW = [
  {
    id: 'pantry',
    name: 'Harbor Flats Community Pantry',
    status: 'active',
    description: 'Free groceries every Tuesday.',
    organization: { id: 'o1', name: 'Fogbay Network', description: 'x' },
    languages: [{ id: 'l1', code: 'en' }, { id: 'l2', code: 'es' }],
    cost_options: [{ id: 'c1', amount: 0 }],
    attributes: [{ id: 'a1', taxonomy_term: { id: 't-pantry', code: '102-04', name: 'Food Pantry', description: 'd' } }],
    service_at_locations: [
      { id: 's1', location: { id: 'L1', location_type: 'physical', latitude: 37.7952, longitude: -122.3995, accessibility: [{ id: 'x', description: 'Wheelchair accessible entrance.' }] } },
    ],
  },
  {
    id: 'clinica',
    name: 'Clínica Familiar Mission Terrace',
    status: 'active',
    description: 'Primary care for adults and children. We also share a small food shelf.',
    organization: { id: 'o2', name: 'Casa Niebla Health Collective', description: 'x' },
    languages: [{ id: 'l3', code: 'es' }, { id: 'l4', code: 'zh-Hant' }],
    cost_options: [{ id: 'c2', amount: 20 }],
    attributes: [{ id: 'a2', taxonomy_term: { id: 't-primary', code: '106-06-09', name: 'Primary Care', description: 'd' } }],
    service_at_locations: [{ id: 's2', location: { id: 'L2', location_type: 'physical', latitude: 37.7599, longitude: -122.4148 } }],
  },
  {
    id: 'counsel',
    name: 'Calm Harbor Counseling',
    status: 'active',
    description: 'Talk therapy for stress and grief, by video or phone.',
    organization: { id: 'o3', name: 'Calm Harbor Behavioral Health', description: 'x' },
    languages: [{ id: 'l5', code: 'en' }, { id: 'l6', code: 'vi' }],
    fees_description: 'Free.',
    minimum_age: 18,
    attributes: [{ id: 'a3', taxonomy_term: { id: 't-counsel', code: '106-06-07-01', name: 'Counseling', description: 'd' } }],
    service_at_locations: [{ id: 's3', location: { id: 'L3', location_type: 'virtual', url: 'https://calm.example.org' } }],
  },
  {
    id: 'shelter',
    name: 'Kite Hill Youth Shelter',
    status: 'active',
    description: 'Beds and meals for young people.',
    organization: { id: 'o4', name: 'Marigold Youth Alliance', description: 'x' },
    languages: [{ id: 'l7', code: 'en' }, { id: 'l8', code: 'ar' }],
    cost_options: [{ id: 'c4', amount: 0 }],
    minimum_age: 12,
    maximum_age: 24,
    attributes: [{ id: 'a4', taxonomy_term: { id: 't-shelter', code: '103-01', name: 'Emergency Shelter', description: 'd' } }],
    service_at_locations: [
      { id: 's4', location: { id: 'L4', location_type: 'physical', latitude: 37.7585, longitude: -122.4436, accessibility: [{ id: 'y', description: 'Step-free entrance.' }] } },
      { id: 's5', location: { id: 'L5', location_type: 'virtual', url: 'https://kite.example.org' } },
    ],
  },
  {
    id: 'bank',
    name: 'Sunset Dunes 食物銀行',
    status: 'active',
    description: 'Groceries for families. 社區 food bank.',
    organization: { id: 'o5', name: 'Fogbay Chinese Community Health Hub', description: 'x' },
    languages: [{ id: 'l9', code: 'yue' }, { id: 'l10', code: 'ko' }],
    attributes: [{ id: 'a5', taxonomy_term: { id: 't-pantry', code: '102-04', name: 'Food Pantry', description: 'd' } }],
    service_at_locations: [{ id: 's6', location: { id: 'L6', location_type: 'physical', latitude: 37.7528, longitude: -122.4935 } }],
  },
];

let services: NormalizedService[];
let index: SearchIndex;
const ids = (q: SearchQuery) => [...search(index, q).docs].map((d) => services[d]!.id);

before(() => {
  services = normalizeServices(RAW, { timeZone: 'America/Los_Angeles' }).services;
  expect(services).to.have.length(RAW.length);
  index = buildSearchIndex(services);
});

describe('search: folding and tokens', () => {
  it('folds case and accents, keeps Hangul and Han whole', () => {
    expect(fold('Clínica ÑANDÚ Tiếng Việt')).to.equal('clinica nandu tieng viet');
    expect(fold('Straße Øst')).to.equal('strasse ost');
    expect(fold('한국어 食物')).to.equal('한국어 食物');
  });

  it('splits Han runs into character pairs and drops stopwords', () => {
    expect(tokenize('食物銀行')).to.deep.equal(['食物', '物銀', '銀行']);
    expect(tokenize('Help for the food bank')).to.deep.equal(['help', 'food', 'bank']);
  });

  it('knows one edit from two', () => {
    expect(withinOneEdit('shelter', 'shleter')).to.equal(true); // swap
    expect(withinOneEdit('shelter', 'shelterr')).to.equal(true); // insert
    expect(withinOneEdit('shelter', 'sheter')).to.equal(true); // delete
    expect(withinOneEdit('shelter', 'shelper')).to.equal(true); // substitute
    expect(withinOneEdit('shelter', 'shlepter')).to.equal(false);
    expect(withinOneEdit('pantry', 'paltri')).to.equal(false);
  });
});

describe('search: text', () => {
  it('finds "Clínica" from "clinica", "CLINICA" and "clínica"', () => {
    for (const q of ['clinica', 'CLINICA', 'clínica']) expect(ids({ text: q }), q).to.deep.equal(['clinica']);
  });

  it('matches prefixes as you type', () => {
    expect(ids({ text: 'pan' })).to.deep.equal(['pantry', 'bank']); // the bank's category is Food Pantry
    expect(ids({ text: 'coun' })).to.deep.equal(['counsel']);
    expect(ids({ text: 'youth shel' })).to.deep.equal(['shelter']);
  });

  it('does not prefix-match a finished word (trailing space)', () => {
    expect(ids({ text: 'pan ' })).to.deep.equal([]);
  });

  it('tolerates one typo (swap, missing, extra, wrong letter) but not two', () => {
    expect(ids({ text: 'shleter' })).to.deep.equal(['shelter']);
    expect(ids({ text: 'pantyr ' })).to.deep.equal(['pantry', 'bank']);
    expect(ids({ text: 'counseling' })).to.deep.equal(['counsel']);
    expect(ids({ text: 'counselling' })).to.deep.equal(['counsel']);
    expect(ids({ text: 'groseries' })).to.have.members(['pantry', 'bank']);
    expect(ids({ text: 'shlepter ' })).to.deep.equal([]);
  });

  it('needs every word (AND)', () => {
    expect(ids({ text: 'free groceries' })).to.deep.equal(['pantry']);
    expect(ids({ text: 'groceries families' })).to.deep.equal(['bank']);
    expect(ids({ text: 'groceries therapy' })).to.deep.equal([]);
  });

  it('ranks a name or category match above a description-only match', () => {
    // "food": the two pantries have it in their category (and the bank in its name); the clinic only in its description.
    const r = ids({ text: 'food' });
    expect(r).to.have.length(3);
    expect(r[r.length - 1]).to.equal('clinica');
    expect(ids({ text: 'harbor' })[0]).to.equal('counsel'); // in name and organization, beats name only
  });

  it('searches organization names and category labels', () => {
    expect(ids({ text: 'niebla' })).to.deep.equal(['clinica']);
    expect(ids({ text: 'primary care' })).to.deep.equal(['clinica']);
  });

  it('finds Chinese text by any two-character word and by one character as you type', () => {
    expect(ids({ text: '食物' })).to.deep.equal(['bank']);
    expect(ids({ text: '銀行' })).to.deep.equal(['bank']);
    expect(ids({ text: '銀' })).to.deep.equal(['bank']);
    expect(ids({ text: '社區' })).to.deep.equal(['bank']);
  });

  it('returns everything in data order for an empty query, and respects limit with an exact total', () => {
    expect(ids({})).to.deep.equal(services.map((s) => s.id));
    const r = search(index, { text: '', limit: 2 });
    expect(r.docs).to.have.length(2);
    expect(r.total).to.equal(5);
  });
});

describe('search: each filter alone', () => {
  it('category by Open Eligibility code, by parent code, and by term id', () => {
    expect(ids({ categories: ['102-04'] })).to.deep.equal(['pantry', 'bank']);
    expect(ids({ categories: ['102'] })).to.deep.equal(['pantry', 'bank']);
    expect(ids({ categories: ['106'] })).to.deep.equal(['clinica', 'counsel']);
    expect(ids({ categories: ['t-shelter'] })).to.deep.equal(['shelter']);
    expect(ids({ categories: ['102', '103'] })).to.deep.equal(['pantry', 'shelter', 'bank']);
    expect(ids({ categories: ['999'] })).to.deep.equal([]);
  });

  it('language, with zh-Hant / zh-Hans / yue all meaning Chinese', () => {
    expect(ids({ languages: ['es'] })).to.deep.equal(['pantry', 'clinica']);
    expect(ids({ languages: ['zh-Hant'] })).to.deep.equal(['clinica', 'bank']);
    expect(ids({ languages: ['zh-Hans'] })).to.deep.equal(['clinica', 'bank']);
    expect(ids({ languages: ['ar'] })).to.deep.equal(['shelter']);
    expect(ids({ languages: ['vi', 'ko'] })).to.deep.equal(['counsel', 'bank']);
  });

  it('free', () => {
    expect(ids({ free: true })).to.deep.equal(['pantry', 'counsel', 'shelter']);
  });

  it('telehealth and in person', () => {
    expect(ids({ telehealth: true })).to.deep.equal(['counsel', 'shelter']);
    expect(ids({ inPerson: true })).to.deep.equal(['pantry', 'clinica', 'shelter', 'bank']);
  });

  it('wheelchair accessible', () => {
    expect(ids({ wheelchair: true })).to.deep.equal(['pantry', 'shelter']);
  });

  it('age', () => {
    expect(ids({ age: 15 })).to.deep.equal(['pantry', 'clinica', 'shelter', 'bank']);
    expect(ids({ age: 30 })).to.deep.equal(['pantry', 'clinica', 'counsel', 'bank']);
    expect(ids({ age: 20 })).to.have.members(['pantry', 'clinica', 'counsel', 'shelter', 'bank']);
  });

  it('distance from an origin, leaving out places without coordinates', () => {
    const harbor = { lat: 37.7952, lon: -122.3995 };
    expect(ids({ origin: harbor, maxKm: 1 })).to.deep.equal(['pantry']);
    expect(ids({ origin: harbor, maxKm: 5 })).to.deep.equal(['pantry', 'clinica']);
    expect(ids({ origin: harbor, maxKm: 6 })).to.deep.equal(['pantry', 'clinica', 'shelter']);
  });

  it('an extra bitset (open now)', () => {
    const mask = new Uint32Array(1);
    mask[0] = (1 << 1) | (1 << 4);
    expect(ids({ mask })).to.deep.equal(['clinica', 'bank']);
  });
});

describe('search: filters combined', () => {
  it('ANDs text, category, language, cost, mode, age and distance', () => {
    expect(ids({ text: 'food', free: true })).to.deep.equal(['pantry']);
    expect(ids({ categories: ['102'], languages: ['zh'] })).to.deep.equal(['bank']);
    expect(ids({ free: true, telehealth: true, age: 30 })).to.deep.equal(['counsel']);
    expect(ids({ free: true, wheelchair: true, inPerson: true })).to.deep.equal(['pantry', 'shelter']);
    expect(ids({ free: true, wheelchair: true, telehealth: true, age: 14 })).to.deep.equal(['shelter']);
    expect(ids({ languages: ['es'], free: true, origin: { lat: 37.76, lon: -122.415 }, maxKm: 1 })).to.deep.equal([]);
    expect(ids({ text: 'clinica', languages: ['ar'] })).to.deep.equal([]);
  });

  it('sorts by distance when asked, places without coordinates last', () => {
    const sunset = { lat: 37.7528, lon: -122.4935 };
    expect(ids({ origin: sunset, sort: 'distance' })).to.deep.equal(['bank', 'shelter', 'clinica', 'pantry', 'counsel']);
  });
});

describe('search: the index as data', () => {
  it('survives structured cloning (a Worker hand-off) and answers the same', () => {
    const copy = structuredClone(index);
    expect([...search(copy, { text: 'shleter' }).docs]).to.deep.equal([...search(index, { text: 'shleter' }).docs]);
    expect([...search(copy, { categories: ['102'], free: true }).docs]).to.deep.equal([...search(index, { categories: ['102'], free: true }).docs]);
    expect(indexTransferables(index).every((b) => b instanceof ArrayBuffer)).to.equal(true);
    expect(indexByteSize(index)).to.be.greaterThan(0);
  });

  it('builds the same index from the same services', () => {
    const again = buildSearchIndex(services);
    expect(again.terms).to.deep.equal(index.terms);
    expect([...again.posts]).to.deep.equal([...index.posts]);
  });

  it('searches the sample directory: typos, accents, categories, languages', async () => {
    const data = await (await fetch('/demo/data/sample-directory.json')).json();
    const all = normalizeServices(data, { timeZone: 'America/Los_Angeles' }).services;
    const idx = buildSearchIndex(all);
    const names = (q: SearchQuery) => [...search(idx, q).docs].map((d) => all[d]!);
    const clinics = names({ text: 'clinica' });
    expect(clinics.length).to.be.greaterThan(0);
    expect(clinics[0]!.name).to.match(/^Clínica/);
    // One typo away: "clinic" also matches, ranked after the exact word.
    expect(clinics.every((s) => /cl[ií]nic/i.test(s.name + s.description))).to.equal(true);
    const pantries = names({ text: 'pantyr ' });
    expect(pantries.length).to.be.greaterThan(0);
    expect(pantries.every((s) => s.categories.some((c) => c.code === '102-04') || /pantry/i.test(s.name))).to.equal(true);
    const es = names({ categories: ['102'], languages: ['es'], free: true });
    expect(es.length).to.be.greaterThan(0);
    expect(es.every((s) => s.free && s.languages.includes('es') && s.categories.some((c) => c.code?.startsWith('102')))).to.equal(true);
  });
});

describe('distance', () => {
  it('measures San Francisco to Los Angeles at about 559 km', () => {
    expect(haversineKm({ lat: 37.7749, lon: -122.4194 }, { lat: 34.0522, lon: -118.2437 })).to.be.closeTo(559, 2);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 0 })).to.equal(0);
  });

  it('orders nearest first, by the nearest of several places, unlocated last', () => {
    const origin = { lat: 37.7528, lon: -122.4935 }; // Sunset Dunes
    const sorted = sortByDistance(services, origin, (s) => s.locations).map((s) => s.id);
    expect(sorted).to.deep.equal(['bank', 'shelter', 'clinica', 'pantry', 'counsel']);
    expect(nearestKm(origin, [{}, { lat: 37.7528, lon: -122.4935 }])).to.equal(0);
    expect(nearestKm(origin, [{}])).to.equal(undefined);
  });

  it('parses the origin attribute and refuses impossible places', () => {
    expect(parseLatLon('37.77,-122.42')).to.deep.equal({ lat: 37.77, lon: -122.42 });
    expect(parseLatLon(' 37.77 , -122.42 ')).to.deep.equal({ lat: 37.77, lon: -122.42 });
    expect(parseLatLon('91,0')).to.equal(undefined);
    expect(parseLatLon('here')).to.equal(undefined);
  });
});
