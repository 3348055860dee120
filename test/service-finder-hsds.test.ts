import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeServices } from '../src/service-finder/hsds.js';

const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/hsds/${name}`)).json();

/** A small valid compiled service; tests change one thing at a time. */
function service(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'svc-1',
    name: 'Harbor Flats Community Pantry',
    status: 'active',
    description: 'Free groceries.',
    organization: { id: 'org-1', name: 'Fogbay Network', description: 'x' },
    service_at_locations: [
      {
        id: 'sal-1',
        location: { id: 'loc-1', location_type: 'physical', name: 'Hall', latitude: 37.79, longitude: -122.4 },
      },
    ],
    schedules: [{ id: 'sch-1', freq: 'WEEKLY', byday: 'TU,TH', opens_at: '14:00', closes_at: '18:00' }],
    ...overrides,
  };
}

const HOSTILE = [
  '<img src=x onerror="alert(1)">',
  '"><script>alert(document.cookie)</script>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202eevil\u202c name',
  "'; DROP TABLE services; --",
];

describe('HSDS normalize: the official Open Referral examples', () => {
  it('loads service_full.json unchanged into one service', async () => {
    const r = normalizeServices(await fixture('service_full.json'), { timeZone: 'Europe/London' });
    expect(r.skipped).to.equal(0);
    expect(r.services).to.have.length(1);
    const s = r.services[0]!;
    expect(s.id).to.equal('ac148810-d857-441c-9679-408f346de14b');
    expect(s.name).to.equal('Community Counselling');
    expect(s.organization).to.equal('Example Organization Inc.');
    expect(s.languages).to.deep.equal(['ur']);
    expect(s.minAge).to.equal(12);
    expect(s.maxAge).to.equal(100);
    expect(s.free).to.equal(false); // a 35 GBP cost option
    expect(s.wheelchair).to.equal(true); // "Wheelchair access is possible on all levels."
    expect(s.telehealth).to.equal(true); // attending_type mentions video conferencing
    expect(s.inPerson).to.equal(true);
    expect(s.phones[0]!.extension).to.equal(100);
    expect(s.categories[0]!.id).to.equal('3f7b145d-84af-42d7-8fae-eaca714b02b2');
    expect(s.hours).to.have.length(1);
    expect(s.hours[0]!.days).to.equal((1 << 4) | (1 << 5)); // TH,FR
    expect(s.timeZone).to.equal('Europe/London');
  });

  it('drops and counts the example location\'s impossible coordinates (100, 101) but keeps the service', async () => {
    const r = normalizeServices(await fixture('service_full.json'));
    // Two parts left out: those coordinates, and the service area whose extent is the placeholder text "extent".
    expect(r.dropped).to.equal(2);
    expect(r.reasons.join('\n')).to.contain('impossible coordinates');
    expect(r.reasons.join('\n')).to.contain('service area extent is not GeoJSON');
    expect(r.services[0]!.area!.names[0]).to.match(/^The service is available to all residents of the MyCity area/);
    expect(r.services[0]!.area!.postcodes).to.deep.equal(['AB1', 'AB2', 'AB3']);
    const loc = r.services[0]!.locations[0]!;
    expect(loc.name).to.equal('MyCity Civic Center');
    expect(loc.lat).to.equal(undefined);
    expect(loc.address[0]).to.equal('1-30 Main Street');
  });

  it('uses the schedule UTC offset when the host gives no time zone', async () => {
    const r = normalizeServices(await fixture('service_full.json'));
    expect(r.services[0]!.timeZone).to.equal('+03:00');
  });

  it('loads service_list.json (an HSDS API page)', async () => {
    const r = normalizeServices(await fixture('service_list.json'));
    expect(r.skipped).to.equal(0);
    expect(r.services.map((s) => s.name)).to.deep.equal(['Community Counselling']);
  });

  it('loads service_at_location_full.json and _list.json as services with that location', async () => {
    for (const f of ['service_at_location_full.json', 'service_at_location_list.json']) {
      const r = normalizeServices(await fixture(f));
      expect(r.skipped, f).to.equal(0);
      expect(r.services, f).to.have.length(1);
      expect(r.services[0]!.locations.map((l) => l.name), f).to.include('MyCity Civic Center');
    }
  });

  it('loads organization_full.json: its services carry the organization name', async () => {
    const r = normalizeServices(await fixture('organization_full.json'));
    expect(r.services.length).to.be.greaterThan(0);
    expect(r.services.every((s) => s.organization === 'Example Organization Inc.')).to.equal(true);
  });

  it('loads the embedded sample directory with nothing skipped', async () => {
    const data = await (await fetch('/demo/data/sample-directory.json')).json();
    const r = normalizeServices(data, { timeZone: 'America/Los_Angeles' });
    expect(r.skipped).to.equal(0);
    expect(r.dropped).to.equal(0);
    expect(r.services.length).to.be.within(300, 400);
    const langs = new Set(r.services.flatMap((s) => s.languages));
    for (const l of ['en', 'es', 'zh', 'tl', 'vi', 'ru', 'ko', 'ar']) expect(langs.has(l), l).to.equal(true);
    expect(r.services.some((s) => s.telehealth)).to.equal(true);
    expect(r.services.some((s) => s.free)).to.equal(true);
    expect(r.services.some((s) => !s.wheelchair)).to.equal(true);
  });
});

describe('HSDS normalize: bad records are skipped and counted, never thrown', () => {
  it('skips a record without an id, with an empty id, or with an empty name', () => {
    const r = normalizeServices([service(), service({ id: undefined }), service({ id: '' }), service({ id: 'x', name: '  ' })]);
    expect(r.services.map((s) => s.id)).to.deep.equal(['svc-1']);
    expect(r.skipped).to.equal(3);
    expect(r.reasons).to.have.length(3);
  });

  it('skips wrong types (number id, string age, object name, string latitude)', () => {
    const bad = [
      service({ id: 42 }),
      service({ id: 'b', minimum_age: 'twelve' }),
      service({ id: 'c', name: { en: 'x' } }),
      service({ id: 'd', service_at_locations: [{ id: 's', location: { id: 'l', location_type: 'physical', latitude: '37.7' } }] }),
    ];
    const r = normalizeServices([...bad, service({ id: 'ok' })]);
    expect(r.services.map((s) => s.id)).to.deep.equal(['ok']);
    expect(r.skipped).to.equal(4);
    expect(r.reasons[1]).to.contain('minimum_age');
  });

  it('skips duplicate ids and inactive or defunct services', () => {
    const r = normalizeServices([service(), service(), service({ id: 'i', status: 'inactive' }), service({ id: 'd', status: 'defunct' })]);
    expect(r.services).to.have.length(1);
    expect(r.skipped).to.equal(3);
  });

  it('drops impossible coordinates (lat 91, lon -181, NaN-like, half missing) and counts each', () => {
    const loc = (id: string, latitude: unknown, longitude: unknown) => ({ id, location: { id, location_type: 'physical', latitude, longitude } });
    const r = normalizeServices([
      service({ service_at_locations: [loc('a', 91, 10), loc('b', 10, -181), loc('c', 37.7, undefined), loc('d', 37.7, -122.4)] }),
    ]);
    expect(r.skipped).to.equal(0);
    expect(r.dropped).to.equal(3);
    const locs = r.services[0]!.locations;
    expect(locs.map((l) => l.lat)).to.deep.equal([undefined, undefined, undefined, 37.7]);
  });

  it('drops an unreadable schedule, keeps the readable one', () => {
    const r = normalizeServices([
      service({
        schedules: [
          { id: 'bad', byday: 'MO', opens_at: '25:99', closes_at: '18:00' },
          { id: 'bad2', byday: 'XX', opens_at: '09:00', closes_at: '17:00' },
          { id: 'good', byday: 'MO', opens_at: '09:00', closes_at: '17:00' },
        ],
      }),
    ]);
    expect(r.services).to.have.length(1);
    expect(r.dropped).to.equal(2);
    expect(r.services[0]!.hours).to.have.length(1);
    expect(r.services[0]!.hours[0]!.opens).to.equal(540);
  });

  it('answers garbage input with a reason, not an exception', () => {
    for (const input of [null, undefined, 42, 'services', {}, { contents: 'x' }, true]) {
      const r = normalizeServices(input);
      expect(r.services).to.have.length(0);
      expect(r.reasons.length).to.be.greaterThan(0);
    }
    const r = normalizeServices([null, 1, 'x', [], {}, service()]);
    expect(r.services).to.have.length(1);
    expect(r.skipped).to.equal(5);
  });

  it('never throws on arbitrary JSON (property test)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.string(), name: fc.string(), status: fc.string(), minimum_age: fc.jsonValue() }))), (input) => {
        const r = normalizeServices(input);
        expect(r.services.length + r.skipped).to.equal(input.length);
      }),
      { numRuns: 200 },
    );
  });

  it('caps the reasons list but keeps exact counts', () => {
    const r = normalizeServices(Array.from({ length: 120 }, () => ({ name: 'no id' })), { maxReasons: 10 });
    expect(r.skipped).to.equal(120);
    expect(r.reasons).to.have.length(11);
    expect(r.reasons[10]).to.contain('120');
  });
});

describe('HSDS normalize: hostile strings stay plain text', () => {
  for (const evil of HOSTILE) {
    it(`keeps ${JSON.stringify(evil.slice(0, 24))} as text in every text field, and never as a link`, () => {
      const r = normalizeServices([
        service({
          name: evil,
          alternate_name: evil,
          description: evil,
          url: evil,
          email: evil,
          eligibility_description: evil,
          application_process: evil,
          fees_description: evil,
          alert: evil,
          organization: { id: evil, name: evil, description: evil, website: evil },
          phones: [{ id: 'p', number: evil, description: evil }],
          languages: [{ id: 'l', name: evil, code: evil }],
          attributes: [{ id: 'a', taxonomy_term: { id: evil, name: evil, description: evil, code: evil } }],
          cost_options: [{ id: 'c', option: evil, amount_description: evil }],
          service_at_locations: [
            {
              id: 'sal',
              location: {
                id: evil,
                location_type: 'virtual',
                name: evil,
                url: evil,
                transportation: evil,
                addresses: [{ id: 'ad', address_1: evil, city: evil, state_province: evil, postal_code: evil, country: 'US', address_type: 'physical' }],
                accessibility: [{ id: 'ac', description: evil }],
              },
            },
          ],
          schedules: [{ id: 'sc', byday: 'MO', opens_at: '09:00', closes_at: '17:00', description: evil }],
        }),
      ]);
      expect(r.skipped).to.equal(0);
      const s = r.services[0]!;
      const same = evil.trim();
      expect(s.name).to.equal(same);
      expect(s.alternateName).to.equal(same);
      expect(s.description).to.equal(same);
      expect(s.organization).to.equal(same);
      expect(s.eligibility).to.equal(same);
      expect(s.fees).to.equal(same);
      expect(s.alert).to.equal(same);
      expect(s.phones[0]!.number).to.equal(same);
      expect(s.categories[0]!.name).to.equal(same);
      expect(s.locations[0]!.name).to.equal(same);
      expect(s.locations[0]!.address[0]).to.equal(same);
      expect(s.locations[0]!.accessibility[0]).to.equal(same);
      expect(s.hoursNotes[0]).to.equal(same);
      // Not a http(s) URL: no link survives.
      expect(s.url).to.equal(undefined);
      expect(s.locations[0]!.url).to.equal(undefined);
      expect(s.languages).to.deep.equal([]);
    });
  }

  it('keeps javascript:, data: and vbscript: out of every link, keeps https:', () => {
    const urls = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', '//evil.example'];
    for (const url of urls) {
      const s = normalizeServices([service({ url, organization: { id: 'o', name: 'O', description: 'd', website: url } })]).services[0]!;
      expect(s.url, url).to.equal(undefined);
    }
    expect(normalizeServices([service({ url: 'https://pantry.example.org/' })]).services[0]!.url).to.equal('https://pantry.example.org/');
  });

  it('strips control characters and caps very long text', () => {
    const s = normalizeServices([service({ name: 'Pan\u0000try\u0007', description: 'x'.repeat(50_000) })]).services[0]!;
    expect(s.name).to.equal('Pantry');
    expect(s.description.length).to.be.at.most(4000);
  });
});

describe('HSDS normalize: the internal shape', () => {
  it('folds language codes and names (zh-Hant, cmn, yue, Spanish, fil) to primary codes', () => {
    const s = normalizeServices([
      service({
        languages: [
          { id: '1', code: 'zh-Hant' },
          { id: '2', code: 'cmn' },
          { id: '3', name: 'Spanish' },
          { id: '4', code: 'fil' },
          { id: '5', code: 'yue' },
        ],
      }),
    ]).services[0]!;
    expect(s.languages).to.deep.equal(['zh', 'es', 'tl']);
  });

  it('reads free from cost options (all amounts 0) or from the fees text', () => {
    const free = (o: Record<string, unknown>) => normalizeServices([service(o)]).services[0]!.free;
    expect(free({ cost_options: [{ id: 'c', amount: 0 }] })).to.equal(true);
    expect(free({ cost_options: [{ id: 'c', amount: 0 }, { id: 'd', amount: 20 }] })).to.equal(false);
    expect(free({ fees_description: 'Free for everyone.' })).to.equal(true);
    expect(free({ fees_description: 'Gratis.' })).to.equal(true);
    expect(free({ fees_description: '$20 per visit.' })).to.equal(false);
    expect(free({})).to.equal(false);
  });

  it('reads wheelchair access from accessibility text, including "not accessible"', () => {
    const wc = (description: string) =>
      normalizeServices([
        service({ service_at_locations: [{ id: 's', location: { id: 'l', location_type: 'physical', accessibility: [{ id: 'a', description }] } }] }),
      ]).services[0]!.wheelchair;
    expect(wc('Wheelchair accessible entrance and restroom.')).to.equal(true);
    expect(wc('Step-free entrance; elevator to all floors.')).to.equal(true);
    expect(wc('Not wheelchair accessible: the entrance has stairs.')).to.equal(false);
    expect(wc('Hearing loop at reception.')).to.equal(false);
  });

  it('marks telehealth from a virtual location and in person from a physical one', () => {
    const s = normalizeServices([
      service({ service_at_locations: [{ id: 's', location: { id: 'v', location_type: 'virtual', url: 'https://video.example.org' } }] }),
    ]).services[0]!;
    expect(s.telehealth).to.equal(true);
    expect(s.inPerson).to.equal(false);
    expect(s.locations[0]!.url).to.equal('https://video.example.org/');
  });

  it('prefers service-at-location schedules, then service, then location schedules', () => {
    const s = normalizeServices([
      service({
        schedules: [{ id: 'svc', byday: 'MO', opens_at: '09:00', closes_at: '10:00' }],
        service_at_locations: [
          { id: 's', schedules: [{ id: 'sal', byday: 'TU', opens_at: '11:00', closes_at: '12:00' }], location: { id: 'l', location_type: 'physical' } },
        ],
      }),
    ]).services[0]!;
    expect(s.hours.map((h) => h.opens)).to.deep.equal([660]);
  });

  it('swaps a reversed age range and ignores impossible ages', () => {
    const s = normalizeServices([service({ minimum_age: 24, maximum_age: 12 })]).services[0]!;
    expect([s.minAge, s.maxAge]).to.deep.equal([12, 24]);
    const t = normalizeServices([service({ minimum_age: -5, maximum_age: 9000 })]).services[0]!;
    expect([t.minAge, t.maxAge]).to.deep.equal([undefined, undefined]);
  });

  it('falls back from an unknown time zone and says so', () => {
    const r = normalizeServices([service()], { timeZone: 'Mars/Olympus_Mons' });
    expect(r.services[0]!.timeZone).to.not.equal('Mars/Olympus_Mons');
    expect(r.reasons[0]).to.contain('time zone');
  });
});
