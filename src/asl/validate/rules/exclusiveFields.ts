/**
 * Fields that exclude each other (a value and the path that would supply it), Wait modes,
 * heartbeat vs timeout, and JSONata expressions in fields of JSONPath states that want numbers.
 */
import { childPointer } from '../../pointer';
import type { JsonObject } from '../../types';
import { isJsonataTemplate } from '../../jsonata';
import { get, getObject, has } from '../json';
import type { StateInfo } from '../model';
import type { RuleContext } from './context';

/** [value field, path field] pairs on a state. */
const STATE_PAIRS: readonly [string, string][] = [
  ['TimeoutSeconds', 'TimeoutSecondsPath'],
  ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ['Error', 'ErrorPath'],
  ['Cause', 'CausePath'],
];
const BATCHER_PAIRS: readonly [string, string][] = [
  ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'],
  ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
];
const READER_PAIRS: readonly [string, string][] = [['MaxItems', 'MaxItemsPath']];
const WAIT_MODES = ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'];

/** Fields that take a number (or, in JSONata states only, a {% %} expression). */
const NUMERIC_FIELDS = ['TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage'];

/** FIELD_AND_PATH, WAIT_*, HEARTBEAT_NOT_BELOW_TIMEOUT and JSONata values in JSONPath states. */
export function checkExclusiveFields(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    const obj = state.obj;
    if (!obj) continue;
    // In JSONata states the ...Path fields are reported as JSONPath-only; once is enough.
    if (state.ql === 'JSONPath') {
      pairs(ctx, obj, state.pointer, STATE_PAIRS);
      const batcher = getObject(obj, 'ItemBatcher');
      if (batcher) pairs(ctx, batcher, childPointer(state.pointer, 'ItemBatcher'), BATCHER_PAIRS);
      const reader = getObject(getObject(obj, 'ItemReader') ?? {}, 'ReaderConfig');
      if (reader) pairs(ctx, reader, childPointer(state.pointer, 'ItemReader', 'ReaderConfig'), READER_PAIRS);
      jsonataInJsonPath(ctx, state, obj);
    }
    if (state.type === 'Wait') waitModes(ctx, state, obj);
    if (state.type === 'Task') heartbeat(ctx, state, obj);
  }
}

function pairs(ctx: RuleContext, obj: JsonObject, pointer: string, list: readonly [string, string][]): void {
  for (const [value, path] of list) {
    if (has(obj, value) && has(obj, path)) {
      ctx.reporter.report('FIELD_AND_PATH', childPointer(pointer, value), `'${value}' and '${path}' cannot both be set: keep one`, { key: true });
    }
  }
}

function waitModes(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const present = WAIT_MODES.filter((k) => has(obj, k));
  if (present.length === 0) {
    ctx.reporter.report('WAIT_NO_MODE', state.pointer, `Wait state '${state.name}' needs one of Seconds, SecondsPath, Timestamp or TimestampPath`, { key: true });
  } else if (present.length > 1) {
    ctx.reporter.report('WAIT_MULTIPLE_MODES', childPointer(state.pointer, present[1]), `A Wait state takes exactly one of Seconds, SecondsPath, Timestamp, TimestampPath; this one has ${present.join(' and ')}`, { key: true });
  }
}

function heartbeat(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const hb = get(obj, 'HeartbeatSeconds');
  const timeout = get(obj, 'TimeoutSeconds');
  if (typeof hb === 'number' && typeof timeout === 'number' && hb >= timeout) {
    ctx.reporter.report('HEARTBEAT_NOT_BELOW_TIMEOUT', childPointer(state.pointer, 'HeartbeatSeconds'), `HeartbeatSeconds (${hb}) must be smaller than TimeoutSeconds (${timeout})`);
  }
}

/** AWS treats `{% %}` in a JSONPath state as a plain string, so a number field or Timestamp rejects it. */
function jsonataInJsonPath(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const hint = 'JSONata expressions need "QueryLanguage": "JSONata"';
  for (const field of NUMERIC_FIELDS) {
    if (isJsonataTemplate(get(obj, field))) {
      ctx.reporter.report('SCHEMA_TYPE', childPointer(state.pointer, field), `'${field}' must be a number in a JSONPath state (${hint})`);
    }
  }
  if (state.type === 'Wait' && isJsonataTemplate(get(obj, 'Timestamp'))) {
    ctx.reporter.report('SCHEMA_PATTERN', childPointer(state.pointer, 'Timestamp'), `'Timestamp': String does not match RFC3339 timestamp (${hint})`);
  }
}
