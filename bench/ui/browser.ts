/** Chromium, a studio page with the probe installed, and the page's main-thread CPU clock. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import type { StateMachine } from '../../src/asl/types';
import type { OpenTiming } from './probeApi';
import { stateNames } from './fixtures';

const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));

/** Debian's Chromium where it is installed (as the e2e suite does), Playwright's own elsewhere. */
export function launch(): Promise<Browser> {
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
}

export interface Studio {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh context (empty storage) on the studio, in the Design or Split view. */
export async function openStudio(browser: Browser, url: string, view: 'Design' | 'Split' = 'Design'): Promise<Studio> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ path: PROBE });
  await page.goto(url);
  await page.getByTestId('canvas').waitFor();
  if (view !== 'Design') {
    await page.getByRole('tab', { name: view }).click();
    await page.locator('.monaco-editor .view-lines').waitFor();
  }
  const cdp = await context.newCDPSession(page);
  // threadTicks: the metrics count CPU time of the page's main thread, which other processes on
  // a busy machine do not inflate (wall time they do).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  return { page, cdp, close: () => context.close() };
}

/** CPU time of the page's main thread so far, ms. */
export async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Opens `definition` as a whole new text and waits until it is drawn (see probe.js `settled`). */
export async function openDefinition(studio: Studio, definition: StateMachine): Promise<OpenTiming & { cpu: number }> {
  const text = JSON.stringify(definition, null, 2);
  const names = stateNames(definition);
  const before = await threadTime(studio.cdp);
  const timing = await studio.page.evaluate(([t, n]) => window.__bench.openText(t, n), [text, names] as const);
  // The settle check waits `quietMs` of unchanged frames; those idle frames cost next to nothing.
  const cpu = (await threadTime(studio.cdp)) - before;
  return { ...timing, cpu };
}
