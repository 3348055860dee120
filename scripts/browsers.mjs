// Finds Chromium/Chrome and Firefox on this machine; installs Debian's when asked and possible.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const first = (paths) => paths.find((p) => p && existsSync(p));

export function findBrowsers() {
  return {
    chromium: first([process.env.CHROME_PATH, ...CHROMIUM_PATHS]),
    firefox: first([process.env.FIREFOX_PATH, ...FIREFOX_PATHS]),
  };
}

const canApt = () => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Makes sure both browsers exist; returns their paths or throws with what to install. */
export function ensureBrowsers({ log = console.log } = {}) {
  let found = findBrowsers();
  if (found.chromium && found.firefox) return found;
  const missing = [!found.chromium && 'chromium', !found.firefox && 'firefox-esr'].filter(Boolean);
  if (canApt()) {
    log(`Installing Debian packages: ${missing.join(' ')} (no browser found)`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(
      `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')} fonts-dejavu-core fonts-liberation`,
      { stdio: 'inherit', shell: '/bin/bash' },
    );
    found = findBrowsers();
  }
  if (!found.chromium || !found.firefox) {
    throw new Error(
      `Browser tests need Chromium (or Chrome) and Firefox. Missing: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install chromium firefox-esr), ` +
        `or point CHROME_PATH and FIREFOX_PATH at the executables.`,
    );
  }
  return found;
}
