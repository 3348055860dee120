// Writes dist/schemas/<name>.schema.json (JSON Schema 2020-12) from the zod schemas in src/core/schemas.ts.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const out = 'dist/.schemas-tmp.mjs';
await build({ entryPoints: ['src/core/schemas.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const { eventSchemas, resultSchemas } = await import(pathToFileURL(out).href);
const { toJSONSchema } = await import('zod/mini');
rmSync(out);
mkdirSync('dist/schemas', { recursive: true });
const all = { ...eventSchemas, ...resultSchemas };
for (const [name, schema] of Object.entries(all)) {
  const json = { $id: `https://unpkg.com/compassionate-intake/dist/schemas/${name}.schema.json`, title: name, ...toJSONSchema(schema) };
  writeFileSync(`dist/schemas/${name}.schema.json`, JSON.stringify(json, null, 2) + '\n');
}
console.log(`schemas: wrote ${Object.keys(all).length} JSON Schemas to dist/schemas/`);
