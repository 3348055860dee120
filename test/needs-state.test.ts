import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { NEED_IDS, SDOH_CATEGORIES, needsCatalog, sdohCategoriesOf, taxonomyFor } from '../src/data/needs-catalog.js';
import { crisisLines } from '../src/data/crisis-lines.js';
import { CatalogSchema, checkCatalog } from '../src/needs-finder/catalog-schema.js';
import { CrisisLineSchema } from '../src/crisis-card/resource-schema.js';
import { selectLines } from '../src/crisis-card/select-lines.js';
import { builtInDescription, builtInLabel } from '../src/needs-finder/need-texts.js';
import {
  activeCatalog,
  buildResult,
  emptyState,
  handoffNeeds,
  parseDomains,
  rankPriorities,
  setUrgency,
  setWantsHelp,
  stepsFor,
  togglePick,
} from '../src/needs-finder/needs-state.js';
import { SCREENING_ITEMS, answerItem, itemsFor, screeningOutcome } from '../src/needs-finder/screening.js';
import { toNeedsQuestionnaireResponse } from '../src/needs-finder/fhir.js';
import { resultSchemas } from '../src/core/schemas.js';
import { NeedsResult } from '../src/core/needs-schemas.js';

describe('registration', () => {
  it('importing the class module defines nothing', async () => {
    await import('../src/needs-finder/needs-finder.js');
    expect(customElements.get('intake-needs-finder')).to.equal(undefined);
    expect(customElements.get('intake-crisis-card')).to.equal(undefined);
  });
});

