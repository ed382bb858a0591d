// Takes the README's screenshots from the built app: `npm run build:app && node scripts/screenshots.mjs`.
// Writes docs/screenshot.png (the studio after a run) and docs/samples/<sample>.png.
import { existsSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4390;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
});
mkdirSync('docs/samples', { recursive: true });
const samples = [
  ['order-processing', 'Order processing'],
  ['hello-world', 'Hello World'],
  ['credit-limit-approval', 'Credit-limit approval'],
  ['video-transcoding', 'Video transcoding'],
  ['map-over-items', 'Map over items'],
  ['human-approval', 'Human approval (callback)'],
];
async function dismissNotices(page) {
  for (const button of await page.getByRole('button', { name: 'Dismiss' }).all()) await button.click().catch(() => {});
}

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(base);
  await page.getByTestId('canvas').waitFor();
  for (const [id, title] of samples) {
    await page.getByRole('button', { name: 'Workflows' }).click();
    await page.getByRole('button', { name: /New from a sample/ }).click();
    await page.getByRole('button', { name: `Open sample ${title}` }).click();
    await page.waitForTimeout(700);
    await dismissNotices(page);
    await page.screenshot({ path: `docs/samples/${id}.png` });
  }
  // The front-door picture: what a first visit opens (the order-processing sample), run, in Split view.
  await page.close();
  const front = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await front.goto(base);
  await front.getByTestId('canvas').waitFor();
  await front.getByRole('tab', { name: 'Split' }).click();
  await front.locator('.monaco-editor').first().waitFor();
  await front.getByRole('button', { name: 'Run', exact: true }).click();
  await front.getByText('SUCCEEDED').first().waitFor();
  await front.getByTestId('rf__node-ProcessPayment').click();
  await front.waitForTimeout(800);
  await dismissNotices(front);
  await front.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await browser.close();
  server.kill();
}
