/**
 * Goals 2 and 3: a large definition opened (whole text set, as an import or a share link does),
 * laid out and drawn; then panned and zoomed with the mouse while long tasks are recorded.
 */
import type { StateMachine } from '../../src/asl/types';
import { openDefinition, threadTime, type Studio } from './browser';
import type { LongTask, OpenTiming } from './probeApi';

export type OpenRun = OpenTiming & { cpu: number };

/**
 * Opens `small` then `big`, `reps` times over: every open is another document, so the canvas
 * refits as it does for an import. Returns the timings of each.
 */
export async function opens(studio: Studio, small: StateMachine, big: StateMachine, reps: number): Promise<{ small: OpenRun[]; big: OpenRun[] }> {
  const result = { small: [] as OpenRun[], big: [] as OpenRun[] };
  for (let i = 0; i < reps; i++) {
    result.small.push(await openDefinition(studio, small));
    result.big.push(await openDefinition(studio, big));
  }
  return result;
}

export interface PanRun {
  longTasks: LongTask[];
  /** requestAnimationFrame intervals during the gesture, ms. */
  frameGaps: number[];
  durationMs: number;
  cpu: number;
  /** Nodes rendered at the start and at the most zoomed-in point (React Flow draws only visible ones). */
  nodesAtFit: number;
  nodesZoomedIn: number;
  /** Mouse moves the page took during the drags. */
  moves: number;
}

const FRAME_MS = 16;

/**
 * A person exploring the graph: a circular drag on the empty pane (2 s), four wheel steps in
 * around the cursor, another drag (1 s) at that zoom, four wheel steps back out; `scale` shortens
 * all of it (a profiled run need not be as long). Timed by the
 * clock, not by a count of events: each mouse move waits for the page to take it, so a slow page
 * gets fewer moves (as a real pointer's are coalesced), never a longer gesture.
 */
export async function pan(studio: Studio, scale = 1): Promise<PanRun> {
  const { page, cdp } = studio;
  const nodesAtFit = (await page.evaluate(() => window.__bench.canvasSignature())).nodes;
  const start = await page.evaluate(() => window.__bench.panePoint());
  const cpuBefore = await threadTime(cdp);
  const t0 = await page.evaluate(() => {
    window.__benchFrames = window.__bench.frameMonitor();
    return performance.now();
  });
  const wheelSteps = Math.round(4 * scale);
  let moves = await drag(page, start, 2000 * scale, 220);
  for (let i = 0; i < wheelSteps; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  const nodesZoomedIn = (await page.evaluate(() => window.__bench.canvasSignature())).nodes;
  moves += await drag(page, start, 1000 * scale, 160);
  for (let i = 0; i < wheelSteps; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  const t1 = await page.evaluate(() => performance.now());
  // Work a gesture started may finish just after it: count it too.
  await page.waitForTimeout(300);
  const frameGaps = await page.evaluate(() => window.__benchFrames!.stop());
  const longTasks = await page.evaluate(([from, to]) => window.__bench.longTasksBetween(from, to), [t0, t1 + 300] as const);
  const cpu = (await threadTime(cdp)) - cpuBefore;
  return { longTasks, frameGaps, durationMs: t1 - t0, cpu, nodesAtFit, nodesZoomedIn, moves };
}

/** Drags in a circle of `radius` px from `from` for `durationMs`, about one move per frame; returns the moves made. */
async function drag(page: Studio['page'], from: { x: number; y: number }, durationMs: number, radius: number): Promise<number> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const started = performance.now();
  let moves = 0;
  for (let elapsed = 0; elapsed < durationMs; elapsed = performance.now() - started) {
    const angle = (2 * Math.PI * elapsed) / durationMs;
    await page.mouse.move(from.x + radius * Math.sin(angle), from.y + radius * (1 - Math.cos(angle)) * 0.6);
    moves++;
    await page.waitForTimeout(FRAME_MS);
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.up();
  return moves;
}
