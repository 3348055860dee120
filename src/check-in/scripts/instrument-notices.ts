/**
 * The notices each instrument requires, by instrument. Its own module (not instrument-defs.ts, which is
 * in the check-in's first load) so that the views, which show them, bring them.
 */
import type { InstrumentId } from '../script-schema.js';
import { LOINC_NOTICE, PFIZER_NOTICE, WHO5_NOTICE } from './instrument-defs.js';

export const ASQ_NOTICE =
  'Ask Suicide-Screening Questions (ASQ), National Institute of Mental Health (NIMH). Public domain; no permission needed.';

/**
 * The notices each instrument requires, by instrument (shown once, in "About these questions" at its
 * first item). Here, not in instruments.ts, so the element can show them without loading every instrument.
 */
export const NOTICES: Record<InstrumentId, readonly string[]> = {
  'phq-9': [PFIZER_NOTICE, LOINC_NOTICE],
  'gad-7': [PFIZER_NOTICE, LOINC_NOTICE],
  'phq-4': [PFIZER_NOTICE, LOINC_NOTICE],
  'who-5': [WHO5_NOTICE],
  asq: [ASQ_NOTICE],
};
