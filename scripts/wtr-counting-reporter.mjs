// Counts tests per browser for CI: files that fail to load count as failures.
import { writeFileSync, mkdirSync } from 'node:fs';

function countSuite(suite, acc, prefix, failures) {
  for (const t of suite.tests) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      failures.push(`${prefix}${t.name}: ${t.error?.message ?? 'failed'}`);
    }
  }
  for (const s of suite.suites) countSuite(s, acc, `${prefix}${s.name} > `, failures);
}

export function countingReporter({ out = '.test-results/browser.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      const failures = [];
      for (const session of sessions) {
        const name = session.browser.name;
        const acc = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const file = session.testFile.replace(process.cwd() + '/', '');
        const before = acc.failed;
        if (session.testResults) countSuite(session.testResults, acc, `[${name}] ${file} > `, failures);
        // A file that failed to load, or an error outside any test, is one more failure.
        if (session.errors.length > 0 || (!session.passed && acc.failed === before)) {
          acc.failed++;
          failures.push(`[${name}] ${file}: ${session.errors.map((e) => e.message).join('; ') || 'did not pass'}`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(out, JSON.stringify({ byBrowser, failures }, null, 2));
      for (const f of failures) console.log(`  FAIL ${f}`);
      for (const [name, c] of Object.entries(byBrowser)) {
        console.log(`browser tests (${name}): ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
      }
      const total = Object.values(byBrowser).reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }), { passed: 0, failed: 0 });
      console.log(`browser tests, all browsers: ${total.passed} passed, ${total.failed} failed`);
    },
  };
}
