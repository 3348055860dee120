// One entry bundled alone, the way the size budget measures it (Vite lib mode, minified, nothing
// written): shared by scripts/size.mjs and scripts/compare-peers.mjs, so that ours and the peers'
// bundles are measured the same way.
import { build } from 'vite';

/**
 * Builds `entry` as `<name>.js` and returns its chunks by file name and `start`: the files a page loads
 * at start (the entry and, transitively, its static imports). `plugins`: the transforms our own build uses.
 */
export async function buildAlone(name, entry, plugins = []) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // Lib mode (no preload helper); rolldown's own minify, since lib mode keeps ES whitespace.
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: { output: { minify: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' } },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const start = new Set();
  const visit = (file) => {
    if (start.has(file)) return;
    start.add(file);
    for (const dep of byName.get(file)?.imports ?? []) visit(dep);
  };
  visit(`${name}.js`);
  return { chunks, byName, start };
}
