// A throwaway PostgreSQL cluster in a temporary folder, for `npm run hsds-server` and the tests:
// initdb, start on a unix socket inside that folder (no TCP port, nothing else can reach it),
// stop and delete it on exit (also on Ctrl-C and kill). Installs Debian's postgresql and postgis when they are missing,
// the way scripts/browsers.mjs installs browsers.
import { execSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Embedded {
  /** Connection settings for `pg` (host is the socket folder). */
  connection: { host: string; port: number; user: string; database: string };
  stop(): void;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest /usr/lib/postgresql/<v>/bin that has initdb (or PG_BIN), with its major version. */
export function findPostgres(): { bin: string; version: number } | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) {
    const v = /(\d+)/.exec(spawnSync(join(process.env.PG_BIN, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout ?? '');
    return { bin: process.env.PG_BIN, version: Number(v?.[1] ?? 0) };
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .map(Number)
    .filter((v) => v >= 15 && existsSync(join(root, String(v), 'bin/initdb')))
    .sort((a, b) => b - a);
  return versions.length ? { bin: join(root, String(versions[0]), 'bin'), version: versions[0] } : undefined;
}

const hasPostgis = (version: number) => existsSync(`/usr/share/postgresql/${version}/extension/postgis.control`);

/** Makes sure PostgreSQL 15+ and PostGIS are installed; installs Debian's packages when root and apt can. */
export function ensurePostgres(log: (s: string) => void = console.log): { bin: string; version: number } {
  let found = findPostgres();
  if (found && hasPostgis(found.version)) return found;
  const canApt = isRoot() && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (canApt) {
    const version = found?.version ?? 15;
    const packages = [...(found ? [] : ['postgresql', 'postgresql-contrib']), `postgresql-${version}-postgis-3`];
    log(`Installing Debian packages: ${packages.join(' ')} (PostgreSQL or PostGIS not found)`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit' });
    found = findPostgres();
  }
  if (!found || !hasPostgis(found.version)) {
    throw new Error(
      'The HSDS server needs PostgreSQL 15+ with PostGIS. Install them (Debian/Ubuntu: sudo apt-get install postgresql postgresql-15-postgis-3), ' +
        'or set DATABASE_URL to a database that has them.',
    );
  }
  return found;
}

/** Starts a fresh cluster; `settings` are extra `-c name=value` server settings (e.g. for the bench). */
export function startEmbedded({ log = console.log, settings = {} as Record<string, string> } = {}): Embedded {
  const { bin } = ensurePostgres(log);
  const dir = mkdtempSync(join(tmpdir(), 'hsds-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: run it as the `postgres` user Debian's package creates.
  const asUser = isRoot() ? ['runuser', '-u', 'postgres', '--'] : [];
  const user = isRoot() ? 'postgres' : (process.env.USER ?? 'postgres');
  if (isRoot()) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (pw.status !== 0) throw new Error('Running as root needs the `postgres` OS user (Debian creates it with the postgresql package).');
    chownSync(dir, Number(pw.stdout), Number(gid.stdout));
    chmodSync(dir, 0o700);
  }
  const sh = (args: string[], what: string) => {
    const r = spawnSync(asUser[0] ?? args[0], asUser.length ? [...asUser.slice(1), ...args] : args.slice(1), { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${what} failed: ${(r.stderr || r.stdout || '').trim().slice(0, 2000)}`);
  };
  sh([join(bin, 'initdb'), '-D', data, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'], 'initdb');
  // Throwaway data: durability off makes imports several times faster.
  const all: Record<string, string> = {
    listen_addresses: '',
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_wal_size: '4GB',
    shared_buffers: '256MB',
    maintenance_work_mem: '256MB',
    ...settings,
  };
  const options = Object.entries(all)
    .map(([k, v]) => `-c ${k}=${v === '' ? "''" : v}`)
    .join(' ');
  sh([join(bin, 'pg_ctl'), '-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start'], 'pg_ctl start');

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    const args = [join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(asUser[0] ?? args[0], asUser.length ? [...asUser.slice(1), ...args] : args.slice(1), { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  // Ctrl-C or a kill: Node's default would exit without the 'exit' event and leave the cluster running.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
    });
  }
  return { connection: { host: dir, port: 5432, user, database: 'postgres' }, stop };
}
