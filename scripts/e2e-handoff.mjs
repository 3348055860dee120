// Journey 6 (encrypted self-referral to the receiving page), what it types and what it asserts: shared by
// the Chromium run (scripts/e2e.mjs, playwright-core) and the Firefox run (scripts/e2e-firefox.mjs,
// puppeteer-core over WebDriver BiDi), so both browsers are held to the same checks.
// Each check is [name, ok, why]: the runner records it.

/** What the person types on the public page (in Spanish; staff read English). */
export const PERSON = { name: 'Dana Okafor', phone: '(415) 555-0134' };
/** What the person reads in Spanish (locales/translations/check-in.json and handoff.json). */
export const SPANISH = {
  forMe: 'Para mí',
  agree: 'Sí, estoy de acuerdo',
  sent: 'Enviado. El equipo ya tiene tus respuestas.',
  // The role and the time are the host's own words (demo/receiver-link.ts sets them in English).
  pointPerson: 'Maria, peer navigator, se pondrá en contacto contigo. Maria lee las respuestas within 1 business day.',
};

/** Checks the POSTs the page made (each `{ url, type, body }`) against what may cross the wire. */
export function wireChecks(posts, origin) {
  const toInbox = posts.filter((p) => p.url === `${origin}/demo-api/inbox`);
  const wire = toInbox[0]?.body ?? '';
  const readable = [PERSON.name, 'Dana', '555-0134', '5550134', 'food', 'Comida', 'consent', 'compassionate-intake'].filter((t) => wire.includes(t));
  return [
    ['exactly one POST, to the inbox, as application/jose', toInbox.length === 1 && posts.length === 1 && toInbox[0].type === 'application/jose', JSON.stringify(posts.map((p) => [p.url, p.type]))],
    ['the bytes on the wire are a compact JWE (five base64url parts)', wire.split('.').length === 5 && /^[\w-]*(\.[\w-]*){4}$/.test(wire), wire.slice(0, 80)],
    ['none of the answers is readable on the wire', wire.length > 200 && readable.length === 0, readable.join()],
  ];
}

/** In the receiving page: the staff summary as staff see it (sections in order, lines, the person's words and their language). */
export function readStaffSummary() {
  const article = document.querySelector('#staff-view article');
  if (!article) return null;
  return {
    lang: article.lang,
    dir: article.dir,
    title: article.querySelector('h3')?.textContent ?? '',
    note: article.querySelector('.summary-note')?.textContent ?? '',
    sections: [...article.querySelectorAll('section')].map((s) => ({
      id: s.className,
      heading: s.querySelector('h3')?.textContent ?? '',
      top: s.getBoundingClientRect().top,
      lines: [...s.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    })),
    theirWords: [...article.querySelectorAll('.their-words')].map((w) => ({ lang: w.lang, text: w.textContent })),
  };
}

/**
 * The receiving page shows what the library gives staff (summaryFor('staff', ...)) for the Spanish self-referral:
 * English labels, risk first, contact and consent, and the person's own Spanish words beside.
 */
export function staffSummaryChecks(s) {
  if (!s) return [['the receiving page shows a staff summary', false, 'no article in #staff-view']];
  const section = (id) => s.sections.find((x) => x.id === id);
  const contact = section('contact')?.lines ?? [];
  const consent = section('consent')?.lines[0] ?? '';
  const consentWords = s.theirWords.find((w) => consent.includes(w.text));
  const words = section('words');
  return [
    ['the staff summary is in the staff language (English) with its title', s.lang === 'en' && s.dir === 'ltr' && s.title === 'Staff copy', JSON.stringify(s).slice(0, 200)],
    [
      'risk comes first, on top, and says in words that none was raised',
      s.sections[0]?.id === 'risk' && s.sections[0].heading === 'Signs of risk' && s.sections[0].lines.join() === 'No signs of risk in these answers.' && s.sections.every((x) => x.top >= s.sections[0].top),
      JSON.stringify(s.sections.map((x) => [x.id, x.heading, x.top])),
    ],
    [
      'contact: how the person asked to be reached first (a call), then the name and phone they typed, under English labels',
      contact[0] === 'Contact byCall' && contact.includes(`Name${PERSON.name}`) && contact.includes(`Phone${PERSON.phone}`),
      JSON.stringify(contact),
    ],
    ['consent: "Agreed to share" in English, beside what the person agreed to, in Spanish', consent.startsWith('Agreed to share (') && consentWords?.lang === 'es' && /[áéíóúñ¿]/.test(consentWords.text), consent],
    ['"Their words": the need the person picked, in Spanish, marked lang="es"', words?.heading === 'Their words' && s.theirWords.some((w) => w.lang === 'es' && /Comida/.test(w.text)), JSON.stringify(words)],
    ['the summary names the language the person used', s.note === 'Language: es', s.note],
  ];
}

/** The same summary after staff pick Arabic: redrawn right to left, risk first, the person's words still Spanish. */
export function arabicSummaryChecks(s) {
  return [
    ['in another staff language the summary redraws: Arabic, right to left, risk first', s?.dir === 'rtl' && s.lang === 'ar' && s.sections[0]?.heading === 'علامات الخطر', JSON.stringify(s).slice(0, 300)],
    ["the person's words stay theirs (Spanish) beside the Arabic", !!s?.theirWords.some((w) => w.lang === 'es' && w.text.includes('Comida')), JSON.stringify(s?.theirWords).slice(0, 300)],
  ];
}
