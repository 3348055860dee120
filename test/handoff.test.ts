/**
 * Delivery after consent (`submit-url`, `encrypt-to`), the point person, and GET forms: against a real
 * HTTP endpoint on the test server (`/submit-sink/<key>`, scripts/wtr-plugins.mjs) that records each
 * POST and can answer 500, hang or drop the connection. Encrypted bodies are opened here with the
 * organization's private key and compared with what the host received in the event.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { exportJWK, generateKeyPair } from 'jose';
import '../src/check-in/define.js';
import '../src/needs-finder/define.js';
import type { IntakeCheckIn } from '../src/check-in/check-in.js';
import type { IntakeNeedsFinder } from '../src/needs-finder/needs-finder.js';
import { checkEncryptKey, checkSubmitUrl } from '../src/core/deliver.js';
import { capture, setPageLanguage, waitFor } from './helpers.js';
import { newSink, openJwe, organizationKeys, posts, type OrganizationKeys } from './submit-sink.js';

const SECRET = 'I sleep in my car on Elm St 4471';

/** A host's script: one typed answer, the consent question, closing words. */
const miniScript = {
  id: 'mini',
  version: '1',
  steps: [
    { id: 'feel', kind: 'text', text: { en: 'How are you doing?' } },
    { id: 'ok', kind: 'consent', text: { en: 'May we share this with our team?' } },
    { id: 'bye', kind: 'message', text: { en: 'Thank you.' }, end: true },
  ],
};
const noConsentScript = { ...miniScript, id: 'mini-no-consent', steps: [miniScript.steps[0], miniScript.steps[2]] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: Element) => el.shadowRoot!;
const statusText = (el: Element) => norm(shadow(el).querySelector('[part="submit"] [role="status"]')?.textContent);
const text = (el: Element) => norm(shadow(el).textContent);
function button(el: Element, label: string): HTMLButtonElement {
  const all = [...shadow(el).querySelectorAll('button')];
  const b = all.find((x) => norm(x.textContent) === label);
  if (!b) throw new Error(`no button "${label}" among: ${all.map((x) => norm(x.textContent)).join(' | ')}`);
  return b;
}
async function press(el: IntakeCheckIn | IntakeNeedsFinder, label: string) {
  button(el, label).click();
  await el.updateComplete;
  await el.updateComplete;
}
const hasButton = (el: Element, label: string) => [...shadow(el).querySelectorAll('button')].some((b) => norm(b.textContent) === label);

/** The person types the secret and sends it; the consent question is then on screen. */
async function answerUpToConsent(el: IntakeCheckIn) {
  await waitFor(() => norm(shadow(el).querySelector('#q-current .text')?.textContent) === 'How are you doing?' && !!shadow(el).querySelector('#answer'));
  const input = shadow(el).querySelector<HTMLTextAreaElement | HTMLInputElement>('#answer')!;
  input.value = SECRET;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await press(el, 'Send');
  await waitFor(() => hasButton(el, 'Yes, I agree'));
}

let keys: OrganizationKeys;
let publicJwk: Record<string, unknown>;
before(async () => {
  keys = await organizationKeys();
  publicJwk = keys.publicJwk;
});

