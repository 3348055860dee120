#!/usr/bin/env node
// Writes the README's Speed section (between <!-- speed:start --> and <!-- speed:end -->) from
// bench/results/latest.txt, the output of `npm run bench`: the method, the machine, a table of the
// numbers with their targets, and the raw lines. Every number in the section is one the bench printed.
//
//   node scripts/speed-section.mjs [--from bench/results/latest.txt] [--check]
//   --check: exit 1 if the README's section differs from what latest.txt gives (nothing written).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const from = resolve(root, arg('from', 'bench/results/latest.txt'));
const readmePath = join(root, 'README.md');
const START = '<!-- speed:start -->';
const END = '<!-- speed:end -->';

const text = readFileSync(from, 'utf8');
const lines = text.split('\n').filter((l) => l.trim());
const find = (re) => {
  for (const l of lines) {
    const m = re.exec(l);
    if (m) return m;
  }
  return undefined;
};
const NOT_RUN = 'not in this run';
const verdict = (re) => find(re)?.[1]?.includes('MISSED') ? 'missed' : find(re) ? 'met' : NOT_RUN;

const header = find(/^# npm run bench, (\S+), commit (\S+)/);
const machine = find(/^machine: (.*)$/)?.[1] ?? 'unknown';
const loadStart = find(/^load average at start: (.*)$/)?.[1] ?? '?';
const loadEnd = find(/^load average at end: (.*)$/)?.[1] ?? '?';
const chromium = find(/Chromium (\d[\d.]*)/)?.[1];
const runs = find(/medians of (\d+) runs/)?.[1] ?? '3';

const rows = [];
const row = (what, value, target, met) => rows.push(`| ${what} | ${value ?? NOT_RUN} | ${target} | ${met} |`);

for (const size of ['10k', '100k']) {
  const ours = find(new RegExp(`^search ${size} ours\\s+filtered p50 (\\S+) ms\\s+p95 (\\S+) ms.*precision@10 (\\S+)\\s+recall@10 (\\S+)\\s+short typos found (\\S+)`));
  const peer = (name) => find(new RegExp(`^search ${size} ${name}\\s.*p95 (\\S+) ms.*precision@10 (\\S+)\\s+recall@10 (\\S+)`));
  const ratios = find(new RegExp(`^search ${size} ratios \\(peer p95 ÷ ours p95\\): MiniSearch (\\S+)\\s+FlexSearch (\\S+)\\s+Orama (\\S+)`));
  const target = find(new RegExp(`^target ${size}: (.*)$`));
  if (!ours) continue;
  const [mini, flex, orama] = ['MiniSearch', 'FlexSearch', 'Orama'].map(peer);
  const limit = size === '100k' ? 5 : 1;
  row(
    `filtered search ${size} (open now + language + distance), Node, p50 / p95`,
    `${ours[1]} / ${ours[2]} ms; p95 MiniSearch ${mini?.[1] ?? '?'}, FlexSearch ${flex?.[1] ?? '?'}, Orama ${orama?.[1] ?? '?'} ms`,
    `p95 ≤ ${limit} ms`,
    target ? (target[1].split(';')[0].includes('MISSED') ? 'missed' : 'met') : NOT_RUN,
  );
  row(
    `ratio ${size}: peer p95 ÷ ours p95`,
    ratios ? `MiniSearch ${ratios[1]}, FlexSearch ${ratios[2]}, Orama ${ratios[3]}` : undefined,
    '≥ 10× MiniSearch, ≥ 2× FlexSearch',
    target ? (/10× MiniSearch MISSED|2× FlexSearch MISSED/.test(target[1]) ? 'missed' : 'met') : NOT_RUN,
  );
  row(
    `precision@10 / recall@10 ${size}, bench queries`,
    `ours ${ours[3]} / ${ours[4]}; MiniSearch ${mini?.[2] ?? '?'} / ${mini?.[3] ?? '?'}; FlexSearch ${flex?.[2] ?? '?'} / ${flex?.[3] ?? '?'}; Orama ${orama?.[2] ?? '?'} / ${orama?.[3] ?? '?'}`,
    'precision ≥ 0.99',
    target ? (/precision@10 \S+ ≥ 0\.99 MISSED/.test(target[1]) ? 'missed' : 'met') : NOT_RUN,
  );
  row(`3-letter and short typos found ${size}`, `${ours[5]}`, 'a frequent word one edit away matches', '');
}

const checkin = find(/^check-in answer click .*?: p50 (\S+) ms\s+p95 (\S+) ms\s+max (\S+) ms\s+over 100 ms (\S+)/);
row('check-in answer click → next question painted, Event Timing p50 / p95 (max)', checkin && `${checkin[1]} / ${checkin[2]} ms (${checkin[3]} ms)`, 'p95 ≤ 100 ms', verdict(/^target check-in p95 ≤ 100 ms: (.*)$/));
const typing = find(/^finder typing over 10k services .*?: p50 (\S+) ms\s+p95 (\S+) ms\s+max (\S+) ms/);
row('finder typing over 10k services, Event Timing p50 / p95 (max)', typing && `${typing[1]} / ${typing[2]} ms (${typing[3]} ms)`, 'p95 ≤ 100 ms', verdict(/^target typing p95 ≤ 100 ms: (.*)$/));
for (const how of ['src', 'services']) {
  const load = find(new RegExp(`^load 10k by ${how}\\s*: longest main-thread task (\\S+) ms, tasks over 100 ms (\\S+), first results painted after (\\S+) ms`));
  row(
    `while a 10k directory loads by \`${how}\`: longest main-thread task, tasks over 100 ms, first results`,
    load && `${load[1]} ms, ${load[2]}, ${load[3]} ms`,
    'no task > 100 ms',
    verdict(new RegExp(`^target no task > 100 ms while 10k loads by ${how}: (.*)$`)),
  );
}
const safety = find(/^safety first, .*first paint: quick-exit (\S+) ms, crisis-card (\S+) ms, check-in (\S+) ms/);
row('first paint over Slow 3G: quick exit / crisis card / check-in', safety && `${safety[1]} / ${safety[2]} / ${safety[3]} ms`, 'quick exit ≤ crisis card', verdict(/^target quick exit paints no later than the crisis card: (.*)$/));

const section = `${START}
\`npm run bench\` (scripts/bench.mjs) prints every number below in one run and writes it to
\`bench/results/latest.txt\`; this section is generated from that file by \`node scripts/speed-section.mjs\`
and shows no number the bench did not print. Benchmarks, not tests.

Method. \`bench/filtered-search.bench.mjs\` runs search in Node the way the service finder does (the
open-now mask from \`open-now.ts\`, cached per minute as the element does, then \`search()\` with open now +
language + distance, sorted by relevance) next to MiniSearch, FlexSearch and Orama in the same run (peers
get the open-now bits for free), as-you-type queries × 2 filter sets, at 10k and 100k services.
\`bench/demo.bench.mjs\` drives the demo pages as shipped (\`node scripts/build-demo.mjs\`) in headless
Chromium${chromium ? ` ${chromium}` : ''} at 4× CPU slowdown (\`Emulation.setCPUThrottlingRate\`) with real mouse and keyboard input
(CDP input events) and reads Chromium's Event Timing durations (input delay + handlers + next paint;
clicks under 16 ms count as 16); long tasks come from a \`longtask\` PerformanceObserver while a 10k
directory replaces the sample one; the safety part loads \`index.html\` over CDP "Slow 3G" (2 s RTT,
50 kB/s). Every number is the median of ${runs} runs. \`bench/profile.mjs\` shows where the main thread's
time goes (Chromium trace, self time by function): \`bench/results/profile-*.txt\`.

Machine: ${machine}; load average ${loadStart} at start, ${loadEnd} at end${header ? `; run ${header[1]} at commit ${header[2]}` : ''}.

| what (4× CPU unless Node) | result | target | |
| --- | --- | --- | --- |
${rows.join('\n')}

<details><summary>Raw output (bench/results/latest.txt)</summary>

\`\`\`text
${lines.filter((l) => !l.startsWith('$ ')).join('\n')}
\`\`\`

</details>
${END}`;

const readme = readFileSync(readmePath, 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a < 0 || b < a) {
  console.error(`README.md has no ${START} ... ${END} markers under "## Speed"`);
  process.exit(1);
}
const next = readme.slice(0, a) + section + readme.slice(b + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README Speed section is not what bench/results/latest.txt gives: run node scripts/speed-section.mjs');
    process.exit(1);
  }
  console.log('speed-section: README is up to date');
} else {
  writeFileSync(readmePath, next);
  console.log(`speed-section: README Speed section written from ${from.replace(root + '/', '')} (${rows.length} rows)`);
}
