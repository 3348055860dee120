// The PostgreSQL HSDS server (server/) for the finder's remote-mode browser tests: `npm run hsds-server`
// in a child process (a throwaway cluster with the sample directory unless DATABASE_URL is set) on a free
// 127.0.0.1 port, its log in .test-results/hsds-pg.log. scripts/test.mjs starts it before the browser
// step and passes its URL to the test runner as HSDS_PG_URL (scripts/wtr-plugins.mjs serves it at /hsds-pg/).
//   node scripts/hsds-pg-for-tests.mjs   starts it and prints HSDS_PG_URL=... (Ctrl-C stops it), for running
//                                        the browser tests by hand against it
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts the server; resolves with `{ url, stop }` once `GET /` answers (or rejects after `timeoutMs`). */
export async function startHsdsPg({ timeoutMs = 180_000 } = {}) {
  const port = await freePort();
  mkdirSync('.test-results', { recursive: true });
  const log = openSync('.test-results/hsds-pg.log', 'w');
  const child = spawn(process.execPath, ['scripts/hsds-server.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', log, log],
    // The tests make many requests from one address (the test runner's proxy).
    env: { ...process.env, HSDS_RATE_LIMIT: '100000' },
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = () => {
    if (!exited) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error('the HSDS server exited before answering (see .test-results/hsds-pg.log)');
    try {
      const r = await fetch(`${url}/`);
      if (r.ok) return { url, stop, ms: Date.now() - started };
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      stop();
      throw new Error(`the HSDS server did not answer within ${timeoutMs / 1000} s (see .test-results/hsds-pg.log)`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url, stop, ms } = await startHsdsPg();
  console.log(`HSDS_PG_URL=${url}  (ready in ${(ms / 1000).toFixed(1)} s; Ctrl-C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)));
}
