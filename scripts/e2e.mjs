// Runs the end-to-end suite: builds the app, checks a browser is available, then runs Playwright.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(systemChromium)) {
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) {
    console.error(
      `No Chromium found at ${systemChromium} and Playwright's own browser is not installed.\n` +
        'Install one of them, then run npm test again:\n' +
        '  npx playwright install chromium      (or, on Debian/Ubuntu: sudo apt-get install chromium)',
    );
    process.exit(1);
  }
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', process.env.E2E_OUT_DIR ?? 'dist']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
