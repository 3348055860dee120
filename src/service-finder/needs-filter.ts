/**
 * The "kind of help" filter: the needs finder's need ids, their labels in the person's language,
 * and the Open Eligibility codes each stands for. Loaded on demand (the catalog is not small).
 */
import { NEED_IDS, taxonomyFor } from '../data/needs-catalog.js';
import { builtInLabel } from '../needs-finder/need-texts.js';

export interface NeedOption {
  id: string;
  label: string;
}

export const needOptions = (): NeedOption[] => NEED_IDS.map((id) => ({ id, label: builtInLabel(id) ?? id }));

/** Taxonomy codes for these need ids; unknown ids are ignored. */
export const codesFor = (ids: readonly string[]): string[] => taxonomyFor(ids).map((t) => t.code);

export const knownNeed = (id: string): boolean => (NEED_IDS as readonly string[]).includes(id);
