// Browser tests in real Chromium and Firefox (Debian's builds, found by scripts/browsers.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { findBrowsers, CHROMIUM_ARGS } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { generatedPackagePlugin, hsdsApiPlugin, mediaFeaturesPlugin, refererEchoPlugin, srUpdateModePlugin, submitSinkPlugin } from './scripts/wtr-plugins.mjs';
import { fhirValidatePlugin } from './scripts/fhir-validate.mjs';

const found = findBrowsers();
const only = process.env.BROWSERS?.split(',');
const browsers = [];
if (found.chromium && (!only || only.includes('chromium'))) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: found.chromium, headless: true, args: CHROMIUM_ARGS },
    }),
  );
}
if (found.firefox && (!only || only.includes('firefox'))) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
    }),
  );
}

export default {
  files: process.env.TEST_FILES?.split(',') ?? ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 10000 } },
  browsers,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      // Kept here too: the esbuild plugin does not follow tsconfig "extends".
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    }),
    ...hsdsApiPlugin(),
    mediaFeaturesPlugin(),
    refererEchoPlugin(),
    srUpdateModePlugin(),
    generatedPackagePlugin(),
    submitSinkPlugin(),
    fhirValidatePlugin(),
  ],
  reporters: [process.env.CI ? undefined : defaultReporter(), countingReporter()].filter(Boolean),
};
