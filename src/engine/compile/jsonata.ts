/**
 * JSONata glue for states: compiles `{% %}` fields once and evaluates them with the thread's
 * `$states`, variables, seeded randomness and clock. Constant fields never create a promise.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import type { JsonataBindings, JsonataTemplate } from '../jsonata/types';
import { compileJsonataTemplate } from '../jsonata';
import type { Thread } from '../thread';

export type { JsonataTemplate };

/** Compiles a field (absent -> null). */
export function compileField(value: JsonValue | undefined, field: string): JsonataTemplate | null {
  if (value === undefined) return null;
  return compileJsonataTemplate(value, field);
}

/** `$states` extras of a phase: the task result, or the error output in a Catcher. */
export interface StatesExtras {
  result?: JsonValue;
  errorOutput?: JsonValue;
}

/** Bindings for a thread at its current state. */
export function bindingsOf(t: Thread, extras?: StatesExtras): JsonataBindings {
  const run = t.run;
  const states: { input: JsonValue; context: JsonValue; result?: JsonValue; errorOutput?: JsonValue } = {
    input: t.input,
    context: t.contextObject,
  };
  if (extras !== undefined) {
    if (extras.result !== undefined) states.result = extras.result;
    if (extras.errorOutput !== undefined) states.errorOutput = extras.errorOutput;
  }
  return { states, variable: (name) => t.scope.get(name), random: run.random.next, uuid: run.random.uuid, now: () => run.clock.now() };
}

/** Evaluates a template; constant templates return their value without a promise. */
export function evalField(tpl: JsonataTemplate, t: Thread, extras?: StatesExtras): JsonValue | Promise<JsonValue> {
  if (tpl.isConstant) return tpl.constant;
  return tpl.evaluate(bindingsOf(t, extras));
}

/**
 * Evaluates `Assign` then `Output` (both against the variables as they were), as AWS orders them.
 * Synchronous when both are constant.
 */
export function assignAndOutput(
  t: Thread,
  assign: JsonataTemplate | null,
  output: JsonataTemplate | null,
  fallback: JsonValue,
  extras?: StatesExtras,
): AssignedOutput | Promise<AssignedOutput> {
  if ((assign === null || assign.isConstant) && (output === null || output.isConstant)) {
    return { output: output === null ? fallback : output.constant, assign: assign === null ? null : (assign.constant as JsonObject) };
  }
  return (async () => {
    const b = bindingsOf(t, extras);
    const a = assign === null ? null : ((assign.isConstant ? assign.constant : await assign.evaluate(b)) as JsonObject);
    const o = output === null ? fallback : output.isConstant ? output.constant : await output.evaluate(b);
    return { output: o, assign: a };
  })();
}

export interface AssignedOutput {
  output: JsonValue;
  assign: JsonObject | null;
}
