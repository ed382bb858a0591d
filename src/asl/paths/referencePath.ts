import type { JsonObject, JsonValue } from '../types';
import { checkAst } from './checkPath';
import { AslRuntimeError } from './errors';
import { copyObject, getOwn, isObject, isUnsafeKey, setOwn } from './own';
import { parsePath } from './parsePath';
import { PathSyntaxError } from './PathSyntaxError';

/** A compiled ResultPath-style reference path: the property names and indexes from `$`. */
export interface CompiledReferencePath {
  readonly text: string;
  readonly steps: readonly (string | number)[];
}

/**
 * Compiles a reference path into the input (`$`, `$.a.b`, `$['x'][0]`). Throws a PathSyntaxError
 * when it is not one (wildcards, filters, `$$` and variables are refused).
 * @example compileReferencePath("$.a['b'][0]").steps // ['a', 'b', 0]
 */
export function compileReferencePath(text: string): CompiledReferencePath {
  const ast = parsePath(text);
  const problem = checkAst(text, ast, 'result');
  if (problem) throw new PathSyntaxError(problem, 0);
  const steps = ast.segments.map((s) => (s.kind === 'prop' ? s.name : s.kind === 'index' ? s.index : 0));
  return { text, steps };
}

const cache = new Map<string, CompiledReferencePath>();

/**
 * Writes `value` at a reference path and returns the new root, copying only the objects along the
 * path (untouched siblings keep their identity; `root` is not changed). Missing objects are
 * created; `$` replaces the whole. When the path runs through something that is not an object (or
 * an index that does not exist) it returns an AslRuntimeError (States.ResultPathMatchFailure).
 * @example setAtReferencePath({ a: 1 }, '$.b.c', 2) // { a: 1, b: { c: 2 } }
 */
export function setAtReferencePath(root: JsonValue, path: string | CompiledReferencePath, value: JsonValue): JsonValue | AslRuntimeError {
  let compiled: CompiledReferencePath | undefined;
  if (typeof path === 'string') {
    compiled = cache.get(path);
    if (!compiled) {
      compiled = compileReferencePath(path);
      if (cache.size > 1000) cache.clear();
      cache.set(path, compiled);
    }
  } else compiled = path;
  const out = setIn(root, compiled.steps, 0, value);
  return out instanceof Failure ? resultPathError(compiled.text, out) : out;
}

/**
 * Compiles a ResultPath into `(input, result) => newInput | AslRuntimeError`.
 * @example compileResultPath('$.r')({ a: 1 }, 2) // { a: 1, r: 2 }
 */
export function compileResultPath(text: string): (input: JsonValue, result: JsonValue) => JsonValue | AslRuntimeError {
  const compiled = compileReferencePath(text);
  const steps = compiled.steps;
  if (steps.length === 0) return (_input, result) => result;
  if (!steps.every((s) => typeof s === 'string' && !isUnsafeKey(s))) return (input, result) => setAtReferencePath(input, compiled, result);
  // The common case ($.a.b): walk down, then copy back up, with no recursion and no allocation but the copies.
  const keys = steps as string[];
  const n = keys.length;
  return (input, result) => {
    const nodes: JsonObject[] = new Array<JsonObject>(n);
    let cur: JsonValue | undefined = input;
    for (let i = 0; i < n; i++) {
      if (cur === undefined) cur = {};
      else if (!isObject(cur)) return setAtReferencePath(input, compiled, result); // builds the error
      nodes[i] = cur;
      cur = cur[keys[i]];
    }
    let value = result;
    for (let i = n - 1; i >= 0; i--) {
      const copy = copyObject(nodes[i]);
      copy[keys[i]] = value;
      value = copy;
    }
    return value;
  };
}

class Failure {
  constructor(
    readonly step: string | number,
    readonly node: JsonValue | undefined,
  ) {}
}

function setIn(node: JsonValue | undefined, steps: readonly (string | number)[], i: number, value: JsonValue): JsonValue | Failure {
  if (i === steps.length) return value;
  const step = steps[i];
  if (typeof step === 'string') {
    if (node === undefined) node = {};
    if (!isObject(node)) return new Failure(step, node);
    const child = setIn(getOwn(node, step), steps, i + 1, value);
    if (child instanceof Failure) return child;
    // The copy keeps key order; a new key goes last, as in AWS.
    const copy: JsonObject = copyObject(node);
    setOwn(copy, step, child);
    return copy;
  }
  if (!Array.isArray(node)) return new Failure(step, node);
  const index = step < 0 ? node.length + step : step;
  if (index < 0 || index >= node.length) return new Failure(step, node);
  const child = setIn(node[index], steps, i + 1, value);
  if (child instanceof Failure) return child;
  const copy = node.slice();
  copy[index] = child;
  return copy;
}

function resultPathError(text: string, f: Failure): AslRuntimeError {
  const input = f.node === undefined ? 'null' : JSON.stringify(f.node);
  return new AslRuntimeError('States.ResultPathMatchFailure', `Unable to apply step "${f.step}" of ResultPath '${text}' to input ${input}`);
}
