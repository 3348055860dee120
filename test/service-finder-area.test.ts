/**
 * Where the person is: a ZIP code (or, with the host's `geocode`, any postcode) gives distances and
 * "Serves your area". The directory is San Mateo County's real one (test/fixtures/real), whose service
 * areas name counties and cities; test/fixtures/areas/make-areas.mjs gave each county name that
 * county's outline from the Census Bureau's 2017 cartographic boundary file (us-atlas@3.0.1).
 * The ZIP codes' places come from the bundled Census ZCTA table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { NormalizedService } from '../src/service-finder/hsds.js';
import { normalizeServices } from '../src/service-finder/hsds.js';
import { nearestKm } from '../src/service-finder/distance.js';
import { lookupZip } from '../src/service-finder/postcodes.js';
import { workerSupport } from '../src/service-finder/load.js';
import { type AreaService, DirectoryAreas, OUTSIDE, placeKey, SERVES, servesPlace, UNKNOWN } from '../src/service-finder/service-areas.js';
import { capture, waitFor, ignoreResizeObserverNotice, HOSTILE_STRINGS } from './helpers.js';

const AREAS = '/test/fixtures/areas/san-mateo-areas.json';
ignoreResizeObserverNotice();

interface RawService {
  id: string;
  service_areas?: { name?: string }[];
}
let raw: RawService[];
/** Ids of the services whose published service areas name this county: the answer, read straight from the data. */
const listing = (...names: string[]) => new Set(raw.filter((s) => s.service_areas?.some((a) => names.includes(a.name!))).map((s) => s.id));

before(async () => {
  raw = (await (await fetch(AREAS)).json()) as RawService[];
});

