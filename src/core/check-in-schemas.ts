/** Event detail and result schemas of the check-in element(s) (zod/mini). Filled in by that element's issue. */
// import * as z from 'zod/mini';
// import { ResultEnvelope } from './schemas-base.js';

export const checkInEventSchemas = {} as const;
export const checkInResultSchemas = {} as const;
