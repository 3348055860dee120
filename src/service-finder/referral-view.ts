/**
 * "Ask them to contact me" in the service finder's detail (`referral`): a short contact form, then the
 * question "Is it okay to share this with <service>?". Yes fires `intake-referral-request` and, with
 * `submit-url`, sends the same detail like the check-in does (src/handoff). Loaded the first time a
 * detail shows with `referral` set, so pages without it never load this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { emit } from '../core/events.js';
import { getLocale } from '../core/localization.js';
import { LOCALES } from '../core/locales.js';
import { phoneOk, emailOk } from '../check-in/views.js';
import { Handoff, type HandoffSettings } from '../handoff/submit-view.js';
import type { NormalizedService } from './hsds.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/service-finder.js';

type Method = 'call' | 'text' | 'email';
const METHODS: Method[] = ['call', 'text', 'email'];

interface Contact {
  name: string;
  methods: Method[];
  phone: string;
  email: string;
  bestTime: string;
  language: string;
  interpreter: boolean;
}

const emptyContact = (): Contact => ({ name: '', methods: [], phone: '', email: '', bestTime: '', language: getLocale(), interpreter: false });

/** Each language in its own words ("español", "العربية"), so a person finds theirs whatever the page shows. */
function ownName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

type Host = HTMLElement & { requestUpdate(): void; readonly updateComplete: Promise<boolean> };

/** One finder's request form: which service it is open for, what the person typed, and the sending. */
export class Referral {
  /** The service whose form is open. */
  private openFor?: string;
  private contact = emptyContact();
  private errors: Record<string, string> = {};
  /** What to say after the person answered, and for which service. */
  private said?: { id: string; text: string; shared: boolean };
  private readonly handoff: Handoff;

  constructor(
    private readonly host: Host,
    source: string,
    private readonly settings: () => HandoffSettings,
  ) {
    this.handoff = new Handoff(host, source, settings, () => host.requestUpdate());
  }

  /** Quick exit, reset(): the form, what was typed and anything waiting to be sent are forgotten. */
  wipe(): void {
    this.handoff.submitter.wipe();
    this.openFor = undefined;
    this.contact = emptyContact();
    this.errors = {};
    this.said = undefined;
  }

  view(s: NormalizedService, crisisCard: () => TemplateResult): TemplateResult {
    const submits = this.settings().url !== undefined && this.settings().url !== null && this.settings().url !== '';
    const said = this.said?.id === s.id ? this.said.text : '';
    if (this.openFor !== s.id) {
      return html`<div class="referral" part="referral">
        <p class="referral-said" role="status">${said}</p>
        ${said && this.said?.shared ? nothing : html`<div class="actions"><button type="button" class="action secondary ask-contact" part="action" @click=${() => this.open(s)}>${msg('Ask them to contact me', { desc: 'Service finder: opens a short form asking this service to contact the person' })}</button></div>`}
        ${submits && this.said?.id === s.id ? this.handoff.view({ crisisCard }) : nothing}
      </div>`;
    }
    const c = this.contact;
    const set = (patch: Partial<Contact>) => {
      this.contact = { ...this.contact, ...patch };
      this.host.requestUpdate();
    };
    const field = (key: 'name' | 'phone' | 'email' | 'bestTime', label: string, type = 'text', autocomplete = 'off') => {
      const error = this.errors[key];
      return html`<div class="field">
        <label for="r-${key}">${label}</label>
        <input
          id="r-${key}"
          type=${type}
          autocomplete=${autocomplete}
          maxlength="200"
          .value=${c[key]}
          aria-invalid=${error ? 'true' : nothing}
          aria-describedby=${error ? `r-${key}-error` : nothing}
          @input=${(e: Event) => {
            delete this.errors[key];
            set({ [key]: (e.target as HTMLInputElement).value });
          }}
        />
        ${error ? html`<p class="field-error" id="r-${key}-error">${error}</p>` : nothing}
      </div>`;
    };
    const methodLabel = (m: Method) =>
      m === 'call'
        ? msg('By phone call', { desc: 'Service finder referral: a way to be reached' })
        : m === 'text'
          ? msg('By text message', { desc: 'Service finder referral: a way to be reached (text message)' })
          : msg('By email', { desc: 'Service finder referral: a way to be reached' });
    const name = s.name;
    return html`<form class="referral" part="referral" novalidate @submit=${(e: Event) => this.yes(e, s)}>
      ${field('name', msg('Your name (you can leave this empty)', { desc: 'Service finder referral: optional name field' }), 'text', 'name')}
      <fieldset aria-describedby=${this.errors.how ? 'r-how-error' : nothing}>
        <legend>${msg('How can they reach you?', { desc: 'Service finder referral: contact ways' })}</legend>
        <div class="choices">
          ${METHODS.map(
            (m) => html`<label class="choice check" part="choice">
              <input
                type="checkbox"
                name="r-method"
                value=${m}
                .checked=${c.methods.includes(m)}
                @change=${(e: Event) => {
                  delete this.errors.how;
                  set({ methods: (e.target as HTMLInputElement).checked ? [...c.methods.filter((x) => x !== m), m] : c.methods.filter((x) => x !== m) });
                }}
              />
              <span>${methodLabel(m)}</span>
            </label>`,
          )}
        </div>
        ${this.errors.how ? html`<p class="field-error" id="r-how-error">${this.errors.how}</p>` : nothing}
      </fieldset>
      ${c.methods.includes('call') || c.methods.includes('text') ? field('phone', msg('Your phone number', { desc: 'Service finder referral: contact field' }), 'tel', 'tel') : nothing}
      ${c.methods.includes('email') ? field('email', msg('Your email address', { desc: 'Service finder referral: contact field' }), 'email', 'email') : nothing}
      ${field('bestTime', msg('When is a good time to reach you?', { desc: 'Service finder referral: optional, free text like "weekday mornings"' }))}
      <div class="field">
        <label for="r-language">${msg('Your language', { desc: 'Service finder referral: the language the person wants to be contacted in' })}</label>
        <select id="r-language" @input=${(e: Event) => set({ language: (e.target as HTMLSelectElement).value })}>
          ${LOCALES.map((code) => html`<option value=${code} lang=${code} ?selected=${c.language === code}>${ownName(code)}</option>`)}
        </select>
      </div>
      <label class="choice check" part="choice">
        <input type="checkbox" id="r-interpreter" .checked=${c.interpreter} @change=${(e: Event) => set({ interpreter: (e.target as HTMLInputElement).checked })} />
        <span>${msg('I need an interpreter', { desc: 'Service finder referral: checkbox' })}</span>
      </label>
      <p class="referral-ask" id="r-ask" dir="auto">${msg(str`Is it okay to share this with ${name}?`, { desc: 'Service finder referral: consent before anything is shared; the name is the service' })}</p>
      <div class="row">
        <button class="action" part="action" aria-describedby="r-ask">${msg('Yes, share it', { desc: 'Service finder referral: agree to share the request' })}</button>
        <button type="button" class="action secondary" part="action" aria-describedby="r-ask" @click=${() => this.no(s)}>
          ${msg('No, not now', { desc: 'Service finder referral: do not share anything' })}
        </button>
      </div>
    </form>`;
  }

