/**
 * JSONPath states: every path field, Choice Variable and ...Path operator must parse (reference
 * paths must name a single node), and every payload template's `.$` values must be paths or
 * intrinsic calls. Placeholders (`${Name}`) are never judged.
 */
import { childPointer, fromPointer } from '../../pointer';
import { COMPARISON_OPERATORS, type JsonObject, type JsonValue } from '../../types';
import { get, getArray, getObject, hasPlaceholder, isObject } from '../json';
import { pathError, templateFindings, type PathKind } from '../pathChecks';
import type { StateInfo } from '../model';
import type { DiagnosticCode } from '../codes';
import type { RuleContext } from './context';

const STATE_PATHS: readonly [string, PathKind][] = [
  ['InputPath', 'path'], ['OutputPath', 'path'], ['ResultPath', 'result'], ['ItemsPath', 'reference'],
  ['SecondsPath', 'reference'], ['TimestampPath', 'reference'], ['TimeoutSecondsPath', 'reference'],
  ['HeartbeatSecondsPath', 'reference'], ['MaxConcurrencyPath', 'reference'],
  ['ToleratedFailureCountPath', 'reference'], ['ToleratedFailurePercentagePath', 'reference'],
];
const PATH_OPERATORS = COMPARISON_OPERATORS.filter((op) => op.endsWith('Path'));
/** Payload templates: [path from the state to the template]. */
const TEMPLATES: readonly string[][] = [
  ['Parameters'], ['ResultSelector'], ['ItemSelector'], ['Assign'], ['Credentials'],
  ['ItemReader', 'Parameters'], ['ResultWriter', 'Parameters'], ['ItemBatcher', 'BatchInput'],
];

/** INVALID_JSONPATH, INVALID_REFERENCE_PATH and the payload-template codes. */
export function checkJsonPaths(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.ql !== 'JSONPath' || !state.obj) continue;
    const obj = state.obj;
    for (const [field, kind] of STATE_PATHS) path(ctx, get(obj, field), childPointer(state.pointer, field), kind);
    const reader = getObject(getObject(obj, 'ItemReader') ?? {}, 'ReaderConfig');
    if (reader) path(ctx, get(reader, 'MaxItemsPath'), childPointer(state.pointer, 'ItemReader', 'ReaderConfig', 'MaxItemsPath'), 'reference');
    const batcher = getObject(obj, 'ItemBatcher');
    for (const f of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
      if (batcher) path(ctx, get(batcher, f), childPointer(state.pointer, 'ItemBatcher', f), 'reference');
    }
    // Fail: "ErrorPath ... a reference path or an intrinsic function".
    for (const f of ['ErrorPath', 'CausePath']) pathOrIntrinsic(ctx, obj, f, state.pointer);
    for (const at of TEMPLATES) template(ctx, obj, at, state.pointer);
    (getArray(obj, 'Catch') ?? []).forEach((c, i) => {
      if (!isObject(c)) return;
      const p = childPointer(state.pointer, 'Catch', i);
      path(ctx, get(c, 'ResultPath'), childPointer(p, 'ResultPath'), 'result');
      template(ctx, c, ['Assign'], p);
    });
    if (state.type === 'Choice') choicePaths(ctx, state, obj);
  }
}

function path(ctx: RuleContext, value: JsonValue | undefined, pointer: string, kind: PathKind): void {
  if (typeof value !== 'string' || hasPlaceholder(value)) return;
  const error = pathError(value, kind);
  if (error) ctx.reporter.report(kind === 'path' ? 'INVALID_JSONPATH' : 'INVALID_REFERENCE_PATH', pointer, error);
}

function pathOrIntrinsic(ctx: RuleContext, obj: JsonObject, field: string, statePointer: string): void {
  const value = get(obj, field);
  if (typeof value !== 'string' || hasPlaceholder(value)) return;
  // The template checker already knows "a path or an intrinsic call": ask it about a one-key template.
  const probe = `${field}.$`;
  for (const f of templateFindings({ [probe]: value }, '')) {
    ctx.reporter.report(asCode(f.code), childPointer(statePointer, field), f.message.split(probe).join(field));
  }
}

function template(ctx: RuleContext, holder: JsonObject, at: readonly string[], pointer: string): void {
  let value: JsonValue | undefined = holder;
  for (const key of at) value = isObject(value) ? get(value, key) : undefined;
  if (!isObject(value)) return;
  const prefix = childPointer(pointer, ...at);
  for (const f of templateFindings(value, prefix)) {
    if (!mentionsPlaceholder(ctx.model.root, f.pointer)) ctx.reporter.report(asCode(f.code), f.pointer, f.message);
  }
}

function choicePaths(ctx: RuleContext, state: StateInfo, obj: JsonObject): void {
  const stack: [JsonValue, string][] = [];
  (getArray(obj, 'Choices') ?? []).forEach((r, i) => stack.push([r, childPointer(state.pointer, 'Choices', i)]));
  while (stack.length > 0) {
    const [rule, p] = stack.pop() as [JsonValue, string];
    if (!isObject(rule)) continue;
    path(ctx, get(rule, 'Variable'), childPointer(p, 'Variable'), 'reference');
    for (const op of PATH_OPERATORS) path(ctx, get(rule, op), childPointer(p, op), 'reference');
    template(ctx, rule, ['Assign'], p);
    stack.push([get(rule, 'Not') ?? null, childPointer(p, 'Not')]);
    for (const k of ['And', 'Or']) (getArray(rule, k) ?? []).forEach((r, i) => stack.push([r, childPointer(p, k, i)]));
  }
}

const TEMPLATE_CODES = new Set(['INVALID_JSONPATH', 'INVALID_REFERENCE_PATH', 'INVALID_PAYLOAD_TEMPLATE', 'INVALID_INTRINSIC', 'UNKNOWN_INTRINSIC', 'INTRINSIC_ARG_COUNT']);

function asCode(code: string): DiagnosticCode {
  return (TEMPLATE_CODES.has(code) ? code : 'INVALID_PAYLOAD_TEMPLATE') as DiagnosticCode;
}

/** True when the value (or the key) a finding points at holds a `${Name}` placeholder. */
function mentionsPlaceholder(root: JsonValue, pointer: string): boolean {
  let v: JsonValue | undefined = root;
  for (const s of fromPointer(pointer)) {
    if (hasPlaceholder(s)) return true;
    if (Array.isArray(v)) v = v[Number(s)];
    else if (isObject(v)) v = get(v, s);
    else return false;
  }
  return hasPlaceholder(v);
}
