// `npm run hsds-server [-- start] [--port N] [--host H] [--file F]`  serve (embedded PostgreSQL unless DATABASE_URL)
// `npm run hsds-server -- import FILE...`                           import (with DATABASE_URL: import and exit;
//                                                                     without: a throwaway cluster with FILE instead of the sample)
// Settings (environment): DATABASE_URL, HSDS_PORT, HSDS_HOST, HSDS_CORS_ORIGINS (comma-separated),
// HSDS_RATE_LIMIT (requests/minute/IP), HSDS_LOG_QUERIES=1, HSDS_ADMIN_TOKEN, HSDS_TRUST_PROXY=1, HSDS_DB_POOL.
import { resolve } from 'node:path';
import { buildApp } from './app.js';
import { migrate, readPool, writePool, type Connection } from './db.js';
import { startEmbedded } from './embedded.js';
import { importFile, type ImportReport } from './import.js';

const SAMPLE = resolve(process.env.HSDS_SAMPLE ?? 'demo/data/sample-directory.json');

function printReport(r: ImportReport) {
  console.log(
    `imported ${r.file} (${r.format}) in ${(r.ms / 1000).toFixed(1)} s: ${r.read} read, ${r.inserted} new, ${r.updated} updated, ` +
      `${r.unchanged} unchanged, ${r.skipped} skipped`,
  );
  for (const s of r.skippedRecords) console.log(`  skipped ${s.record}${s.id ? ` (id ${s.id})` : ''}: ${s.reason}`);
  if (r.skipped > r.skippedRecords.length) console.log(`  ... and ${r.skipped - r.skippedRecords.length} more`);
}

async function main() {
  const argv = process.argv.slice(2);
  const command = argv[0] && !argv[0].startsWith('--') ? argv.shift()! : 'start';
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv.splice(i, 2)[1] : undefined;
  };
  const port = Number(flag('port') ?? process.env.HSDS_PORT ?? 8788);
  const host = flag('host') ?? process.env.HSDS_HOST ?? '127.0.0.1';
  const file = flag('file');
  if (!['start', 'import', 'migrate'].includes(command)) throw new Error(`Unknown command ${command}. Use start, import FILE or migrate.`);

  let connection: Connection;
  let stop = () => {};
  if (process.env.DATABASE_URL) connection = process.env.DATABASE_URL;
  else {
    console.log('No DATABASE_URL: starting a throwaway PostgreSQL cluster (deleted on exit)...');
    const embedded = startEmbedded();
    connection = embedded.connection;
    stop = embedded.stop;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
  }
  const writer = writePool(connection);
  await migrate(writer);
  const files = command === 'import' ? argv.map((f) => resolve(f)) : file ? [resolve(file)] : process.env.DATABASE_URL ? [] : [SAMPLE];
  if (command === 'import' && !files.length) throw new Error('import needs a file: npm run hsds-server -- import FILE');
  for (const f of files) printReport(await importFile(writer, f, { log: console.log }));
  await writer.end();
  if (command === 'migrate' || (command === 'import' && process.env.DATABASE_URL)) {
    stop();
    return;
  }

  const pool = readPool(connection, { max: Number(process.env.HSDS_DB_POOL ?? 10) });
  const app = await buildApp({
    pool,
    corsOrigins: (process.env.HSDS_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    rateLimit: process.env.HSDS_RATE_LIMIT ? Number(process.env.HSDS_RATE_LIMIT) : undefined,
    logQueries: process.env.HSDS_LOG_QUERIES === '1',
    adminToken: process.env.HSDS_ADMIN_TOKEN || undefined,
    trustProxy: process.env.HSDS_TRUST_PROXY === '1',
  });
  await app.listen({ port, host });
  console.log(`HSDS API: http://${host}:${port}/services  (point the finder at it: <intake-service-finder api="http://${host}:${port}">)`);
}

main().catch((err) => {
  console.error(String(err?.message ?? err));
  process.exit(1);
});
