/**
 * A kind of help typed in any of the nine languages finds its services in a real, published English
 * directory: San Mateo County's (Code for America's ohana-api sample data, converted to HSDS 3.0 by
 * test/fixtures/real/convert-smc.mjs; see the README there). Its records carry no Open Eligibility
 * codes, only English words, so every hit here comes from the vocabulary's English words.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import type { NormalizedService } from '../src/service-finder/hsds.js';
import { setPageLanguage, shadowText, waitFor, ignoreResizeObserverNotice } from './helpers.js';
import { conceptTable, loadVocabulary, parseWords, VOCABULARY_LANGUAGES } from '../src/service-finder/vocabulary.js';

const REAL = '/test/fixtures/real/san-mateo-2013.json';
ignoreResizeObserverNotice();

interface Internals {
  directory?: { services: NormalizedService[] };
  results: number[];
}
const internals = (el: IntakeServiceFinder) => el as unknown as Internals;
const resultServices = (el: IntakeServiceFinder) => internals(el).results.map((d) => internals(el).directory!.services[d]!);
const textOf = (s: NormalizedService) => `${s.name} ${s.description} ${s.categories.map((c) => c.name).join(' ')}`;

async function ready(el: IntakeServiceFinder): Promise<IntakeServiceFinder> {
  await waitFor(() => el.status === 'ready' || el.status === 'error', 8000);
  await el.updateComplete;
  return el;
}
const finder = async () => ready(await fixture<IntakeServiceFinder>(html`<intake-service-finder src=${REAL}></intake-service-finder>`));

async function type(el: IntakeServiceFinder, text: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** What a fitting service says, in the directory's English. */
const KIND = {
  food: /food|groceries|pantr|meal/i,
  clinic: /clinic|health center/i,
  dental: /dental|dentist/i,
  counseling: /counsel|therap/i,
  shelter: /shelter|homeless/i,
  jobs: /employ|job|career/i,
  library: /librar/i,
  legal: /legal|lawyer|attorney/i,
  older: /older adult|senior|elderly/i,
  clothing: /cloth/i,
  english: /english|\bESL\b|ESOL/i,
  housing: /housing/i,
  mental: /mental health|behavioral|counsel/i,
} as const;
type Kind = keyof typeof KIND;

/** Plain words for kinds of help, as a person would type them. */
const QUERIES: Record<string, [string, Kind][]> = {
  en: [['something to eat', 'food'], ['doctor', 'clinic'], ['dentist', 'dental'], ['therapy', 'counseling'], ['somewhere to sleep', 'shelter'], ['a job', 'jobs'], ['libraries', 'library'], ['lawyer', 'legal'], ['elderly', 'older'], ['clothes', 'clothing'], ['learn English', 'english'], ['apartments', 'housing']],
  es: [['comida', 'food'], ['clínica', 'clinic'], ['dentista', 'dental'], ['consejería', 'counseling'], ['refugio', 'shelter'], ['trabajo', 'jobs'], ['biblioteca', 'library'], ['abogado', 'legal'], ['adultos mayores', 'older'], ['ropa', 'clothing'], ['clases de inglés', 'english'], ['vivienda', 'housing']],
  'zh-Hant': [['食物', 'food'], ['診所', 'clinic'], ['牙醫', 'dental'], ['輔導', 'counseling'], ['庇護所', 'shelter'], ['工作', 'jobs'], ['圖書館', 'library'], ['法律援助', 'legal'], ['長者', 'older'], ['衣服', 'clothing'], ['英文班', 'english'], ['住房', 'housing'], ['心理諮詢', 'mental']],
  'zh-Hans': [['食物', 'food'], ['诊所', 'clinic'], ['牙医', 'dental'], ['辅导', 'counseling'], ['收容所', 'shelter'], ['找工作', 'jobs'], ['图书馆', 'library'], ['律师', 'legal'], ['老人', 'older'], ['衣服', 'clothing'], ['学英文', 'english'], ['住房', 'housing']],
  tl: [['pagkain', 'food'], ['klinika', 'clinic'], ['dentista', 'dental'], ['pagpapayo', 'counseling'], ['silungan', 'shelter'], ['trabaho', 'jobs'], ['aklatan', 'library'], ['abogado', 'legal'], ['matatanda', 'older'], ['damit', 'clothing'], ['klase sa Ingles', 'english'], ['pabahay', 'housing']],
  vi: [['thực phẩm', 'food'], ['phòng khám', 'clinic'], ['nha sĩ', 'dental'], ['tư vấn', 'counseling'], ['nơi trú ẩn', 'shelter'], ['viec lam', 'jobs'], ['thư viện', 'library'], ['luật sư', 'legal'], ['nguoi cao tuoi', 'older'], ['quần áo', 'clothing'], ['lớp tiếng Anh', 'english'], ['nhà ở', 'housing']],
  ru: [['еда', 'food'], ['клиника', 'clinic'], ['стоматолог', 'dental'], ['психолог', 'counseling'], ['приют', 'shelter'], ['работа', 'jobs'], ['библиотека', 'library'], ['юрист', 'legal'], ['пожилым', 'older'], ['одежда', 'clothing'], ['курсы английского', 'english'], ['жильё', 'housing']],
  ko: [['음식', 'food'], ['클리닉', 'clinic'], ['치과', 'dental'], ['상담', 'counseling'], ['쉼터', 'shelter'], ['일자리', 'jobs'], ['도서관', 'library'], ['변호사', 'legal'], ['노인', 'older'], ['옷', 'clothing'], ['영어 수업', 'english'], ['주거', 'housing']],
  ar: [['طعام', 'food'], ['عيادة', 'clinic'], ['طبيب أسنان', 'dental'], ['إرشاد نفسي', 'counseling'], ['مأوى', 'shelter'], ['وظيفة', 'jobs'], ['مكتبة', 'library'], ['محامي', 'legal'], ['كبار السن', 'older'], ['ملابس', 'clothing'], ['دروس إنجليزي', 'english'], ['سكن', 'housing']],
};

