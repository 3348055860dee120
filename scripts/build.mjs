// The full build: translations, ES modules, the all-in-one bundle, type declarations,
// custom-elements.json and JSON Schemas. Exits non-zero on the first failure.
import { rmSync } from 'node:fs';
import { localize } from './localize.mjs';
import { npx, run } from './run.mjs';

rmSync('dist', { recursive: true, force: true });
const steps = [
  ['translations', localize],
  ['ES modules', () => npx('vite', ['build', '--logLevel', 'warn'])],
  ['all-in-one bundle', () => npx('vite', ['build', '--mode', 'bundle', '--logLevel', 'warn'])],
  ['type declarations', () => npx('tsc', ['-p', 'tsconfig.build.json'])],
  ['custom-elements.json', () => npx('cem', ['analyze', '--quiet'], { quiet: true })],
  ['JSON Schemas', () => run('node', ['scripts/build-schemas.mjs'])],
];
for (const [name, step] of steps) {
  if (!step()) {
    console.error(`build failed at: ${name}`);
    process.exit(1);
  }
}
console.log('build: dist/ and custom-elements.json are ready');