describe('needs catalog (data)', () => {
  it('validates against its schema, with unique ids and every required need', () => {
    expect(CatalogSchema.safeParse(needsCatalog).success).to.equal(true);
    expect(needsCatalog.map((n) => n.id)).to.deep.equal([...NEED_IDS]);
    for (const id of ['food', 'housing-tonight', 'housing-keep', 'housing-quality', 'utilities', 'transportation', 'money', 'work', 'legal', 'immigration', 'health-care', 'mental-health', 'substance-use', 'someone-to-talk-to', 'family-caregiving', 'childcare', 'education', 'safety', 'disability', 'digital-access', 'clothing-hygiene',
      // the needs people ask for that were missing or buried (issue 13)
      'veterans', 'reentry', 'language', 'older-adults', 'household-goods', 'id-documents', 'phone', 'health-insurance']) {
      expect(NEED_IDS, id).to.include(id);
    }
  });

  it('gives every need a label, a description, an icon, taxonomy terms and keywords', () => {
    for (const need of needsCatalog) {
      expect(builtInLabel(need.id), need.id).to.be.a('string');
      expect(builtInDescription(need.id), need.id).to.be.a('string');
      expect(need.icon, need.id).to.match(/^M[MmLlHhVvCcSsQqTtAaZz0-9 ,.-]+$/);
      // Open Eligibility has no term for a phone: that need has keywords only.
      if (need.id !== 'phone') expect(need.taxonomy.length, need.id).to.be.greaterThan(0);
      expect(need.keywords.length, need.id).to.be.greaterThan(0);
      for (const code of sdohCategoriesOf(need)) expect(SDOH_CATEGORIES, need.id).to.include(code);
      for (const f of need.findings ?? []) expect(f.code, need.id).to.match(/^\d{6,18}$/);
    }
  });

  it('maps the needs that have one to their HL7 SDOH category', () => {
    const sdoh = Object.fromEntries(needsCatalog.map((n) => [n.id, n.sdoh ?? null]));
    expect(sdoh).to.include({
      food: 'food-insecurity',
      'housing-tonight': 'homelessness',
      'housing-keep': 'housing-instability',
      'housing-quality': 'inadequate-housing',
      utilities: 'utility-insecurity',
      transportation: 'transportation-insecurity',
      money: 'financial-insecurity',
      safety: 'intimate-partner-violence',
      'digital-access': 'digital-access',
      'someone-to-talk-to': 'social-connection',
      legal: null,
      veterans: 'veteran-status',
      reentry: 'incarceration-status',
      language: 'language-access',
      'household-goods': 'material-hardship',
      phone: 'digital-access',
      'health-insurance': 'health-insurance-coverage-status',
      'older-adults': 'sdoh-category-unspecified',
      'id-documents': 'sdoh-category-unspecified',
    });
    expect(needsCatalog.filter((n) => n.safety).map((n) => n.id)).to.deep.equal(['safety']);
  });

  it('codes what the review found wrong', () => {
    const need = (id: string) => needsCatalog.find((n) => n.id === id)!;
    // A clinic is not an insurance status; insurance and medical bills are their own need.
    expect(sdohCategoriesOf(need('health-care'))).to.deep.equal([]);
    expect(need('health-care').taxonomy.map((t) => t.code)).to.include.members(['106-06', '106-06-09', '106-02']);
    expect(sdohCategoriesOf(need('health-insurance'))).to.deep.equal(['health-insurance-coverage-status', 'medical-cost-burden']);
    // Safety at home: partners and also older people hurt by family or a caregiver.
    expect(sdohCategoriesOf(need('safety'))).to.deep.equal(['intimate-partner-violence', 'elder-abuse']);
    expect(need('safety').keywords).to.include('elder abuse');
    // Someone to talk to: social connection and emotional support, with mental-health support terms.
    expect(sdohCategoriesOf(need('someone-to-talk-to'))).to.deep.equal(['social-connection', 'stress']);
    expect(need('someone-to-talk-to').taxonomy.map((t) => t.code)).to.include.members(['108-07-01', '108-07-02', '106-04-08']);
    expect(need('someone-to-talk-to').findings).to.deep.equal([{ code: '422650009', display: 'Social isolation' }]);
  });

  it('gives each new need Open Eligibility terms from the stored taxonomy', () => {
    const terms = Object.fromEntries(needsCatalog.map((n) => [n.id, n.taxonomy.map((t) => `${t.code} ${t.name}`)]));
    expect(terms['veterans']).to.deep.equal(['20010 Veterans']);
    expect(terms['reentry']).to.deep.equal(['20016 Ex-Offenders']);
    expect(terms['id-documents']).to.deep.equal(['111-01-05 Identification Recovery']);
    expect(terms['household-goods']).to.include('104-03-03 Furniture');
    expect(terms['language']).to.include('111-05 Translation & Interpretation');
    expect(terms['older-adults']).to.include.members(['108-03-01 Adult Daycare', '108-03-07 Relief for Caregivers', '20006 Seniors']);
    expect(terms['phone']).to.deep.equal([]);
  });

  it('taxonomyFor() gives each term once, for the service finder', () => {
    const terms = taxonomyFor(['housing-tonight', 'safety']);
    const codes = terms.map((t) => t.code);
    expect(new Set(codes).size).to.equal(codes.length);
    expect(codes).to.include.members(['101-04', '101-06-01', '101-06-02']);
  });
});

