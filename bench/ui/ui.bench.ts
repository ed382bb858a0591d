/**
 * UI benchmark: the built studio in Chromium (Playwright), against the issue's goals.
 *
 *   npm run bench:ui                 # build into dist-bench, serve on :4336, measure, print
 *   npm run bench:ui -- --no-build   # reuse dist-bench
 *   npm run bench:ui -- --profile    # profile every timed goal, not only the failing ones
 *   npm run bench:ui -- --only 1     # one group of goals: 1 (edits), 2 (open and pan) or 4 (bundle)
 *
 * Goals: (1) an edit in the code of a 300-state definition reaches the canvas in under 150 ms,
 * median; (2) a 1,000-state definition is opened, laid out and drawn in under 1.5 s; (3) no
 * main-thread task over 50 ms while panning it; (4) at most 250 kB gzip of initial JavaScript
 * (Monaco and other lazy chunks excluded). Baseline, named "10-state": the same operation in the
 * same run on a 10-state definition, so a ratio says what the size costs over the fixed overhead
 * of a frame, a React commit and the harness. A measurement: it exits 0 whatever the results
 * (non-zero only when it cannot run at all: a failed build, no browser). Takes 2-3 minutes on the
 * 2-core machine; the load average is printed, as wall times include waiting for a CPU.
 */
import type { Browser } from '@playwright/test';
import { launch, openDefinition, openStudio, type Studio } from './browser';
import { initialJavaScript } from './bundle';
import { setTextEdits, typingEdits, type EditRun } from './editLatency';
import type { StateMachine } from '../../src/asl/types';
import { workflowDefinition } from './fixtures';
import { opens, pan, type OpenRun, type PanRun } from './openAndPan';
import { profile, type ProfileReport } from './profile';
import { detail, load, section, table, verdict } from './report';
import { build, OUT_DIR, serve } from './server';
import { kb, median, ms, quantile, ratio, spread, summary } from './stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EDITS = option('--edits', 20);
/** The 10-state baseline varies little: fewer edits keep the run short. */
const BASELINE_EDITS = Math.max(5, Math.round(EDITS / 2));
const OPENS = option('--opens', 3);
const PROFILE_ALL = args.includes('--profile');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const runs = (goal: string) => ONLY === undefined || ONLY === goal;
const GOAL = { editMs: 150, openMs: 1500, taskMs: 50, gzipBytes: 250 * 1024 };
const started = performance.now();

console.log(`UI benchmark: ${load()}`);
if (!args.includes('--no-build')) console.log(`built ${OUT_DIR} in ${ms(build())}`);
const bundle = initialJavaScript(OUT_DIR);
const server = await serve();
const browser = await launch();
console.log(`Chromium ${browser.version()}, ${server.url}`);
const rows: string[][] = [['goal', 'measured', 'baseline', 'ratio', 'target', 'result']];
const profiles: { title: string; report: ProfileReport }[] = [];

try {
  // One Design-view page for goals 1 to 3: by goal 2 its parse, graph and layout code is compiled
  // (warm), as in a session where the user opens a big workflow after working on others.
  const design = await openStudio(browser, server.url, 'Design');
  if (runs('1')) await editGoal(browser, design);
  if (runs('2') || runs('3')) await openAndPanGoals(browser, design);
} finally {
  await browser.close();
  server.stop();
}
if (runs('4')) bundleGoal();

section('Results');
table(rows);
for (const { title, report } of profiles) printProfile(title, report);
console.log(`\n${load()}; whole run ${ms(performance.now() - started)}`);

async function editGoal(browser: Browser, design: Studio): Promise<void> {
  section(`1. Edit in the code -> graph updated (300 states, ${EDITS} edits)`);
  const big = workflowDefinition(300, 1);
  const small = workflowDefinition(10, 2);
  await openDefinition(design, big);
  const bigSet = await setTextEdits(design, EDITS);
  await openDefinition(design, small);
  const smallSet = await setTextEdits(design, BASELINE_EDITS);
  printEdits('setText rename (Design view)', bigSet, smallSet);
  addRow('1a edit->graph, setText, median', bigSet, smallSet);

  await typingGoal(browser, big, small);

  if (median(bigSet.totals) > GOAL.editMs || PROFILE_ALL) {
    await openDefinition(design, workflowDefinition(300, 3));
    profiles.push({ title: 'Goal 1a: setText renames on 300 states (Design view; 2 warm-up + 2 edits)', report: await profile(design.cdp, OUT_DIR, () => setTextEdits(design, 2)) });
  }
}

