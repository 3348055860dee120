#!/usr/bin/env node
// `npm run hsds-server [-- import FILE]`: bundles server/src (TypeScript) with esbuild into server/.build
// (gitignored; dependencies stay in node_modules) and runs it. See docs/hsds-server.md.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the given server entry points (relative to root) into server/.build; returns the output folder. */
export async function buildServer(entries = ['server/src/main.ts']) {
  const outdir = join(root, 'server/.build');
  await build({
    entryPoints: entries.map((e) => join(root, e)),
    outdir,
    outbase: join(root, 'server'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildServer();
  await import(pathToFileURL(join(out, 'src/main.js')).href);
}
