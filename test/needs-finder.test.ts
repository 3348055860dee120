import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/needs-finder/define.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import type { IntakeCrisisCard } from '../src/crisis-card/crisis-card.js';
import { needsCatalog } from '../src/data/needs-catalog.js';
import { eventSchemas } from '../src/core/schemas.js';
import { templates as esTemplates } from '../src/generated/locales/es.js';
import { templates as arTemplates } from '../src/generated/locales/ar.js';
import { capture, setPageLanguage, shadowText, waitFor } from './helpers.js';
import { brokenCatalog, petCareCatalog } from '../stories/needs-finder-examples.js';

/** A stand-in for <intake-service-finder>: it only records the `needs` it is given. */
class StubServiceFinder extends HTMLElement {
  received: string[][] = [];
  set needs(value: string[]) {
    this.received.push(value);
  }
  get needs(): string[] {
    return this.received.at(-1) ?? [];
  }
}
customElements.define('test-stub-service-finder', StubServiceFinder);

const finder = (tpl = html`<intake-needs-finder></intake-needs-finder>`) => fixture<IntakeNeedsFinder>(tpl);
const root = (el: IntakeNeedsFinder) => el.shadowRoot!;
const heading = (el: IntakeNeedsFinder) => root(el).querySelector('.step-heading')!.textContent!.trim();
const checkbox = (el: IntakeNeedsFinder, id: string) => root(el).querySelector<HTMLInputElement>(`#need-${id}`)!;
const buttons = (el: IntakeNeedsFinder) => [...root(el).querySelectorAll('button')];
const buttonTexts = (el: IntakeNeedsFinder) => buttons(el).map((b) => b.textContent!.trim());

