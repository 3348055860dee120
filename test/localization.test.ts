// This file loads the element module only after an element is already in the page, as a host page
// with a late or async script tag would.
import { expect } from '@open-wc/testing';
import { matchLocale, regionOf } from '../src/core/locale-match.js';
import { capture, setPageLanguage, linkTexts } from './helpers.js';

describe('localization', () => {
  it('an element in the page before its module loads upgrades and follows <html lang> changes', async () => {
    document.documentElement.lang = 'en-US';
    const el = document.createElement('intake-crisis-card');
    document.body.append(el);
    await import('../src/crisis-card/define.js');
    const card = el as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    expect(linkTexts(el)[0]).to.equal('Call 988');
    await setPageLanguage('es-US', card);
    expect(linkTexts(el)[0]).to.equal('Llama al 988 y marca 2');
    await setPageLanguage('ar', card);
    expect(el.getAttribute('dir')).to.equal('rtl');
    await setPageLanguage('en-US', card);
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.remove();
  });

  it('setLocale() wins over <html lang> until followDocumentLanguage()', async () => {
    const { setLocale, getLocale, followDocumentLanguage } = await import('../src/core/localization.js');
    await setPageLanguage('en-US');
    expect(await setLocale('vi-VN')).to.equal(true);
    expect(getLocale()).to.equal('vi');
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r, 20));
    expect(getLocale()).to.equal('vi');
    document.documentElement.lang = 'ko';
    await followDocumentLanguage();
    expect(getLocale()).to.equal('ko');
    await setPageLanguage('en');
  });

  it('strings of an element loaded after the language arrive on their own (translations load per element)', async () => {
    // Vietnamese is in with the crisis card's strings only; the quick exit comes later, as a lazy import would.
    const card = document.createElement('intake-crisis-card') as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(card);
    await setPageLanguage('vi', card);
    expect(linkTexts(card).join(' ')).to.contain('Gọi');
    const exit = document.createElement('intake-quick-exit');
    document.body.append(exit);
    await import('../src/quick-exit/define.js');
    const label = () => exit.querySelector('button, [part~="button"]')?.textContent?.trim() ?? exit.shadowRoot?.querySelector('button')?.textContent?.trim();
    const start = performance.now();
    while (label() !== 'Rời trang này' && performance.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
    expect(label()).to.equal('Rời trang này');
    card.remove();
    exit.remove();
    await setPageLanguage('en');
  });

  it('an unknown locale keeps the current one and reports intake-error', async () => {
    const { setLocale, getLocale } = await import('../src/core/localization.js');
    const errors = capture(document, 'intake-error');
    expect(await setLocale('xx-Klingon')).to.equal(false);
    expect(await setLocale(42 as unknown as string)).to.equal(false);
    expect(getLocale()).to.equal('en');
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-locale', 'unknown-locale']);
  });

  it('maps language tags to the shipped locales', () => {
    const cases: [string, string | undefined][] = [
      ['es-MX', 'es'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-Hant-TW', 'zh-Hant'], ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'], ['fil-PH', 'tl'], ['tl', 'tl'], ['AR-eg', 'ar'], ['vi', 'vi'], ['ru_RU', 'ru'],
      ['ko-KR', 'ko'], ['en-GB', 'en'], ['fr', undefined], ['', undefined], ['<script>', undefined],
    ];
    for (const [tag, want] of cases) expect(matchLocale(tag), tag).to.equal(want);
    expect(regionOf('en-GB')).to.equal('GB');
    expect(regionOf('zh-Hant-TW')).to.equal('TW');
    expect(regionOf('es')).to.equal(undefined);
  });
});