  private open(s: NormalizedService): void {
    this.openFor = s.id;
    this.said = undefined;
    this.errors = {};
    this.contact = emptyContact();
    this.handoff.submitter.withdraw();
    void this.redraw().then(() => this.root()?.querySelector<HTMLInputElement>('#r-name')?.focus());
  }

  private no(s: NormalizedService): void {
    this.close(s, msg("That's okay. Nothing was shared.", { desc: 'Service finder referral: the person chose not to share' }), false);
  }

  private yes(e: Event, s: NormalizedService): void {
    e.preventDefault();
    const c = this.contact;
    const wantsPhone = c.methods.includes('call') || c.methods.includes('text');
    const phone = wantsPhone ? c.phone.trim() : '';
    const email = c.methods.includes('email') ? c.email.trim() : '';
    // A number or address they could not use is worse than none: say so, in the person's language, and stay.
    const errors: Record<string, string> = {};
    if (!phoneOk(phone)) errors.phone = msg('Please check this phone number. Use digits, like 415 555 0100.', { desc: 'Service finder referral: a phone number we cannot use' });
    if (!emailOk(email)) errors.email = msg('Please check this email address. It looks like name@example.org.', { desc: 'Service finder referral: an email address we cannot use' });
    if (!Object.keys(errors).length && !phone && !email) {
      const missing = msg('Please choose a way to reach you and add your phone number or email.', { desc: 'Service finder referral: no way to reach the person was given' });
      if (wantsPhone) errors.phone = missing;
      else if (c.methods.includes('email')) errors.email = missing;
      else errors.how = missing;
    }
    this.errors = errors;
    if (Object.keys(errors).length) {
      const first = ['how', 'phone', 'email'].find((k) => errors[k]);
      void this.redraw().then(() => this.root()?.querySelector<HTMLElement>(first === 'how' ? 'input[name="r-method"]' : `#r-${first}`)?.focus());
      return;
    }
    const contact = {
      ...(c.name.trim() ? { name: c.name.trim() } : {}),
      methods: [...c.methods],
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(c.bestTime.trim() ? { bestTime: c.bestTime.trim() } : {}),
      language: c.language,
      interpreter: c.interpreter,
    };
    const needs = this.needs();
    const detail = {
      serviceId: s.id,
      service: { id: s.id, name: s.name, ...(s.organization ? { organization: s.organization } : {}) },
      contact,
      ...(needs ? { needs } : {}),
    };
    emit(this.host, 'intake-referral-request', detail);
    const url = this.settings().url;
    if (url !== undefined && url !== null && url !== '') this.handoff.submitter.offer(detail, true);
    const name = s.name;
    this.close(
      s,
      url !== undefined && url !== null && url !== ''
        ? msg(str`Thank you. We are sending your request to ${name}.`, { desc: 'Service finder referral: after the person agreed, while it is sent; the name is the service' })
        : msg(str`Thank you. We shared your request with ${name}.`, { desc: 'Service finder referral: after the person agreed; the name is the service' }),
      true,
    );
  }

  /** Back to the detail, with a kind word where the button was; what was typed is forgotten. */
  private close(s: NormalizedService, text: string, shared: boolean): void {
    this.openFor = undefined;
    this.contact = emptyContact();
    this.errors = {};
    this.said = { id: s.id, text, shared };
    void this.redraw().then(() => {
      const said = this.root()?.querySelector<HTMLElement>('.referral-said');
      if (said) {
        said.tabIndex = -1;
        said.focus();
      }
    });
  }

  /** The result of an `<intake-needs-finder for="<this finder's id>">` that has finished, if any. */
  private needs(): Record<string, unknown> | undefined {
    const id = this.host.id;
    if (!id) return undefined;
    try {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      for (const el of root.querySelectorAll('intake-needs-finder')) {
        if ((el as HTMLElement & { htmlFor?: unknown }).htmlFor !== id) continue;
        const value: unknown = (el as HTMLElement & { value?: unknown }).value;
        if (value && typeof value === 'object') return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      }
    } catch {
      // a value that cannot be read or copied is left out
    }
    return undefined;
  }

  private root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private redraw(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }
}
