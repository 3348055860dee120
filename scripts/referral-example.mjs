// Regenerates docs/examples/referral-bundle.json: runs test/referral-bundle.test.ts in Chromium, whose last
// test builds the bundle from real engine results (stable ids and time) and writes it there.
//   node scripts/referral-example.mjs
import { npx } from './run.mjs';

const ok = npx('web-test-runner', [], { env: { BROWSERS: 'chromium', TEST_FILES: 'test/referral-bundle.test.ts' } });
process.exit(ok ? 0 : 1);
