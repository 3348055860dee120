/**
 * What happens to a result after the person agrees to share it: held in memory, sent to `submit-url`,
 * kept when sending fails (so "Try again" sends the same), forgotten once sent or on quick exit/reset.
 * No Lit: the element draws `phase` and calls `changed` back.
 */
import { checkEncryptKey, checkFormat, checkSubmitUrl, bodyFor, deliver } from '../core/deliver.js';
import { emit, reportError } from '../core/events.js';

export type SubmitPhase = 'idle' | 'ask' | 'sending' | 'sent' | 'failed' | 'declined';

export interface SubmitSettings {
  url: unknown;
  encryptTo: unknown;
  format: unknown;
  timeoutMs: unknown;
}

const DEFAULT_TIMEOUT_MS = 15000;

export class Submitter {
  phase: SubmitPhase = 'idle';
  /** Whether "Try again" can help: a server or network failure, not a bad setting. */
  retryable = false;
  private held?: object;
  private abort?: AbortController;

  constructor(
    private readonly host: EventTarget,
    private readonly source: string,
    private readonly settings: () => SubmitSettings,
    private readonly changed: () => void,
  ) {}

  /** Whether a result waits here (not sent yet). */
  get holding(): boolean {
    return this.held !== undefined;
  }

  /**
   * Reports bad settings to the host now (when they are set), not only when the person finishes.
   * Returns whether sending can work.
   */
  check(): boolean {
    const s = this.settings();
    // A bad key is reported even before a submit-url is set.
    const key = hasKey(s.encryptTo) ? checkEncryptKey(s.encryptTo) : undefined;
    if (key && !key.ok) reportError(this.host, 'encrypt-key-invalid', `${key.problem}; nothing will be sent`, this.source);
    if (s.url === undefined || s.url === null) return false;
    const url = checkSubmitUrl(s.url, location);
    if (!url.ok) reportError(this.host, 'submit-url-invalid', `${url.problem}; nothing will be sent`, this.source);
    const format = checkFormat(s.format);
    if (!format.ok) reportError(this.host, 'submit-format-unsupported', `${format.problem}; nothing will be sent`, this.source);
    return url.ok && (!key || key.ok) && format.ok;
  }

  /** A result the person reached: sent now when they agreed to share, else they are asked first. */
  offer(result: object, consented: boolean): void {
    if (this.phase === 'sending' || this.phase === 'sent') return;
    this.held = result;
    if (consented) void this.send();
    else this.set('ask');
  }

  /** The person went back before sending: the question goes away with the result. */
  withdraw(): void {
    if (this.phase === 'sending' || this.phase === 'sent') return;
    this.held = undefined;
    this.set('idle');
  }

  /** "No, don't send": nothing leaves the page. */
  decline(): void {
    this.held = undefined;
    this.set('declined');
  }

  /** Quick exit or reset(): a request on its way is aborted and the result forgotten. */
  wipe(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.held = undefined;
    this.retryable = false;
    this.set('idle');
  }

  /** Sends the held result (also "Try again"). */
  async send(): Promise<void> {
    const result = this.held;
    if (!result || this.phase === 'sending') return;
    const s = this.settings();
    const url = checkSubmitUrl(s.url, location);
    const key = hasKey(s.encryptTo) ? checkEncryptKey(s.encryptTo) : undefined;
    const format = checkFormat(s.format);
    if (!url.ok) return this.refuse('submit-url-invalid', url.problem);
    if (key && !key.ok) return this.refuse('encrypt-key-invalid', key.problem);
    if (!format.ok) return this.refuse('submit-format-unsupported', format.problem);
    const body = await bodyFor(format.value, result);
    if (!body.ok) return this.refuse('submit-format-unsupported', body.problem);
    if (this.held !== result) return; // wiped while the body was built
    const controller = new AbortController();
    this.abort = controller;
    this.set('sending');
    const timeout = typeof s.timeoutMs === 'number' && s.timeoutMs > 0 ? s.timeoutMs : DEFAULT_TIMEOUT_MS;
    const out = await deliver({ url: url.value, body: body.value, key: key?.ok ? key.value : undefined, timeoutMs: timeout, signal: controller.signal });
    if (this.abort !== controller) return; // wiped (quick exit, reset) while sending
    this.abort = undefined;
    if (out.ok) {
      this.held = undefined;
      this.retryable = false;
      this.set('sent');
      emit(this.host, 'intake-submit', { status: out.status, format: format.value });
      return;
    }
    if (out.reason === 'aborted') return;
    if (out.reason === 'encrypt') return this.refuse('encrypt-key-invalid', 'the result could not be encrypted to encrypt-to');
    const why = out.reason === 'http' ? `the server answered HTTP ${out.status}` : out.reason === 'timeout' ? `no answer within ${timeout / 1000} s` : 'the network is unreachable (offline?)';
    reportError(this.host, 'submit-failed', `Sending to submit-url failed: ${why}. The result is kept for Try again.`, this.source);
    this.retryable = true;
    this.set('failed');
  }

  private refuse(code: 'submit-url-invalid' | 'encrypt-key-invalid' | 'submit-format-unsupported', problem: string): void {
    reportError(this.host, code, `${problem}; nothing was sent`, this.source);
    this.retryable = false;
    this.set('failed');
  }

  private set(phase: SubmitPhase): void {
    this.phase = phase;
    this.changed();
  }
}

const hasKey = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
