// `npm run bench:server [-- --count 1000000 --requests 400 --seconds 60]`: import time of a generated
// directory and latency of typical searches with filters at 1, 8 and 32 concurrent clients, over real
// HTTP on 127.0.0.1, against a throwaway PostgreSQL cluster. Bounded: each level stops after
// --requests requests or --seconds seconds, whichever comes first.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { buildApp } from '../src/app.js';
import { migrate, readPool, writePool } from '../src/db.js';
import { startEmbedded } from '../src/embedded.js';
import { importFile } from '../src/import.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('count', 1_000_000);
const maxRequests = arg('requests', 400);
const maxSeconds = arg('seconds', 60);
const levels = [1, 8, 32];

// Typical finder requests: words (one with a typo, one unfinished), categories, hours, ages, places.
const QUERIES = [
  '/services?search=food&per_page=25',
  '/services?search=food%20pantry&taxonomy_term_id=102&per_page=25',
  '/services?search=clinc&per_page=25',
  '/services?search=counsel&per_page=25',
  '/services?taxonomy_term_id=106-06&day=SA&start_time=10:00&end_time=12:00&per_page=25',
  '/services?search=legal%20help&maximum_age=17&per_page=25',
  '/services?search=housing&taxonomy_term_id=105&page=3&per_page=25',
  '/services?search=comida&per_page=25',
  '/service_at_locations?postcode=94122&proximity=2000&search=food&per_page=25',
  '/service_at_locations?postcode=94110&proximity=3000&taxonomy_term_id=106-06&per_page=25',
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const file = resolve(`bench/.data/directory-${count}.json`);
  if (!existsSync(file)) {
    const t = Date.now();
    const g = spawnSync(process.execPath, ['scripts/generate-directory.mjs', '--count', String(count), '--out', file], { stdio: 'inherit' });
    if (g.status !== 0) throw new Error('generating the directory failed');
    console.log(`generated ${count} services in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`directory: ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MB)`);
  const embedded = startEmbedded({ settings: { shared_buffers: '512MB', maintenance_work_mem: '512MB', work_mem: '32MB', max_connections: '100' } });
  try {
    const writer = writePool(embedded.connection);
    await migrate(writer);
    const report = await importFile(writer, file, { log: (s) => console.log(s) });
    console.log(
      `import: ${report.inserted} services in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.inserted / (report.ms / 1000))}/s), ${report.skipped} skipped`,
    );
    await writer.end();

    const pool = readPool(embedded.connection, { max: 32, statementTimeoutMs: 30000 });
    const app = await buildApp({ pool, logStream: false, rateLimit: 10_000_000 });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    // Warm the caches the way a running server would be.
    for (const q of QUERIES) await fetch(base + q).then((r) => r.arrayBuffer());

    for (const clients of levels) {
      const latencies: number[] = [];
      let errors = 0;
      let sent = 0;
      const deadline = Date.now() + maxSeconds * 1000;
      const started = Date.now();
      await Promise.all(
        Array.from({ length: clients }, async (_, w) => {
          while (sent < maxRequests && Date.now() < deadline) {
            const q = QUERIES[(sent++ + w) % QUERIES.length];
            const t = performance.now();
            // A request the server cuts off (its time limit) counts as an error at the time it took.
            const ok = await fetch(base + q)
              .then(async (r) => (await r.arrayBuffer(), r.status === 200))
              .catch(() => false);
            latencies.push(performance.now() - t);
            if (!ok) errors++;
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const secs = (Date.now() - started) / 1000;
      console.log(
        `search ${String(clients).padStart(2)} client${clients > 1 ? 's' : ' '}: ${latencies.length} requests in ${secs.toFixed(1)} s, ` +
          `p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms, ` +
          `${(latencies.length / secs).toFixed(0)} req/s, ${errors} errors`,
      );
    }
    console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    await app.close();
    await pool.end();
  } finally {
    embedded.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
