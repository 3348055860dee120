/**
 * A summary the person keeps: summaryFor() in en / es / ar (what the person reads), the staff copy with
 * risk first and the person's words beside the staff's, and "Keep a copy" at the end of the check-in and
 * the needs finder (the printable view exists only after the person asks for it; quick exit removes it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/check-in/define.js';
import '../src/needs-finder/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import { summaryFor, type Summary } from '../src/handoff/summary.js';
import { selectLines } from '../src/crisis-card/select-lines.js';
import { crisisLines, emergencyNumbers } from '../src/data/crisis-lines.js';
import { closeCopy } from '../src/handoff/copy-view.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';
import { needsResult, phq9, selfReferral } from './fixtures/referral-examples.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const section = (s: Summary, id: string) => s.sections.find((x) => x.id === id);
const texts = (s: Summary, id: string) => section(s, id)?.lines.map((l) => (l.label ? `${l.label}: ${l.text}` : l.text)) ?? [];
/** The crisis card's own choice of lines, as the copy view gets them. */
const crisis = (locale: string, region = 'US') => selectLines({ region, locale, lines: crisisLines, emergencyNumbers });
const MARIA = JSON.stringify({ name: 'María', role: 'navegadora de pares', photo: 'https://example.org/m.jpg' });

/** The open copy's dialog (in its own shadow root at the end of <body>), or null. */
const copyDialog = () => document.querySelector('[data-intake-copy]')?.shadowRoot?.querySelector('dialog') ?? null;
const copyText = () => norm(copyDialog()?.innerText);

describe('summaryFor: the person\'s copy in their language', () => {
  it('English: what they shared, who and when (as the host set), how to reach them, the crisis lines, keep it private', () => {
    const s = summaryFor('person', selfReferral('en'), 'en', { responseTime: 'within 1 business day', pointPerson: { name: 'Maria', role: 'peer navigator' }, crisis: crisis('en') });
    expect(s.title).to.equal('Your copy');
    expect(s.dir).to.equal('ltr');
    expect(s.sections.map((x) => x.id)).to.deep.equal(['shared', 'next', 'contact', 'crisis', 'private']);
    expect(section(s, 'shared')!.heading).to.equal('What you shared');
    expect(texts(s, 'shared').join(' | ')).to.match(/Food/);
    expect(texts(s, 'next')).to.deep.equal([
      'Who will contact you: Maria, peer navigator',
      'Someone from our team reads answers within 1 business day.',
      'You can come back any time.',
    ]);
    expect(texts(s, 'contact')).to.deep.equal(['Name: Alex Rivera', 'Phone: 555-0134', 'Best time: Weekday mornings', 'OK to leave a message: No']);
    const lines = texts(s, 'crisis');
    expect(lines[0]).to.equal('988 Suicide & Crisis Lifeline: Call 988 · Text 988 · Chat 988lifeline.org');
    expect(lines.at(-1)).to.equal('In an emergency, call 911.');
    expect(texts(s, 'private')).to.deep.equal(['Keep this copy somewhere private. This page did not save it.']);
    // The person reads plain words: no scores in their copy.
    expect(JSON.stringify(summaryFor('person', phq9(2), 'en'))).to.not.match(/PHQ-9|\d+\/27/);
  });

  it('Spanish: the same in Spanish, and the Spanish lines of 988 first', () => {
    const s = summaryFor('person', selfReferral('es'), 'es', { responseTime: 'en 1 día hábil', pointPerson: MARIA, crisis: crisis('es') });
    expect(s.title).to.equal('Su copia');
    expect(section(s, 'shared')!.heading).to.equal('Lo que compartió');
    expect(texts(s, 'next')).to.deep.equal([
      'Quién se comunicará con usted: María, navegadora de pares',
      'Alguien de nuestro equipo lee las respuestas en 1 día hábil.',
      'Puede volver cuando quiera.',
    ]);
    expect(texts(s, 'contact')[0]).to.equal('Nombre: Alex Rivera');
    expect(texts(s, 'crisis')[0]).to.equal('988 Suicide & Crisis Lifeline: Llamar 988 · Mensaje de texto 988 (AYUDA) · Chat 988lifeline.org');
    expect(section(s, 'crisis')!.heading).to.equal('Si necesita hablar con alguien ahora');
  });

  it('Arabic: right to left, Arabic words, gender-neutral', () => {
    const s = summaryFor('person', needsResult('ar'), 'ar', { needLabel: (id) => ({ food: 'طعام', 'housing-keep': 'الحفاظ على السكن', money: 'المال' })[id] ?? id, crisis: crisis('ar') });
    expect(s.dir).to.equal('rtl');
    expect(s.title).to.equal('نسختك');
    expect(texts(s, 'needs')).to.deep.equal(['طعام: المساعدة مطلوبة اليوم · الأهم', 'الحفاظ على السكن: المساعدة مطلوبة هذا الأسبوع', 'المال: ليس الآن']);
    expect(texts(s, 'crisis').at(-1)).to.equal('في حالة الطوارئ، يُرجى الاتصال بالرقم 911.');
  });

  it('never a promise the host did not set, nor one to a person who chose not to share', () => {
    const none = summaryFor('person', selfReferral('en'), 'en');
    expect(texts(none, 'next')).to.deep.equal(['You can come back any time.']);
    const refused = summaryFor('person', selfReferral('en', false), 'en', { responseTime: 'today', pointPerson: { name: 'Maria' } });
    expect(texts(refused, 'next')).to.deep.equal(['You can come back any time.']);
    expect(section(refused, 'contact'), 'no "how to reach you" when nothing is shared').to.equal(undefined);
    // Bad settings are ignored, never thrown.
    for (const pointPerson of ['{not json', 42, { role: 'no name' }, null, ['Maria']]) {
      expect(texts(summaryFor('person', selfReferral('en'), 'en', { pointPerson, responseTime: 7 }), 'next')).to.deep.equal(['You can come back any time.']);
    }
  });
});

