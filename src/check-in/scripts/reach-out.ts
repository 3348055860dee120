/**
 * A host's own script (or FHIR Questionnaire) gets the same offer as the built-in ones: after a sign of
 * danger, would the person like someone to reach out, and how (DESIGN.md: "after a danger sign the
 * person is always offered a way to be reached"). Added only when the script has no contact step of
 * its own and no step ids that would clash; it shows only after a danger sign (`when: { risk: true }`).
 */
import type { Subject } from '../engine.js';
import type { Script } from '../script-schema.js';
import { reachOutSteps, type Texts } from './common.js';
import { commonTexts } from './common-texts.js';

export function withReachOut(script: Script): Script {
  const added = reachOutSteps();
  const ids = new Set(script.steps.map((s) => s.id));
  if (script.steps.some((s) => s.kind === 'contact') || added.some((s) => ids.has(s.id))) return script;
  // Before the closing step(s), so the offer comes while the conversation is still going.
  const end = script.steps.findIndex((s) => s.kind === 'message' && s.end);
  const at = end < 0 ? script.steps.length : end;
  return { ...script, steps: [...script.steps.slice(0, at), ...added, ...script.steps.slice(at)] };
}

/** The offer's words, behind the flow's own texts (a Questionnaire's) when it has any. */
export function reachOutTexts(own?: (subject: Subject) => Texts): (subject: Subject) => Texts {
  return (subject) => ({ ...commonTexts(subject), ...own?.(subject) });
}