async function pick(el: IntakeNeedsFinder, ...ids: string[]) {
  for (const id of ids) {
    const box = checkbox(el, id);
    expect(box, `a checkbox for ${id}`).to.exist;
    box.click();
    await el.updateComplete;
  }
}
async function press(el: IntakeNeedsFinder, index: number | 'last' = 'last') {
  const all = buttons(el);
  (index === 'last' ? all[all.length - 1] : all[index]).click();
  await el.updateComplete;
}
async function choose(el: IntakeNeedsFinder, name: string, value: string) {
  const input = root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  expect(input, `option ${name}=${value}`).to.exist;
  input!.click();
  await el.updateComplete;
}
const crisisCard = (el: IntakeNeedsFinder) => root(el).querySelector<IntakeCrisisCard>('intake-crisis-card');
/** The crisis card is registered on the person's first interaction: wait for it. */
async function crisisCardReady(el: IntakeNeedsFinder): Promise<IntakeCrisisCard> {
  await customElements.whenDefined('intake-crisis-card');
  const card = crisisCard(el)!;
  await card.updateComplete;
  return card;
}
/** Questions mode loads its items on demand: wait until they are shown. */
async function questionsShown(el: IntakeNeedsFinder): Promise<IntakeNeedsFinder> {
  await waitFor(() => !!el.shadowRoot?.querySelector('[part="question"]'));
  await el.updateComplete;
  return el;
}
const hrefs = (card: IntakeCrisisCard) => [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

let translations: Record<string, Record<string, string>> | undefined;
async function translation(source: string, lang: 'es' | 'ar'): Promise<string | undefined> {
  translations ??= await (await fetch('/locales/translations/needs-finder.json')).json();
  const wanted = translations![source]?.[lang];
  expect(wanted, `a ${lang} translation of "${source}" in needs-finder.json`).to.be.a('string');
  // Until the lead merges needs-finder.json into the XLIFF, the generated modules do not have it yet.
  const merged = Object.values(lang === 'es' ? esTemplates : arTemplates).some((t) => t === wanted);
  return merged ? wanted : undefined;
}

describe('<intake-needs-finder>', () => {
  beforeEach(() => setPageLanguage('en-US'));
  after(() => setPageLanguage('en'));

  describe('cards mode, a person reading English', () => {
    it('shows every need in the catalog as a labeled checkbox card, nothing checked, and fires nothing on load', async () => {
      const events: string[] = [];
      for (const type of ['intake-needs-change', 'intake-needs-complete', 'intake-risk', 'intake-error']) document.addEventListener(type, () => events.push(type));
      const el = await finder();
      expect(heading(el)).to.equal('What would help right now?');
      const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.length).to.equal(needsCatalog.length);
      expect(boxes.every((b) => !b.checked)).to.equal(true);
      const labels = [...root(el).querySelectorAll('.need label')].map((l) => l.textContent!.trim());
      expect(labels).to.include.members(['Food', 'A place to stay tonight', 'Keeping a home', 'Home repairs', 'Safety at home', 'Someone to talk to', 'Phone and internet']);
      expect(root(el).querySelectorAll('.need svg path').length).to.equal(needsCatalog.length);
      expect(shadowText(el)).to.contain('You can skip anything');
      expect(buttonTexts(el)).to.deep.equal(['Skip for now']);
      expect(events).to.deep.equal([]);
      expect(crisisCard(el)).to.equal(null);
    });

    it('fires intake-needs-change with the picked needs as the person picks and un-picks', async () => {
      const el = await finder();
      const changes = capture(el, 'intake-needs-change');
      await pick(el, 'food', 'utilities', 'food');
      expect(changes.map((c) => c.needs)).to.deep.equal([['food'], ['food', 'utilities'], ['utilities']]);
      expect(checkbox(el, 'utilities').checked).to.equal(true);
      expect(root(el).querySelector('.need.checked label')!.textContent!.trim()).to.equal('Utilities');
      expect(buttonTexts(el)).to.deep.equal(['Next']);
    });

    it('tapping anywhere on a card toggles it (the label covers the card)', async () => {
      const el = await finder();
      const card = checkbox(el, 'childcare').closest('.need')!;
      // The description is outside the label, but the label's ::after covers it: a pointer there hits the label.
      card.scrollIntoView();
      const rect = card.querySelector('.desc')!.getBoundingClientRect();
      const hit = root(el).elementFromPoint(rect.left + 4, rect.top + 4);
      expect(hit?.tagName).to.equal('LABEL');
    });

    it('keeps need and wants-help apart: "not now" is recorded, never handed on', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'food', 'housing-keep', 'mental-health');
      await press(el);
      expect(heading(el)).to.equal('A little more about each one');
      const blocks = [...root(el).querySelectorAll('.block-heading')].map((h) => h.textContent!.trim());
      expect(blocks).to.deep.equal(['Food', 'Keeping a home', 'Mental health']);
      expect(shadowText(el)).to.contain('Would you like help with this?');
      // "How soon?" is asked only after a yes
      expect(root(el).querySelector('input[name="soon-food"]')).to.equal(null);
      await choose(el, 'help-food', 'yes');
      await choose(el, 'soon-food', 'today');
      await choose(el, 'help-housing-keep', 'not-now');
      expect(shadowText(el)).to.contain('That is okay. You can come back any time.');
      await choose(el, 'help-mental-health', 'already-getting-help');
      await press(el); // Next -> priority
      expect(heading(el)).to.equal('Which one matters most to you right now?');
      const offered = [...root(el).querySelectorAll('input[name="most"]')].map((i) => (i as HTMLInputElement).value);
      expect(offered, '"Not now" is not offered as the one that matters most').to.deep.equal(['food', 'mental-health']);
      await press(el); // Finish, skipping "matters most"
      expect(heading(el)).to.equal('Thank you');
      expect(done).to.have.length(1);
      const r = done[0];
      expect(r.schema).to.equal('compassionate-intake/needs');
      expect(r.mode).to.equal('cards');
      expect(r.locale).to.equal('en');
      expect(r.subject).to.equal('self');
      expect(r.mostImportant).to.equal(null);
      const byId = Object.fromEntries(r.needs.map((n) => [n.id, n]));
      expect(byId['food']).to.include({ hasNeed: true, wantsHelp: 'yes', urgency: 'today', sdohCode: 'food-insecurity', priority: 1 });
      expect(byId['housing-keep']).to.include({ hasNeed: true, wantsHelp: 'not-now', urgency: null, sdohCode: 'housing-instability' });
      expect(byId['mental-health']).to.include({ hasNeed: true, wantsHelp: 'already-getting-help', urgency: null });
      expect(byId['food'].taxonomy.map((t) => t.name)).to.include('Food Pantry');
      const summary = [...root(el).querySelectorAll('.summary li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(summary).to.deep.equal(['Food Wants help today', 'Mental health Already getting help', 'Keeping a home Not now']);
    });

    it('switching a yes to "not now" drops its "How soon?" answer', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'work');
      await press(el);
      await choose(el, 'help-work', 'yes');
      await choose(el, 'soon-work', 'later');
      await choose(el, 'help-work', 'not-now');
      expect(root(el).querySelector('input[name="soon-work"]')).to.equal(null);
      expect(buttonTexts(el)).to.deep.equal(['Back', 'Finish']); // one need: no "matters most" step
      await press(el);
      expect(done[0].needs[0]).to.include({ id: 'work', wantsHelp: 'not-now', urgency: null, priority: 1 });
    });

    it('ranks priorities: the one that matters most first, then help wanted soonest, then the rest', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'food', 'transportation', 'legal', 'childcare');
      await press(el);
      await choose(el, 'help-food', 'yes');
      await choose(el, 'soon-food', 'later');
      await choose(el, 'help-transportation', 'yes');
      await choose(el, 'soon-transportation', 'today');
      await choose(el, 'help-legal', 'not-now');
      // childcare: skipped
      await press(el);
      const options = [...root(el).querySelectorAll<HTMLInputElement>('input[name="most"]')].map((i) => i.value);
      expect(options, 'legal ("Not now") is not offered').to.deep.equal(['food', 'transportation', 'childcare']);
      await choose(el, 'most', 'childcare');
      await press(el);
      const r = done[0];
      expect(r.mostImportant).to.equal('childcare');
      expect(r.needs.map((n) => [n.id, n.priority])).to.deep.equal([
        ['childcare', 1],
        ['transportation', 2],
        ['food', 3],
        ['legal', 4],
      ]);
      expect(root(el).querySelector('.summary li .badge')!.closest('li')!.textContent).to.contain('Childcare');
      expect(root(el).querySelector('.summary li .badge')!.textContent!.trim()).to.equal('Matters most');
    });

    it('skipping everything is fine: an empty result and a kind word', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await press(el); // "Skip for now"
      expect(heading(el)).to.equal('Thank you');
      expect(shadowText(el)).to.contain('You did not pick anything. That is okay.');
      expect(shadowText(el)).to.contain('You can come back any time.');
      expect(done).to.have.length(1);
      expect(done[0].needs).to.deep.equal([]);
      expect(done[0].safetyConcern).to.equal(false);
    });

    it('Back keeps answers; "Change answers" and "Start over" do what they say', async () => {
      const el = await finder();
      await pick(el, 'food', 'money');
      await press(el);
      await choose(el, 'help-food', 'yes');
      await press(el, 0); // Back
      expect(checkbox(el, 'food').checked).to.equal(true);
      await press(el); // Next
      expect(root(el).querySelector<HTMLInputElement>('input[name="help-food"][value="yes"]')!.checked).to.equal(true);
      await press(el); // -> priority
      await press(el); // Finish
      expect(buttonTexts(el)).to.deep.equal(['Keep a copy', 'Change answers', 'Start over']);
      await press(el, 1); // Change answers
      expect(heading(el)).to.equal('What would help right now?');
      expect(checkbox(el, 'money').checked).to.equal(true);
      await press(el); // Next
      await press(el); // Next
      await press(el); // Finish
      await press(el, 2); // Start over
      expect(heading(el)).to.equal('What would help right now?');
      expect(checkbox(el, 'food').checked).to.equal(false);
      expect(root(el).activeElement?.classList.contains('step-heading')).to.equal(true);
    });

    it('moves focus to the heading of each new step', async () => {
      const el = await finder();
      await pick(el, 'food');
      await press(el);
      expect(root(el).activeElement?.textContent?.trim()).to.equal('A little more about each one');
      await press(el);
      expect(root(el).activeElement?.textContent?.trim()).to.equal('Thank you');
    });
  });

  describe('subject="other"', () => {
    it('asks about the other person and records subject other', async () => {
      const el = await finder(html`<intake-needs-finder subject="other"></intake-needs-finder>`);
      const done = capture(el, 'intake-needs-complete');
      expect(heading(el)).to.equal('What would help them right now?');
      expect(shadowText(el)).to.contain('the person you are helping');
      await pick(el, 'family-caregiving', 'disability');
      await press(el);
      expect(shadowText(el)).to.contain('Would they like help with this?');
      expect(shadowText(el)).not.to.contain('Would you like');
      await press(el);
      expect(heading(el)).to.equal('Which one matters most to them right now?');
      await press(el);
      expect(shadowText(el)).to.contain('Here is what you shared about them.');
      expect(done[0].subject).to.equal('other');
    });

    it('the "already getting help" answer speaks as the one who clicks it (Spanish: "Ya recibo" for me, "Ya recibe" for them)', async () => {
      const label = (el: IntakeNeedsFinder) => root(el).querySelector('input[value="already-getting-help"]')!.closest('label')!.textContent!.trim();
      const other = await finder(html`<intake-needs-finder subject="other"></intake-needs-finder>`);
      await pick(other, 'food');
      await press(other);
      expect(label(other)).to.equal('They already get help');
      await choose(other, 'help-food', 'already-getting-help');
      await press(other);
      const summary = () => [...root(other).querySelectorAll('.summary li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(summary()).to.deep.equal(['Food They already get help']);
      const self = await finder();
      await pick(self, 'food');
      await press(self);
      await setPageLanguage('es', self);
      expect(label(self)).to.equal('Ya recibo ayuda');
      await setPageLanguage('es', other);
      expect(summary()).to.deep.equal(['Comida Ya recibe ayuda']);
      await setPageLanguage('en', self);
    });
  });

  describe('the needs people asked for that were missing or buried (issue 13)', () => {
    const NEW_NEEDS: [string, string, string][] = [
      ['veterans', 'Veterans', 'Help for people who served in the military, and their families'],
      ['reentry', 'Leaving jail or prison', 'Housing, work, ID, and support after jail or prison'],
      ['language', 'Language help', 'An interpreter, papers in your language, or English classes'],
      ['older-adults', 'Older adults and caregivers', 'Senior centers, meals at home, help at home, or a break for caregivers'],
      ['household-goods', 'Furniture and household items', 'A bed, a table, kitchen things, or blankets for your home'],
      ['id-documents', 'ID and documents', 'Getting an ID card, a birth certificate, or other papers you need'],
      ['phone', 'A phone', 'A free or low-cost phone, or help paying for a phone plan'],
      ['health-insurance', 'Health insurance and medical bills', 'Signing up for health coverage, or help paying medical bills'],
    ];
    const card = (el: IntakeNeedsFinder, id: string) => checkbox(el, id).closest('.need')!;

    it('offers each one as a card with its own words, and a clinic apart from insurance', async () => {
      const el = await finder();
      for (const [id, label, description] of NEW_NEEDS) {
        expect(card(el, id).querySelector('label')!.textContent!.trim(), id).to.equal(label);
        expect(card(el, id).querySelector('.desc')!.textContent!.trim(), id).to.equal(description);
        expect(checkbox(el, id).checked, id).to.equal(false);
      }
      expect(card(el, 'health-care').querySelector('label')!.textContent!.trim()).to.equal('Health care');
      expect(card(el, 'health-care').querySelector('.desc')!.textContent!.trim()).to.equal('A doctor or clinic, dental care, or medicine');
      // Safety at home speaks to older people hurt by family or a caregiver too.
      expect(card(el, 'safety').querySelector('.desc')!.textContent!.trim()).to.equal('Feeling unsafe with a partner, family, or someone who cares for you');
    });

    for (const lang of ['es', 'zh-Hant', 'zh-Hans', 'tl', 'vi', 'ru', 'ko', 'ar'] as const) {
      it(`shows their labels and descriptions in ${lang}`, async () => {
        const all: Record<string, Record<string, string>> = await (await fetch('/locales/translations/needs-finder.json')).json();
        await setPageLanguage(lang);
        const el = await finder();
        for (const [id, label, description] of NEW_NEEDS) {
          expect(card(el, id).querySelector('label')!.textContent!.trim(), `${id} in ${lang}`).to.equal(all[label][lang]);
          expect(card(el, id).querySelector('.desc')!.textContent!.trim(), `${id} in ${lang}`).to.equal(all[description][lang]);
        }
      });
    }

    it('picking them hands the host their SDOH categories, SNOMED CT findings and Open Eligibility terms', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      const ids = NEW_NEEDS.map(([id]) => id);
      await pick(el, ...ids, 'someone-to-talk-to');
      await press(el); // Next -> a little more about each one
      expect([...root(el).querySelectorAll('.block-heading')].map((h) => h.textContent!.trim())).to.include.members(['Veterans', 'Leaving jail or prison', 'A phone']);
      await press(el); // Next -> matters most
      await press(el); // Finish
      expect(done).to.have.length(1);
      expect(eventSchemas['intake-needs-complete'].safeParse(done[0]).success).to.equal(true);
      const byId = Object.fromEntries(done[0].needs.map((n) => [n.id, n]));
      expect(Object.keys(byId)).to.have.members([...ids, 'someone-to-talk-to']);
      expect(byId['veterans']).to.deep.include({ sdohCode: 'veteran-status', sdohCodes: ['veteran-status'] });
      expect(byId['veterans'].taxonomy).to.deep.equal([{ code: '20010', name: 'Veterans' }]);
      expect(byId['reentry']).to.deep.include({ sdohCode: 'incarceration-status', taxonomy: [{ code: '20016', name: 'Ex-Offenders' }] });
      expect(byId['language'].taxonomy.map((t) => t.code)).to.include('111-05');
      expect(byId['older-adults'].taxonomy.map((t) => t.code)).to.include.members(['108-03-01', '108-03-07']);
      expect(byId['household-goods']).to.deep.include({ sdohCode: 'material-hardship' });
      expect(byId['id-documents'].taxonomy).to.deep.equal([{ code: '111-01-05', name: 'Identification Recovery' }]);
      expect(byId['phone']).to.deep.include({ sdohCode: 'digital-access', taxonomy: [] });
      expect(byId['health-insurance'].sdohCodes).to.deep.equal(['health-insurance-coverage-status', 'medical-cost-burden']);
      expect(byId['someone-to-talk-to'].sdohCodes).to.deep.equal(['social-connection', 'stress']);
      expect(byId['someone-to-talk-to'].findings).to.deep.equal([{ system: 'http://snomed.info/sct', code: '422650009', display: 'Social isolation' }]);
    });

    it('picking "Safety at home" records elder abuse as well as partner violence', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'safety');
      await press(el);
      await press(el);
      expect(done[0].needs[0]).to.deep.include({ id: 'safety', sdohCode: 'intimate-partner-violence', sdohCodes: ['intimate-partner-violence', 'elder-abuse'] });
    });
  });

  describe('the safety path', () => {
    afterEach(() => document.querySelectorAll('intake-quick-exit').forEach((q) => q.remove()));

    it('picking "Safety at home" shows the urgent crisis card with the DV hotline, a quick exit reminder, and fires intake-risk once', async () => {
      const el = await finder();
      const risks = capture(el, 'intake-risk');
      await pick(el, 'safety');
      expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['safety-at-home-picked'], source: 'intake-needs-finder' }]);
      expect(crisisCard(el)).to.exist;
      const card = await crisisCardReady(el);
      expect(card.getAttribute('variant')).to.equal('urgent');
      expect(card.getAttribute('audience')).to.equal('domestic-violence');
      const links = hrefs(card);
      expect(links[0], 'the emergency number comes first').to.equal('tel:911');
      expect(links).to.include.members(['tel:18007997233', 'sms:88788?&body=START', 'tel:988']);
      expect(shadowText(card)).to.contain('National Domestic Violence Hotline');
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Your safety matters.');
      expect(`${shadowText(el)} ${shadowText(card)}`.match(/free and confidential/g), 'said once, not twice').to.have.length(1);
      expect(shadowText(el)).to.contain('If someone might see your screen, you can close this page at any time.');
      // the person can always go on, and un-picking and re-picking does not fire again
      await pick(el, 'safety', 'safety', 'food');
      expect(risks).to.have.length(1);
      await press(el);
      expect(heading(el)).to.equal('A little more about each one');
      expect(crisisCard(el), 'still shown on the next step').to.exist;
    });

    it('on a phone, ticking "Safety at home" brings the crisis lines into view; focus stays on the tick', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await finder();
        const box = checkbox(el, 'safety');
        box.scrollIntoView({ block: 'center' });
        box.focus();
        box.click();
        await el.updateComplete;
        await crisisCardReady(el);
        await waitFor(() => {
          const r = root(el).querySelector('[part="safety"]')!.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        });
        expect(root(el).activeElement, 'focus stays on the checkbox').to.equal(box);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('reminds about the quick exit when the page has one', async () => {
      const qe = document.createElement('intake-quick-exit');
      document.body.prepend(qe);
      const el = await finder();
      await pick(el, 'safety');
      expect(shadowText(el)).to.contain('To leave this page fast, use the "Leave this site" button or press Shift 3 times.');
      qe.setAttribute('no-shortcut', '');
      await pick(el, 'safety', 'safety');
      expect(shadowText(el)).to.contain('To leave this page fast, use the "Leave this site" button.');
      expect(shadowText(el)).not.to.contain('Shift 3 times');
    });

    it('records the safety need in the result, with its SDOH code', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'safety');
      await press(el);
      await choose(el, 'help-safety', 'not-now');
      await press(el);
      expect(done[0].safetyConcern).to.equal(true);
      expect(done[0].needs[0]).to.include({ id: 'safety', sdohCode: 'intimate-partner-violence', hasNeed: true, wantsHelp: 'not-now' });
      expect(crisisCard(el), 'the summary keeps the help in view').to.exist;
    });
  });

  describe('questions mode', () => {
    it('asks the AHC living situation, food, transportation and utilities questions and our own safety question', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
      expect(heading(el)).to.equal('A few questions about your life');
      const legends = [...root(el).querySelectorAll('[part="question"] legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal([
        'What is your living situation today?',
        'Think about the place you live. Do you have problems with any of the following?',
        'Within the past 12 months, you worried that your food would run out before you got money to buy more',
        "Within the past 12 months, the food you bought just didn't last and you didn't have money to get more",
        'In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?',
        'In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?',
        'Does anyone in your life hurt you, threaten you, or make you feel afraid?',
      ]);
      expect(shadowText(el)).to.contain('Skip any question you like.');
    });

    it('turns positive answers into needs, keeps negatives as "no need", and records LOINC-coded answers', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
      const changes = capture(el, 'intake-needs-change');
      const done = capture(el, 'intake-needs-complete');
      const risks = capture(el, 'intake-risk');
      await choose(el, 'q-living', 'worried');
      await choose(el, 'q-food-worried', 'sometimes');
      await choose(el, 'q-food-ran-out', 'never');
      await choose(el, 'q-transportation', 'no');
      await choose(el, 'q-utilities', 'shut-off');
      await choose(el, 'q-safety', 'no');
      expect(changes.map((c) => c.needs)).to.deep.equal([['housing-keep'], ['housing-keep', 'food'], ['housing-keep', 'food', 'utilities']]);
      expect(risks).to.deep.equal([]);
      await press(el); // Next
      const blocks = [...root(el).querySelectorAll('.block-heading')].map((h) => h.textContent!.trim());
      expect(blocks).to.deep.equal(['Keeping a home', 'Food', 'Utilities']);
      await choose(el, 'help-utilities', 'yes');
      await choose(el, 'soon-utilities', 'today');
      await press(el); // -> priority
      await press(el); // Finish
      const r = done[0];
      expect(r.mode).to.equal('questions');
      expect(r.translationValidated).to.equal(true);
      const has = r.needs.filter((n) => n.hasNeed).map((n) => n.id);
      const hasNot = r.needs.filter((n) => !n.hasNeed).map((n) => n.id);
      expect(has).to.deep.equal(['utilities', 'housing-keep', 'food']);
      expect(hasNot).to.have.members(['housing-tonight', 'transportation', 'safety']);
      expect(hasNot, 'an unanswered question records nothing').not.to.include('housing-quality');
      expect(r.needs.find((n) => n.id === 'transportation')).to.include({ wantsHelp: null, urgency: null, priority: null });
      const living = r.screening!.find((s) => s.linkId === '124296')!;
      expect(living.code).to.equal('71802-3');
      expect(living.answers).to.deep.equal([{ code: 'LA31994-9', display: 'I have a place to live today, but I am worried about losing it in the future' }]);
      const safety = r.screening!.find((s) => s.linkId === 'compassionate-intake-safety')!;
      expect(safety).to.deep.include({ code: null, answers: [{ code: null, display: 'No' }] });
      expect(r.screening!.map((s) => s.linkId)).not.to.include('123820');
    });

    it('"None of the above" and the housing problems exclude each other', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
      const box = (v: string) => root(el).querySelector<HTMLInputElement>(`input[name="q-problems"][value="${v}"]`)!;
      await choose(el, 'q-problems', 'mold');
      await choose(el, 'q-problems', 'leaks');
      expect([box('mold').checked, box('leaks').checked, box('none').checked]).to.deep.equal([true, true, false]);
      await choose(el, 'q-problems', 'none');
      expect([box('mold').checked, box('leaks').checked, box('none').checked]).to.deep.equal([false, false, true]);
      await choose(el, 'q-problems', 'heat');
      expect([box('heat').checked, box('none').checked]).to.deep.equal([true, false]);
    });

    it('a yes to the safety question shows the crisis card right after it and fires intake-risk', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
      const risks = capture(el, 'intake-risk');
      await choose(el, 'q-safety', 'sometimes');
      expect(risks).to.deep.equal([{ level: 'urgent', reasons: ['safety-question-positive'], source: 'intake-needs-finder' }]);
      const card = await crisisCardReady(el);
      expect(card.closest('[part="safety"]')!.previousElementSibling!.querySelector('legend')!.textContent, 'placed right after the safety question').to.contain('afraid');
      expect(hrefs(card)).to.include('tel:18007997233');
      await choose(el, 'q-safety', 'no');
      expect(crisisCard(el)).to.equal(null);
    });

    it('with no positive answer goes straight to a thank-you', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
      const done = capture(el, 'intake-needs-complete');
      await choose(el, 'q-transportation', 'no');
      await press(el);
      expect(heading(el)).to.equal('Thank you');
      expect(done[0].needs.map((n) => [n.id, n.hasNeed])).to.deep.equal([['transportation', false]]);
    });

    it('for someone else, asks in the third person and does not claim a validated wording', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions" subject="other"></intake-needs-finder>`));
      const done = capture(el, 'intake-needs-complete');
      expect(heading(el)).to.equal('A few questions about their life');
      expect(shadowText(el)).to.contain('What is their living situation today?');
      expect(shadowText(el)).to.contain('They have a steady place to live');
      expect(shadowText(el)).to.contain('Does anyone in their life hurt them, threaten them, or make them feel afraid?');
      await press(el);
      expect(done[0].translationValidated).to.equal(false);
      expect(done[0].subject).to.equal('other');
    });

    it('`domains` limits the questions to the needs asked about', async () => {
      const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions" domains="food safety"></intake-needs-finder>`));
      const names = new Set([...root(el).querySelectorAll<HTMLInputElement>('[part="question"] input')].map((i) => i.name));
      expect([...names]).to.deep.equal(['q-food-worried', 'q-food-ran-out', 'q-safety']);
    });
  });

  describe('domains and the host catalog', () => {
    it('`domains` limits and orders the catalog', async () => {
      const el = await finder(html`<intake-needs-finder domains="safety, food housing-tonight food"></intake-needs-finder>`);
      const ids = [...root(el).querySelectorAll<HTMLInputElement>('.need input')].map((i) => i.id);
      expect(ids).to.deep.equal(['need-safety', 'need-food', 'need-housing-tonight']);
    });

    it('unknown `domains` give intake-error and the finder keeps working with the known ones', async () => {
      const errors = capture(document, 'intake-error');
      const el = await finder(html`<intake-needs-finder domains="food nonsense Bad!"></intake-needs-finder>`);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'invalid-attribute', source: 'intake-needs-finder' });
      expect(errors[0].message).to.contain('nonsense');
      const ids = [...root(el).querySelectorAll<HTMLInputElement>('.need input')].map((i) => i.id);
      expect(ids).to.deep.equal(['need-food']);
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'food');
      await press(el);
      await press(el);
      expect(done[0].needs.map((n) => n.id)).to.deep.equal(['food']);
    });

    it('only unknown `domains`: intake-error and the whole catalog', async () => {
      const errors = capture(document, 'intake-error');
      const el = await finder(html`<intake-needs-finder domains="pizza"></intake-needs-finder>`);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].message).to.contain('showing every need');
      expect(root(el).querySelectorAll('.need').length).to.equal(needsCatalog.length);
    });

    it('a bad mode or subject gives intake-error and falls back', async () => {
      const errors = capture(document, 'intake-error');
      const el = await finder(html`<intake-needs-finder mode="wizard" subject="them"></intake-needs-finder>`);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
      expect(heading(el)).to.equal('What would help right now?');
    });

    it('uses a valid host catalog: built-in ids keep their texts, new needs show the host label in the page language', async () => {
      const el = await finder();
      const done = capture(el, 'intake-needs-complete');
      el.catalog = petCareCatalog;
      await waitFor(() => root(el).querySelectorAll('.need').length === 3);
      const labels = [...root(el).querySelectorAll('.need label')].map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Food', 'A place to stay tonight', 'Pet care']);
      expect(root(el).querySelector('#desc-pet-care')!.textContent).to.equal('Food and vet care for pets');
      await setPageLanguage('es-US', el);
      expect(root(el).querySelector('label[for="need-pet-care"]')!.textContent!.trim(), "the host's own translation").to.equal('Cuidado de mascotas');
      await setPageLanguage('en-US', el);
      await pick(el, 'pet-care');
      await press(el);
      await press(el);
      expect(done[0].needs[0]).to.deep.include({ id: 'pet-care', sdohCode: null, taxonomy: [{ code: 'pets-1', name: 'Pet Food' }] });
    });

    it('a bad host catalog gives intake-error and the built-in catalog, which works', async () => {
      const el = await finder();
      const errors = capture(el, 'intake-error');
      el.catalog = brokenCatalog;
      await waitFor(() => errors.length > 0);
      expect(errors[0].code).to.equal('invalid-property');
      expect(errors[0].message).to.contain('built-in');
      await el.updateComplete;
      expect(root(el).querySelectorAll('.need').length).to.equal(needsCatalog.length);
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'education');
      await press(el);
      await press(el);
      expect(done[0].needs[0].id).to.equal('education');
    });

    it('a host catalog with host-only ids in `domains` does not report them before the catalog is checked', async () => {
      const errors = capture(document, 'intake-error');
      const el = document.createElement('intake-needs-finder');
      el.setAttribute('domains', 'pet-care food');
      el.catalog = [{ id: 'food' }, { id: 'pet-care', label: 'Pet care' }];
      document.body.append(el);
      await waitFor(() => el.shadowRoot?.querySelectorAll('.need').length === 2);
      const ids = [...root(el).querySelectorAll<HTMLInputElement>('.need input')].map((i) => i.id);
      expect(ids).to.deep.equal(['need-pet-care', 'need-food']);
      expect(errors).to.deep.equal([]);
      el.remove();
    });
  });

  describe('handoff with for=', () => {
    it('sets `needs` on the element named by for=: picked needs, minus "not now" and "already getting help", most important first', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <intake-needs-finder for="sf"></intake-needs-finder>
        <test-stub-service-finder id="sf"></test-stub-service-finder>
      </div>`);
      const el = wrap.querySelector('intake-needs-finder')!;
      const sf = wrap.querySelector<StubServiceFinder>('#sf')!;
      await el.updateComplete;
      expect(sf.received, 'nothing handed on load').to.deep.equal([]);
      await pick(el, 'food', 'housing-tonight', 'legal');
      expect(sf.needs).to.deep.equal(['food', 'housing-tonight', 'legal']);
      await press(el);
      await choose(el, 'help-legal', 'not-now');
      expect(sf.needs).to.deep.equal(['food', 'housing-tonight']);
      await choose(el, 'help-food', 'already-getting-help');
      await choose(el, 'help-housing-tonight', 'yes');
      await choose(el, 'soon-housing-tonight', 'today');
      expect(sf.needs).to.deep.equal(['housing-tonight']);
      await choose(el, 'help-food', 'yes');
      await press(el);
      await choose(el, 'most', 'food');
      await press(el);
      expect(sf.needs).to.deep.equal(['food', 'housing-tonight']);
      // each distinct list is handed on once
      const lists = sf.received.map((l) => l.join(','));
      expect(new Set(lists).size).to.be.greaterThan(2);
      for (let i = 1; i < lists.length; i++) expect(lists[i]).not.to.equal(lists[i - 1]);
    });

    it('reports a for= that names nothing, once, and still completes', async () => {
      const el = await finder(html`<intake-needs-finder for="missing"></intake-needs-finder>`);
      const errors = capture(el, 'intake-error');
      const done = capture(el, 'intake-needs-complete');
      await pick(el, 'food', 'work');
      await press(el);
      await press(el);
      await press(el);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].message).to.contain('missing');
      expect(done).to.have.length(1);
    });
  });

  describe('forms, reset and quick exit', () => {
    it('is form-associated: the form value is the JSON result, and a form reset resets it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><intake-needs-finder name="needs"></intake-needs-finder></form>`);
      const el = form.querySelector('intake-needs-finder')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('needs')).to.equal(null);
      await pick(el, 'clothing-hygiene');
      await press(el);
      await press(el);
      const value = new FormData(form).get('needs') as string;
      const parsed = eventSchemas['intake-needs-complete'].parse(JSON.parse(value));
      expect(parsed.needs[0].id).to.equal('clothing-hygiene');
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('needs')).to.equal(null);
      expect(heading(el)).to.equal('What would help right now?');
      expect(checkbox(el, 'clothing-hygiene').checked).to.equal(false);
    });

    it('reset() forgets everything and fires nothing; safety fires again after it', async () => {
      const el = await finder();
      const events = [...['intake-needs-change', 'intake-needs-complete', 'intake-error'].map((t) => ({ t, seen: [] as Event[] }))];
      await pick(el, 'safety', 'food');
      const risks = capture(el, 'intake-risk');
      for (const e of events) el.addEventListener(e.t, (ev) => e.seen.push(ev));
      el.reset();
      await el.updateComplete;
      expect(events.every((e) => e.seen.length === 0)).to.equal(true);
      expect(checkbox(el, 'safety').checked).to.equal(false);
      expect(crisisCard(el)).to.equal(null);
      expect(el.value).to.equal(null);
      await pick(el, 'safety');
      expect(risks).to.have.length(1);
    });

    it('quick exit wipes everything, and the service finder gets an empty list', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <intake-needs-finder for="sf2"></intake-needs-finder>
        <test-stub-service-finder id="sf2"></test-stub-service-finder>
      </div>`);
      const el = wrap.querySelector('intake-needs-finder')!;
      const sf = wrap.querySelector<StubServiceFinder>('#sf2')!;
      await el.updateComplete;
      await pick(el, 'immigration', 'legal');
      await press(el);
      document.dispatchEvent(new CustomEvent('intake-quick-exit', { detail: {}, bubbles: true, composed: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(heading(el)).to.equal('What would help right now?');
      expect(checkbox(el, 'immigration').checked).to.equal(false);
      expect(sf.needs).to.deep.equal([]);
    });

    it('a canceled quick exit wipes nothing', async () => {
      const el = await finder();
      await pick(el, 'food');
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('intake-quick-exit', cancel);
      document.dispatchEvent(new CustomEvent('intake-quick-exit', { detail: {}, bubbles: true, composed: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
      document.removeEventListener('intake-quick-exit', cancel);
      expect(checkbox(el, 'food').checked).to.equal(true);
    });
  });

  describe('keyboard only', () => {
    it('a person picks a need, answers and finishes with Tab, Space, arrows and Enter', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><intake-needs-finder domains="food work"></intake-needs-finder></div>`);
      const el = wrap.querySelector('intake-needs-finder')!;
      const done = capture(el, 'intake-needs-complete');
      await el.updateComplete;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const active = () => root(el).activeElement as HTMLElement | null;

      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('need-food');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(checkbox(el, 'food').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('need-work');
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent?.trim()).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active()?.classList.contains('step-heading'), 'focus moved to the new heading').to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect((active() as HTMLInputElement).value).to.equal('yes');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect((active() as HTMLInputElement).value, 'arrows move within the group').to.equal('not-now');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect((active() as HTMLInputElement).value).to.equal('yes');
      await sendKeys({ press: 'Tab' });
      expect((active() as HTMLInputElement).name).to.equal('soon-food');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' }); // Back
      await sendKeys({ press: 'Tab' }); // Finish
      expect(active()?.textContent?.trim()).to.equal('Finish');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(done).to.have.length(1);
      expect(done[0].needs[0]).to.include({ id: 'food', wantsHelp: 'yes', urgency: 'this-week' });
      expect(heading(el)).to.equal('Thank you');
    });

    it('questions mode answers with arrows inside each radio group', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="b">b</button><intake-needs-finder mode="questions" domains="transportation"></intake-needs-finder></div>`);
      const el = await questionsShown(wrap.querySelector('intake-needs-finder')!);
      const changes = capture(el, 'intake-needs-change');
      wrap.querySelector<HTMLButtonElement>('#b')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(changes.map((c) => c.needs)).to.deep.equal([['transportation']]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(changes.map((c) => c.needs)).to.deep.equal([['transportation'], []]);
    });
  });

  describe('languages', () => {
    for (const lang of ['es', 'ar'] as const) {
      for (const mode of ['cards', 'questions'] as const) {
        it(`${mode} mode in ${lang}: lang, direction, and the whole flow works`, async () => {
          await setPageLanguage(lang);
          const el = await finder(html`<intake-needs-finder mode=${mode}></intake-needs-finder>`);
          if (mode === 'questions') await questionsShown(el);
          const done = capture(el, 'intake-needs-complete');
          expect(el.lang).to.equal(lang);
          expect(el.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(getComputedStyle(root(el).querySelector('.finder')!).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          if (mode === 'cards') await pick(el, 'food');
          else await choose(el, 'q-food-worried', 'often');
          await press(el);
          await choose(el, 'help-food', 'yes');
          await press(el);
          expect(done[0].locale).to.equal(lang);
          expect(done[0].needs[0]).to.include({ id: 'food', wantsHelp: 'yes', hasNeed: true });
          if (mode === 'questions') expect(done[0].translationValidated).to.equal(false);
        });

        it(`${mode} mode in ${lang}: shows the translated text`, async function () {
          const source = mode === 'cards' ? 'What would help right now?' : 'A few questions about your life';
          const wanted = await translation(source, lang);
          const label = await translation('Food', lang);
          if (!wanted || !label) this.skip(); // needs-finder.json not merged into the XLIFF yet
          await setPageLanguage(lang);
          const el = await finder(html`<intake-needs-finder mode=${mode}></intake-needs-finder>`);
          expect(heading(el)).to.equal(wanted);
          if (mode === 'cards') expect(root(el).querySelector('label[for="need-food"]')!.textContent!.trim()).to.equal(label);
        });
      }
    }

    it('re-renders in the new language when the page language changes', async function () {
      const wanted = await translation('What would help right now?', 'es');
      if (!wanted) this.skip();
      const el = await finder();
      expect(heading(el)).to.equal('What would help right now?');
      await setPageLanguage('es', el);
      expect(heading(el)).to.equal(wanted);
    });
  });

  describe('accessibility (axe) in every state', () => {
    const states: [string, (el: IntakeNeedsFinder) => Promise<void>][] = [
      ['cards, nothing picked', async () => {}],
      ['cards, two picked', async (el) => pick(el, 'food', 'money')],
      ['cards, safety picked (crisis card)', async (el) => pick(el, 'safety')],
      ['follow-up with "How soon?"', async (el) => {
        await pick(el, 'food', 'money');
        await press(el);
        await choose(el, 'help-food', 'yes');
        await choose(el, 'help-money', 'not-now');
      }],
      ['matters most', async (el) => {
        await pick(el, 'food', 'money');
        await press(el);
        await press(el);
      }],
      ['done with needs', async (el) => {
        await pick(el, 'food', 'money', 'safety');
        await press(el);
        await press(el);
        await choose(el, 'most', 'money');
        await press(el);
      }],
      ['done with nothing picked', async (el) => press(el)],
    ];
    for (const lang of ['en-US', 'es-US', 'ar']) {
      for (const [name, arrange] of states) {
        it(`${name} (${lang})`, async () => {
          await setPageLanguage(lang);
          const el = await finder();
          await arrange(el);
          if (crisisCard(el)) await crisisCardReady(el);
          await expect(el).to.be.accessible();
        });
      }
      it(`questions, empty and with a safety yes (${lang})`, async () => {
        await setPageLanguage(lang);
        const el = await questionsShown(await finder(html`<intake-needs-finder mode="questions"></intake-needs-finder>`));
        await expect(el).to.be.accessible();
        await choose(el, 'q-safety', 'yes');
        await choose(el, 'q-problems', 'mold');
        await crisisCardReady(el);
        await expect(el).to.be.accessible();
      });
      it(`subject other, follow-up (${lang})`, async () => {
        await setPageLanguage(lang);
        const el = await finder(html`<intake-needs-finder subject="other"></intake-needs-finder>`);
        await pick(el, 'childcare');
        await press(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