describe('help vocabulary', () => {
  it('names at least 150 kinds of help, each with English words, in every language', async () => {
    const table = conceptTable();
    expect(table.size).to.be.at.least(150);
    for (const c of table.values()) expect(c.words.length, c.id).to.be.above(0);
    const modules = {
      es: await import('../src/data/help-vocabulary/es.js'),
      zh: await import('../src/data/help-vocabulary/zh.js'),
      tl: await import('../src/data/help-vocabulary/tl.js'),
      vi: await import('../src/data/help-vocabulary/vi.js'),
      ru: await import('../src/data/help-vocabulary/ru.js'),
      ko: await import('../src/data/help-vocabulary/ko.js'),
      ar: await import('../src/data/help-vocabulary/ar.js'),
    };
    for (const [lang, m] of Object.entries(modules)) {
      const words = parseWords(m.default);
      const missing = [...table.keys()].filter((id) => !words.get(id)?.length);
      expect(missing, `${lang} lacks`).to.deep.equal([]);
    }
  });

  it('reads Traditional and Simplified Chinese, Vietnamese with or without tone marks, Arabic with or without the article, inflected Russian', async () => {
    const v = await loadVocabulary(VOCABULARY_LANGUAGES);
    expect(v.conceptsIn('心理諮詢')).to.include('counseling');
    expect(v.conceptsIn('心理咨询')).to.include('counseling');
    expect(v.conceptsIn('thực phẩm')).to.deep.equal(v.conceptsIn('thuc pham'));
    expect(v.conceptsIn('thuc pham')).to.include('food');
    expect(v.conceptsIn('الطعام')).to.include('food');
    expect(v.conceptsIn('طعام')).to.include('food');
    expect(v.conceptsIn('пожилым')).to.include('older-adults');
    expect(v.conceptsIn('음식을')).to.include('food');
    // Ordinary words that name no kind of help expand to nothing.
    expect(v.conceptsIn('hello there')).to.deep.equal([]);
    expect(v.conceptsIn('你好')).to.deep.equal([]);
  });
});

