/** The few words a check-in from a FHIR Questionnaire adds around its items (yes / no, "something else"). */
import { msg } from '@lit/localize';
import type { Texts } from '../scripts/common.js';
import { WORDS } from './read.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

export function questionnaireTexts(): Texts {
  return {
    [WORDS.yes]: msg('Yes'),
    [WORDS.no]: msg('No'),
    [WORDS.other]: msg('Something else', { desc: 'Check-in from a FHIR Questionnaire: choice that sends the answer typed in the box' }),
    [WORDS.otherComment]: msg('Something else? You can type it here.', { desc: 'Check-in from a FHIR Questionnaire: label of the box for an answer of the person’s own' }),
  };
}
