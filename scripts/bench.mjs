#!/usr/bin/env node
// `npm run bench`: everything issue 16 asks for, in one run, written to bench/results/latest.txt.
//   1. filtered search in Node at 10k and 100k next to MiniSearch, FlexSearch and Orama (bench/filtered-search.bench.mjs);
//   2. the demo built as shipped (scripts/build-demo.mjs), then bench/demo.bench.mjs at 4× CPU: check-in clicks,
//      typing over 10k, long tasks while 10k loads by `src` and by `services`, slow-3G first paint of the safety elements.
// Each part prints medians of 3 runs. The first lines record the machine (cores, CPU, load average at start),
// which scripts/speed-section.mjs puts into the README's Speed section with the numbers.
//
//   npm run bench                              everything (20-40 min on a quiet 2-core machine)
//   npm run bench -- --sizes 10000 --only checkin,load     a part of it (passed on to the two scripts)
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/results/latest.txt');
const passOn = (names) => {
  const args = [];
  for (const name of names) {
    const i = process.argv.indexOf(`--${name}`);
    if (i > 0) args.push(`--${name}`, process.argv[i + 1]);
  }
  return args;
};

const lines = [];
const record = (line) => {
  lines.push(line);
  console.log(line);
};

let commit = '?';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  // not a git checkout
}
const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
record(`# npm run bench, ${new Date().toISOString()}, commit ${commit}`);
record(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}`);
record(`load average at start: ${load}`);

/** Runs a script, echoing its output and keeping its lines (only lines that start with `keep`, when given). */
function run(script, args, keep) {
  return new Promise((resolvePromise, reject) => {
    record(`$ node ${script} ${args.join(' ')}`.trimEnd());
    const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let rest = '';
    child.stdout.on('data', (chunk) => {
      const text = rest + chunk.toString();
      const parts = text.split('\n');
      rest = parts.pop();
      for (const line of parts) if (!keep || line.startsWith(keep)) record(line);
    });
    child.on('close', (code) => {
      if (rest && (!keep || rest.startsWith(keep))) record(rest);
      if (code === 0) resolvePromise();
      else reject(new Error(`${script} exited with ${code}`));
    });
  });
}

let failed = false;
for (const [script, args, keep] of [
  ['bench/filtered-search.bench.mjs', passOn(['sizes'])],
  ['scripts/build-demo.mjs', [], 'build-demo:'],
  ['bench/demo.bench.mjs', passOn(['only', 'runs'])],
]) {
  try {
    await run(script, args, keep);
  } catch (err) {
    failed = true;
    record(`FAILED: ${err.message}`);
  }
}
record(`load average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`bench: wrote ${out.replace(root + '/', '')}; node scripts/speed-section.mjs puts it into the README`);
process.exit(failed ? 1 : 0);
