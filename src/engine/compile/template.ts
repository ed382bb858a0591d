/**
 * Payload templates (Parameters, ResultSelector, ItemSelector, JSONPath Assign): keys ending in
 * `.$` take a path or an intrinsic call, everything else is literal. Compiled once; a template
 * with no `.$` key returns its constant (values are immutable, so it is shared, never copied).
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import type { PathContext } from '../../asl/paths/types';
import { compilePath } from '../../asl/paths/compilePath';
import { AslRuntimeError, pathNotFoundCause } from '../../asl/paths/errors';
import { compileIntrinsic } from '../../asl/intrinsics/compileIntrinsic';
import { looksLikeIntrinsic } from '../../asl/intrinsics/parseIntrinsic';

type Eval = (input: JsonValue, ctx: PathContext) => JsonValue;

/**
 * Compiles a payload template.
 * @example compileTemplate({ 'a.$': '$.x', b: 1 }, 'Parameters')({ x: 2 }, ctx) // { a: 2, b: 1 }
 */
export function compileTemplate(template: JsonValue, _field: string): Eval {
  const c = compileNode(template);
  if (c === null) return () => template;
  return c;
}

/** A single `.$` value outside a template (ErrorPath, CausePath...): undefined when a path misses. */
export function compileValueExpression(text: string, field: string): (input: JsonValue, ctx: PathContext) => JsonValue | undefined {
  if (looksLikeIntrinsic(text)) {
    const f = compileIntrinsic(text, { field });
    return (input, ctx) => f(input, ctx);
  }
  const p = compilePath(text);
  return (input, ctx) => p(input, ctx);
}

/** null when the node is constant. */
function compileNode(node: JsonValue): Eval | null {
  if (Array.isArray(node)) {
    const items = node.map(compileNode);
    if (items.every((i) => i === null)) return null;
    return (input, ctx) => node.map((v, i) => (items[i] === null ? v : (items[i] as Eval)(input, ctx)));
  }
  if (typeof node !== 'object' || node === null) return null;
  const keys = Object.keys(node);
  const entries: Array<{ key: string; value: JsonValue; f: Eval | null }> = [];
  let dynamic = false;
  for (const key of keys) {
    const value = node[key];
    if (key.endsWith('.$') && typeof value === 'string') {
      entries.push({ key: key.slice(0, -2), value, f: compileDollar(value, key) });
      dynamic = true;
    } else {
      const f = compileNode(value);
      if (f !== null) dynamic = true;
      entries.push({ key, value, f });
    }
  }
  if (!dynamic) return null;
  return (input, ctx) => {
    const out: JsonObject = {};
    for (const e of entries) out[e.key] = e.f === null ? e.value : e.f(input, ctx);
    return out;
  };
}

function compileDollar(text: string, key: string): Eval {
  if (looksLikeIntrinsic(text)) {
    const f = compileIntrinsic(text, { field: key });
    return (input, ctx) => f(input, ctx);
  }
  const p = compilePath(text);
  if (p.indefinite) return (input, ctx) => p(input, ctx) ?? [];
  return (input, ctx) => {
    const v = p(input, ctx);
    if (v === undefined) throw new AslRuntimeError('States.Runtime', pathNotFoundCause(text, key, input));
    return v;
  };
}