describe('the National Domestic Violence Hotline (crisis data)', () => {
  const line = crisisLines.find((l) => l.id === 'us-domestic-violence-hotline')!;

  it('is bundled, verified and dated, and valid', () => {
    expect(line).to.exist;
    expect(line.verifiedOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(line.source).to.match(/^https:\/\//);
    expect(line.channels).to.deep.include({ type: 'call', display: '1-800-799-7233', dial: '18007997233' });
    expect(line.channels).to.deep.include({ type: 'text', display: '88788', dial: '88788', keyword: 'START' });
    expect(CrisisLineSchema.safeParse(line).success).to.equal(true);
  });

  it('shows only for the domestic-violence audience, first', () => {
    const base = { region: 'US', locale: 'en', lines: crisisLines, emergencyNumbers: [] };
    expect(selectLines(base).lines.map((s) => s.line.id)).not.to.include(line.id);
    expect(selectLines({ ...base, audience: 'domestic-violence' }).lines[0].line.id).to.equal(line.id);
  });
});

describe('needs state', () => {
  const all = needsCatalog;

  it('need and wants-help stay apart; urgency only follows a yes', () => {
    let s = togglePick(emptyState(), 'food', true);
    s = setUrgency(s, 'food', 'today');
    expect(s.followUp['food']?.urgency ?? null, 'no urgency without a yes').to.equal(null);
    s = setWantsHelp(s, 'food', 'yes');
    s = setUrgency(s, 'food', 'today');
    s = setWantsHelp(s, 'food', 'not-now');
    const r = buildResult({ state: s, mode: 'cards', active: all, locale: 'en', subject: 'self', id: 'x' });
    expect(r.needs).to.have.length(1);
    expect(r.needs[0]).to.include({ hasNeed: true, wantsHelp: 'not-now', urgency: null });
    expect(handoffNeeds(r)).to.deep.equal([]);
    expect(NeedsResult.safeParse(r).success).to.equal(true);
  });

  it('a result carries each new need with its SDOH categories, findings and terms, and validates', () => {
    const ids = ['veterans', 'reentry', 'language', 'older-adults', 'household-goods', 'id-documents', 'phone', 'health-insurance', 'safety'];
    let s = emptyState();
    for (const id of ids) s = togglePick(s, id, true);
    const r = buildResult({ state: s, mode: 'cards', active: all, locale: 'en', subject: 'self', id: 'x' });
    expect(NeedsResult.safeParse(r).success).to.equal(true);
    const byId = Object.fromEntries(r.needs.map((n) => [n.id, n]));
    expect(Object.keys(byId)).to.have.members(ids);
    expect(byId['veterans']).to.deep.include({ sdohCode: 'veteran-status', sdohCodes: ['veteran-status'], taxonomy: [{ code: '20010', name: 'Veterans' }] });
    expect(byId['reentry']).to.deep.include({ sdohCode: 'incarceration-status', taxonomy: [{ code: '20016', name: 'Ex-Offenders' }] });
    expect(byId['language'].sdohCodes).to.deep.equal(['language-access']);
    expect(byId['health-insurance'].sdohCodes).to.deep.equal(['health-insurance-coverage-status', 'medical-cost-burden']);
    expect(byId['safety'].sdohCodes).to.deep.equal(['intimate-partner-violence', 'elder-abuse']);
    expect(byId['phone']).to.deep.include({ sdohCode: 'digital-access', taxonomy: [] });
    expect(byId['household-goods'].taxonomy.map((t) => t.code)).to.include('104-03-03');
    // FHIR: the same codes reach the QuestionnaireResponse.
    const qr = toNeedsQuestionnaireResponse(r);
    const category = (id: string) => qr.item.find((i) => i.linkId === `need-${id}`)!.item!.find((i) => i.linkId === `need-${id}.category`)?.answer?.map((a) => a.valueCoding!.code);
    expect(category('veterans')).to.deep.equal(['veteran-status']);
    expect(category('reentry')).to.deep.equal(['incarceration-status']);
    expect(category('language')).to.deep.equal(['language-access']);
    expect(category('older-adults')).to.deep.equal(['sdoh-category-unspecified']);
    expect(category('safety')).to.deep.equal(['intimate-partner-violence', 'elder-abuse']);
  });

  it('the QuestionnaireResponse with every need, categories and findings is valid FHIR R4 (official JSON schema)', async function () {
    this.timeout(120000);
    // The schema compiles in the test server's worker (seconds): wait for it.
    for (let i = 0; i < 300 && !(await executeServerCommand<boolean, undefined>('fhir-validate-ready')); i++) await new Promise((r) => setTimeout(r, 300));
    let s = emptyState();
    for (const id of NEED_IDS) s = togglePick(s, id, true);
    const qr = toNeedsQuestionnaireResponse(buildResult({ state: s, mode: 'cards', active: all, locale: 'en', subject: 'self', id: 'x' }));
    const { valid, errors } = (await executeServerCommand<{ valid: boolean; errors: string[] }, unknown>('fhir-validate', qr))!;
    expect(errors).to.deep.equal([]);
    expect(valid).to.equal(true);
    const findings = qr.item.flatMap((i) => i.item ?? []).filter((i) => i.linkId.endsWith('.finding'));
    expect(findings.map((f) => f.linkId)).to.have.members(['need-food.finding', 'need-housing-tonight.finding', 'need-transportation.finding', 'need-work.finding', 'need-someone-to-talk-to.finding']);
  });

  it('a need with a SNOMED CT finding from the SDOH IG carries it to the result', () => {
    let s = togglePick(emptyState(), 'food', true);
    s = togglePick(s, 'health-care', true);
    const r = buildResult({ state: s, mode: 'cards', active: all, locale: 'en', subject: 'self', id: 'x' });
    const food = r.needs.find((n) => n.id === 'food')!;
    expect(food.findings).to.deep.equal([{ system: 'http://snomed.info/sct', code: '733423003', display: 'Food insecurity' }]);
    const clinic = r.needs.find((n) => n.id === 'health-care')!;
    expect(clinic).to.deep.include({ sdohCode: null, sdohCodes: [], findings: [] });
  });

  it('rankPriorities: matters most, then help wanted soonest, then skipped, then already, then not now', () => {
    const ranks = rankPriorities(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      {
        a: { wantsHelp: 'not-now', urgency: null },
        b: { wantsHelp: 'yes', urgency: 'later' },
        c: { wantsHelp: 'already-getting-help', urgency: null },
        d: { wantsHelp: 'yes', urgency: 'today' },
        e: { wantsHelp: null, urgency: null },
      },
      'f',
    );
    expect([...ranks.entries()]).to.deep.equal([
      ['f', 1],
      ['d', 2],
      ['b', 3],
      ['e', 4],
      ['c', 5],
      ['a', 6],
    ]);
  });

  it('mostImportant is null with a single need (nothing to choose between)', () => {
    let s = togglePick(emptyState(), 'food', true);
    s = { ...s, mostImportant: 'food' };
    const r = buildResult({ state: s, mode: 'cards', active: all, locale: 'en', subject: 'self', id: 'x' });
    expect(r.mostImportant).to.equal(null);
    expect(r.needs[0].priority).to.equal(1);
  });

  it('un-picking the most important need clears it', () => {
    let s = togglePick(togglePick(emptyState(), 'food', true), 'work', true);
    s = { ...s, mostImportant: 'work' };
    s = togglePick(s, 'work', false);
    expect(s.mostImportant).to.equal(null);
  });

  it('parseDomains keeps known ids in order, once, and lists unknown ones', () => {
    expect(parseDomains(' food,safety  food  nope ', all)).to.deep.equal({ ids: ['food', 'safety'], unknown: ['nope'] });
    expect(activeCatalog(all, []).length).to.equal(all.length);
    expect(activeCatalog(all, ['work', 'food']).map((n) => n.id)).to.deep.equal(['work', 'food']);
  });

  it('stepsFor skips follow-up with no needs and "matters most" with one', () => {
    expect(stepsFor('cards', 0)).to.deep.equal(['pick', 'done']);
    expect(stepsFor('cards', 1)).to.deep.equal(['pick', 'follow-up', 'done']);
    expect(stepsFor('questions', 2)).to.deep.equal(['questions', 'follow-up', 'priority', 'done']);
    expect(stepsFor('cards', 2, 1), 'one of two said "Not now": nothing to rank').to.deep.equal(['pick', 'follow-up', 'done']);
  });
});

describe('screening (AHC items + our own safety question)', () => {
  const ids = needsCatalog.map((n) => n.id);

  it('bundles no HITS text: the safety item is our own, without a LOINC code', () => {
    const safety = SCREENING_ITEMS.find((i) => i.id === 'safety')!;
    expect(safety.code).to.equal(null);
    expect(safety.linkId).not.to.match(/^\d/);
    expect(SCREENING_ITEMS.map((i) => i.code)).not.to.include.members(['95618-5', '95617-7', '95616-9', '95615-1']);
  });

  it('applies the AHC positive rules', () => {
    const out = screeningOutcome(
      { living: ['not-steady'], problems: ['none'], 'food-worried': ['never'], 'food-ran-out': ['sometimes'], transportation: ['yes'], utilities: ['no'], safety: ['no'] },
      ids,
    );
    expect(out.positive).to.deep.equal(['housing-tonight', 'food', 'transportation']);
    expect(out.negative).to.have.members(['housing-keep', 'housing-quality', 'utilities', 'safety']);
    expect(screeningOutcome({ utilities: ['shut-off'] }, ids).positive).to.deep.equal(['utilities']);
    expect(screeningOutcome({ living: ['worried'] }, ids).positive).to.deep.equal(['housing-keep']);
  });

  it('answerItem: single choice replaces, "none" excludes the rest', () => {
    const problems = SCREENING_ITEMS.find((i) => i.id === 'problems')!;
    let a = answerItem({}, problems, 'mold', true);
    a = answerItem(a, problems, 'pests', true);
    expect(a.problems).to.deep.equal(['mold', 'pests']);
    expect(answerItem(a, problems, 'none', true).problems).to.deep.equal(['none']);
    expect(answerItem(a, problems, 'mold', false).problems).to.deep.equal(['pests']);
    const living = SCREENING_ITEMS.find((i) => i.id === 'living')!;
    expect(answerItem(answerItem({}, living, 'steady', true), living, 'worried', true).living).to.deep.equal(['worried']);
  });

  it('itemsFor asks only what the catalog covers', () => {
    expect(itemsFor(['food']).map((i) => i.id)).to.deep.equal(['food-worried', 'food-ran-out']);
  });
});

describe('host catalog check', () => {
  it('fills in built-in ids and accepts host needs with a label', () => {
    const r = checkCatalog([{ id: 'food' }, { id: 'pets', label: 'Pets' }]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.catalog[0].sdoh).to.equal('food-insecurity');
    expect(r.catalog[0].taxonomy.length).to.be.greaterThan(3);
    expect(r.catalog[1]).to.include({ id: 'pets', label: 'Pets' });
    expect(r.catalog[1].icon).to.match(/^M/);
  });

  for (const [why, input] of [
    ['not an array', { food: true }],
    ['empty', []],
    ['duplicate ids', [{ id: 'food' }, { id: 'food' }]],
    ['a new need without a label', [{ id: 'pets' }]],
    ['markup in an icon', [{ id: 'food', icon: 'M0 0"/><script>' }]],
    ['an unknown SDOH code', [{ id: 'food', sdoh: 'hunger' }]],
    ['a localized label without English', [{ id: 'pets', label: { es: 'Mascotas' } }]],
  ] as const) {
    it(`rejects ${why}`, () => {
      const r = checkCatalog(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problems.length).to.be.greaterThan(0);
    });
  }
});

describe('toNeedsQuestionnaireResponse', () => {
  const result: NeedsResult = {
    schema: 'compassionate-intake/needs',
    version: 1,
    id: 'abc-123',
    locale: 'es',
    subject: 'other',
    mode: 'questions',
    completedAt: '2026-11-23T10:00:00.000Z',
    needs: [
      { id: 'food', sdohCode: 'food-insecurity', taxonomy: [{ code: '102', name: 'Food' }], hasNeed: true, wantsHelp: 'yes', urgency: 'today', priority: 1 },
      { id: 'legal', sdohCode: null, taxonomy: [], hasNeed: true, wantsHelp: null, urgency: null, priority: 2 },
      { id: 'transportation', sdohCode: 'transportation-insecurity', taxonomy: [], hasNeed: false, wantsHelp: null, urgency: null, priority: null },
      {
        id: 'someone-to-talk-to',
        sdohCode: 'social-connection',
        sdohCodes: ['social-connection', 'stress'],
        findings: [{ system: 'http://snomed.info/sct', code: '422650009', display: 'Social isolation' }],
        taxonomy: [{ code: '108-07', name: 'Support Network' }],
        hasNeed: true,
        wantsHelp: 'yes',
        urgency: null,
        priority: 3,
      },
    ],
    mostImportant: 'food',
    safetyConcern: false,
    screening: [
      { linkId: '123821', code: '88122-7', text: 'q', answers: [{ code: 'LA28397-0', display: 'Often true' }] },
      { linkId: 'compassionate-intake-safety', code: null, text: 's', answers: [{ code: null, display: 'No' }] },
    ],
    translationValidated: false,
  };

  it('the example is a valid NeedsResult', () => {
    expect(resultSchemas['needs-result'].safeParse(result).success).to.equal(true);
  });

  it('builds an R4 QuestionnaireResponse with LOINC answers and SDOH category codes', () => {
    const qr = toNeedsQuestionnaireResponse(result, { subject: { reference: 'Patient/1' } });
    expect(qr).to.include({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'http://loinc.org/q/96777-8', language: 'es', authored: result.completedAt });
    expect(qr.subject).to.deep.equal({ reference: 'Patient/1' });
    const item = (id: string) => qr.item.find((i) => i.linkId === id)!;
    expect(item('reported-by').answer![0].valueCoding).to.include({ code: 'reported-by-related-person' });
    expect(item('123821').answer![0].valueCoding).to.deep.equal({ system: 'http://loinc.org', code: 'LA28397-0', display: 'Often true' });
    expect(item('compassionate-intake-safety').answer![0]).to.deep.equal({ valueString: 'No' });
    const food = item('need-food');
    expect(food.item![0].answer![0].valueCoding).to.deep.equal({
      system: 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes',
      code: 'food-insecurity',
      display: 'Food Insecurity',
    });
    expect(food.item!.map((i) => i.linkId)).to.deep.equal(['need-food.category', 'need-food.has-need', 'need-food.wants-help', 'need-food.urgency', 'need-food.priority']);
    expect(item('need-legal').item!.map((i) => i.linkId), 'no category where none exists').to.deep.equal(['need-legal.has-need', 'need-legal.priority']);
    expect(item('need-transportation').item!.find((i) => i.linkId.endsWith('has-need'))!.answer).to.deep.equal([{ valueBoolean: false }]);
    expect(item('most-important').answer).to.deep.equal([{ valueString: 'food' }]);
  });

  it('gives every SDOH category of a need, and its SNOMED CT finding', () => {
    const qr = toNeedsQuestionnaireResponse(result);
    const talk = qr.item.find((i) => i.linkId === 'need-someone-to-talk-to')!;
    const sub = (id: string) => talk.item!.find((i) => i.linkId === `need-someone-to-talk-to.${id}`)!;
    expect(sub('category').answer!.map((a) => a.valueCoding!.code)).to.deep.equal(['social-connection', 'stress']);
    expect(sub('category').answer!.map((a) => a.valueCoding!.display)).to.deep.equal(['Social Connection', 'Stress']);
    expect(sub('finding').answer).to.deep.equal([{ valueCoding: { system: 'http://snomed.info/sct', code: '422650009', display: 'Social isolation' } }]);
  });

  it('cards mode has no questionnaire canonical', () => {
    const qr = toNeedsQuestionnaireResponse({ ...result, mode: 'cards', screening: undefined, translationValidated: undefined });
    expect(qr.questionnaire).to.equal(undefined);
    expect(qr.item.some((i) => i.linkId === '123821')).to.equal(false);
  });
});
