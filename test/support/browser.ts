/**
 * Headless Chromium for the browser tests, driven by playwright-core: Debian's `chromium` (CI installs it, .ci/run),
 * or the executable in CHROMIUM_PATH. Without one the suite fails with what to install, unless SKIP_BROWSER_TESTS=1.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to launch, or null when there is none. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Browser tests are skipped only on request (SKIP_BROWSER_TESTS=1), never because Chromium is missing. */
export const skipBrowserTests = process.env.SKIP_BROWSER_TESTS === '1';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      `no Chromium found (CHROMIUM_PATH=${process.env.CHROMIUM_PATH ?? 'unset'}, tried ${CANDIDATES.join(', ')}): ` +
        'install it (Debian: apt-get install chromium), point CHROMIUM_PATH at one, or set SKIP_BROWSER_TESTS=1',
    );
  }
  // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}
