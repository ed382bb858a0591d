/**
 * Task: evaluates its input (InputPath + Parameters, or Arguments), asks the handler chain for a
 * result (mock, handler, callback), enforces TimeoutSeconds / HeartbeatSeconds on the execution's
 * clock, then runs the result flow (ResultSelector, ResultPath, OutputPath / Output, Assign).
 */
import type { JsonValue, TaskState } from '../../asl/types';
import { AslRuntimeError } from '../../asl/paths/errors';
import { invalidPathCause } from '../../asl/paths/canonical';
import type { StepResult } from '../compiled';
import { BLOCK, FAIL } from '../compiled';
import { ERR } from '../errors';
import { compileFilterPath, compilePayload, compileRawPath } from '../compile/jsonpath';
import type { JsonataTemplate } from '../compile/jsonata';
import { compileField, evalField } from '../compile/jsonata';
import { compileResultFlow, failWith, inspect } from '../compile/flow';
import { dataLimitCause, jsonByteLength } from '../limits';
import type { Thread } from '../thread';
import { parseResource } from '../tasks/resource';
import type { TaskAnswer } from '../tasks/resolver';
import { emitTaskFailed, emitTaskStart, emitTaskSucceeded } from '../tasks/events';
import type { Runner, StateBuild } from './build';

type Seconds = (t: Thread, input: JsonValue) => number | null | Promise<number | null>;

/** Compiles a Task state. */
export function compileTask(b: StateBuild): Runner {
  const state = b.state;
  const def = state.def as TaskState;
  const res = parseResource(def.Resource);
  const finish = compileResultFlow(state);
  const timeout = secondsOf(def.TimeoutSeconds, def.TimeoutSecondsPath, 'TimeoutSeconds', state.jsonata);
  const heartbeat = secondsOf(def.HeartbeatSeconds, def.HeartbeatSecondsPath, 'HeartbeatSeconds', state.jsonata);

  const invoke = (t: Thread, input: JsonValue, tmo: number | null, hb: number | null): StepResult => {
    const run = t.run;
    const invocation = run.tasks.nextInvocation(state.name);
    emitTaskStart(t, res, input, tmo, hb);
    const r = run.tasks.resolve(
      { stateName: state.name, resource: res.arn, input, context: t.contextObject, invocation, retryCount: t.retryCount, taskToken: t.taskToken },
      res,
    );
    if (r.kind === 'answer') return complete(t, r.answer);
    return block(t, r.kind === 'promise' ? r.promise : null, tmo, hb);
  };

  const complete = (t: Thread, a: TaskAnswer): StepResult => {
    if ('result' in a) {
      const max = t.run.limits.maxPayloadBytes;
      if (max !== Infinity && jsonByteLength(a.result, max) > max) return failed(t, ERR.DATA_LIMIT, dataLimitCause(state.name));
      emitTaskSucceeded(t, res, a.result);
      return finish(t, a.result);
    }
    return failed(t, a.error, a.cause);
  };

  const failed = (t: Thread, error: string | null, cause: string | null): StepResult => {
    emitTaskFailed(t, res, error, cause, error === ERR.TIMEOUT || error === ERR.HEARTBEAT_TIMEOUT);
    t.failure = { error, cause };
    return FAIL;
  };

  /** Waits for a handler's promise or a callback, with timeout and heartbeat timers. */
  const block = (t: Thread, promise: Promise<TaskAnswer> | null, tmo: number | null, hb: number | null): StepResult => {
    const run = t.run;
    let settled = false;
    const timers: { cancelled: boolean }[] = [];
    const token = t.taskToken;
    const deliver = (a: TaskAnswer): void => {
      if (settled) return;
      settled = true;
      cleanup();
      t.cleanup = null;
      run.resumeWith(t, () => complete(t, a));
    };
    const cleanup = (): void => {
      for (const tm of timers) tm.cancelled = true;
      if (promise === null && token !== undefined && run.tasks.callbacks.delete(token)) run.external--;
    };
    if (tmo !== null) timers.push(run.timers.add(run.clock.now() + tmo * 1000, () => deliver({ error: ERR.TIMEOUT, cause: null }), true));
    let beat = (): void => undefined;
    if (hb !== null && promise === null) {
      let tm = run.timers.add(run.clock.now() + hb * 1000, () => deliver({ error: ERR.HEARTBEAT_TIMEOUT, cause: null }), true);
      timers.push(tm);
      beat = () => {
        tm.cancelled = true;
        tm = run.timers.add(run.clock.now() + hb * 1000, () => deliver({ error: ERR.HEARTBEAT_TIMEOUT, cause: null }), true);
        timers.push(tm);
      };
    }
    t.cleanup = () => {
      settled = true;
      cleanup();
    };
    if (promise !== null) {
      run.hold();
      void promise.then((a) => {
        run.release();
        deliver(a);
        run.pump();
      });
    } else if (token !== undefined) {
      run.external++;
      run.tasks.callbacks.set(token, { stateName: state.name, deliver, heartbeat: () => beat() });
    }
    return BLOCK;
  };

  /** `source` is what TimeoutSecondsPath / HeartbeatSecondsPath read: the state's effective input. */
  const start = (t: Thread, input: JsonValue, source: JsonValue): StepResult => {
    const tmo = timeout(t, source);
    const hb = heartbeat(t, source);
    if (tmo instanceof Promise || hb instanceof Promise) {
      return Promise.all([tmo, hb]).then(
        ([a, c]) => invoke(t, input, a, c),
        (e: unknown) => failWith(t, e),
      );
    }
    return invoke(t, input, tmo, hb);
  };

  const needsToken = res.pattern === 'waitForTaskToken';
  if (state.jsonata) {
    const args = compileField(def.Arguments, 'Arguments');
    return (t) => {
      if (needsToken) newToken(t);
      if (args === null) return guard(t, () => start(t, t.input, t.input));
      let v: JsonValue | Promise<JsonValue>;
      try {
        v = evalField(args, t);
      } catch (e) {
        return failWith(t, e);
      }
      if (v instanceof Promise) {
        return v.then(
          (input) => {
            inspect(t, 'afterArguments', input);
            return guard(t, () => start(t, input, t.input));
          },
          (e: unknown) => failWith(t, e),
        );
      }
      inspect(t, 'afterArguments', v);
      return guard(t, () => start(t, v as JsonValue, t.input));
    };
  }
  const inputPath = compileFilterPath(def.InputPath);
  const parameters = compilePayload(def.Parameters, 'Parameters');
  return (t) => {
    if (needsToken) newToken(t);
    let effective: JsonValue;
    let input: JsonValue;
    try {
      effective = inputPath === null ? t.input : inputPath(t.input, t);
      inspect(t, 'afterInputPath', effective);
      input = parameters === null ? effective : parameters(effective, t);
      if (parameters !== null) inspect(t, 'afterParameters', input);
    } catch (e) {
      return failWith(t, e);
    }
    return guard(t, () => start(t, input, effective));
  };
}

