/**
 * The words of the safety path ("Safety at home"), shared by the needs finder and the check-in so that
 * both say the same thing in every language. Plain strings: no Lit.
 */
import { msg } from '@lit/localize';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/needs-finder.js';

/** The safety notice's lead; `other`: the person answers for someone else. */
export function safetyLead(other: boolean): string {
  return other
    ? msg('Their safety matters. These free, confidential lines help people who are hurt or scared, and people worried about them.')
    : // "These lines are free and confidential" follows in the crisis card: said once.
      msg('Your safety matters. You do not have to face this alone.');
}

/** How to leave the page fast: the page's quick exit if it has one. */
export function quickExitReminder(): string {
  const quickExit = document.querySelector('intake-quick-exit');
  if (!quickExit) return msg('If someone might see your screen, you can close this page at any time.');
  // The quick exit knows whether its Shift hint means anything here (a keyboard in use); before it upgrades, the attribute.
  const hinted = (quickExit as { shortcutHinted?: boolean }).shortcutHinted ?? !quickExit.hasAttribute('no-shortcut');
  return !hinted
    ? msg('To leave this page fast, use the "Leave this site" button.')
    : msg('To leave this page fast, use the "Leave this site" button or press Shift 3 times.');
}
