// Two builds:
//   vite build                 -> dist/index.js + dist/<element>.js ES modules for npm (Lit and zod external)
//   vite build --mode bundle   -> dist/compassionate-intake.js, minified, self-contained, for script tags
import { defineConfig, defaultClientConditions } from 'vite';
import { elements, modules, bundle } from './scripts/entries.mjs';
import { minifyCssTemplates, stripMsgDescriptions, wholeLocales } from './scripts/vite-plugins.mjs';

const external = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/, /^react-dom($|\/)/];

export default defineConfig(({ mode }) => {
  const isBundle = mode === 'bundle';
  const entry = isBundle
    ? { [bundle.name]: bundle.entry }
    : Object.fromEntries([['index', 'src/index.ts'], ...elements.map((e) => [e.name, e.define]), ...modules.map((m) => [m.name, m.entry])]);
  return {
    // The demo (npm start) serves demo/ with the sources; the library build ignores this root.
    root: process.env.VITE_ROOT ?? '.',
    // Relative asset URLs: the service finder's worker must load from wherever dist/ is served.
    base: './',
    // Production Lit everywhere, the demo's dev server (npm start) included: Lit's `development` build
    // warns "Lit is in dev mode" and runs slower checks that a person never needs.
    resolve: { conditions: defaultClientConditions.map((c) => (c === 'development|production' ? 'production' : c)) },
    plugins: [minifyCssTemplates(), stripMsgDescriptions(), ...(isBundle ? [wholeLocales()] : [])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      minify: isBundle,
      sourcemap: false,
      // Lib mode avoids Vite's preload helper; it keeps whitespace in ES output, so the bundle
      // asks rolldown to minify.
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: isBundle ? [] : external,
        output: {
          minify: isBundle,
          entryFileNames: '[name].js',
          chunkFileNames: isBundle ? 'cdn/[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
