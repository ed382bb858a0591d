/**
 * Wait: Seconds, SecondsPath, Timestamp or TimestampPath, on the execution's clock (virtual by
 * default, so nothing really waits). Invalid values fail with AWS's messages.
 */
import type { JsonObject, JsonValue, WaitState } from '../../asl/types';
import { AslRuntimeError } from '../../asl/paths/errors';
import { parseTimestamp } from '../choice';
import { SLEEP } from '../compiled';
import type { StepResult } from '../compiled';
import { ERR } from '../errors';
import { compileAssign, compileFilterPath, compileRawPath } from '../compile/jsonpath';
import { assignAndOutput, compileField, evalField } from '../compile/jsonata';
import { done, failWith, settle } from '../compile/flow';
import type { Thread } from '../thread';
import type { Runner, StateBuild } from './build';

/** Compiles a Wait state. */
export function compileWait(b: StateBuild): Runner {
  const def = b.state.def as WaitState;
  return b.state.jsonata ? compileJsonata(def) : compileJsonPath(def);
}

function compileJsonPath(def: WaitState): Runner {
  const inputPath = compileFilterPath(def.InputPath);
  const outputPath = compileFilterPath(def.OutputPath);
  const assign = compileAssign(def.Assign as JsonObject | undefined);
  const until = waitUntilJsonPath(def);
  return (t) => {
    let input: JsonValue;
    let at: number;
    try {
      input = inputPath === null ? t.input : inputPath(t.input, t);
      at = until(input, t);
    } catch (e) {
      return failWith(t, e);
    }
    const finish = (): StepResult => {
      try {
        const assigned = assign === null ? null : assign(input, t);
        return done(t, outputPath === null ? input : outputPath(input, t), assigned);
      } catch (e) {
        return failWith(t, e);
      }
    };
    return sleepThen(t, at, finish);
  };
}

function waitUntilJsonPath(def: WaitState): (input: JsonValue, t: Thread) => number {
  if (def.SecondsPath !== undefined) {
    const text = def.SecondsPath;
    const p = compileRawPath(text);
    return (input, t) => {
      const v = p(input, t);
      if (v === undefined) throw new AslRuntimeError(ERR.RUNTIME, `The SecondsPath parameter does not reference an input value: ${text}`);
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        throw new AslRuntimeError(ERR.RUNTIME, `The SecondsPath parameter cannot be parsed as a long value: ${text} == ${show(v)}`);
      }
      if (v < 0) throw new AslRuntimeError(ERR.RUNTIME, `The SecondsPath parameter references a negative value: ${text} == ${show(v)}`);
      return t.run.clock.now() + v * 1000;
    };
  }
  if (def.TimestampPath !== undefined) {
    const text = def.TimestampPath;
    const p = compileRawPath(text);
    return (input, t) => {
      const v = p(input, t);
      if (v === undefined) throw new AslRuntimeError(ERR.RUNTIME, `The TimestampPath parameter does not reference an input value: ${text}`);
      const ms = typeof v === 'string' ? timestampMs(v) : null;
      if (ms === null) {
        throw new AslRuntimeError(ERR.RUNTIME, `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${text} == ${show(v)}`);
      }
      return ms;
    };
  }
  if (def.Timestamp !== undefined) {
    const text = def.Timestamp;
    const ms = timestampMs(text);
    return () => {
      if (ms === null) throw new AslRuntimeError(ERR.RUNTIME, `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`);
      return ms;
    };
  }
  const seconds = typeof def.Seconds === 'number' ? def.Seconds : Number(def.Seconds ?? 0);
  return (_input, t) => t.run.clock.now() + seconds * 1000;
}

function compileJsonata(def: WaitState): Runner {
  const assign = compileField(def.Assign, 'Assign');
  const output = compileField(def.Output, 'Output');
  const seconds = compileField(def.Seconds, 'Seconds');
  const timestamp = compileField(def.Timestamp, 'Timestamp');
  const finish = (t: Thread) => (): StepResult => settle(t, assignAndOutput(t, assign, output, t.input));
  const untilOf = (t: Thread, v: JsonValue): number => {
    if (timestamp !== null) {
      const ms = typeof v === 'string' ? timestampMs(v) : null;
      if (ms === null) {
        throw new AslRuntimeError(ERR.QUERY_EVALUATION, `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${show(v)}`);
      }
      return ms;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new AslRuntimeError(ERR.QUERY_EVALUATION, `The Seconds field must be a non-negative integer, but was: ${show(v)}`);
    }
    return t.run.clock.now() + v * 1000;
  };
  return (t) => {
    const field = timestamp ?? seconds;
    if (field === null) return sleepThen(t, t.run.clock.now(), finish(t));
    let v: JsonValue | Promise<JsonValue>;
    try {
      v = evalField(field, t);
    } catch (e) {
      return failWith(t, e);
    }
    if (v instanceof Promise) {
      return v.then(
        (value) => {
          try {
            return sleepThen(t, untilOf(t, value), finish(t));
          } catch (e) {
            return failWith(t, e);
          }
        },
        (e: unknown) => failWith(t, e),
      );
    }
    try {
      return sleepThen(t, untilOf(t, v), finish(t));
    } catch (e) {
      return failWith(t, e);
    }
  };
}

/** Sleeps until `at` (if it is in the future), then runs `then`. */
function sleepThen(t: Thread, at: number, then: () => StepResult): StepResult {
  if (at <= t.run.clock.now()) return then();
  t.wakeAt = at;
  t.resume = then;
  return SLEEP;
}

/** Epoch ms of an RFC 3339 timestamp with offset (what AWS accepts), or null. */
export function timestampMs(text: string): number | null {
  const ts = parseTimestamp(text);
  if (ts === undefined) return null;
  return ts.epochSeconds * 1000 + Math.floor(ts.nanos / 1e6);
}

function show(v: JsonValue): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
