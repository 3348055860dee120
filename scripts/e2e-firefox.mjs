// Journey 6 in Debian's Firefox: puppeteer-core drives /usr/bin/firefox-esr over WebDriver BiDi
// (Playwright cannot drive Debian's Firefox). The same journey and checks as the Chromium run in
// scripts/e2e.mjs (scripts/e2e-handoff.mjs holds what both assert), on the BUILT demo (demo-dist/)
// with the same strict Content-Security-Policy and a fresh inbox of its own:
//   the staff page makes a key → the person fills the self-referral in Spanish and agrees →
//   one POST to the local inbox, a compact JWE → the staff page decrypts it and shows the staff summary.
// What crossed the wire is read where it arrived (the server logs every request and every POST body),
// and from the browser's own request events. scripts/e2e.mjs runs this after its Chromium journeys
// and counts the results in its `e2e: N passed, M failed` line; run alone, it prints its own line.
import puppeteer from 'puppeteer-core';
import { pathToFileURL } from 'node:url';
import { mkdirSync } from 'node:fs';
import { serve } from './static-server.mjs';
import { createDemoInbox } from './demo-inbox.mjs';
import { findBrowsers } from './browsers.mjs';
import { PERSON, SPANISH, arabicSummaryChecks, readStaffSummary, staffSummaryChecks, wireChecks } from './e2e-handoff.mjs';

const DIST = 'demo-dist';
const SHOTS = 'screenshots/journeys';
const JOURNEY = '6-encrypted-handoff-firefox';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html compassionate-intake";

/** In the page before any script: records the library's events and CSP violations, and finds elements through shadow roots. */
function instrument() {
  window.__events = [];
  window.__violations = [];
  for (const type of ['intake-check-in-step', 'intake-check-in-complete', 'intake-submit', 'intake-error']) {
    document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail, id: e.target?.id ?? '' }), true);
  }
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  /** Every element matching `selector` under `root`, inside open shadow roots too. */
  window.__deep = (selector, root = document) => {
    const out = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...window.__deep(selector, el.shadowRoot));
    return out;
  };
}