describe('submit-url: delivery after consent', () => {
  it('sends nothing before consent; after yes the encrypted body opens to exactly the result the host received', async () => {
    const sink = newSink();
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} submit-url="/submit-sink/${sink}" .encryptTo=${publicJwk}></intake-check-in>`);
    const done = capture(el, 'intake-check-in-complete');
    const sent = capture(el, 'intake-submit');
    const errors = capture(el, 'intake-error');
    await answerUpToConsent(el);
    await sleep(150);
    expect(await posts(sink), 'nothing posted before the person agrees').to.deep.equal([]);
    await press(el, 'Yes, I agree');
    await waitFor(() => statusText(el) === 'Sent. The team has your answers.');
    const [post, ...more] = await posts(sink);
    expect(more, 'sent once').to.deep.equal([]);
    expect(post.method).to.equal('POST');
    expect(post.contentType).to.equal('application/jose');
    expect(post.body.split('.'), 'a compact JWE has five parts').to.have.length(5);
    expect(post.body, 'nothing readable on the wire').not.to.contain('Elm St');
    expect(atob(post.body.split('.')[0].replace(/-/g, '+').replace(/_/g, '/'))).to.contain('"enc":"A256GCM"');
    const opened = await openJwe<(typeof done)[number]>(post.body, keys.privateKey);
    expect(opened).to.deep.equal(JSON.parse(JSON.stringify(done[0])));
    expect(opened.answers[0].value).to.equal(SECRET);
    expect(sent).to.deep.equal([{ status: 200, format: 'json' }]);
    expect(errors).to.deep.equal([]);
  });

  it('submit-format="fhir" sends a FHIR R4 transaction Bundle with the answers as a QuestionnaireResponse, after consent only', async () => {
    const sink = newSink();
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} submit-url="/submit-sink/${sink}" submit-format="fhir"></intake-check-in>`);
    const sent = capture(el, 'intake-submit');
    const errors = capture(el, 'intake-error');
    await answerUpToConsent(el);
    await sleep(150);
    expect(await posts(sink), 'nothing posted before the person agrees').to.deep.equal([]);
    await press(el, 'Yes, I agree');
    await waitFor(() => sent.length === 1, 8000);
    const [post] = await posts(sink);
    expect(post.contentType).to.match(/^application\/(fhir\+)?json/);
    const bundle = JSON.parse(post.body);
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.type).to.equal('transaction');
    const kinds = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(kinds).to.include.members(['Patient', 'QuestionnaireResponse', 'Consent']);
    expect(post.body, 'the person\'s own words are in the response').to.contain(SECRET);
    expect(sent).to.deep.equal([{ status: 200, format: 'fhir' }]);
    expect(errors).to.deep.equal([]);
  });

  it('a "no" to sharing sends nothing, ever', async () => {
    const sink = newSink();
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} submit-url="/submit-sink/${sink}"></intake-check-in>`);
    const sent = capture(el, 'intake-submit');
    await answerUpToConsent(el);
    await press(el, "No, please don't share");
    await waitFor(() => !!el.value);
    await sleep(300);
    expect(await posts(sink)).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
    expect(statusText(el)).to.equal('');
  });

  it('a script without a consent step asks before sending, and sends plain JSON on yes', async () => {
    const sink = newSink();
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${noConsentScript} submit-url="/submit-sink/${sink}"></intake-check-in>`);
    const done = capture(el, 'intake-check-in-complete');
    await waitFor(() => !!shadow(el).querySelector('#answer'));
    const input = shadow(el).querySelector<HTMLInputElement>('#answer')!;
    input.value = SECRET;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await press(el, 'Send');
    await waitFor(() => hasButton(el, 'Yes, send them'));
    expect(text(el)).to.contain('Send your answers to the team now?');
    await sleep(150);
    expect(await posts(sink), 'asked, not sent').to.deep.equal([]);
    await press(el, 'Yes, send them');
    await waitFor(() => statusText(el) === 'Sent. The team has your answers.');
    const [post] = await posts(sink);
    expect(post.contentType).to.equal('application/json');
    expect(JSON.parse(post.body)).to.deep.equal(JSON.parse(JSON.stringify(done[0])));
  });

  for (const [mode, why] of [
    ['500', 'HTTP 500'],
    ['drop', 'network'],
    ['hang', 'no answer within'],
  ] as const) {
    it(`a failed send (${mode}) keeps the answers, offers Try again and the crisis lines; Try again sends the same result`, async () => {
      const sink = newSink();
      const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} submit-url="/submit-sink/${sink}?mode=${mode}" .submitTimeout=${mode === 'hang' ? 600 : 8000}></intake-check-in>`);
      const errors = capture(el, 'intake-error');
      const sent = capture(el, 'intake-submit');
      await answerUpToConsent(el);
      await press(el, 'Yes, I agree');
      await waitFor(() => statusText(el).startsWith("We couldn't send"), 8000);
      expect(statusText(el)).to.equal("We couldn't send your answers. They are still here, so nothing is lost.");
      expect(hasButton(el, 'Try again')).to.equal(true);
      expect(shadow(el).querySelector('[part="submit"] intake-crisis-card'), 'the crisis lines under the failure').to.exist;
      expect(errors.map((e) => e.code)).to.deep.equal(['submit-failed']);
      expect(errors[0].message).to.contain(why);
      expect(errors[0].message, 'never the answers').not.to.contain('Elm St');
      expect(sent).to.deep.equal([]);
      const first = (await posts(sink))[0];
      // The server is back.
      el.submitUrl = `/submit-sink/${sink}`;
      await el.updateComplete;
      await press(el, 'Try again');
      await waitFor(() => statusText(el) === 'Sent. The team has your answers.');
      // (A dropped connection may be retried once by the browser itself: count the last one.)
      const last = (await posts(sink)).at(-1)!;
      expect(last.query, 'the second try reached the working endpoint').to.equal('');
      expect(JSON.parse(last.body), 'the same result, nothing lost').to.deep.equal(JSON.parse(first.body));
      expect(JSON.parse(last.body).answers[0].value).to.equal(SECRET);
      expect(sent).to.deep.equal([{ status: 200, format: 'json' }]);
    });
  }

  it('quick exit while sending aborts the request and wipes the answers', async () => {
    const sink = newSink();
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} submit-url="/submit-sink/${sink}?mode=hang"></intake-check-in>`);
    const sent = capture(el, 'intake-submit');
    const errors = capture(el, 'intake-error');
    await answerUpToConsent(el);
    await press(el, 'Yes, I agree');
    await waitFor(() => statusText(el) === 'Sending your answers…');
    await waitFor(() => true);
    document.dispatchEvent(new CustomEvent('intake-quick-exit', { bubbles: true, cancelable: true, detail: {} }));
    await sleep(50);
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
    expect(hasButton(el, 'Try again')).to.equal(false);
    expect(el.value).to.equal(undefined);
    expect(text(el)).not.to.contain('Elm St');
    expect(norm(shadow(el).querySelector('#q-current .text')?.textContent), 'back at the start').to.equal('How are you doing?');
    await sleep(300);
    expect(sent).to.deep.equal([]);
    expect(errors, 'an abort is not a failure to report').to.deep.equal([]);
  });

  it('bad settings are reported when set and nothing is sent: http elsewhere, a private key, an unknown format', async () => {
    const { privateKey } = (await generateKeyPair('ECDH-ES', { extractable: true })) as CryptoKeyPair;
    const privateJwk = await exportJWK(privateKey);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ submitUrl: 'http://example.org/intake' }, 'submit-url-invalid'],
      [{ submitUrl: 'javascript:alert(1)' }, 'submit-url-invalid'],
      [{ encryptTo: privateJwk }, 'encrypt-key-invalid'],
      [{ encryptTo: '{"kty":"RSA","n":"abc","e":"AQAB"}' }, 'encrypt-key-invalid'],
      [{ submitFormat: 'hl7v2' }, 'submit-format-unsupported'],
    ];
    for (const [props, code] of cases) {
      const sink = newSink();
      const el = document.createElement('intake-check-in');
      const errors = capture(el, 'intake-error');
      Object.assign(el, { script: miniScript, submitUrl: `/submit-sink/${sink}`, ...props });
      document.body.append(el);
      await waitFor(() => errors.length > 0);
      expect(errors.map((e) => e.code), JSON.stringify(props)).to.deep.equal([code]);
      await answerUpToConsent(el);
      await press(el, 'Yes, I agree');
      await waitFor(() => statusText(el) !== '');
      expect(statusText(el)).to.equal("We couldn't send your answers. Nothing was sent.");
      expect(hasButton(el, 'Try again'), 'trying again cannot help').to.equal(false);
      expect(errors.length).to.equal(2);
      expect(errors[1].message).to.contain('nothing was sent');
      expect(await posts(sink)).to.deep.equal([]);
      el.remove();
    }
  });

  it('the needs finder asks before sending; on yes the result arrives; the point person says who reads it and when', async () => {
    const sink = newSink();
    const el = await fixture<IntakeNeedsFinder>(
      html`<intake-needs-finder submit-url="/submit-sink/${sink}" point-person='{"name":"Maria","role":"peer navigator"}' response-time="within 1 business day"></intake-needs-finder>`,
    );
    const done = capture(el, 'intake-needs-complete');
    const sent = capture(el, 'intake-submit');
    shadow(el).querySelector<HTMLInputElement>('#need-food')!.click();
    await el.updateComplete;
    await press(el, 'Next');
    await waitFor(() => hasButton(el, 'Finish') || hasButton(el, 'Next'));
    await press(el, hasButton(el, 'Finish') ? 'Finish' : 'Next');
    await waitFor(() => hasButton(el, 'Yes, send them'));
    expect(done).to.have.length(1);
    expect(text(el)).not.to.contain('Maria', 'no promise before anything is sent');
    await sleep(150);
    expect(await posts(sink)).to.deep.equal([]);
    await press(el, 'Yes, send them');
    await waitFor(() => statusText(el) === 'Sent. The team has your answers.');
    expect(JSON.parse((await posts(sink))[0].body)).to.deep.equal(JSON.parse(JSON.stringify(done[0])));
    expect(sent).to.deep.equal([{ status: 200, format: 'json' }]);
    expect(text(el)).to.contain('Maria, peer navigator, will read what you shared. Maria reads answers within 1 business day.');
  });

  it('"No, don\'t send" in the needs finder sends nothing', async () => {
    const sink = newSink();
    const el = await fixture<IntakeNeedsFinder>(html`<intake-needs-finder submit-url="/submit-sink/${sink}"></intake-needs-finder>`);
    await press(el, 'Skip for now');
    await waitFor(() => hasButton(el, "No, don't send"));
    await press(el, "No, don't send");
    expect(statusText(el)).to.equal('Nothing was sent.');
    await sleep(200);
    expect(await posts(sink)).to.deep.equal([]);
  });
});

