// Small process helpers shared by the build, test and start scripts.
import { spawnSync } from 'node:child_process';

/** Runs a command with inherited output; returns true on exit code 0. */
export function run(cmd, args, { env, quiet = false } = {}) {
  const r = spawnSync(cmd, args, { stdio: quiet ? 'pipe' : 'inherit', env: { ...process.env, ...env }, encoding: 'utf8' });
  if (quiet && r.status !== 0) process.stdout.write((r.stdout ?? '') + (r.stderr ?? ''));
  return r.status === 0;
}

/** Runs an npx bin from node_modules/.bin. */
export const npx = (bin, args, opts) => run(`node_modules/.bin/${bin}`, args, opts);
