// A node:test reporter that writes `{ passed, failed, failures }` (tests, not suites) as JSON, for
// scripts/test.mjs's countFrom. Use with --test-reporter-destination=<file>.
export default async function* counter(source) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // A suite's own failure counts only when it is not just "a test inside failed" (e.g. its body threw).
    if (event.data.details?.type === 'suite' && (event.type === 'test:pass' || event.data.details.error?.failureType === 'subtestsFailed')) continue;
    if (event.type === 'test:pass') passed++;
    else {
      failed++;
      failures.push(`server: ${event.data.name}`);
    }
  }
  yield `${JSON.stringify({ passed, failed, failures })}\n`;
}