describe('point-person', () => {
  afterEach(() => setPageLanguage('en'));

  it('names who follows up with their photo, in the person\'s language; a bad one is reported and ignored', async () => {
    const person = { name: 'Maria', role: 'peer navigator', photo: 'https://example.org/maria.jpg' };
    const el = await fixture<IntakeCheckIn>(html`<intake-check-in .script=${miniScript} .pointPerson=${person} response-time="within 1 business day"></intake-check-in>`);
    await answerUpToConsent(el);
    await press(el, 'Yes, I agree');
    await waitFor(() => text(el).includes('Maria'));
    expect(norm(shadow(el).querySelector('.point-person p')?.textContent)).to.equal('Maria, peer navigator, will read what you shared. Maria reads answers within 1 business day.');
    expect(text(el), 'the point person speaks instead of "our team"').not.to.contain('Someone from our team');
    const img = shadow(el).querySelector<HTMLImageElement>('.point-person img')!;
    expect(img.getAttribute('src')).to.equal(person.photo);
    expect(img.alt).to.equal('Maria');
    await setPageLanguage('es', el);
    expect(norm(shadow(el).querySelector('.point-person p')?.textContent)).to.contain('Maria');
    expect(norm(shadow(el).querySelector('.point-person p')?.textContent)).not.to.contain('will read what you shared');

    const errors: string[] = [];
    const bad = document.createElement('intake-check-in');
    bad.addEventListener('intake-error', (e) => errors.push(e.detail.code));
    Object.assign(bad, { script: miniScript, pointPerson: { name: 'Maria', role: 'peer navigator', photo: 'javascript:alert(1)' }, responseTime: 'today' });
    document.body.append(bad);
    await waitFor(() => errors.length > 0);
    expect(errors).to.deep.equal(['invalid-attribute']);
    await setPageLanguage('en', bad);
    await answerUpToConsent(bad);
    await press(bad, 'Yes, I agree');
    await waitFor(() => text(bad).includes('Someone from our team reads answers today.'));
    expect(text(bad)).not.to.contain('Maria');
    expect(shadow(bad).querySelector('img')).to.equal(null);
    bad.remove();
  });
});

