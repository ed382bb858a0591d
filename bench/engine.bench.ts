/**
 * Interpreter benchmark: ASL Studio's engine against aws-local-stepfunctions 3.0 on three
 * workloads, each measured in its own child process (time and peak memory, maxRSS).
 *
 *   npm run bench:engine             # all workloads, a table with ratios
 *   node --import tsx bench/engine.bench.ts --child <engine> <workload>   # one measurement (JSON)
 *
 * Executions are timed separately from construction (aws-local-stepfunctions validates the
 * definition in its constructor; ASL Studio compiles it once), after one untimed warm-up run;
 * "run ms" is the median of up to 5 timed runs (as many as fit in about 20 s).
 * "With history" means events are recorded; ASL Studio builds event objects when they are read,
 * so the table also shows what reading every event of the loop costs.
 *
 * Note on limits: AWS fails an execution at 25,000 history events, which a 100,000-iteration loop
 * passes. ASL Studio enforces that limit by default; these runs pass `limits: false` (the other
 * runner has no such limit), so both engines do the same work.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { JsonValue, StateMachine } from '../src/asl/types';
import { compile, runExecution } from '../src/engine';

const LOOP_ITERATIONS = 100_000;
const MAP_ITEMS = 10_000;
const PARALLEL_BRANCHES = 10;
const PARALLEL_STATES = 50;
const PARALLEL_RUNS = 100;

/** Choice + two Pass states per iteration: 3 transitions each. */
const loopDefinition: StateMachine = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: LOOP_ITERATIONS, Next: 'Increment' }], Default: 'Done' },
    Increment: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)', 'total.$': '$.total' }, Next: 'Record' },
    Record: { Type: 'Pass', ResultPath: '$.last', Parameters: { 'seen.$': '$.i' }, Next: 'Check' },
    Done: { Type: 'Succeed' },
  },
};

const mapDefinition: StateMachine = {
  StartAt: 'Each',
  States: {
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: {
        StartAt: 'Double',
        States: {
          Double: { Type: 'Pass', Parameters: { 'value.$': '$.n', 'label.$': "States.Format('item {}', $.n)" }, Next: 'Keep' },
          Keep: { Type: 'Pass', ResultPath: '$.kept', Result: true, End: true },
        },
      },
      End: true,
    },
  },
};

function parallelDefinition(): StateMachine {
  const branches = Array.from({ length: PARALLEL_BRANCHES }, (_, b) => {
    const states: Record<string, unknown> = {};
    for (let s = 0; s < PARALLEL_STATES; s++) {
      const name = `B${b}S${s}`;
      states[name] = {
        Type: 'Pass',
        InputPath: '$',
        Parameters: { 'value.$': '$.value', 'step.$': '$.step', 'branch': b },
        ResultPath: '$.last',
        OutputPath: '$',
        ...(s === PARALLEL_STATES - 1 ? { End: true } : { Next: `B${b}S${s + 1}` }),
      };
    }
    return { StartAt: `B${b}S0`, States: states };
  });
  return { StartAt: 'Fan', States: { Fan: { Type: 'Parallel', Branches: branches, End: true } } } as unknown as StateMachine;
}

interface Workload {
  name: string;
  label: string;
  definition: StateMachine;
  input: JsonValue;
  runs: number;
  transitions: number;
  history: boolean;
}

const WORKLOADS: Record<string, Workload> = {
  loop: {
    name: 'loop',
    label: `Choice+Pass loop, ${LOOP_ITERATIONS.toLocaleString('en')} iterations, no history`,
    definition: loopDefinition,
    input: { i: 0, total: 0 },
    runs: 1,
    transitions: LOOP_ITERATIONS * 3 + 2,
    history: false,
  },
  'loop-history': {
    name: 'loop-history',
    label: `Choice+Pass loop, ${LOOP_ITERATIONS.toLocaleString('en')} iterations, with history`,
    definition: loopDefinition,
    input: { i: 0, total: 0 },
    runs: 1,
    transitions: LOOP_ITERATIONS * 3 + 2,
    history: true,
  },
  map: {
    name: 'map',
    label: `Inline Map, ${MAP_ITEMS.toLocaleString('en')} items x 2 Pass`,
    definition: mapDefinition,
    input: { items: Array.from({ length: MAP_ITEMS }, (_, n) => ({ n })) },
    runs: 1,
    transitions: MAP_ITEMS * 2 + 1,
    history: true,
  },
  parallel: {
    name: 'parallel',
    label: `Parallel ${PARALLEL_BRANCHES} x ${PARALLEL_STATES} Pass (paths), ${PARALLEL_RUNS} executions`,
    definition: parallelDefinition(),
    input: { value: 'v', step: 1 },
    runs: PARALLEL_RUNS,
    transitions: PARALLEL_RUNS * (PARALLEL_BRANCHES * PARALLEL_STATES + 1),
    history: true,
  },
};

interface Measurement {
  engine: string;
  workload: string;
  constructMs: number;
  runMs: number;
  transitionsPerSecond: number;
  maxRssMb: number;
  ok: boolean;
  note?: string;
}

