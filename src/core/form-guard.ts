/**
 * A form without `method="post"` submits with GET: every field goes into the URL, and so into the
 * browser's history, server logs and the Referer of the next page. A form-associated intake element
 * never lets its answers go that way: on a GET submission (a submit button, Enter, requestSubmit()) its
 * entry is taken out of the form data and the host hears `intake-error` `form-method-get`.
 */
import { reportError } from './events.js';

/** The method a submit event will use: the button's `formmethod` if it has one, else the form's. */
function methodOf(form: HTMLFormElement, submit?: SubmitEvent): string {
  const button = submit?.submitter as HTMLButtonElement | HTMLInputElement | null | undefined;
  if (button?.hasAttribute('formmethod')) return button.formMethod.toLowerCase();
  return form.method.toLowerCase();
}

export class FormGetGuard {
  private form: HTMLFormElement | null = null;
  private lastSubmit?: SubmitEvent;

  constructor(
    private readonly el: HTMLElement,
    private readonly source: string,
  ) {}

  /** From formAssociatedCallback: the form the element now belongs to (or null). */
  attach(form: HTMLFormElement | null): void {
    if (form === this.form) return;
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form?.removeEventListener('formdata', this.onFormData);
    this.form = form;
    form?.addEventListener('submit', this.onSubmit, true);
    form?.addEventListener('formdata', this.onFormData);
  }

  private onSubmit = (e: Event): void => {
    this.lastSubmit = e as SubmitEvent;
    // A submit the host handled in script (no FormData made) leaves nothing stale behind.
    setTimeout(() => {
      if (this.lastSubmit === e) this.lastSubmit = undefined;
    });
  };

  private onFormData = (e: FormDataEvent): void => {
    const form = this.form;
    const name = this.el.getAttribute('name');
    if (!form || !name || !e.formData.has(name)) return;
    const submit = this.lastSubmit;
    this.lastSubmit = undefined;
    // Only a real submission goes into a URL: a host script that builds FormData itself (or stopped the
    // submission first) sends it its own way. form.submit() skips submit events: hosts use requestSubmit().
    if (!submit || submit.defaultPrevented) return;
    if (methodOf(form, submit) !== 'get') return;
    e.formData.delete(name);
    reportError(
      this.el,
      'form-method-get',
      `The form around "${name}" submits with GET, which would put the answers in the URL; they were left out. Use <form method="post">.`,
      this.source,
    );
  };
}
