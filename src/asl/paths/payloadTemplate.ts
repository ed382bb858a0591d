import type { JsonObject, JsonValue } from '../types';
import { compileIntrinsic } from '../intrinsics/compileIntrinsic';
import { looksLikeIntrinsic } from '../intrinsics/parseIntrinsic';
import { compilePath } from './compilePath';
import { AslRuntimeError, pathNotFoundCause } from './errors';
import { isObject, setOwn } from './own';
import { PathSyntaxError } from './PathSyntaxError';
import type { PathContext } from './types';

/** A compiled payload template: builds a fresh value; throws an AslRuntimeError when a path misses. */
export type TemplateEvaluator = (root: JsonValue, ctx: PathContext) => JsonValue;

/**
 * Compiles a payload template (Parameters, ResultSelector, ItemSelector, JSONPath Assign) once.
 * Keys ending in `.$` take a path (`$.x`, `$$.x`, `$var`) or an intrinsic call and lose the suffix;
 * nested objects and arrays are templates too; parts without `.$` are shared, not copied.
 * A definite path that selects nothing fails as in AWS (States.Runtime, "The JSONPath '$.x'
 * specified for the field 'x.$' could not be found in the input '{...}'"). Throws a
 * PathSyntaxError or IntrinsicSyntaxError at compile time for a bad path or call.
 * @example compilePayloadTemplate({ 'id.$': '$.a', k: 1 })({ a: 7 }, ctx) // { id: 7, k: 1 }
 */
export function compilePayloadTemplate(template: JsonValue): TemplateEvaluator {
  if (isStaticTemplate(template)) return () => template;
  if (Array.isArray(template)) {
    const items = template.map(compilePayloadTemplate);
    return (root, ctx) => items.map((item) => item(root, ctx));
  }
  return compileObject(template as JsonObject);
}

/** True when a template has no `.$` key anywhere: its value is the template itself. */
export function isStaticTemplate(template: JsonValue): boolean {
  if (Array.isArray(template)) return template.every(isStaticTemplate);
  if (!isObject(template)) return true;
  return Object.keys(template).every((k) => !k.endsWith('.$') && isStaticTemplate(template[k]));
}

function compileObject(template: JsonObject): TemplateEvaluator {
  const keys: string[] = [];
  const fields: TemplateEvaluator[] = [];
  let unsafe = false;
  for (const key of Object.keys(template)) {
    const value = template[key];
    if (key.endsWith('.$')) {
      if (typeof value !== 'string') throw new PathSyntaxError(`The value for the field '${key}' must be a string holding a JSONPath or an intrinsic function call`, 0);
      keys.push(key.slice(0, -2));
      fields.push(compileDynamic(key, value));
    } else {
      keys.push(key);
      fields.push(compilePayloadTemplate(value));
    }
    if (keys[keys.length - 1] === '__proto__') unsafe = true;
  }
  const n = keys.length;
  return (root, ctx) => {
    const out: JsonObject = {};
    for (let i = 0; i < n; i++) {
      if (unsafe) setOwn(out, keys[i], fields[i](root, ctx));
      else out[keys[i]] = fields[i](root, ctx);
    }
    return out;
  };
}

/** Compiles the string of a `key.$` field: an intrinsic call or a path. */
function compileDynamic(field: string, text: string): TemplateEvaluator {
  if (looksLikeIntrinsic(text)) return compileIntrinsic(text, { field });
  const path = compilePath(text);
  if (path.indefinite) return (root, ctx) => path(root, ctx) ?? [];
  return (root, ctx) => {
    const v = path(root, ctx);
    if (v === undefined) throw new AslRuntimeError('States.Runtime', pathNotFoundCause(text, field, root));
    return v;
  };
}
