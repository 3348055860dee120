// A host page that configured @lit/localize itself (same module instance) must not break us.
import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';

describe('a host that already configured @lit/localize', () => {
  it('still gets working elements (in English) and one intake-error, with no exception', async () => {
    configureLocalization({ sourceLocale: 'en', targetLocales: ['fr'], loadLocale: () => Promise.reject(new Error('none')) });
    const errors: CustomEvent[] = [];
    document.addEventListener('intake-error', (e) => errors.push(e as CustomEvent));
    await import('../src/index.js');
    const el = document.createElement('intake-crisis-card') as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Call 988');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['localization-conflict']);
  });
});
