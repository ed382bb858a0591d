/**
 * The end of a state's data flow, shared by the state types: from a result (or the effective
 * input) to the state output and the variables it assigns.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import { isAslRuntimeError } from '../../asl/paths/errors';
import type { CompiledState, Step, StepResult } from '../compiled';
import { DONE, FAIL } from '../compiled';
import { ERR, toFailure } from '../errors';
import type { Thread } from '../thread';
import { compileAssign, compileFilterPath, compilePayload, compileResultPathField } from './jsonpath';
import type { AssignedOutput } from './jsonata';
import { assignAndOutput, compileField } from './jsonata';

/** Reports a data-flow phase to TestState (one null check when nobody inspects). */
export function inspect(t: Thread, phase: string, value: JsonValue): void {
  const i = t.run.inspector;
  if (i !== null) i(t, phase, value);
}

/** Records a failure thrown while the state ran and reports FAIL. */
export function failWith(t: Thread, e: unknown): Step {
  const f = toFailure(e, t.state.name, t.enteredId);
  t.failure = f;
  t.evaluationFailed = f.error === ERR.QUERY_EVALUATION && isAslRuntimeError(e);
  return FAIL;
}

/** Sets the output, the pending assignments and the next state; reports DONE. */
export function done(t: Thread, output: JsonValue, assign: JsonObject | null, next = t.state.next): Step {
  t.output = output;
  t.assign = assign;
  t.next = next;
  return DONE;
}

/** Completes a possibly asynchronous Assign/Output evaluation. */
export function settle(t: Thread, r: AssignedOutput | Promise<AssignedOutput>, next = t.state.next): StepResult {
  if (r instanceof Promise) {
    return r.then(
      (v) => done(t, v.output, v.assign, next),
      (e: unknown) => failWith(t, e),
    );
  }
  return done(t, r.output, r.assign, next);
}

/** `(t, result) => step` for a Task, Parallel or Map state once its result is known. */
export type ResultFinisher = (t: Thread, result: JsonValue) => StepResult;

/**
 * JSONPath: ResultSelector, Assign (reads the selected result), ResultPath into the raw input,
 * OutputPath. JSONata: Assign then Output with `$states.result` (default output: the result).
 */
export function compileResultFlow(state: Pick<CompiledState, 'def' | 'jsonata'>): ResultFinisher {
  const def = state.def as unknown as Record<string, JsonValue | undefined>;
  if (state.jsonata) {
    const assign = compileField(def.Assign, 'Assign');
    const output = compileField(def.Output, 'Output');
    return (t, result) => {
      inspect(t, 'result', result);
      return settle(t, assignAndOutput(t, assign, output, result, { result }));
    };
  }
  const selector = compilePayload(def.ResultSelector, 'ResultSelector');
  const assign = compileAssign(def.Assign as JsonObject | undefined);
  const resultPath = compileResultPathField(def.ResultPath as string | null | undefined);
  const outputPath = compileFilterPath(def.OutputPath as string | null | undefined);
  return (t, result) => {
    try {
      inspect(t, 'result', result);
      const selected = selector === null ? result : selector(result, t);
      inspect(t, 'afterResultSelector', selected);
      const assigned = assign === null ? null : assign(selected, t);
      let out = resultPath(t.input, selected);
      inspect(t, 'afterResultPath', out);
      if (outputPath !== null) out = outputPath(out, t);
      return done(t, out, assigned);
    } catch (e) {
      return failWith(t, e);
    }
  };
}