interface Internals {
  directory?: { services: NormalizedService[]; areas?: AreaService };
  results: number[];
}
const internals = (el: IntakeServiceFinder) => el as unknown as Internals;
const resultServices = (el: IntakeServiceFinder) => internals(el).results.map((d) => internals(el).directory!.services[d]!);
const $ = <T extends Element>(el: IntakeServiceFinder, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element>(el: IntakeServiceFinder, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function finder(tpl = html`<intake-service-finder src=${AREAS}></intake-service-finder>`): Promise<IntakeServiceFinder> {
  const el = await fixture<IntakeServiceFinder>(tpl);
  await waitFor(() => el.status === 'ready', 8000);
  await el.updateComplete;
  // The filters panel (where the ZIP code field is) loads after the first results.
  $<HTMLDetailsElement>(el, 'details.filters').open = true;
  await waitFor(() => !!el.shadowRoot!.querySelector('#postcode'));
  return el;
}

/** Types a postcode and presses the button, as a person would; waits until the lookup has answered. */
async function usePostcode(el: IntakeServiceFinder, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#postcode');
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  $<HTMLButtonElement>(el, 'form.postcode button').click();
  await el.updateComplete;
  await waitFor(() => !$<HTMLButtonElement>(el, 'form.postcode button').disabled, 5000);
  await el.updateComplete;
  await el.updateComplete;
}

async function areaFilter(el: IntakeServiceFinder, on: boolean): Promise<void> {
  const box = $$<HTMLLabelElement>(el, '.filters label.check').find((l) => l.textContent!.includes('Serves my area'))!.querySelector('input')!;
  box.checked = on;
  box.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The cards on screen: [service id, shows "Serves your area"]. */
const cards = (el: IntakeServiceFinder) =>
  $$<HTMLElement>(el, '.card').map((c) => [c.querySelector<HTMLElement>('.name-button')!.dataset.id!, c.querySelector('.facts')!.textContent!.includes('Serves your area')] as const);
const countText = (el: IntakeServiceFinder) => $(el, '#count').textContent!.trim();
const hint = (el: IntakeServiceFinder) => el.shadowRoot!.querySelector('#postcode-hint')?.textContent?.trim() ?? '';

describe('service finder: ZIP code and service areas', () => {
  it('a ZIP code in Redwood City: nearest first, and "Serves your area" exactly on the services that list San Mateo County or Redwood City', async () => {
    const el = await finder();
    const events = capture(el, 'intake-error');
    await usePostcode(el, '94063');
    // The directory's own addresses put 94063 in Redwood City (19 of its locations say so).
    await waitFor(() => $(el, '#distance-hint').textContent!.includes('Distances are from 94063 (Redwood City).'));
    expect($<HTMLSelectElement>(el, '.sort select').value).to.equal('distance');

    // Nearest first, measured from the ZIP code's Census point.
    const place = (await lookupZip('94063'))!;
    expect(place.lat).to.be.closeTo(37.49, 0.02);
    const km = resultServices(el).map((s) => nearestKm(place, s.locations) ?? Infinity);
    expect(km.length).to.equal(136);
    for (let i = 1; i < km.length; i++) expect(km[i]!, `result ${i}`).to.be.at.least(km[i - 1]!);
    expect(km[0]).to.be.below(2);
    // A long list: the virtualizer draws the cards in view, below the filters.
    $<HTMLDetailsElement>(el, 'details.filters').open = false;
    $(el, '.results').scrollIntoView();
    // As many as fit on a 600 px screen (about 7), not a fixed ten.
    await waitFor(() => $$(el, '.card').length >= 5, 8000);
    $<HTMLDetailsElement>(el, 'details.filters').open = true;
    expect($(el, '.card .facts').textContent).to.match(/^\s*(Serves your area\s*)?\d(\.\d)? miles? away/);

    // The mark: on every card on screen of a service listing San Mateo County (its outline holds the
    // ZIP code's point) or the city of Redwood City (a name only), and on no other.
    expect(listing('San Mateo County').size).to.equal(112);
    const sanMateo = listing('San Mateo County', 'Redwood City');
    expect(sanMateo.size).to.equal(122);
    const shown = cards(el);
    expect(shown.length).to.be.at.least(5);
    for (const [id, marked] of shown) expect(marked, id).to.equal(sanMateo.has(id));

    // The filter keeps those 112 and says how many.
    await areaFilter(el, true);
    expect(countText(el)).to.equal('122 services found');
    expect(new Set(resultServices(el).map((s) => s.id))).to.deep.equal(sanMateo);
    expect($(el, 'summary').textContent).to.contain('Filters (1 on)');
    expect($(el, '#area-hint').textContent).to.contain("Services that don't say where they serve are left out.");
    expect(cards(el).every(([, marked]) => marked)).to.equal(true);
    await areaFilter(el, false);
    expect(countText(el)).to.equal('136 services found');
    expect(events).to.deep.equal([]);
  });

  it('a ZIP code in San Francisco marks the services that list San Francisco County; the filter finds 27', async () => {
    const el = await finder();
    await usePostcode(el, '94110');
    await areaFilter(el, true);
    // (The index worker answers where the place is served: a moment after the place is found.)
    await waitFor(() => countText(el) === '27 services found');
    expect(new Set(resultServices(el).map((s) => s.id))).to.deep.equal(listing('San Francisco County'));
    // The nearest of them comes first (San Francisco, not the peninsula).
    const place = (await lookupZip('94110'))!;
    const first = resultServices(el)[0]!;
    expect(nearestKm(place, first.locations)!).to.be.below(25);
  });

  it('without a Worker (a strict CSP) the same answers come from this thread', async () => {
    workerSupport.enabled = false;
    try {
      const el = await finder();
      expect(internals(el).directory!.areas).to.equal(undefined);
      await usePostcode(el, '94063');
      await areaFilter(el, true);
      await waitFor(() => countText(el) === '122 services found');
      expect(new Set(resultServices(el).map((s) => s.id))).to.deep.equal(listing('San Mateo County', 'Redwood City'));
      expect($(el, '#distance-hint').textContent).to.contain('Distances are from 94063 (Redwood City).');
    } finally {
      workerSupport.enabled = true;
    }
  });

  it('"Serves my area" waits for a place, and services that list no area are not hidden until it is on', async () => {
    const el = await finder();
    const box = $$<HTMLLabelElement>(el, '.filters label.check').find((l) => l.textContent!.includes('Serves my area'))!.querySelector('input')!;
    expect(box.disabled).to.equal(true);
    expect($(el, '#area-hint').textContent).to.contain('To use this, type your ZIP code or use your location.');
    await usePostcode(el, '94063');
    expect(box.disabled).to.equal(false);
    // 24 services list only cities (or nothing): shown without a mark, still counted.
    expect(countText(el)).to.equal('136 services found');
  });

  it('uses the host\'s geocode instead of the bundled table when one is given, and its locality', async () => {
    const calls: [string, string][] = [];
    let locality: unknown = 'San Francisco';
    const geocode = (postcode: string, country: string) => {
      calls.push([postcode, country]);
      return Promise.resolve({ lat: 37.75, lon: -122.42, locality }); // San Francisco, whatever was typed
    };
    const el = await finder(html`<intake-service-finder src=${AREAS} .geocode=${geocode}></intake-service-finder>`);
    await usePostcode(el, ' 94063 ');
    expect(calls).to.deep.equal([['94063', 'US']]);
    await areaFilter(el, true);
    // Redwood City's ZIP, but the host said San Francisco: the San Francisco County services, and the
    // host's city, not the one the directory's addresses give 94063.
    await waitFor(() => countText(el) === '27 services found');
    await waitFor(() => $(el, '#distance-hint').textContent!.includes('Distances are from 94063 (San Francisco).'));
    // A locality that is not text is not used: the directory's city for 94063 is (10 services list Redwood City).
    locality = { toString: () => 'Redwood City' };
    await usePostcode(el, '94063');
    await waitFor(() => countText(el) === '37 services found');
    expect($(el, '#distance-hint').textContent).to.contain('Distances are from 94063 (Redwood City).');
  });

  it('an unknown ZIP code gets a kind message and changes nothing; a short one says what a ZIP code looks like', async () => {
    const el = await finder();
    const events = capture(el, 'intake-error');
    await usePostcode(el, '00000');
    expect(hint(el)).to.equal("We couldn't find that ZIP code. Check the numbers, or use your location.");
    expect($(el, '#postcode').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#postcode').getAttribute('aria-describedby')).to.equal('postcode-hint');
    expect($<HTMLSelectElement>(el, '.sort select').value).to.equal('relevance');
    await waitFor(() => $(el, '[role="status"]').textContent!.includes("We couldn't find that ZIP code"));
    await usePostcode(el, '9411');
    expect(hint(el)).to.equal('A ZIP code has 5 numbers, like 94110.');
    await usePostcode(el, '94063');
    expect(hint(el)).to.equal('');
    expect($(el, '#postcode').getAttribute('aria-invalid')).to.equal('false');
    expect(events).to.deep.equal([]);
  });

  it('a geocode that throws or answers junk: an intake-error without the postcode, and a kind message', async () => {
    let mode: 'throw' | 'junk' | 'null' = 'throw';
    const geocode = (postcode: string) => {
      if (mode === 'throw') return Promise.reject(new Error(`no match for ${postcode}`));
      return Promise.resolve(mode === 'junk' ? ({ lat: 'north', lon: 1 } as unknown as { lat: number; lon: number }) : null);
    };
    const el = await finder(html`<intake-service-finder src=${AREAS} .geocode=${geocode}></intake-service-finder>`);
    const events = capture(el, 'intake-error');
    await usePostcode(el, '94063');
    expect(hint(el)).to.equal("We couldn't look that up right now. You can try again or use your location.");
    mode = 'junk';
    await usePostcode(el, '94063');
    expect(events.map((e) => e.code)).to.deep.equal(['geocode-failed', 'geocode-failed']);
    for (const e of events) expect(e.message).not.to.contain('94063');
    expect(events[0]!.message).to.contain('geocode threw');
    mode = 'null';
    await usePostcode(el, '94063');
    expect(hint(el)).to.equal("We couldn't find that ZIP code. Check the numbers, or use your location.");
    expect(events.length).to.equal(2);
    expect(countText(el)).to.equal('136 services found');
  });

  it('listed postcodes (the HSDS example "postcodes starting with AB1, AB2, and AB3") with a UK host', async () => {
    const service = (id: string, area: object) => ({ id, name: `Service ${id}`, status: 'active', service_areas: [area] });
    const services = [
      service('listed', { name: 'MyCity', description: 'The service is available to all residents of the MyCity area, including all postcodes starting with AB1, AB2, and AB3' }),
      service('other', { name: 'Elsewhere', extent: 'CD1, CD2', extent_type: 'text' }),
      { id: 'none', name: 'Service none', status: 'active' },
    ];
    const calls: [string, string][] = [];
    const geocode = (postcode: string, country: string) => (calls.push([postcode, country]), Promise.resolve({ lat: 57.15, lon: -2.1 }));
    const el = await finder(html`<intake-service-finder country="GB" .services=${services} .geocode=${geocode}></intake-service-finder>`);
    expect($(el, 'label[for="postcode"]').textContent).to.equal('Postcode or town');
    await usePostcode(el, 'ab1 2cd');
    expect(calls).to.deep.equal([['AB1 2CD', 'GB']]);
    const marked = () => cards(el).filter(([, yes]) => yes).map(([id]) => id);
    await waitFor(() => marked().length > 0);
    expect(marked()).to.deep.equal(['listed']);
    await areaFilter(el, true);
    expect(countText(el)).to.equal('1 service found');
    await usePostcode(el, 'AB12 3CD'); // not in "AB1"
    await waitFor(() => countText(el) === 'No services found');
  });

  it('without a geocode, a country other than the US says postcodes cannot be looked up here', async () => {
    const el = await finder(html`<intake-service-finder src=${AREAS} country="CA"></intake-service-finder>`);
    const events = capture(el, 'intake-error');
    await usePostcode(el, 'K1A 0B1');
    expect(hint(el)).to.equal("We can't look up postcodes here. You can use your location instead.");
    expect(events).to.deep.equal([]);
  });
});

describe('service areas: reading and testing', () => {
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  const withArea = (area: object) => normalizeServices([{ id: 's', name: 'S', service_areas: [area] }]);

  it('reads GeoJSON polygons (with holes, multi, features) and tests points against them', () => {
    const donut = JSON.stringify({ type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] });
    const area = withArea({ name: 'Donut', extent: donut, extent_type: 'geojson' }).services[0]!.area!;
    expect(area.names).to.deep.equal(['Donut']);
    expect(servesPlace(area, { lon: 2, lat: 2 })).to.equal('serves');
    expect(servesPlace(area, { lon: 5, lat: 5 }), 'in the hole').to.equal('outside');
    expect(servesPlace(area, { lon: 12, lat: 5 })).to.equal('outside');
    const feature = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[square(0, 0, 1, 1)], [[...square(20, 20, 21, 21)]]] } }] };
    const multi = withArea({ extent: feature }).services[0]!.area!; // the object itself, as some publishers write it
    expect(servesPlace(multi, { lon: 20.5, lat: 20.5 })).to.equal('serves');
    expect(servesPlace(multi, { lon: 10, lat: 10 })).to.equal('outside');
  });

  it('an extent it cannot read is left out and counted; the service stays; names alone are "not listed"', () => {
    const r = withArea({ name: 'The service is available to all residents of the MyCity area.', extent: 'extent', extent_type: 'geojson' });
    expect(r.services.length).to.equal(1);
    expect(r.dropped).to.equal(1);
    expect(r.reasons[0]).to.contain('service area extent is not GeoJSON');
    expect(servesPlace(r.services[0]!.area, { lat: 1, lon: 1, postcode: '94063' })).to.equal('unknown');
    const kml = withArea({ extent: '<kml/>', extent_type: 'kml' });
    expect(kml.dropped).to.equal(1);
    const bad = withArea({ extent: JSON.stringify({ type: 'Polygon', coordinates: [[[0, 0], [500, 0], [0, 1], [0, 0]]] }), extent_type: 'geojson' });
    expect(bad.dropped).to.equal(1);
    expect(servesPlace(undefined, { lat: 1, lon: 1 })).to.equal('unknown');
  });

  it('reads postcodes only from lists or text that says they are postcodes', () => {
    expect(withArea({ name: '94401, 94402 and 94403' }).services[0]!.area!.postcodes).to.deep.equal(['94401', '94402', '94403']);
    expect(withArea({ name: 'Redwood City', description: 'Families at 12345 Main St' }).services[0]!.area!.postcodes).to.deep.equal([]);
    expect(withArea({ description: 'ZIP codes 94063 and 94061' }).services[0]!.area!.postcodes).to.deep.equal(['94063', '94061']);
    const area = withArea({ name: '94063' }).services[0]!.area!;
    expect(servesPlace(area, { lat: 0, lon: 0, postcode: '94063' })).to.equal('serves');
    expect(servesPlace(area, { lat: 0, lon: 0, postcode: '94061' })).to.equal('outside');
    expect(servesPlace(area, { lat: 0, lon: 0 }), 'a device location has no postcode').to.equal('unknown');
  });
});

