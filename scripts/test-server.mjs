#!/usr/bin/env node
// The HSDS server's tests (server/test/*.test.ts) with node's own test runner, against a throwaway
// PostgreSQL cluster (installed from Debian's packages when missing; DATABASE_URL to use another).
// Writes .test-results/server.json ({ passed, failed, failures }) for scripts/test.mjs.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildServer } from './hsds-server.mjs';

const tests = readdirSync('server/test').filter((f) => f.endsWith('.test.ts'));
const out = await buildServer(tests.map((f) => `server/test/${f}`));
mkdirSync('.test-results', { recursive: true });
const r = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-counter.mjs',
    '--test-reporter-destination=.test-results/server.json',
    ...tests.map((f) => join(out, 'test', f.replace(/\.ts$/, '.js'))),
  ],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