describe('summaryFor: the staff copy', () => {
  it('risk comes first, then the screening numbers; item 9 above 0 is named', () => {
    const s = summaryFor('staff', phq9(2, 'es'), 'en');
    expect(s.title).to.equal('Staff copy');
    expect(s.sections[0]!.id).to.equal('risk');
    expect(texts(s, 'risk')).to.deep.equal(['Urgent', 'PHQ-9 item 9 above 0 (thoughts of death or self-harm)']);
    expect(s.sections.map((x) => x.id).indexOf('screening')).to.equal(1);
    expect(texts(s, 'screening')[0]).to.match(/^PHQ-9: 8\/27 · mild · item-9-positive/);
    const calm = summaryFor('staff', selfReferral('en'), 'en');
    expect(calm.sections[0]!.id).to.equal('risk');
    expect(texts(calm, 'risk')).to.deep.equal(['No signs of risk in these answers.']);
  });

  it("the staff's language beside the person's own words (Spanish answers, English staff)", () => {
    const s = summaryFor('staff', needsResult('es'), 'en', { needLabel: (id) => id.toUpperCase() });
    const food = section(s, 'needs')!.lines[0]!;
    expect(food.label).to.equal('FOOD');
    expect(food.text).to.equal('1. Wants help today · Matters most');
    expect(food.theirWords).to.deep.equal({ text: 'Quiere ayuda hoy · Lo más importante', lang: 'es' });
    const checkIn = summaryFor('staff', selfReferral('es'), 'en');
    const words = section(checkIn, 'words')!.lines;
    expect(words.length).to.be.greaterThan(1);
    for (const w of words) expect(w.theirWords!.lang).to.equal('es');
    expect(texts(checkIn, 'consent')[0]).to.match(/^Agreed to share \(/);
  });

  it('how the person agreed to be reached comes first under contact, in the staff language (the person\'s copy lists no methods)', () => {
    // The fixture's person chose call and text.
    expect(texts(summaryFor('staff', selfReferral('es'), 'en'), 'contact')).to.deep.equal([
      'Contact by: Call and Text',
      'Name: Alex Rivera',
      'Phone: 555-0134',
      'Best time: Weekday mornings',
      'OK to leave a message: No',
    ]);
    expect(texts(summaryFor('staff', selfReferral('en'), 'es'), 'contact')[0]).to.equal('Contactar por: Llamar y Mensaje de texto');
    expect(texts(summaryFor('staff', selfReferral('en'), 'ar'), 'contact')[0]).to.equal('التواصل عبر: اتصال ورسالة نصية');
    expect(texts(summaryFor('person', selfReferral('en'), 'en'), 'contact')[0]).to.equal('Name: Alex Rivera');
  });
});

describe('"Keep a copy" at the end', () => {
  let printed = 0;
  const realPrint = window.print;
  beforeEach(() => {
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(async () => {
    window.print = realPrint;
    closeCopy();
    await setPageLanguage('en');
  });

  const script = {
    id: 'copy',
    version: '1',
    steps: [
      { id: 'help', kind: 'single', text: { en: 'What would help?', es: '¿Qué le ayudaría?', ar: 'ما الذي قد يساعد؟' }, options: [
        { value: 'food', text: { en: 'Food', es: 'Comida', ar: 'طعام' } },
        { value: 'talk', text: { en: 'Someone to talk to', es: 'Alguien con quien hablar', ar: 'شخص للتحدث معه' } },
      ] },
      { id: 'ok', kind: 'consent', text: { en: 'May we share this?', es: '¿Podemos compartir esto?', ar: 'هل يمكننا مشاركة هذا؟' } },
      { id: 'bye', kind: 'message', text: { en: 'Thanks!', es: '¡Gracias!', ar: 'شكرًا!' }, end: true },
    ],
  };
  const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
  const press = async (el: IntakeCheckIn | IntakeNeedsFinder, label: string) => {
    const b = buttons(el).find((x) => norm(x.textContent) === label);
    if (!b) throw new Error(`no "${label}" among ${buttons(el).map((x) => norm(x.textContent)).join(' | ')}`);
    b.focus(); // as a pointer press does
    b.click();
    await el.updateComplete;
    await el.updateComplete;
  };

  for (const [lang, answer, agree, keep, expected] of [
    ['en', 'Food', 'Yes, I agree', 'Keep a copy', ['Your copy', 'What would help?', 'Food', 'Who will contact you: Maria, peer navigator', 'Someone from our team reads answers within 1 business day.', 'If you need to talk to someone now']],
    ['es', 'Comida', 'Sí, estoy de acuerdo', 'Guardar una copia', ['Su copia', '¿Qué le ayudaría?', 'Comida', 'Alguien de nuestro equipo lee las respuestas en 1 día hábil.', 'Si necesita hablar con alguien ahora']],
    ['ar', 'طعام', 'نعم، أوافق', 'الاحتفاظ بنسخة', ['نسختك', 'ما الذي قد يساعد؟', 'طعام', 'إذا احتجت إلى التحدث مع أحد الآن']],
  ] as const) {
    it(`check-in (${lang}): the button shows only at the end; the printable copy exists only after it is pressed, in the person's language`, async () => {
      await setPageLanguage(lang);
      const el = await fixture<IntakeCheckIn>(
        html`<intake-check-in .script=${script} response-time=${lang === 'en' ? 'within 1 business day' : 'en 1 día hábil'} point-person=${JSON.stringify({ name: 'Maria', role: 'peer navigator' })}></intake-check-in>`,
      );
      const errors = capture(el, 'intake-error');
      await waitFor(() => buttons(el).some((b) => norm(b.textContent) === answer));
      expect(buttons(el).map((b) => norm(b.textContent))).to.not.include(keep);
      await press(el, answer);
      await press(el, agree);
      await waitFor(() => buttons(el).some((b) => norm(b.textContent) === keep));
      expect(copyDialog(), 'nothing printable before the person asks').to.equal(null);
      await press(el, keep);
      await waitFor(() => !!copyDialog()?.open);
      const dialog = copyDialog()!;
      expect(dialog.getAttribute('lang')).to.equal(lang);
      expect(dialog.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      for (const t of expected) expect(copyText()).to.include(t);
      // The crisis lines: the crisis card itself, in the person's language, with the line to call.
      const card = dialog.querySelector('section.crisis intake-crisis-card')!;
      await waitFor(() => /988/.test(card.shadowRoot?.textContent ?? ''));
      expect(card.getAttribute('variant')).to.equal('compact');
      // Focus is in the copy, on its title.
      expect(dialog.getRootNode() instanceof ShadowRoot && (dialog.getRootNode() as ShadowRoot).activeElement?.id).to.equal('copy-title');
      // Print or save: the browser's own print, once.
      const [print, close] = [...dialog.querySelectorAll('button')];
      print!.click();
      expect(printed).to.equal(1);
      close!.click();
      await waitFor(() => copyDialog() === null);
      expect(norm(el.shadowRoot!.activeElement?.textContent), 'focus back on the button').to.equal(keep);
      expect(errors).to.deep.equal([]);
    });
  }

  it('the person can leave out what they shared; quick exit removes the copy at once', async () => {
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${script}></intake-check-in>`);
    await waitFor(() => buttons(el).some((b) => norm(b.textContent) === 'Food'));
    await press(el, 'Food');
    await press(el, 'Yes, I agree');
    await waitFor(() => buttons(el).some((b) => norm(b.textContent) === 'Keep a copy'));
    await press(el, 'Keep a copy');
    await waitFor(() => !!copyDialog()?.open);
    expect(copyText()).to.include('What would help? Food');
    const include = copyDialog()!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    include.click();
    await waitFor(() => !copyText().includes('What would help?'));
    expect(copyText()).to.include('If you need to talk to someone now');
    document.dispatchEvent(new CustomEvent('intake-quick-exit', { detail: {}, cancelable: true }));
    expect(document.querySelector('[data-intake-copy]')).to.equal(null);
  });

  it('needs finder: "Keep a copy" on the last screen lists the needs with what the person chose', async () => {
    const el = await fixture<IntakeNeedsFinder>(html`<intake-needs-finder domains="food money"></intake-needs-finder>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('#need-food')!.click();
    await el.updateComplete;
    await press(el, 'Next');
    await waitFor(() => !!el.shadowRoot!.querySelector('input[name="help-food"][value="yes"]'));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="help-food"][value="yes"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="soon-food"][value="today"], input[value="today"]')!.click();
    await el.updateComplete;
    await press(el, 'Finish');
    await waitFor(() => buttons(el).some((b) => norm(b.textContent) === 'Keep a copy'));
    expect(copyDialog()).to.equal(null);
    await press(el, 'Keep a copy');
    await waitFor(() => !!copyDialog()?.open);
    expect(copyText()).to.include('What would help');
    expect(copyText()).to.include('Food Wants help today');
  });
});
