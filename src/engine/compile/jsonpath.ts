/**
 * JSONPath data flow, compiled once per state: InputPath, Parameters / ResultSelector / ItemSelector
 * payload templates, ResultPath, OutputPath and JSONPath `Assign`. Each compiled function throws
 * an AslRuntimeError (cause without the state prefix) when AWS would fail the state.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import type { PathContext } from '../../asl/paths/types';
import { compilePath } from '../../asl/paths/compilePath';
import type { CompiledPath } from '../../asl/paths/compilePath';
import { compileResultPath } from '../../asl/paths/referencePath';
import { invalidPathCause } from '../../asl/paths/canonical';
import { AslRuntimeError } from '../../asl/paths/errors';
import { compileTemplate, compileValueExpression } from './template';

/** Evaluates against the state's data and the thread's context. */
export type Eval = (input: JsonValue, ctx: PathContext) => JsonValue;

/** True when a field is present in the definition (`null` counts: it means "discard"). */
const has = (v: unknown): boolean => v !== undefined;

/**
 * InputPath / OutputPath: `$` or absent keeps the value, `null` gives `{}`, a path selects; a path
 * that selects nothing fails with AWS's "Invalid path ... : No results for path" cause.
 */
export function compileFilterPath(path: string | null | undefined): Eval | null {
  if (!has(path) || path === '$') return null;
  if (path === null) return () => ({});
  const p = compilePath(path as string);
  return (input, ctx) => {
    const v = p(input, ctx);
    if (v === undefined) throw new AslRuntimeError('States.Runtime', invalidPathCause(p, input, ctx));
    return v;
  };
}

/** ResultPath: where the result goes in the raw input (`null` discards the result, absent replaces the input). */
export function compileResultPathField(path: string | null | undefined): (raw: JsonValue, result: JsonValue) => JsonValue {
  if (!has(path) || path === '$') return (_raw, result) => result;
  if (path === null) return (raw) => raw;
  const set = compileResultPath(path as string);
  return (raw, result) => {
    const out = set(raw, result);
    if (out instanceof AslRuntimeError) throw out;
    return out;
  };
}

/** A payload template (Parameters, ResultSelector, ItemSelector...); `field` names it in error messages. */
export function compilePayload(template: JsonValue | undefined, field: string): Eval | null {
  if (template === undefined) return null;
  return compileTemplate(template, field);
}

/**
 * JSONPath `Assign`: a payload template whose top-level keys are variable names (`name.$` evaluates).
 * Every value is computed against the old variables; the engine applies them together on exit.
 */
export function compileAssign(assign: JsonObject | undefined): ((input: JsonValue, ctx: PathContext) => JsonObject) | null {
  if (assign === undefined) return null;
  const t = compileTemplate(assign, 'Assign');
  return (input, ctx) => t(input, ctx) as JsonObject;
}

/** A raw path read (no error on a miss: `undefined`). */
export function compileRawPath(text: string): CompiledPath {
  return compilePath(text);
}

/** A `.$`-style value (path or intrinsic function) outside a template: ErrorPath, CausePath... */
export function compileExpression(text: string, field: string): (input: JsonValue, ctx: PathContext) => JsonValue | undefined {
  return compileValueExpression(text, field);
}
