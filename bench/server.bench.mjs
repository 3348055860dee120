#!/usr/bin/env node
// `npm run bench:server`: see server/bench/bench.ts (bundled with esbuild like the server).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer } from '../scripts/hsds-server.mjs';

const out = await buildServer(['server/bench/bench.ts']);
await import(pathToFileURL(join(out, 'bench/bench.js')).href);
