/**
 * The small part of a handoff every check-in and needs finder carries: the attributes' converters and
 * the on-demand load of the handoff module (src/handoff/submit-view.ts), only when a host sets
 * `submit-url` or `point-person`. The element hands its result over here after consent.
 */
import { nothing, type TemplateResult } from 'lit';
import { reportError } from './events.js';
import { lazyImport } from './lazy-import.js';
import type { Handoff, HandoffSettings, NextWordsOptions, SubmitViewOptions } from '../handoff/submit-view.js';

type HandoffModule = typeof import('../handoff/submit-view.js');
const loadHandoff = lazyImport(() => import('../handoff/submit-view.js'), () => undefined);

/** A JSON attribute (`encrypt-to`, `point-person`) read as text; a property may hold the object itself. */
export const jsonAttribute = {
  fromAttribute: (value: string | null) => value ?? undefined,
  toAttribute: () => null,
};

const set = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
const DEFAULT_TIMEOUT_MS = 15000;
const KEYS = ['submitUrl', 'encryptTo', 'submitFormat', 'pointPerson', 'submitTimeout'];

/** An element that sends: it carries `submit-url`, `encrypt-to`, `submit-format`, `point-person` and `submitTimeout`. */
export interface HandoffHost extends HTMLElement {
  submitUrl?: string;
  encryptTo?: unknown;
  submitFormat?: string;
  pointPerson?: unknown;
  submitTimeout: number;
  requestUpdate(): void;
}

export class HandoffLink {
  private handoff?: Handoff;
  private loading?: Promise<Handoff | undefined>;

  constructor(
    private readonly host: HandoffHost,
    private readonly source: string,
  ) {}

  /** The host's handoff properties as they are now (read at each use: the host may change them). */
  private readonly settings = (): HandoffSettings => ({
    url: this.host.submitUrl,
    encryptTo: this.host.encryptTo,
    format: this.host.submitFormat,
    timeoutMs: this.host.submitTimeout,
    pointPerson: this.host.pointPerson,
  });

  /** Whether the host asked for delivery (`submit-url`). */
  get submits(): boolean {
    return set(this.settings().url);
  }

  /** Whether the team has the answers: no `submit-url` (the host takes them), or sent. */
  get delivered(): boolean {
    return !this.submits || this.handoff?.submitter.phase === 'sent';
  }

  /** From willUpdate: when a handoff setting changed, loads the module, which checks it and reports bad values. */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const keys = KEYS.filter((k) => changed.has(k));
    const s = this.settings();
    // Nothing set (the default timeout included): nothing to load.
    if (!keys.length || (!this.handoff && !set(s.url) && !set(s.encryptTo) && !set(s.pointPerson) && s.timeoutMs === DEFAULT_TIMEOUT_MS)) return;
    void this.load().then((h) => {
      h?.check(this.host, keys);
      this.host.requestUpdate();
    });
  }

  /** The person reached a result: with `submit-url`, it is sent if they agreed (else asked first). */
  offer(result: object, consented: boolean): void {
    if (!this.submits) return;
    void this.load().then((h) => h?.submitter.offer(result, consented));
  }

  /** The result on screen is gone (the person went back): a question to send it goes too. */
  withdraw(): void {
    this.handoff?.submitter.withdraw();
  }

  /** Quick exit, reset(): aborts a request on its way and forgets the result. */
  wipe(): void {
    this.handoff?.submitter.wipe();
  }

  view(options: SubmitViewOptions): TemplateResult | typeof nothing {
    return this.handoff && this.submits ? this.handoff.view(options) : nothing;
  }

  nextWords(options: NextWordsOptions): TemplateResult | typeof nothing {
    return this.handoff ? this.handoff.nextWords(options) : nothing;
  }

  /** Whether a checked point person is named (then it speaks instead of "someone from our team"). */
  get hasPointPerson(): boolean {
    return !!this.handoff?.pointPerson;
  }

  private load(): Promise<Handoff | undefined> {
    if (this.handoff) return Promise.resolve(this.handoff);
    return (this.loading ??= loadHandoff().then(
      (m: HandoffModule) => {
        this.handoff ??= new m.Handoff(this.host, this.source, this.settings, () => this.host.requestUpdate());
        return this.handoff;
      },
      (err: unknown) => {
        this.loading = undefined;
        reportError(this.host, 'network', `Could not load the sending step: ${err instanceof Error ? err.message : String(err)}`, this.source);
        return undefined;
      },
    ));
  }
}
