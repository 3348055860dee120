// One entry per element: the build, the size budget, package exports and the bundle check read this list.
// budget: gzip bytes of the entry bundled alone with everything it loads at start (Lit included).
export const elements = [
  { name: 'crisis-card', tag: 'intake-crisis-card', define: 'src/crisis-card/define.ts', budget: 16 * 1024 },
  { name: 'quick-exit', tag: 'intake-quick-exit', define: 'src/quick-exit/define.ts', budget: 9 * 1024 },
  { name: 'needs-finder', tag: 'intake-needs-finder', define: 'src/needs-finder/define.ts', budget: 20 * 1024 },
];

/** The all-in-one file for <script type="module"> pages (locale and validation chunks load on demand). */
export const bundle = { name: 'compassionate-intake', entry: 'src/index.ts', budget: 50 * 1024 };