describe('a form without method="post"', () => {
  it('a GET submission never puts the answers in the URL and says so; a POST form carries them', async () => {
    const sink = newSink();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <iframe name="get-frame-${sink}" title="get"></iframe>
      <form action="/submit-sink/${sink}" target="get-frame-${sink}">
        <intake-check-in name="answers" .script=${miniScript}></intake-check-in>
        <button>Send my request</button>
      </form>
    </div>`);
    const el = wrap.querySelector('intake-check-in')!;
    const frame = wrap.querySelector('iframe')!;
    const errors = capture(el, 'intake-error');
    await answerUpToConsent(el);
    await press(el, 'Yes, I agree');
    await waitFor(() => !!el.value);
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    wrap.querySelector('button')!.click();
    await loaded;
    const url = frame.contentWindow!.location.href;
    expect(url).to.contain(`/submit-sink/${sink}`);
    expect(url, 'no answers in the URL').not.to.contain('answers=');
    expect(decodeURIComponent(url)).not.to.contain('Elm St');
    expect(errors.map((e) => e.code)).to.deep.equal(['form-method-get']);
    expect(errors[0].message).to.contain('method="post"');

    // The same form with method="post" sends the answers in the body, not the URL.
    const form = wrap.querySelector('form')!;
    form.method = 'post';
    const posted = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    wrap.querySelector('button')!.click();
    await posted;
    const [post] = await posts(sink);
    expect(post.method).to.equal('POST');
    expect(post.query).to.equal('');
    expect(JSON.parse(new URLSearchParams(post.body).get('answers')!).answers[0].value).to.equal(SECRET);
    expect(errors).to.have.length(1);
  });
});

describe('deliver.ts checks', () => {
  const page = { href: 'http://127.0.0.1:8000/intake/', origin: 'http://127.0.0.1:8000' };
  it('submit-url: https anywhere, or this page\'s origin; nothing else', () => {
    expect(checkSubmitUrl('https://forms.example.org/in', page)).to.deep.equal({ ok: true, value: 'https://forms.example.org/in' });
    expect(checkSubmitUrl('/receive', page)).to.deep.equal({ ok: true, value: 'http://127.0.0.1:8000/receive' });
    for (const bad of ['http://forms.example.org/in', 'javascript:alert(1)', 'data:text/plain,x', 'https://user:pw@forms.example.org/', '', '   ', 42]) {
      expect(checkSubmitUrl(bad, page).ok, String(bad)).to.equal(false);
    }
  });
  it('encrypt-to: public EC P-256 (ECDH-ES) or RSA-OAEP-256 only; private keys refused', async () => {
    const ec = checkEncryptKey(JSON.stringify(publicJwk));
    expect(ec.ok && ec.value.alg).to.equal('ECDH-ES');
    const rsa = (await generateKeyPair('RSA-OAEP-256', { extractable: true })) as CryptoKeyPair;
    const rsaJwk = { ...(await exportJWK(rsa.publicKey)), alg: 'RSA-OAEP-256' };
    const r = checkEncryptKey(rsaJwk);
    expect(r.ok && r.value.alg).to.equal('RSA-OAEP-256');
    expect(checkEncryptKey({ ...rsaJwk, alg: 'RSA1_5' }).ok).to.equal(false);
    expect(checkEncryptKey({ ...publicJwk, d: 'x' }).ok).to.equal(false);
    expect(checkEncryptKey({ ...publicJwk, crv: 'P-384' }).ok).to.equal(false);
    expect(checkEncryptKey('{not json').ok).to.equal(false);
  });
});
