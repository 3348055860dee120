// Lint: typescript-eslint, Lit template rules and lit-a11y accessibility rules on templates.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: ['dist/', 'demo-dist/', '.test-results/', 'src/generated/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'bench/.data/', 'screenshots/', 'server/.build/', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
      // We label icon-free links by text; this rule wants every <a> to have href set, which ours do.
      'lit-a11y/anchor-is-valid': 'off',
      // role="list" on a <ul> with list-style:none is deliberate: Safari/VoiceOver drops list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', '.storybook/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
