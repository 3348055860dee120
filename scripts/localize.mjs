// Translations for the runtime: `lit-localize build` writes one module per locale with every
// element's strings (src/generated/locales/<locale>.ts); this splits each into one module per
// element folder ("area": src/generated/locales/<area>/<locale>.ts), so a page with only the crisis
// card loads the crisis card's strings, not the service finder's. A message used in two areas is in
// both. Also writes src/generated/translations/<area>.ts, which registers the area's loaders with
// core/localization.ts, and checks that every source file that calls msg() imports it (or its
// strings would stay English). An entry so carries the loaders of its own areas only.
//
//   node scripts/localize.mjs        (what `npm run localize`, build, test and start run)
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { extractOptions, extractTemplate, generateMsgIdFromAstNode, isMsgCall } from '@lit/localize-tools/lib/program-analysis.js';
import { npx } from './run.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/generated');
/** The element folders; src/data/needs-catalog.ts belongs with the needs texts. */
export const AREAS = ['crisis-card', 'quick-exit', 'needs-finder', 'check-in', 'service-finder', 'handoff'];
const areaOf = (file) => {
  const rel = relative(join(root, 'src'), file).split('/');
  if (rel[0] === 'data') return 'needs-finder';
  return AREAS.includes(rel[0]) ? rel[0] : undefined;
};

/** msg() ids per area, read from the sources with lit-localize's own analysis (same ids it generates). */
function idsByArea() {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.lit-localize.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const ids = new Map(AREAS.map((a) => [a, new Set()]));
  const problems = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || !file.fileName.startsWith(join(root, 'src/')) || file.fileName.includes('/generated/')) continue;
    let found = 0;
    const visit = (node) => {
      if (isMsgCall(node, checker)) {
        const t = extractTemplate(node.arguments[0], file, checker);
        const o = extractOptions(node.arguments[1], file);
        if (!t.error && !o.error) {
          found++;
          const area = areaOf(file.fileName);
          if (!area) problems.push(`${relative(root, file.fileName)}: msg() outside an element folder`);
          else ids.get(area).add(o.result.id ?? generateMsgIdFromAstNode(t.result.template, t.result.tag === 'html'));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    const area = areaOf(file.fileName);
    if (found && area && !file.text.includes(`generated/translations/${area}.js';`)) {
      problems.push(`${relative(root, file.fileName)}: calls msg() but does not import generated/translations/${area}.js (its strings would stay English)`);
    }
  }
  return { ids, problems };
}

/** One entry per line in lit-localize's output: `'s0123…': \`…\`,` or `'s…': str\`…\`,` or `'s…': html\`…\`,`. */
function entriesOf(source) {
  const start = source.indexOf('export const templates = {');
  const end = source.lastIndexOf('};');
  const body = source.slice(start + 'export const templates = {'.length, end);
  const out = new Map();
  // Entries may span lines (a translation with a line break): split before each `'s…':` at a line start.
  for (const chunk of body.split(/\n(?=\s*'[^']+':)/)) {
    const m = /^\s*'([^']+)':\s*([\s\S]*?),?\s*$/.exec(chunk);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

export function localize() {
  if (!npx('lit-localize', ['build'], { quiet: true })) return false;
  const { ids, problems } = idsByArea();
  if (problems.length) {
    for (const p of problems) console.error(`localize: ${p}`);
    return false;
  }
  const locales = readdirSync(join(generated, 'locales'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  for (const area of AREAS) {
    rmSync(join(generated, 'locales', area), { recursive: true, force: true });
    mkdirSync(join(generated, 'locales', area), { recursive: true });
  }
  let missing = 0;
  for (const locale of locales) {
    const out = entriesOf(readFileSync(join(generated, 'locales', `${locale}.ts`), 'utf8'));
    for (const area of AREAS) {
      const lines = [];
      for (const id of [...ids.get(area)].sort()) {
        if (out.has(id)) lines.push(`  '${id}': ${out.get(id)},`);
        else missing++;
      }
      const used = ['str', 'html'].filter((tag) => lines.some((l) => l.includes(`: ${tag}\``)));
      writeFileSync(
        join(generated, 'locales', area, `${locale}.ts`),
        `// Generated by scripts/localize.mjs from lit-localize's ${locale}.ts: do not edit.\n${used.length ? `import { ${used.join(', ')} } from '@lit/localize';\n` : ''}\nexport const templates = {\n${lines.join('\n')}\n};\n`,
      );
    }
  }
  rmSync(join(generated, 'locale-areas.ts'), { force: true });
  mkdirSync(join(generated, 'translations'), { recursive: true });
  for (const area of AREAS) {
    const loaders = locales.map((l) => `  '${l}': () => import('../locales/${area}/${l}.js'),`).join('\n');
    writeFileSync(
      join(generated, 'translations', `${area}.ts`),
      `// Generated by scripts/localize.mjs: do not edit. Imported for its effect by each module of\n// src/${area}/ that calls msg(): registers where its strings in other languages are.\n// An explicit map: template-literal import() builds but fails at run time.\nimport { useTranslations } from '../../core/localization.js';\n\nuseTranslations('${area}', {\n${loaders}\n});\n`,
    );
  }
  // The all-in-one bundle's variant (scripts/vite-plugins.mjs wholeLocales): one module per language.
  writeFileSync(
    join(generated, 'translations', 'all.ts'),
    `// Generated by scripts/localize.mjs: do not edit. The all-in-one bundle imports this instead of\n// each area's module: one module per language.\nimport { useTranslations } from '../../core/localization.js';\n\nuseTranslations('all', {\n${locales.map((l) => `  '${l}': () => import('../locales/${l}.js'),`).join('\n')}\n});\n`,
  );
  const counts = AREAS.map((a) => `${a} ${ids.get(a).size}`).join(', ');
  console.log(`localize: ${locales.length} locales split by element (${counts} messages)${missing ? `; ${missing} untranslated stay English` : ''}`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(localize() ? 0 : 1);
