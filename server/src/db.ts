// Connections: the API reads through a pool whose sessions are read-only and time-limited; imports
// and the schema use a separate, writable pool. DATABASE_URL or the embedded cluster's socket.
import pg from 'pg';
import { SCHEMA_SQL, SEARCH_SQL } from './schema.js';

export type Connection = string | { host: string; port: number; user: string; database: string };

const config = (c: Connection) => (typeof c === 'string' ? { connectionString: c } : c);

export function readPool(c: Connection, { max = 10, statementTimeoutMs = 5000 } = {}): pg.Pool {
  return new pg.Pool({
    ...config(c),
    max,
    options: `-c default_transaction_read_only=on -c statement_timeout=${statementTimeoutMs} -c idle_in_transaction_session_timeout=10000`,
  });
}

export function writePool(c: Connection): pg.Pool {
  return new pg.Pool({ ...config(c), max: 2 });
}

/** Creates the extensions, functions, tables and indexes (idempotent). */
export async function migrate(pool: pg.Pool): Promise<void> {
  await pool.query(SCHEMA_SQL);
  await pool.query(SEARCH_SQL);
}