/** The user's path: keys typed into Monaco in the Split view (skipped, with a note, if the editor is not there). */
async function typingGoal(browser: Browser, big: StateMachine, small: StateMachine): Promise<void> {
  let split: Studio | undefined;
  try {
    split = await openStudio(browser, server.url, 'Split');
    await openDefinition(split, big);
    const bigTyped = await typingEdits(split, EDITS);
    await openDefinition(split, small);
    const smallTyped = await typingEdits(split, BASELINE_EDITS);
    printEdits('key typed in Monaco (Split view)', bigTyped, smallTyped);
    addRow('1b edit->graph, typing in Monaco, median', bigTyped, smallTyped);
    if (median(bigTyped.totals) > GOAL.editMs || PROFILE_ALL) {
      await openDefinition(split, workflowDefinition(300, 4));
      profiles.push({ title: 'Goal 1b: keys typed in Monaco on 300 states (Split view; 2 warm-up + 2 keys)', report: await profile(split.cdp, OUT_DIR, () => typingEdits(split!, 2)) });
    }
  } catch (error) {
    detail(`typing in Monaco: skipped (${(error as Error).message.split('\n')[0]})`);
    rows.push(['1b edit->graph, typing in Monaco, median', 'skipped', '', '', `< ${GOAL.editMs} ms`, 'n/a']);
  } finally {
    await split?.close();
  }
  detail(load());
}

function printEdits(title: string, big: EditRun, small: EditRun): void {
  detail(`${title}: renamed ${big.state}`);
  // CPU spans the whole edit, including work after the frame (edges re-routed once nodes are measured, the minimap).
  detail(`  300 states: ${summary(big.totals)}; main-thread CPU ${ms(median(big.cpu))}/edit incl. follow-up work`);
  detail(`  10 states:  ${summary(small.totals)}; main-thread CPU ${ms(median(small.cpu))}/edit`);
  const at = (key: 'setText' | 'inDom' | 'visible') => ms(median(big.phases.map((p) => p[key])));
  const long = big.phases.filter((p) => p.styleAndLayout !== null);
  detail(`  300-state phases (median, ms from the edit): ${title.startsWith('setText') ? `setText returned ${at('setText')}, ` : ''}node in DOM ${at('inDom')}, seen in a frame's rAF ${at('visible')}, that frame rendered ${ms(median(big.totals))}`);
  if (long.length > 0) {
    const ro = median(long.map((p) => p.resizeObservers ?? 0));
    const paint = median(long.map((p) => p.total - p.styleAndLayout!));
    detail(`    in that frame (${long.length} of ${big.phases.length} were long frames): ResizeObserver callbacks (React Flow measuring nodes) ${ms(ro)}, its last style+layout start to the end of paint ${ms(paint)}`);
  }
  if (spread(big.totals) > 0.5) detail(`  noisy: IQR/median ${spread(big.totals).toFixed(2)} (max ${ms(Math.max(...big.totals))})`);
}

function addRow(goal: string, big: EditRun, small: EditRun): void {
  const wall = median(big.totals);
  rows.push([goal, ms(wall), `${ms(median(small.totals))} (10-state)`, ratio(wall, median(small.totals)), `< ${GOAL.editMs} ms`, verdict(wall, GOAL.editMs, median(big.cpu))]);
}

