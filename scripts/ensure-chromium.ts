// Makes sure Playwright has a Chromium to drive: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
// If none is found it installs Debian's chromium when running as root, or says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from './lib/chromium';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let found = findChromium();
  if (!found) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      console.log("No Chromium found: installing Debian's chromium (apt-get install -y chromium)…");
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: 'inherit',
      });
      found = findChromium();
    }
    if (!found) {
      console.error(
        'No Chromium for the end-to-end tests. Run `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
          'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
      );
      process.exit(1);
    }
  }
  console.log(`End-to-end tests use Chromium at ${found}`);
}
