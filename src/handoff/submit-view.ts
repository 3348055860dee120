/**
 * What the person sees of a handoff, shared by the check-in and the needs finder: asking before
 * sending (when no consent step asked already), sending, sent, failed (Try again and the crisis lines),
 * and who will follow up (`point-person`, `response-time`). Loaded only when a host sets `submit-url`
 * or `point-person`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { reportError } from '../core/events.js';
import { checkPointPerson, type PointPerson } from './point-person.js';
import { Submitter, type SubmitSettings } from './submitter.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/handoff.js';

export interface HandoffSettings extends SubmitSettings {
  pointPerson: unknown;
}

export interface SubmitViewOptions {
  /** The element's own crisis card (its region and local lines). */
  crisisCard: () => TemplateResult;
}

export interface NextWordsOptions {
  /** The host's `response-time` text, already trimmed ('' when unset). */
  when: string;
  /** The person left a way to reach them. */
  contact: boolean;
}

/** One element's handoff: its submitter and its checked point person. */
export class Handoff {
  readonly submitter: Submitter;
  pointPerson?: PointPerson;
  private lastPointPerson: unknown;

  constructor(
    private readonly host: EventTarget,
    private readonly source: string,
    private readonly settings: () => HandoffSettings,
    changed: () => void,
  ) {
    this.submitter = new Submitter(host, source, settings, changed);
  }

  /**
   * Checks the settings that changed (`keys`): a value no property accepts (a Symbol, a function, a bad
   * timeout) is put back to its default and named in one `intake-error`; a bad point person is left out.
   */
  check(el: object, keys: string[]): void {
    const props = el as Record<string, unknown>;
    const bad: string[] = [];
    for (const key of ['encryptTo', 'pointPerson']) {
      const v = props[key];
      if (keys.includes(key) && v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'object') {
        props[key] = undefined;
        bad.push(`${key} (${typeof v})`);
      }
    }
    const timeout = props.submitTimeout;
    if (keys.includes('submitTimeout') && (typeof timeout !== 'number' || !(timeout > 0 && timeout < Infinity))) {
      props.submitTimeout = 15000;
      bad.push('submitTimeout (milliseconds above 0)');
    }
    if (bad.length) reportError(this.host, 'invalid-property', `${bad.join(', ')}: not accepted; using the default`, this.source);
    if (['submitUrl', 'encryptTo', 'submitFormat'].some((k) => keys.includes(k))) this.submitter.check();
    if (!keys.includes('pointPerson')) return;
    const raw = this.settings().pointPerson;
    if (raw === this.lastPointPerson) return;
    this.lastPointPerson = raw;
    if (raw === undefined || raw === null || raw === '') {
      this.pointPerson = undefined;
      return;
    }
    const checked = checkPointPerson(raw);
    this.pointPerson = checked.ok ? checked.value : undefined;
    if (!checked.ok) reportError(this.host, 'invalid-attribute', `${checked.problem}; no point person is named`, this.source);
  }

  /** Sending, sent, failed, or the question before sending; nothing when idle. */
  view({ crisisCard }: SubmitViewOptions): TemplateResult | typeof nothing {
    const s = this.submitter;
    const status =
      s.phase === 'sending'
        ? msg('Sending your answers…', { desc: 'Handoff: while the answers are being sent to the team' })
        : s.phase === 'sent'
          ? msg('Sent. The team has your answers.', { desc: 'Handoff: the answers reached the team' })
          : s.phase === 'failed'
            ? s.retryable
              ? msg("We couldn't send your answers. They are still here, so nothing is lost.", { desc: 'Handoff: sending failed; the answers are kept for Try again' })
              : msg("We couldn't send your answers. Nothing was sent.", { desc: 'Handoff: sending is not possible on this page (a setting is wrong)' })
            : s.phase === 'declined'
              ? msg('Nothing was sent.', { desc: 'Handoff: the person chose not to send their answers' })
              : '';
    // The status line is always in the page (empty when idle), so each change is announced politely.
    return html`<div class="handoff" part="submit">
      <p class="handoff-status" role="status" aria-live="polite">${status}</p>
      ${s.phase === 'ask'
        ? html`<p class="handoff-ask" id="handoff-ask">${msg('Send your answers to the team now?', { desc: 'Handoff: asked before sending, when no earlier question asked to share' })}</p>
            <div class="row">
              <button type="button" class="action" part="action" aria-describedby="handoff-ask" @click=${() => void s.send()}>
                ${msg('Yes, send them', { desc: 'Handoff: agree to send the answers' })}
              </button>
              <button type="button" class="action secondary" part="action" aria-describedby="handoff-ask" @click=${() => s.decline()}>
                ${msg("No, don't send", { desc: 'Handoff: do not send the answers' })}
              </button>
            </div>`
        : nothing}
      ${s.phase === 'failed'
        ? html`${s.retryable
              ? html`<div class="row">
                  <button type="button" class="action" part="action" @click=${() => void s.send()}>${msg('Try again')}</button>
                </div>`
              : nothing}
            <p>${msg('If you need to talk to someone now, these lines are open.', { desc: 'Handoff: above the crisis lines after sending failed' })}</p>
            ${crisisCard()}`
        : nothing}
    </div>`;
  }

  /** Who will follow up and when, in the person's language: only what the host set. */
  nextWords({ when, contact }: NextWordsOptions): TemplateResult | typeof nothing {
    const p = this.pointPerson;
    if (!p) return nothing;
    const { name, role } = p;
    return html`<div class="point-person">
      ${p.photo ? html`<img src=${p.photo} alt=${name} width="56" height="56" referrerpolicy="no-referrer" />` : nothing}
      <p>
        ${contact
          ? msg(str`${name}, ${role}, will contact you.`, { desc: 'Handoff: who follows up; name and role are the host\'s text, e.g. "Maria, peer navigator"' })
          : msg(str`${name}, ${role}, will read what you shared.`, { desc: 'Handoff: who reads the answers when the person left no way to reach them' })}
        ${when ? msg(str`${name} reads answers ${when}.`, { desc: 'Handoff: the host\'s response-time, like "within 1 business day"' }) : nothing}
      </p>
    </div>`;
  }
}