async function openAndPanGoals(browser: Browser, studio: Studio): Promise<void> {
  section(`2. Open, lay out and draw 1,000 states (up to ${OPENS} opens, each a new definition; warm page)`);
  const runs = { small: [] as OpenRun[], big: [] as OpenRun[] };
  for (let i = 0; i < OPENS + 2; i++) {
    const r = await opens(studio, workflowDefinition(10, 200 + i), workflowDefinition(1000, 300 + i), 1);
    runs.small.push(...r.small);
    runs.big.push(...r.big);
    const drawnSoFar = runs.big.map((o) => o.drawn);
    // Two far over the goal settle the verdict; a third adds minutes, not information.
    if (i === 1 && Math.min(...drawnSoFar) > 2 * GOAL.openMs) break;
    // Two more when the figures disagree a lot (a busy machine).
    if (i === OPENS - 1 && spread(drawnSoFar) <= 0.25) break;
  }
  const drawn = runs.big.map((o) => o.drawn);
  const at = (key: keyof OpenRun) => ms(median(runs.big.map((o) => o[key])));
  detail(`1,000 states: drawn ${summary(drawn)}; main-thread CPU ${at('cpu')}`);
  const count = (key: 'nodes' | 'edges') => median(runs.big.map((o) => o[key])).toFixed(0);
  detail(`  phases (median, ms from setText): parse+store ${at('setText')}, first node in DOM ${at('firstNode')}, drawn ${at('drawn')}; ${count('nodes')} nodes / ${count('edges')} edges rendered (the visible part)`);
  detail(`10 states:    drawn ${summary(runs.small.map((o) => o.drawn))}; main-thread CPU ${ms(median(runs.small.map((o) => o.cpu)))}`);
  detail('"drawn" = the end of the first frame after which the canvas stops changing: new-document nodes');
  detail('shown, none waiting for its size, node/edge counts and viewport transform (the fit) then stable for 400 ms.');
  const wall = median(drawn);
  const smallDrawn = median(runs.small.map((o) => o.drawn));
  rows.push(['2  open+layout+draw 1,000 states, median', ms(wall), `${ms(smallDrawn)} (10-state)`, ratio(wall, smallDrawn), `< ${GOAL.openMs} ms`, verdict(wall, GOAL.openMs, median(runs.big.map((o) => o.cpu)))]);
  detail(load());

  section('3. Pan and zoom the 1,000-state graph (2 s drag, 4 wheel steps in, 1 s drag, 4 out)');
  const pans = [await pan(studio)];
  // A borderline first run (one or two long tasks) gets a second opinion.
  if (pans[0].longTasks.length > 0 && pans[0].longTasks.length <= 2) pans.push(await pan(studio));
  const small = await openStudio(browser, server.url, 'Design');
  await openDefinition(small, workflowDefinition(10, 2));
  const basePan = await pan(small);
  await small.close();
  pans.forEach((p, i) => printPan(`1,000 states, run ${i + 1}`, p));
  printPan('10 states', basePan);
  const worst = Math.max(...pans.flatMap((p) => p.longTasks.map((t) => t.duration)), 0);
  const baseWorst = Math.max(...basePan.longTasks.map((t) => t.duration), 0);
  const longCount = Math.max(...pans.map((p) => p.longTasks.length));
  rows.push([
    '3  longest main-thread task while panning',
    `${ms(worst)} (${longCount} over 50 ms)`,
    `${ms(baseWorst)} (${basePan.longTasks.length}) (10-state)`,
    baseWorst > 0 ? ratio(worst, baseWorst) : 'n/a',
    `none > ${GOAL.taskMs} ms`,
    longCount === 0 ? 'PASS' : 'FAIL',
  ]);
  detail(load());

  if (wall > GOAL.openMs || PROFILE_ALL) {
    profiles.push({ title: 'Goal 2: one open of a new 1,000-state definition', report: await profile(studio.cdp, OUT_DIR, () => openDefinition(studio, workflowDefinition(1000, 400))) });
  }
  if (longCount > 0 || PROFILE_ALL) profiles.push({ title: 'Goal 3: a half-length pan-and-zoom gesture on 1,000 states', report: await profile(studio.cdp, OUT_DIR, () => pan(studio, 0.5)) });
}

function printPan(title: string, p: PanRun): void {
  const tasks = p.longTasks.map((t) => t.duration).sort((a, b) => b - a);
  detail(`${title}: ${p.longTasks.length} tasks over 50 ms (longest ${tasks.slice(0, 5).map(ms).join(', ') || 'none'}) in ${ms(p.durationMs)}, ${p.moves} mouse moves taken`);
  const frames = p.frameGaps;
  detail(`  frames: ${frames.length}, interval median ${ms(median(frames))}, p95 ${ms(quantile(frames, 0.95))}, max ${ms(Math.max(...frames))}; main-thread CPU ${ms(p.cpu)}; nodes rendered ${p.nodesAtFit} at fit, ${p.nodesZoomedIn} zoomed in`);
}

function bundleGoal(): void {
  section('4. Initial JavaScript (gzip -9; kB = 1,024 bytes), lazy chunks excluded');
  for (const f of bundle.initial) detail(`${f.file}: ${kb(f.bytes)} minified, ${kb(f.gzip)} gzip`);
  detail(`not counted: ${bundle.lazyFiles} lazy chunks and workers, ${kb(bundle.lazyGzip)} gzip (Monaco, code editor, gallery, share, export, engine worker)`);
  detail('largest parts of the initial JavaScript (source-map attribution; gzip share pro rata to minified bytes):');
  for (const o of bundle.owners.slice(0, 12)) detail(`  ${o.owner.padEnd(28)} ${kb(o.bytes).padStart(9)} min  ~${kb(o.gzipShare).padStart(8)} gzip`);
  // Baseline: what any React + React Flow canvas ships before a line of ours.
  const floor = bundle.owners.filter((o) => /^(react|react-dom|scheduler|@xyflow\/|d3-|zustand|classcat|use-sync-external-store)/.test(o.owner)).reduce((s, o) => s + o.gzipShare, 0);
  rows.push(['4  initial JS without Monaco, gzip', kb(bundle.gzip), `${kb(floor)} (React+React Flow floor)`, ratio(bundle.gzip, floor), `<= ${kb(GOAL.gzipBytes)}`, bundle.gzip <= GOAL.gzipBytes ? 'PASS' : 'FAIL']);
}

function printProfile(title: string, report: ProfileReport): void {
  section(`Profile: ${title}`);
  detail(`JavaScript and (program) samples: ${ms(report.totalMs)} of main-thread time`);
  detail('by package / app folder (self time):');
  for (const h of report.owners.slice(0, 10)) detail(`  ${ms(h.ms).padStart(9)}  ${h.label}`);
  detail('top functions (self time, original name and place from the source maps):');
  for (const h of report.functions.slice(0, 15)) detail(`  ${ms(h.ms).padStart(9)}  ${h.label}`);
}

