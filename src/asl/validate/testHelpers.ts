/** Builders for compact test definitions (used by the validator's tests only). */
import type { JsonObject, JsonValue } from '../types';

/** A state machine whose StartAt is its first state. */
export function machine(states: Record<string, JsonValue>, extra: JsonObject = {}): JsonObject {
  return { StartAt: Object.keys(states)[0] ?? 'A', States: states as JsonObject, ...extra };
}

/** A JSONata state machine. */
export function jsonataMachine(states: Record<string, JsonValue>, extra: JsonObject = {}): JsonObject {
  return machine(states, { QueryLanguage: 'JSONata', ...extra });
}

/** A nested state machine (Parallel branch or ItemProcessor). */
export function branch(states: Record<string, JsonValue>, extra: JsonObject = {}): JsonObject {
  return { StartAt: Object.keys(states)[0] ?? 'A', States: states as JsonObject, ...extra };
}

/** Extra fields override the defaults; an `undefined` extra removes the default (e.g. `End`). */
type Extra = Record<string, JsonValue | undefined>;

function state(defaults: JsonObject, extra: Extra): JsonObject {
  const out: JsonObject = { ...defaults };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export const pass = (extra: Extra = {}): JsonObject => state({ Type: 'Pass', End: true }, extra);
export const task = (extra: Extra = {}): JsonObject => state({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true }, extra);
export const succeed = (extra: Extra = {}): JsonObject => state({ Type: 'Succeed' }, extra);
export const fail = (extra: Extra = {}): JsonObject => state({ Type: 'Fail' }, extra);
export const wait = (extra: Extra = {}): JsonObject => state({ Type: 'Wait', Seconds: 1, End: true }, extra);

export const choice = (choices: JsonValue[], extra: JsonObject = {}): JsonObject => ({ Type: 'Choice', Choices: choices, ...extra });

export const parallel = (branches: JsonValue[], extra: JsonObject = {}): JsonObject => ({ Type: 'Parallel', Branches: branches, End: true, ...extra });

export const map = (processor: JsonObject, extra: JsonObject = {}): JsonObject => ({ Type: 'Map', ItemProcessor: processor, End: true, ...extra });

/** A distributed Map over an S3 object. */
export const distributedMap = (processor: Record<string, JsonValue>, extra: JsonObject = {}): JsonObject =>
  map(branch(processor, { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }), {
    ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'b', Key: 'k.json' } },
    ...extra,
  });
