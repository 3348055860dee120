/**
 * A check-in from a FHIR R4 Questionnaire: what <intake-check-in> loads, only when the host passes a
 * Questionnaire (`script` property) or `questionnaire-src`. The FHIRPath library comes later still, and
 * only for a Questionnaire with a calculatedExpression.
 */
import type { CheckInResult } from '../../core/check-in-schemas.js';
import { safeHref } from '../../core/safe-url.js';
import { effectiveAnswers, type EngineState } from '../engine.js';
import type { Reading } from './read.js';
import { respond, type Calculate } from './respond.js';

export { questionnaireTexts } from './texts.js';
export { readQuestionnaire } from './read.js';

export type Fetched = { ok: true; data: unknown } | { ok: false; code: 'invalid-url' | 'network' | 'invalid-questionnaire'; message: string };

/** Fetches a Questionnaire from the URL the host gave (http or https only; no cookies to other sites). */
export async function fetchQuestionnaire(raw: string, base: string): Promise<Fetched> {
  const url = safeHref(raw, { base, webOnly: true });
  if (!url) return { ok: false, code: 'invalid-url', message: `questionnaire-src "${raw.slice(0, 100)}" is not an http(s) URL` };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/fhir+json, application/json' } });
  } catch (err) {
    return { ok: false, code: 'network', message: `Could not fetch ${url}: ${String(err)}` };
  }
  if (!response.ok) return { ok: false, code: 'network', message: `GET ${url} answered ${response.status}` };
  try {
    return { ok: true, data: await response.json() };
  } catch {
    return { ok: false, code: 'invalid-questionnaire', message: `${url} is not JSON` };
  }
}

/**
 * Adds the Questionnaire's response, answer scores and calculated values to a check-in result.
 * `report` hears about expressions that failed (linkIds only).
 */
export async function completeResult(
  reading: Reading,
  state: EngineState,
  result: CheckInResult,
  report: (message: string) => void,
): Promise<CheckInResult> {
  let calculate: Calculate | undefined;
  const failed: string[] = [];
  if (reading.needsFhirPath) {
    try {
      const { calculator } = await import('./fhirpath.js');
      calculate = calculator(reading.questionnaire, failed);
    } catch (err) {
      report(`Could not load FHIRPath for calculatedExpression: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const out = respond(reading, effectiveAnswers(reading.script, state), { authored: result.completedAt, locale: result.locale, calculate });
  if (failed.length) report(`calculatedExpression could not be evaluated for: ${failed.join(', ')}`);
  return {
    ...result,
    questionnaire: {
      ...(reading.url ? { url: reading.url } : {}),
      ...(reading.title ? { title: reading.title } : {}),
      ...(out.score !== undefined ? { score: out.score } : {}),
      ...(Object.keys(out.calculated).length ? { calculated: out.calculated } : {}),
      requiredUnanswered: out.requiredUnanswered,
      unsupported: reading.unsupported,
    },
    questionnaireResponse: { ...out.response },
  };
}