describe('service finder: kinds of help in any language, real English directory', () => {
  afterEach(() => setPageLanguage('en'));

  for (const [lang, queries] of Object.entries(QUERIES)) {
    it(`${lang}: plain words for ${queries.length} kinds of help find fitting services`, async () => {
      await setPageLanguage(lang);
      const el = await finder();
      const found: string[] = [];
      const missed: string[] = [];
      for (const [query, kind] of queries) {
        await type(el, query);
        // The word lists load on first use: wait for results, then judge the top three.
        await waitFor(() => el.resultCount > 0, 3000).catch(() => undefined);
        const top = resultServices(el).slice(0, 3);
        const fits = top.length > 0 && top.every((s) => KIND[kind].test(textOf(s)));
        (fits ? found : missed).push(`${query} (${kind}${fits ? '' : `: ${top.map((s) => s.name).join(' | ') || 'nothing'}`})`);
      }
      console.log(`[vocabulary] ${lang}: ${found.length}/${queries.length} kinds found`);
      expect(missed, `${lang} missed`).to.deep.equal([]);
      expect(found.length).to.be.at.least(8);
    });
  }

  it('Traditional Chinese 住房, 心理諮詢, 輔導 and 粵語 find housing, counseling and Cantonese-speaking services', async () => {
    await setPageLanguage('zh-Hant');
    const el = await finder();
    await type(el, '住房');
    await waitFor(() => el.resultCount > 0);
    expect(resultServices(el).slice(0, 5).every((s) => KIND.housing.test(textOf(s)))).to.equal(true);
    for (const q of ['心理諮詢', '輔導']) {
      await type(el, q);
      await waitFor(() => el.resultCount > 0);
      expect(resultServices(el).slice(0, 5).every((s) => KIND.mental.test(textOf(s))), q).to.equal(true);
    }
    await type(el, '粵語');
    await waitFor(() => el.resultCount > 0);
    const top = resultServices(el).slice(0, 10);
    expect(top.length).to.equal(10);
    expect(top.every((s) => s.languages.includes('zh') || /cantonese/i.test(s.description))).to.equal(true);
  });

  it("a word in the directory's own language ranks its exact matches above the vocabulary's expansions", async () => {
    const el = await finder();
    await type(el, 'pantry');
    await waitFor(() => el.resultCount > 0);
    const list = resultServices(el);
    const exact = list.map((s) => /\bpantr/i.test(textOf(s)));
    const firstExpansion = exact.indexOf(false);
    expect(exact[0], 'an exact match comes first').to.equal(true);
    expect(firstExpansion, 'expansions follow').to.be.above(0);
    expect(exact.slice(firstExpansion).includes(true), 'no exact match after an expansion').to.equal(false);
    // The expansions are food help, not anything at all.
    expect(list.slice(firstExpansion, firstExpansion + 3).every((s) => KIND.food.test(textOf(s)))).to.equal(true);
  });

  it('with no search, services that speak the person\'s language come first and say so', async () => {
    await setPageLanguage('vi');
    const el = await finder();
    await waitFor(() => el.resultCount > 0 && !!el.shadowRoot!.querySelector('[part="card"]'));
    const list = resultServices(el);
    const speaks = list.map((s) => s.languages.includes('vi'));
    const count = speaks.filter(Boolean).length;
    expect(count).to.be.above(2);
    expect(speaks.slice(0, count).every(Boolean), 'Vietnamese speakers lead').to.equal(true);
    const firstCard = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(firstCard.textContent).to.contain('Nói ngôn ngữ của bạn');
    // Every card shown has the mark exactly when its service speaks Vietnamese.
    const byId = new Map(list.map((s) => [s.id, s]));
    const cards = [...el.shadowRoot!.querySelectorAll('[part="card"]')];
    expect(cards.length).to.be.above(1);
    for (const card of cards) {
      const service = byId.get(card.querySelector<HTMLElement>('.name-button')!.dataset.id!)!;
      expect(card.textContent!.includes('Nói ngôn ngữ của bạn'), service.name).to.equal(service.languages.includes('vi'));
    }
    // Arabic: the Arabic speakers come first instead.
    await setPageLanguage('ar', el);
    await waitFor(() => resultServices(el)[0]!.languages.includes('ar'));
    expect(shadowText(el)).to.contain('يتحدثون لغتك');
  });

  it('among equal matches, services that speak the person\'s language come first', async () => {
    await setPageLanguage('es');
    const el = await finder();
    await type(el, 'library');
    await waitFor(() => el.resultCount > 0);
    const libraries = resultServices(el).filter((s) => /librar/i.test(s.name));
    const speaks = libraries.map((s) => s.languages.includes('es'));
    // Every Spanish-speaking library comes before the first that is not, among equal scores.
    const lastSpeaker = speaks.lastIndexOf(true);
    const firstOther = speaks.indexOf(false);
    expect(lastSpeaker).to.be.at.least(0);
    if (firstOther >= 0) expect(firstOther).to.be.above(speaks.indexOf(true));
  });
});
