/**
 * `asl-studio run <definition-file> [options]`: validates the definition, runs it on the local
 * interpreter (virtual clock) and prints one JSON object: status, output, error, cause[, events].
 * Exit 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 invalid definition or bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseText } from '../asl/parse';
import { validateText } from '../asl/validate';
import type { JsonValue, StateMachine } from '../asl/types';
import { startExecution } from '../engine/execution';
import { MockConfigError } from '../engine/tasks/mocks';
import type { ExecutionContextInit, ExecutionOptions, WorkflowType } from '../engine/types';
import type { CliIo, Command } from './io';
import { formatDiagnostic } from './validate';

export const RUN_USAGE = `Usage: asl-studio run <definition-file> [options]

Runs a state machine locally. Wait states and retry back-off run on a virtual clock (no real waiting).

Options:
  --input <json-text>        execution input (default {})
  --input-file <path>        execution input read from a file
  --context <json-text>      {"stateMachineName","executionName","accountId","region","partition","roleArn"}
  --type STANDARD|EXPRESS    workflow type (default STANDARD)
  --mock-config <path>       a Step Functions Local MockConfigFile
  --test-case <name>         the mock config test case to use
  --state-machine <name>     the mock config state machine (default: the only one, or the context's)
  --events                   include the execution history ("events") in the result
  --file <bucket/key>=<path> a file a Distributed Map ItemReader reads as s3://bucket/key (repeatable)
  --seed <n>                 seed of every random choice (UUIDs, jitter): replays a run exactly
  --no-limits                turn off the 256 KiB payload and 25,000-event history limits

Prints one JSON object: {"status","output","error","cause"[,"events"]}.
Exit code: 0 SUCCEEDED; 1 FAILED, TIMED_OUT or ABORTED; 2 invalid definition or bad usage.
`;

interface RunArgs {
  file: string;
  input?: string;
  inputFile?: string;
  context?: string;
  type: WorkflowType;
  mockConfig?: string;
  testCase?: string;
  stateMachine?: string;
  events: boolean;
  seed?: number;
  limits: boolean;
  files: Record<string, string>;
}

const VALUE_OPTIONS: Record<string, keyof RunArgs> = {
  '--input': 'input',
  '--input-file': 'inputFile',
  '--context': 'context',
  '--mock-config': 'mockConfig',
  '--test-case': 'testCase',
  '--state-machine': 'stateMachine',
};

/** Parses the command line; a string is a usage error. */
export function parseRunArgs(args: string[]): RunArgs | string {
  const out: Partial<RunArgs> & { type: WorkflowType; events: boolean; limits: boolean; files: Record<string, string> } = {
    type: 'STANDARD',
    events: false,
    limits: true,
    files: {},
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const key = VALUE_OPTIONS[a];
    if (key !== undefined) {
      const v = args[++i];
      if (v === undefined) return `${a} needs a value`;
      (out as Record<string, unknown>)[key] = v;
    } else if (a === '--type') {
      const v = args[++i];
      if (v !== 'STANDARD' && v !== 'EXPRESS') return `--type must be STANDARD or EXPRESS${v === undefined ? '' : `, not '${v}'`}`;
      out.type = v;
    } else if (a === '--events') out.events = true;
    else if (a === '--no-limits') out.limits = false;
    else if (a === '--seed') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 0) return '--seed needs a non-negative integer';
      out.seed = v;
    } else if (a === '--file') {
      const v = args[++i] ?? '';
      const eq = v.indexOf('=');
      if (eq <= 0 || eq === v.length - 1) return '--file needs <bucket/key>=<path>';
      out.files[v.slice(0, eq).replace(/^s3:\/\//, '')] = v.slice(eq + 1);
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (out.file === undefined) out.file = a;
    else return `unexpected argument '${a}'`;
  }
  if (out.file === undefined) return 'missing <definition-file>';
  if (out.input !== undefined && out.inputFile !== undefined) return 'give --input or --input-file, not both';
  if (out.mockConfig !== undefined && out.testCase === undefined) return '--mock-config needs --test-case';
  if (out.testCase !== undefined && out.mockConfig === undefined) return '--test-case needs --mock-config';
  return out as RunArgs;
}

class UsageError extends Error {}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

function parseJson(text: string, what: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function formatOf(file: string): 'json' | 'yaml' | undefined {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return undefined;
}

/** The run command. */
export const runRun: Command = async (args: string[], io: CliIo) => {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(RUN_USAGE);
    return 0;
  }
  const parsed = parseRunArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`asl-studio run: ${parsed}\n${RUN_USAGE}`);
    return 2;
  }
  let options: ExecutionOptions;
  let definition: StateMachine;
  try {
    const text = readText(parsed.file, 'definition');
    const diagnostics = validateText(text, formatOf(parsed.file), { workflowType: parsed.type });
    if (diagnostics.some((d) => d.severity === 'error')) {
      io.stderr(diagnostics.map((d) => formatDiagnostic(parsed.file, d)).join('\n') + '\n');
      io.stderr(`asl-studio run: ${parsed.file} is not a valid ${parsed.type} state machine\n`);
      return 2;
    }
    definition = parseText(text, formatOf(parsed.file)).value as unknown as StateMachine;
    const input = parsed.inputFile !== undefined ? parseJson(readText(parsed.inputFile, 'input file'), `input file ${parsed.inputFile}`) : parsed.input !== undefined ? parseJson(parsed.input, '--input') : {};
    const context = parsed.context !== undefined ? parseJson(parsed.context, '--context') : undefined;
    if (context !== undefined && (typeof context !== 'object' || context === null || Array.isArray(context))) throw new UsageError('--context must be a JSON object');
    options = {
      input,
      context: context as ExecutionContextInit | undefined,
      type: parsed.type,
      recordHistory: parsed.events,
      awaitCallbacks: false,
      seed: parsed.seed,
      limits: parsed.limits ? undefined : false,
      files: Object.fromEntries(Object.entries(parsed.files).map(([key, path]) => [key, readText(path, 'file')])),
    };
    if (parsed.mockConfig !== undefined && parsed.testCase !== undefined) {
      const config = parseJson(readText(parsed.mockConfig, 'mock config'), `mock config ${parsed.mockConfig}`);
      options.mocks = { config, testCase: parsed.testCase, stateMachine: parsed.stateMachine };
    }
  } catch (e) {
    io.stderr(`asl-studio run: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let result;
  try {
    result = await startExecution(definition, options).done;
  } catch (e) {
    if (e instanceof MockConfigError || e instanceof UsageError) {
      io.stderr(`asl-studio run: ${e.message}\n`);
      return 2;
    }
    io.stderr(`asl-studio run: cannot run ${parsed.file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const out: Record<string, unknown> = { status: result.status, output: result.output, error: result.error, cause: result.cause };
  if (parsed.events) out.events = result.events ?? [];
  io.stdout(JSON.stringify(out) + '\n');
  return result.status === 'SUCCEEDED' ? 0 : 1;
};