/** Times `once` (one execution batch) up to 5 times within ~20 s and returns the median. */
async function sample(once: () => Promise<boolean>): Promise<{ ms: number; ok: boolean }> {
  const times: number[] = [];
  let ok = true;
  const started = performance.now();
  while (times.length < 5 && (times.length === 0 || performance.now() - started < 20_000)) {
    const t = performance.now();
    if (!(await once())) ok = false;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], ok };
}

async function measureAslStudio(w: Workload): Promise<Measurement> {
  const t0 = performance.now();
  const machine = compile(w.definition);
  const constructMs = performance.now() - t0;
  await runExecution(machine, { input: w.input, recordHistory: w.history, limits: false, seed: 1 }); // warm-up (JIT)
  let last = null as Awaited<ReturnType<typeof runExecution>> | null;
  const { ms, ok } = await sample(async () => {
    let good = true;
    for (let i = 0; i < w.runs; i++) {
      last = await runExecution(machine, { input: w.input, recordHistory: w.history, limits: false, seed: 1 });
      if (last.status !== 'SUCCEEDED') good = false;
    }
    return good;
  });
  const m = result('asl-studio', w, constructMs, ms, ok);
  if (w.history && last !== null) {
    // Events are built when read: show what reading all of them costs.
    const t2 = performance.now();
    const n = (last as { events?: unknown[] }).events?.length ?? 0;
    m.note = `reading all ${n.toLocaleString('en')} events: ${fmt(performance.now() - t2, 0)} ms`;
  }
  return m;
}

async function measureAls(w: Workload): Promise<Measurement> {
  // aws-local-stepfunctions 3.0 uses Promise.withResolvers (Node 22); define it on Node 20.
  const P = Promise as unknown as { withResolvers?: () => unknown };
  if (!P.withResolvers) {
    P.withResolvers = () => {
      let resolve!: (v: unknown) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    };
  }
  const { StateMachine } = await import('aws-local-stepfunctions');
  const t0 = performance.now();
  const machine = new StateMachine(w.definition as never);
  const constructMs = performance.now() - t0;
  await machine.run(w.input as never).result.catch(() => undefined); // warm-up (JIT)
  const { ms, ok } = await sample(async () => {
    let good = true;
    for (let i = 0; i < w.runs; i++) {
      try {
        await machine.run(w.input as never).result;
      } catch {
        good = false;
      }
    }
    return good;
  });
  return result('aws-local-stepfunctions', w, constructMs, ms, ok);
}

function result(engine: string, w: Workload, constructMs: number, runMs: number, ok: boolean): Measurement {
  return {
    engine,
    workload: w.name,
    constructMs,
    runMs,
    transitionsPerSecond: (w.transitions / runMs) * 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    ok,
  };
}

function runChild(engine: string, workload: string): Measurement {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', engine, workload], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 600_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measurement;
  } catch {
    return { engine, workload, constructMs: NaN, runMs: NaN, transitionsPerSecond: NaN, maxRssMb: NaN, ok: false, note: (r.stderr || 'no output').slice(0, 200) };
  }
}

const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const w = WORKLOADS[args[2]];
    const m = args[1] === 'asl-studio' ? await measureAslStudio(w) : await measureAls(w);
    process.stdout.write(JSON.stringify(m) + '\n');
    return;
  }
  const only = args.length > 0 ? args : Object.keys(WORKLOADS);
  console.log('ASL Studio engine vs aws-local-stepfunctions 3.0 (each cell: its own child process)');
  console.log('limits: off for both (the 25,000-event AWS history limit would stop the 100,000-iteration loop)\n');
  const rows: string[][] = [['workload', 'engine', 'construct ms', 'run ms', 'transitions/s', 'peak RSS MB', 'ok']];
  const load = loadavg()[0];
  if (load > cpus().length) console.log(`warning: load average ${load.toFixed(1)} on ${cpus().length} CPUs: timings are noisy\n`);
  const ratios: string[] = [];
  for (const name of only) {
    const w = WORKLOADS[name];
    if (!w) continue;
    const ours = runChild('asl-studio', name);
    const theirs = runChild('aws-local-stepfunctions', name);
    for (const m of [ours, theirs]) {
      rows.push([w.label, m.engine, fmt(m.constructMs, 1), fmt(m.runMs, 1), fmt(m.transitionsPerSecond), fmt(m.maxRssMb, 1), m.ok ? `yes${m.note ? ` (${m.note})` : ''}` : `no ${m.note ?? ''}`]);
    }
    ratios.push(`${w.label}: ${fmt(theirs.runMs / ours.runMs, 1)}x faster, ${fmt(theirs.maxRssMb / ours.maxRssMb, 2)}x less memory`);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  console.log('\nratios (aws-local-stepfunctions / ASL Studio):');
  for (const r of ratios) console.log('  ' + r);
  console.log('\ntargets: loop >= 1,000,000 transitions/s without history, >= 250,000/s with history; map < 150 ms; parallel >= 20x faster; less peak memory');
}

void main();
