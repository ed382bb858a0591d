/**
 * Goal 1: an edit in the code reaches the canvas. Two ways in: a rename through the test API's
 * setText (the key and every reference, the store's own path), and a key typed into Monaco in the
 * Split view (the user's path: Monaco -> debounced setText -> parse -> graph -> layout -> React Flow).
 * Each edit is timed in the page from the edit (setText call, or the keydown's timestamp) to the
 * frame that draws the renamed node (`rf__node-<NewName>` in the DOM and measured).
 */
import type { Page } from '@playwright/test';
import { threadTime, type Studio } from './browser';
import type { RenameTiming } from './probeApi';

export interface EditRun {
  /** Wall time per edit, ms (edit -> frame drawn). */
  totals: number[];
  /** Main-thread CPU per edit, ms (the page's ThreadTime over the edit). */
  cpu: number[];
  /** Phases of each edit, ms from the edit. */
  phases: RenameTiming[];
  state: string;
}

const WARMUP = 2;
/** Longer than the editor's typing debounce (60 ms), so each key is a fresh edit, not a burst. */
const PAUSE_MS = 120;

/** Renames the state nearest the canvas centre `count` times through setText. */
export async function setTextEdits(studio: Studio, count: number): Promise<EditRun> {
  const { page, cdp } = studio;
  const state = await centralState(page);
  let name = state;
  const run: EditRun = { totals: [], cpu: [], phases: [], state };
  for (let i = 0; i < WARMUP + count; i++) {
    const next = `${state}_e${i}`;
    const before = await threadTime(cdp);
    const timing = await page.evaluate(([from, to]) => window.__bench.renameBySetText(from, to), [name, next] as const);
    const cpu = (await threadTime(cdp)) - before;
    name = next;
    if (i >= WARMUP) {
      run.totals.push(timing.total);
      run.cpu.push(cpu);
      run.phases.push(timing);
    }
    await page.waitForTimeout(PAUSE_MS);
  }
  return run;
}

/**
 * Types `count` letters, one at a time, at the end of a state's name key in Monaco: each key
 * makes a new state name, so a new node id. The references keep the old name (a person renaming
 * by hand fixes them next), which the canvas shows as a problem, as it should.
 */
export async function typingEdits(studio: Studio, count: number): Promise<EditRun> {
  const { page, cdp } = studio;
  const state = await centralState(page);
  await cursorBefore(page, `${JSON.stringify(state)}: {`, 4);
  let name = state;
  const run: EditRun = { totals: [], cpu: [], phases: [], state };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < WARMUP + count; i++) {
    const letter = letters[i % letters.length];
    name += letter;
    await page.evaluate((id) => window.__bench.expect(id), name);
    const since = await page.evaluate(() => performance.now());
    const before = await threadTime(cdp);
    await page.keyboard.press(letter);
    const shown = await page.evaluate(() => window.__bench.expected());
    const cpu = (await threadTime(cdp)) - before;
    const [keyDown] = await page.evaluate((t) => window.__bench.keyDownsSince(t), since);
    if (i >= WARMUP) {
      run.totals.push(shown.painted - keyDown);
      run.cpu.push(cpu);
      run.phases.push({
        setText: NaN,
        inDom: shown.inDom - keyDown,
        visible: shown.visibleAt - keyDown,
        styleAndLayout: shown.styleAndLayoutStart === null ? null : shown.styleAndLayoutStart - keyDown,
        resizeObservers: shown.resizeObservers,
        total: shown.painted - keyDown,
      });
    }
    await page.waitForTimeout(PAUSE_MS);
  }
  return run;
}

async function centralState(page: Page): Promise<string> {
  const state = await page.evaluate(() => window.__bench.centralState());
  if (state === null) throw new Error('no state node on the canvas');
  return state;
}

/** Puts Monaco's cursor `back` characters before the end of the first match of `needle` (Find, Enter, Escape). */
async function cursorBefore(page: Page, needle: string, back: number): Promise<void> {
  await page.locator('.monaco-editor').first().click({ position: { x: 120, y: 40 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find' });
  await find.fill(needle);
  await find.press('Enter');
  await find.press('Escape');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < back; i++) await page.keyboard.press('ArrowLeft');
}