/** Runs the journey; resolves to `[{ name, ok, why }]`. Never throws: a broken run is a failed check. */
export async function runFirefoxHandoff({ executablePath = findBrowsers().firefox, log = console.log } = {}) {
  const results = [];
  const check = (name, ok, why = '') => {
    results.push({ name: `${JOURNEY}: ${name}`, ok: !!ok, why: ok ? '' : String(why).slice(0, 500) });
    if (!ok) log(`FAIL ${JOURNEY}: ${name}${why ? ` (${String(why).slice(0, 300)})` : ''}`);
  };
  if (!executablePath) {
    check('Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH)', false);
    return results;
  }
  mkdirSync(SHOTS, { recursive: true });

  // The server's own log: what reached it, method, path, type and (for a POST) the bytes.
  const arrived = [];
  const inbox = createDemoInbox();
  const server = await serve(DIST, {
    headers: () => ({ 'content-security-policy': CSP }),
    handle: (req, res) => {
      const entry = { method: req.method, path: new URL(req.url ?? '/', 'http://x').pathname, type: String(req.headers['content-type'] ?? ''), body: '' };
      arrived.push(entry);
      if (req.method === 'POST') req.on('data', (c) => (entry.body += c));
      return inbox(req, res);
    },
  });
  const origin = server.url;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  const errors = [];
  const requests = [];
  const watch = (page, who) => {
    page.setDefaultTimeout(15_000);
    page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${who}: ${e}`));
    page.on('request', (r) => requests.push({ who, url: r.url(), method: r.method(), type: r.headers()['content-type'] ?? '' }));
  };
  const events = (page, type, id) => page.evaluate((t, i) => window.__events.filter((e) => e.type === t && (!i || e.id === i)), type, id);
  /** Waits for a shown element matching `selector` (and holding `text`) inside the check-in; returns it. */
  const deepOne = async (page, selector, text) =>
    (
      await page.waitForFunction(
        (s, t) => {
          const root = document.querySelector('#referral-check-in')?.shadowRoot;
          return root && window.__deep(s, root).find((el) => el.getClientRects().length > 0 && (!t || el.textContent.replace(/\s+/g, ' ').includes(t)));
        },
        {},
        selector,
        text,
      )
    ).asElement();
  const click = async (page, selector, text) => (await deepOne(page, selector, text)).click();
  const shot = async (page, step) => {
    for (const width of [320, 1280]) {
      await page.setViewport({ width, height: width === 320 ? 720 : 900 });
      await new Promise((r) => setTimeout(r, 250));
      await page.screenshot({ path: `${SHOTS}/${JOURNEY}-${step}-${width}.png`, fullPage: true });
    }
    await page.setViewport({ width: 1280, height: 900 });
  };

  let staff;
  try {
    // The organization's staff page first: it makes the key pair and publishes the public key.
    staff = await browser.newPage();
    watch(staff, 'receive.html');
    await staff.evaluateOnNewDocument(instrument);
    await staff.setViewport({ width: 1280, height: 900 });
    await staff.goto(`${origin}/receive.html`);
    await staff.waitForFunction(() => document.documentElement.hasAttribute('data-key-ready'));

    const sender = await browser.newPage();
    watch(sender, 'self-referral.html');
    await sender.evaluateOnNewDocument(instrument);
    await sender.setViewport({ width: 1280, height: 900 });
    await sender.goto(`${origin}/self-referral.html`);
    await sender.waitForFunction(() => document.documentElement.hasAttribute('data-demo-ready'));
    await sender.select('#language', 'es');
    await deepOne(sender, '[role="radio"]', SPANISH.forMe);
    check('the self-referral page picked up the public key (submit-url and encrypt-to set)', await sender.evaluate(() => !!document.querySelector('#referral-check-in').submitUrl && !!document.querySelector('#referral-check-in').encryptTo));

    // The self-referral, step by step (the same answers as the Chromium run).
    const ci = await sender.$('#referral-check-in');
    const inCheckIn = (selector) => `#referral-check-in >>> ${selector}`;
    const stepOf = () => sender.evaluate(() => window.__events.filter((e) => e.id === 'referral-check-in' && e.type === 'intake-check-in-step').at(-1)?.detail.stepId ?? null);
    const moves = () => sender.evaluate(() => window.__events.filter((e) => e.id === 'referral-check-in' && /^intake-check-in-(step|complete)$/.test(e.type)).length);
    const primary = () => click(sender, '.controls button.action:not(.secondary)');
    let postsBeforeConsent = -1;
    const plan = {
      needs: async () => {
        await (await sender.$(inCheckIn('.controls label.choice'))).click(); // food
        await primary();
      },
      helpers: primary,
      'follow-up': async () => (await sender.$$(inCheckIn('.controls [role="radio"]')))[0].click(),
      contact: async () => {
        await (await sender.$(inCheckIn('.contact input[type="checkbox"]'))).click(); // call me
        await (await sender.$(inCheckIn('#c-name'))).type(PERSON.name);
        await (await sender.$(inCheckIn('#c-phone'))).type(PERSON.phone);
        await (await sender.$(inCheckIn('.contact input[type="radio"]'))).click(); // messages are fine
        await primary();
      },
      consent: async () => {
        await new Promise((r) => setTimeout(r, 300));
        postsBeforeConsent = arrived.filter((a) => a.method === 'POST').length + requests.filter((r) => r.method === 'POST').length;
        await click(sender, '.controls [role="radio"]', SPANISH.agree);
      },
    };
    await ci.evaluate((el) => el.scrollIntoView());
    for (let guard = 0; ; guard++) {
      if (guard > 30) throw new Error('the self-referral did not complete');
      await sender.waitForFunction(
        () =>
          window.__events.some((e) => e.id === 'referral-check-in' && e.type === 'intake-check-in-complete') ||
          document.querySelector('#referral-check-in')?.shadowRoot?.querySelector('.controls [role="radio"], .controls button.action:not(.secondary)'),
      );
      if ((await events(sender, 'intake-check-in-complete', 'referral-check-in')).length) break;
      const step = await stepOf();
      const before = await moves();
      if (plan[step]) await plan[step]();
      else if (await sender.$(inCheckIn('.controls [role="radio"]'))) await (await sender.$(inCheckIn('.controls [role="radio"]'))).click();
      else await primary();
      await sender.waitForFunction((n) => window.__events.filter((e) => e.id === 'referral-check-in' && /^intake-check-in-(step|complete)$/.test(e.type)).length > n, {}, before);
    }
    check('nothing was POSTed before the person agreed to share (neither the browser nor the server saw one)', postsBeforeConsent === 0, postsBeforeConsent);
    await sender.waitForFunction(() => window.__events.some((e) => e.type === 'intake-submit'));
    const [submitted] = await events(sender, 'intake-submit');
    check('intake-submit { status: 200, format: json }', submitted?.detail.status === 200 && submitted.detail.format === 'json', JSON.stringify(submitted?.detail));
    await deepOne(sender, '[part="submit"] [role="status"]', SPANISH.sent);
    const pointPerson = await sender.evaluate(() => window.__deep('.point-person')[0]?.textContent.replace(/\s+/g, ' ') ?? '');
    check('the person reads who follows up and when, in Spanish', pointPerson.includes(SPANISH.pointPerson), pointPerson);
    // The check-in only: the whole page (the service finder's long list) is taller than Firefox can capture.
    await ci.screenshot({ path: `${SHOTS}/${JOURNEY}-sent-1280.png` });

    // What crossed the wire: the browser sent one POST; the server received these bytes.
    const browserPosts = requests.filter((r) => r.method === 'POST');
    const serverPosts = arrived.filter((a) => a.method === 'POST').map((a) => ({ url: `${origin}${a.path}`, type: a.type, body: a.body }));
    check('the browser sent exactly one POST, to the inbox, as application/jose', browserPosts.length === 1 && browserPosts[0].url === `${origin}/demo-api/inbox` && browserPosts[0].type === 'application/jose', JSON.stringify(browserPosts));
    for (const [name, ok, why] of wireChecks(serverPosts, origin)) check(`${name} (as the server received it)`, ok, why);
    const wire = serverPosts[0]?.body ?? '';

    // The staff page opens it with its private key.
    await staff.bringToFront();
    await staff.waitForFunction(() => document.documentElement.getAttribute('data-received') === '1');
    for (const [name, ok, why] of staffSummaryChecks(await staff.evaluate(readStaffSummary))) check(name, ok, why);
    check('the staff page shows the JWE the server held, byte for byte', wire.length > 200 && (await staff.$eval('#wire', (w) => w.textContent)).includes(wire));
    await shot(staff, 'received');
    await staff.select('#staff-language', 'ar');
    for (const [name, ok, why] of arabicSummaryChecks(await staff.evaluate(readStaffSummary))) check(name, ok, why);
    await staff.select('#staff-language', 'en');

    const violations = [...(await staff.evaluate(() => window.__violations)), ...(await sender.evaluate(() => window.__violations))];
    check('no Content-Security-Policy or Trusted Types violation', violations.length === 0, JSON.stringify(violations));
    check('journey ran to the end', true);
  } catch (err) {
    check('journey ran to the end', false, err?.message ?? err);
    await staff?.screenshot({ path: `${SHOTS}/${JOURNEY}-failure-1280.png`, fullPage: true }).catch(() => {});
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  check('no console error or uncaught exception', errors.length === 0, errors.join(' | '));
  // data: URLs never leave the browser (Firefox's own <details> marker font is one): no network, not audited.
  const network = requests.filter((r) => !r.url.startsWith('data:'));
  const foreign = network.filter((r) => !r.url.startsWith(`${origin}/`));
  check("every request goes to the page's origin", network.length > 0 && foreign.length === 0, JSON.stringify(foreign.slice(0, 5)));
  log(`requests ${JOURNEY}: ${network.length} (and ${requests.length - network.length} data: URLs), all to ${origin}: ${foreign.length === 0}`);
  return results;
}

// Run alone: `node scripts/build-demo.mjs && node scripts/e2e-firefox.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const results = await runFirefoxHandoff();
  const bad = results.filter((r) => !r.ok);
  console.log(`e2e-firefox: ${results.length - bad.length} passed, ${bad.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(bad.length ? 1 : 0);
}
