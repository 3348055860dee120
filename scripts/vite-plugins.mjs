// Build-time helpers shared by vite.config.ts and scripts/size.mjs.

/**
 * Collapses whitespace and comments inside css`...` templates of our own sources, which no JS
 * minifier touches. CSS has no significant runs of whitespace outside strings, and our styles have
 * no strings with double spaces, so this is safe for them.
 */
export function minifyCssTemplates() {
  return {
    name: 'compassionate-intake:minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return 'css`' + min + '`';
      });
      return { code: out, map: null };
    },
  };
}

/**
 * Drops `desc: '…'` from msg() options in our sources: descriptions help translators (they are in the
 * XLIFF) but runtime msg() never reads them, and they weigh kilobytes. Message ids do not depend on
 * them. Only a `desc` that opens an options object (`{ desc: '…', …}`) in a module that imports
 * @lit/localize is touched.
 */
export function stripMsgDescriptions() {
  const DESC = /(\{\s*)desc:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*,?\s*/g;
  return {
    name: 'compassionate-intake:strip-msg-descriptions',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('@lit/localize') || !code.includes('desc:')) return null;
      return { code: code.replace(DESC, '$1'), map: null };
    },
  };
}

/**
 * For the all-in-one bundle: every element is there, so one module per language (lit-localize's
 * whole-locale output, src/generated/translations/all.ts) beats five per-element ones: fewer
 * loaders at load, one request, no string twice.
 */
export function wholeLocales() {
  return {
    name: 'compassionate-intake:whole-locales',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/generated\/translations\/(?!all\.)[\w-]+\.js$/.test(source)) return null;
      return this.resolve(source.replace(/[\w-]+\.js$/, 'all.ts'), importer, { skipSelf: true });
    },
  };
}