describe('service finder: a city typed instead of a postcode', () => {
  /** The middle of the directory's own locations in a city, read straight from the data. */
  const middleOf = (city: string) => {
    const points = (raw as unknown as { service_at_locations?: { location?: { latitude?: number; longitude?: number; addresses?: { city?: string }[] } }[] }[])
      .flatMap((s) => s.service_at_locations ?? [])
      .map((sal) => sal.location)
      .filter((l) => l?.addresses?.[0]?.city === city && typeof l.latitude === 'number');
    return { lat: points.reduce((n, l) => n + l!.latitude!, 0) / points.length, lon: points.reduce((n, l) => n + l!.longitude!, 0) / points.length, n: points.length };
  };

  it('"rÉdwood  city": "Near Redwood City", distances from the middle of its services, and services that list it serve', async () => {
    const el = await finder();
    const events = capture(el, 'intake-error');
    expect($(el, 'label[for="postcode"]').textContent).to.equal('ZIP code or city');
    await usePostcode(el, '  rÉdwood   CITY ');
    expect(hint(el)).to.equal('');
    expect($(el, '#distance-hint').textContent!.trim()).to.equal('Near Redwood City. Distances are from the middle of that city.');
    await waitFor(() => $(el, '[role="status"]').textContent!.includes('Showing the nearest services first.'));
    expect($<HTMLSelectElement>(el, '.sort select').value).to.equal('distance');
    const middle = middleOf('Redwood City');
    expect(middle.n).to.equal(30);
    const km = resultServices(el).map((s) => nearestKm(middle, s.locations) ?? Infinity);
    expect(km.length).to.equal(136);
    for (let i = 1; i < km.length; i++) expect(km[i]!, `result ${i}`).to.be.at.least(km[i - 1]!);
    expect(km[0]).to.be.below(3);
    // Its middle is in San Mateo County's outline; and 10 services list the city by name only.
    await areaFilter(el, true);
    await waitFor(() => countText(el) === '122 services found');
    expect(new Set(resultServices(el).map((s) => s.id))).to.deep.equal(listing('San Mateo County', 'Redwood City'));
    // Another city of the directory: Menlo Park's 11 listings serve it, Redwood City's no longer.
    await usePostcode(el, 'menlo park');
    await waitFor(() => countText(el) === '123 services found');
    expect(new Set(resultServices(el).map((s) => s.id))).to.deep.equal(listing('San Mateo County', 'Menlo Park'));
    expect(events).to.deep.equal([]);
  });

  it('a city this directory does not have, and hostile strings: a kind message, no place, nothing run, no intake-error', async () => {
    const el = await finder();
    const events = capture(el, 'intake-error');
    const before = $(el, '#distance-hint').textContent!.trim();
    const noPlace = "We couldn't find a place by that name in this directory. Check the spelling, or use your location.";
    for (const typed of ['Oakland', 'San Mateo County', '__proto__', 'constructor', 'Redwood', ...HOSTILE_STRINGS]) {
      await usePostcode(el, typed);
      expect([noPlace, 'A ZIP code has 5 numbers, like 94110.'], typed.slice(0, 40)).to.include(hint(el));
      expect($(el, '#distance-hint').textContent!.trim(), typed.slice(0, 40)).to.equal(before);
    }
    expect(hint(el)).to.equal(noPlace); // the last one: 10,000 letters
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(countText(el)).to.equal('136 services found');
    expect(events).to.deep.equal([]);
  });

  it('with a host geocode, a name the directory does not have goes to the host; one it has does not', async () => {
    const calls: string[] = [];
    const geocode = (text: string) => (calls.push(text), Promise.resolve(text === 'Oakland' ? { lat: 37.8, lon: -122.27, locality: 'Oakland' } : null));
    const el = await finder(html`<intake-service-finder src=${AREAS} .geocode=${geocode}></intake-service-finder>`);
    await usePostcode(el, 'Belmont');
    expect(calls).to.deep.equal([]);
    expect($(el, '#distance-hint').textContent!.trim()).to.equal('Near Belmont. Distances are from the middle of that city.');
    await usePostcode(el, 'Oakland');
    expect(calls).to.deep.equal(['Oakland']);
    // Oakland is in Alameda County's outline (26 services list it).
    await areaFilter(el, true);
    await waitFor(() => countText(el) === '26 services found');
    await usePostcode(el, 'Atlantis');
    expect(hint(el)).to.equal("We couldn't find a place by that name in this directory. Check the spelling, or use your location.");
  });
});

