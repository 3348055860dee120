/** Event detail and result schemas of the service element(s) (zod/mini). Filled in by that element's issue. */
// import * as z from 'zod/mini';
// import { ResultEnvelope } from './schemas-base.js';

export const serviceEventSchemas = {} as const;
export const serviceResultSchemas = {} as const;
