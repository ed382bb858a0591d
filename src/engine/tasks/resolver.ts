/**
 * The Task handler chain: MockConfigFile responses, then user handlers (by state name, then by
 * Resource), then the default handler, then — for `.waitForTaskToken` — waiting for a callback.
 * With none of these the execution fails with an error that names the state and says how to mock it.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import { ERR, ExecutionTermination } from '../errors';
import type { TaskHandler, TaskInvocation, TaskOutcome } from '../types';
import type { MockTestCase } from './mocks';
import type { TaskResource } from './resource';

/** A task's answer: its result or its error. */
export type TaskAnswer = { result: JsonValue } | { error: string | null; cause: string | null };

export type Resolution = { kind: 'answer'; answer: TaskAnswer } | { kind: 'promise'; promise: Promise<TaskAnswer> } | { kind: 'callback' };

export interface ResolverOptions {
  mocks: MockTestCase | null;
  handlers: Record<string, TaskHandler>;
  defaultHandler: TaskHandler | null;
  /** Wait for sendTaskSuccess/Failure on `.waitForTaskToken` tasks nobody answers (false in the CLI). */
  awaitCallbacks: boolean;
}

/** A task waiting for its token. */
export interface CallbackWait {
  stateName: string;
  deliver(answer: TaskAnswer): void;
  heartbeat(): void;
}

export class TaskResolver {
  private readonly counts = new Map<string, number>();
  readonly callbacks = new Map<string, CallbackWait>();

  constructor(private readonly opts: ResolverOptions) {}

  /** Continues another resolver's invocation numbers (a redriven execution). */
  continueCounts(other: TaskResolver): void {
    for (const [k, v] of other.counts) this.counts.set(k, v);
  }

  /** The next invocation number of a state (0 for its first). */
  nextInvocation(stateName: string): number {
    const n = this.counts.get(stateName) ?? 0;
    this.counts.set(stateName, n + 1);
    return n;
  }

  /** Finds who answers this invocation. Throws ExecutionTermination when nobody can. */
  resolve(inv: TaskInvocation, res: TaskResource): Resolution {
    const mock = this.opts.mocks?.states.get(inv.stateName);
    if (mock !== undefined) {
      const r = mock.responses[inv.invocation];
      if (r === undefined) {
        throw new ExecutionTermination(
          ERR.NO_MOCK,
          `Mocked response '${mock.responseName}' has no entry for invocation #${inv.invocation} of Task state '${inv.stateName}' ` +
            `(defined: ${definedKeys(mock.responses)}). Add a key such as "${inv.invocation}" to MockedResponses.${mock.responseName}.`,
        );
      }
      return { kind: 'answer', answer: r.kind === 'return' ? { result: r.value } : { error: r.error, cause: r.cause } };
    }
    const handler = this.opts.handlers[inv.stateName] ?? this.opts.handlers[inv.resource] ?? this.opts.defaultHandler;
    if (handler) return callHandler(handler, inv, res);
    if (res.pattern === 'waitForTaskToken' && this.opts.awaitCallbacks) return { kind: 'callback' };
    const where = this.opts.mocks
      ? `the mock test case '${this.opts.mocks.name}' has no response for it`
      : 'no mock config or handler answers it';
    throw new ExecutionTermination(
      ERR.NO_MOCK,
      `Task state '${inv.stateName}' (Resource ${inv.resource}) has no result: ${where}. ` +
        `Mock it with a MockConfigFile test case (CLI: --mock-config FILE --test-case NAME) mapping '${inv.stateName}' to a response ` +
        `such as {"0": {"Return": ...}}, or pass a handler for '${inv.stateName}' (library: handlers option).`,
    );
  }
}

function definedKeys(responses: readonly unknown[]): string {
  const keys: number[] = [];
  responses.forEach((r, i) => {
    if (r !== undefined) keys.push(i);
  });
  return keys.length ? keys.join(', ') : 'none';
}

function callHandler(handler: TaskHandler, inv: TaskInvocation, res: TaskResource): Resolution {
  let out: ReturnType<TaskHandler>;
  try {
    out = handler(inv);
  } catch (e) {
    return { kind: 'answer', answer: thrown(e) };
  }
  if (out instanceof Promise) {
    return {
      kind: 'promise',
      promise: out.then(
        (v) => normalize(v, res),
        (e: unknown) => thrown(e),
      ),
    };
  }
  if (isOutcome(out) && 'waitForCallback' in out) return { kind: 'callback' };
  return { kind: 'answer', answer: normalize(out, res) };
}

function normalize(v: JsonValue | TaskOutcome, res: TaskResource): TaskAnswer {
  if (isOutcome(v)) {
    if ('result' in v) return { result: v.result };
    if ('error' in v) return { error: v.error, cause: v.cause ?? null };
    return { error: ERR.TASK_FAILED, cause: 'A handler asked to wait for a callback from inside a promise; return { waitForCallback: true } directly.' };
  }
  // A plain value is what the function returned; lambda:invoke wraps it the way AWS does.
  if (res.lambdaInvoke) return { result: lambdaInvokeResult(v) };
  return { result: v };
}

/** True for `{ result }`, `{ error[, cause] }` or `{ waitForCallback: true }` exactly. */
function isOutcome(v: unknown): v is TaskOutcome {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length === 1 && (keys[0] === 'result' || keys[0] === 'error')) return true;
  if (keys.length === 2 && keys.includes('error') && keys.includes('cause')) return true;
  return keys.length === 1 && keys[0] === 'waitForCallback' && (v as { waitForCallback: unknown }).waitForCallback === true;
}

function thrown(e: unknown): TaskAnswer {
  if (e instanceof Error) return { error: e.name || 'Error', cause: e.message };
  return { error: ERR.TASK_FAILED, cause: typeof e === 'string' ? e : JSON.stringify(e) ?? String(e) };
}

/** The object `arn:aws:states:::lambda:invoke` returns around a function's payload. */
export function lambdaInvokeResult(payload: JsonValue): JsonObject {
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload,
    SdkHttpMetadata: { HttpHeaders: { 'Content-Type': 'application/json', 'X-Amz-Executed-Version': '$LATEST' }, HttpStatusCode: 200 },
    SdkResponseMetadata: { RequestId: '00000000-0000-4000-8000-000000000000' },
    StatusCode: 200,
  };
}