/** Runs `f`, turning an evaluation error (timeouts...) into a state failure. */
function guard(t: Thread, f: () => StepResult): StepResult {
  try {
    return f();
  } catch (e) {
    if (e instanceof AslRuntimeError) return failWith(t, e);
    throw e;
  }
}

function newToken(t: Thread): void {
  t.taskToken = t.run.random.uuid();
  t.resetContext();
}

/** TimeoutSeconds / HeartbeatSeconds: a number, a `...Path` (JSONPath) or a JSONata expression. */
function secondsOf(value: number | string | undefined, path: string | undefined, field: string, jsonata: boolean): Seconds {
  if (path !== undefined) {
    const p = compileRawPath(path);
    return (t, input) => {
      const v = p(input, t);
      if (v === undefined) throw new AslRuntimeError(ERR.RUNTIME, invalidPathCause(p, input, t));
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
        throw new AslRuntimeError(ERR.RUNTIME, `The ${field}Path field refers to value "${show(v)}" which is not a valid positive integer: ${path}`);
      }
      return v;
    };
  }
  if (value === undefined) return () => null;
  if (typeof value === 'number') return () => value;
  if (!jsonata) return () => Number(value);
  const tpl: JsonataTemplate = compileField(value, field) as JsonataTemplate;
  return (t) => {
    const check = (v: JsonValue): number => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
        throw new AslRuntimeError(ERR.QUERY_EVALUATION, `The JSONata expression '${tpl.expression ?? String(value)}' specified for the field '${field}' returned an unexpected result type. Expected a positive integer, but was: ${show(v)}`);
      }
      return v;
    };
    const v = evalField(tpl, t);
    return v instanceof Promise ? v.then(check) : check(v);
  };
}

function show(v: JsonValue | undefined): string {
  return v === undefined ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);
}
