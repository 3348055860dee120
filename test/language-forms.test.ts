// Words that code puts together: lists of needs inside a sentence and distances with their unit, in
// the person's language (issue 14: "Comida y Un lugar...", "1 英里 以內").
import { expect, fixture, html } from '@open-wc/testing';
import { listInSentence } from '../src/core/list-in-sentence.js';
import '../src/service-finder/define.js';
import type { IntakeServiceFinder } from '../src/service-finder/service-finder.js';
import { ignoreResizeObserverNotice, setPageLanguage, waitFor } from './helpers.js';

// The service finder's known, harmless notice (fixed separately; service-finder.test.ts does the same).
ignoreResizeObserverNotice();

describe('a list of needs inside a sentence', () => {
  it('Spanish lower-cases the names after the first: "Comida y un lugar donde pasar la noche"', () => {
    expect(listInSentence(['Comida', 'Un lugar donde pasar la noche'], 'es')).to.equal('Comida y un lugar donde pasar la noche');
    expect(listInSentence(['Comida', 'Ayuda legal', 'Trabajo'], 'es')).to.equal('Comida, ayuda legal y trabajo');
  });

  it('Russian, Vietnamese and Filipino do the same', () => {
    expect(listInSentence(['Еда', 'Работа', 'Юридическая помощь'], 'ru')).to.equal('Еда, работа и юридическая помощь');
    expect(listInSentence(['Thực phẩm', 'Chỗ ở tối nay'], 'vi')).to.match(/^Thực phẩm.* chỗ ở tối nay$/);
    expect(listInSentence(['Pagkain', 'Matutuluyan ngayong gabi'], 'tl')).to.match(/^Pagkain.* matutuluyan ngayong gabi$/);
  });

  it('keeps acronyms and the first name as written', () => {
    expect(listInSentence(['Comida', 'SNAP y beneficios'], 'es')).to.equal('Comida y SNAP y beneficios');
    expect(listInSentence(['Un lugar donde pasar la noche'], 'es')).to.equal('Un lugar donde pasar la noche');
  });

  it('leaves English (language and day names take capitals) and scripts without case as written', () => {
    expect(listInSentence(['Food', 'English classes'], 'en')).to.equal('Food and English classes');
    expect(listInSentence(['食物', '今晚住的地方'], 'zh-Hant')).to.equal('食物和今晚住的地方');
    expect(listInSentence(['الطعام', 'العمل'], 'ar')).to.equal('الطعام والعمل');
  });
});

describe('distances in the service finder', () => {
  after(() => setPageLanguage('en'));

  const distanceOptions = async (el: IntakeServiceFinder) => {
    await waitFor(() => !!el.shadowRoot!.querySelector('.filters .filter-grid select option[value="1"]'));
    const select = el.shadowRoot!.querySelector('.filters .filter-grid select option[value="1"]')!.parentElement as HTMLSelectElement;
    return [...select.options].filter((o) => o.value).map((o) => o.textContent!.trim());
  };

  it('Chinese reads "1 英里以內", with no space between the unit and 以內; Russian miles are spelled out, in the right case', async () => {
    const el = await fixture<IntakeServiceFinder>(
      html`<intake-service-finder src="/demo/data/sample-directory.json" origin="37.7793,-122.4193"></intake-service-finder>`,
    );
    await waitFor(() => el.status === 'ready', 8000);
    await setPageLanguage('zh-Hant', el);
    const zh = await distanceOptions(el);
    expect(zh.length).to.be.above(1);
    for (const text of zh) expect(text).to.match(/^[\d.]+ ?英里以內$/);
    await setPageLanguage('zh-Hans', el);
    for (const text of await distanceOptions(el)) expect(text).to.match(/^[\d.]+ ?英里以内$/);
    await setPageLanguage('ru', el);
    const ru = await distanceOptions(el);
    // Intl gives the nominative ("1 миля", "3 мили", "5 миль"), so the template must take it.
    expect(ru).to.include.members(['1 миля или ближе', '3 мили или ближе', '5 миль или ближе']);
  });
});

describe('text from data in a right-to-left page', () => {
  after(() => setPageLanguage('en'));

  /** Right edge of the rendered text, and of the box it sits in. */
  const edges = (p: Element) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const text = range.getBoundingClientRect();
    const box = p.getBoundingClientRect();
    return { textLeft: text.left, textRight: text.right, boxLeft: box.left, boxRight: box.right };
  };

  it('an English description keeps its own direction but lines up on the right in Arabic, and on the left in English', async () => {
    const service = {
      id: 'en-only',
      name: 'Harbor Food Pantry',
      description: 'Free groceries every Tuesday.',
      organization: { id: 'o1', name: 'Harbor Pantry Group' },
    };
    const el = await fixture<IntakeServiceFinder>(html`<intake-service-finder style="width: 600px"></intake-service-finder>`);
    el.services = [service];
    await waitFor(() => el.status === 'ready' && !!el.shadowRoot!.querySelector('.description'), 8000);
    await setPageLanguage('ar', el);
    let p = el.shadowRoot!.querySelector('.description')!;
    expect(getComputedStyle(p).direction).to.equal('ltr'); // the words read left to right
    let e = edges(p);
    expect(e.boxRight - e.textRight, 'text against the right edge').to.be.below(2);
    expect(e.textLeft - e.boxLeft, 'room on the left').to.be.above(100);
    await setPageLanguage('en', el);
    p = el.shadowRoot!.querySelector('.description')!;
    e = edges(p);
    expect(e.textLeft - e.boxLeft, 'text against the left edge').to.be.below(2);
  });
});
