// Shared by the demo pages: a language picker that sets <html lang> (the elements follow it),
// and a log of every intake-* event the host receives.
import { INTAKE_EVENTS, type IntakeCrisisCard } from '../src/index.js';
import { countyResources } from '../stories/examples.js';
import { matchLocale } from '../src/core/locale-match.js';
import { translatePage } from './page-texts.js';
import { linkToReceiver } from './receiver-link.js';

const params = new URLSearchParams(location.search);

const picker = document.querySelector<HTMLSelectElement>('#language');
const fromUrl = params.get('lang');
if (fromUrl) document.documentElement.lang = fromUrl;
// The page's own words follow too, as a host page's would (the elements translate themselves).
const pageLanguage = () => matchLocale(document.documentElement.lang) ?? 'en';
translatePage(pageLanguage());
if (picker) {
  picker.value = pageLanguage();
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
    translatePage(picker.value);
  });
}

// Local lines the county adds on top of the bundled national ones (fictional numbers). Set from this
// file, not an inline script, so the pages run under a strict Content-Security-Policy (docs/csp.md).
const crisis = document.querySelector<IntakeCrisisCard>('#crisis');
if (crisis) crisis.resources = countyResources;

// `?script=phq-9` (or gad-7, phq-4, who-5) shows a screener in the provider page's check-in.
const script = params.get('script');
const checkIn = document.querySelector('#checkin');
if (script && checkIn) checkIn.setAttribute('script', script);
// `?persist` offers to keep the check-in's answers in this tab (only if the person agrees).
if (params.has('persist')) checkIn?.setAttribute('persist', '');

const log = document.querySelector('#log');
for (const type of INTAKE_EVENTS) {
  document.addEventListener(type, (e) => {
    if (!log) return;
    log.textContent = `${type} ${JSON.stringify((e as CustomEvent).detail)}\n` + log.textContent;
  });
}
// A demo must never really leave: the link in the log shows where quick exit would go.
document.addEventListener('intake-quick-exit', (e) => {
  if (params.has('really-leave')) return;
  e.preventDefault();
  if (log) log.textContent = 'Quick exit would now wipe every element and leave (canceled in the demo; add ?really-leave to try it).\n' + log.textContent;
});

// The self-referral form: a community organization without a back end of its own would post this
// to its form handler; the demo shows what would be sent.
document.querySelector<HTMLFormElement>('#referral')?.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = Object.fromEntries(new FormData(e.target as HTMLFormElement));
  if (log) log.textContent = `form submit ${JSON.stringify(data)}\n` + log.textContent;
});

// With the receiving page open (demo/receive.html), the self-referral goes there encrypted after consent.
const referral = document.querySelector('intake-check-in#referral-check-in');
if (referral) await linkToReceiver(referral);

// The journeys (scripts/e2e.mjs) wait for this: the demo's own code has run.
document.documentElement.setAttribute('data-demo-ready', '');