describe('service areas: cities, from real HSDS shapes', () => {
  const located = (city: string, postcode: string, lat: number, lon: number) => ({ location: { latitude: lat, longitude: lon, addresses: [{ address_1: '1 Main St', city, postal_code: postcode, address_type: 'physical' }] } });
  const directory = normalizeServices([
    { id: 'daly-1', name: 'A', service_at_locations: [located('Daly City', '94015', 37.69, -122.47)], service_areas: [{ name: 'Daly City' }] },
    { id: 'daly-2', name: 'B', service_at_locations: [located('Daly City', '94015-1634', 37.7, -122.48)], service_areas: [{ name: 'Colma, Daly City', extent: 'Colma, Daly City', extent_type: 'text' }] },
    { id: 'colma', name: 'C', service_at_locations: [located('Colma', '94015', 37.68, -122.46)], service_areas: [{ name: 'Colma' }] },
    { id: 'vague', name: 'D', service_areas: [{ name: 'Colma' }, { name: 'northern California' }] },
    // The HSDS 3.0 example's area: a sentence, not a list of places.
    { id: 'sentence', name: 'E', service_areas: [{ name: 'The service is available to all residents of the MyCity area. We provide the service in our offices.' }] },
    { id: 'none', name: 'F' },
  ]).services;

  it('reads place names from names and text extents, not from postcode lists', () => {
    expect(directory[1]!.area!.places).to.deep.equal(['Colma', 'Daly City']);
    expect(normalizeServices([{ id: 's', name: 'S', service_areas: [{ name: 'Zip codes', extent: '94063, 94061', extent_type: 'text' }] }]).services[0]!.area!.places).to.deep.equal([]);
    expect(directory[0]!.locations[0]).to.include({ city: 'Daly City', postcode: '94015' });
  });

  it('a postcode is in the city most of its addresses name; unknown names leave the answer unknown', () => {
    const areas = new DirectoryAreas(directory);
    const { answers, city } = areas.answer({ lat: 37.69, lon: -122.47, postcode: '94015' });
    expect(city).to.equal('Daly City'); // 2 addresses against Colma's 1
    expect([...answers]).to.deep.equal([SERVES, SERVES, OUTSIDE, UNKNOWN, UNKNOWN, UNKNOWN]);
    const colma = areas.answer({ lat: 37.68, lon: -122.46, city: 'COLMA' }).answers;
    expect([...colma]).to.deep.equal([OUTSIDE, SERVES, SERVES, SERVES, UNKNOWN, UNKNOWN]);
    // A device location: no city, so names cannot be checked.
    expect([...areas.answer({ lat: 37.68, lon: -122.46 }).answers]).to.deep.equal([UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
    expect(areas.cityNamed(' dály   CITY ')).to.deep.equal({ name: 'Daly City', lat: 37.695, lon: -122.475 });
    for (const name of ['', 'Daly', 'northern California', '__proto__', 'constructor', ...HOSTILE_STRINGS]) expect(areas.cityNamed(name), name.slice(0, 30)).to.equal(undefined);
    expect(placeKey('  São  Paulo! ')).to.equal('sao paulo');
  });
});

describe('service areas in the index worker: 10,000 services with county-sized outlines', () => {
  const CX = -122.3;
  const CY = 37.5;
  const circle = (cx: number, cy: number, r: number, points: number) => {
    const ring = Array.from({ length: points }, (_, i) => [cx + r * Math.cos((2 * Math.PI * i) / points), cy + r * Math.sin((2 * Math.PI * i) / points)]);
    return [...ring, ring[0]!];
  };
  // A county with a hole (a city that runs its own services), and a county next to it: 400 and 300 points.
  const donut = JSON.stringify({ type: 'Polygon', coordinates: [circle(CX, CY, 0.3, 300), circle(CX, CY, 0.1, 100)] });
  const nextDoor = JSON.stringify({ type: 'Polygon', coordinates: [circle(CX + 0.7, CY, 0.3, 300)] });
  /** Kind of service i: 0 lists the donut, 1 the county next door, 2 lists nothing, 3 both. */
  const kind = (i: number) => i % 4;
  const services = Array.from({ length: 10000 }, (_, i) => ({
    id: `s${i}`,
    name: `Service ${i}`,
    description: 'Food pantry',
    service_at_locations: [{ location: { latitude: CY + ((i % 100) - 50) / 200, longitude: CX + ((i % 37) - 18) / 50 } }],
    ...(kind(i) === 2
      ? {}
      : {
          service_areas: [
            ...(kind(i) !== 1 ? [{ name: 'Donut County', extent: donut, extent_type: 'geojson' }] : []),
            ...(kind(i) !== 0 ? [{ name: 'Next Door County', extent: nextDoor, extent_type: 'geojson' }] : []),
          ],
        }),
  }));
  const expected = (serves: (k: number) => boolean) => services.filter((_, i) => serves(kind(i))).length;

  it('answers "Serves your area" for a place inside, in the hole and outside, with no long task on the page', async function () {
    this.timeout(120000);
    let point = { lat: CY, lon: CX + 0.2 };
    const geocode = () => Promise.resolve(point);
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder .services=${services} .geocode=${geocode}></intake-service-finder>`);
    await waitFor(() => el.status === 'ready' && internals(el).directory?.services.length === 10000, 60000);
    await el.updateComplete;
    // The outlines stayed in the worker: the page could not walk them if it tried.
    const dir = internals(el).directory!;
    expect(dir.services.filter((s) => s.area).length).to.equal(7500);
    expect(dir.services.every((s) => !s.area || s.area.polygons.length === 0)).to.equal(true);
    $<HTMLDetailsElement>(el, 'details.filters').open = true;
    await waitFor(() => !!el.shadowRoot!.querySelector('#postcode'));
    await new Promise((r) => setTimeout(r, 300)); // let the first screen settle

    // The worker answers for 10,000 services while the page only waits: no task of the page's over 50 ms.
    const areas = dir.areas!;
    const longTasks: number[] = [];
    const canWatch = PerformanceObserver.supportedEntryTypes.includes('longtask'); // Chromium only
    const watcher = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    if (canWatch) watcher.observe({ type: 'longtask' });
    const [ring, hole, far] = await Promise.all([{ lat: CY, lon: CX + 0.2 }, { lat: CY, lon: CX }, { lat: CY + 3, lon: CX }].map((p) => areas.answer(p)));
    await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive after the task
    longTasks.push(...watcher.takeRecords().map((e) => e.duration));
    watcher.disconnect();
    if (canWatch) expect(longTasks, 'long tasks (ms) while the worker answered').to.deep.equal([]);
    const bytes = (a: { answers: Uint8Array }) => [...a.answers];
    expect(bytes(ring)).to.deep.equal(services.map((_, i) => [SERVES, OUTSIDE, UNKNOWN, SERVES][kind(i)]));
    expect(bytes(hole)).to.deep.equal(services.map((_, i) => [OUTSIDE, OUTSIDE, UNKNOWN, OUTSIDE][kind(i)]));
    expect(bytes(far)).to.deep.equal(bytes(hole));

    // As a person sees it: a place inside the ring, then in the hole, next door and far away.
    await usePostcode(el, '94063'); // the host says: inside the donut's ring
    const served = () => (el as unknown as { served?: { ids: Set<string> } }).served?.ids.size ?? -1;
    await waitFor(() => served() === expected((k) => k === 0 || k === 3), 10000);
    $<HTMLDetailsElement>(el, 'details.filters').open = false;
    $(el, '.results').scrollIntoView();
    await waitFor(() => $$(el, '.card').length >= 5, 8000);
    $<HTMLDetailsElement>(el, 'details.filters').open = true;
    for (const [id, yes] of cards(el)) expect(yes, id).to.equal([true, false, false, true][kind(Number(id.slice(1)))]);
    await areaFilter(el, true);
    await waitFor(() => countText(el) === `${formatCount(expected((k) => k === 0 || k === 3))} services found`, 10000);

    point = { lat: CY, lon: CX }; // in the hole
    await usePostcode(el, '94063');
    await waitFor(() => countText(el) === 'No services found', 10000);

    point = { lat: CY, lon: CX + 0.7 }; // next door
    await usePostcode(el, '94063');
    await waitFor(() => countText(el) === `${formatCount(expected((k) => k === 1 || k === 3))} services found`, 10000);

    point = { lat: CY + 3, lon: CX }; // far away
    await usePostcode(el, '94063');
    await waitFor(() => countText(el) === 'No services found', 10000);
  });
});

const formatCount = (n: number) => n.toLocaleString('en');
