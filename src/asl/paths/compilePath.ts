import type { JsonObject, JsonValue } from '../types';
import type { PathAst, PathFunctionName, PathRoot, Segment } from './ast';
import { isIndefinite } from './ast';
import { parsePath } from './parsePath';
import { applyFunction, atIndex, compileSegment, mergeProps, propReader } from './segments';
import type { PathContext, PathEvaluator, PathResult } from './types';
import { isUnsafeKey } from './own';

/** A compiled path: call it as `(root, ctx) => value | NOT_FOUND`; it also carries its source. */
export interface CompiledPath extends PathEvaluator {
  /** The path text as written. */
  readonly text: string;
  readonly ast: PathAst;
  /** True when the path may select several nodes: the result is then an array of the matches (Jayway). */
  readonly indefinite: boolean;
}

type Walk = (v: JsonValue) => PathResult;

/**
 * Compiles a JSONPath once into a fast evaluator. Definite paths return the selected value or
 * NOT_FOUND; indefinite ones (wildcards, filters, slices, deep scan, unions) return an array of
 * matches, possibly empty. Throws a PathSyntaxError for bad syntax (compile time only).
 * @example compilePath('$.a.b')({ a: { b: 1 } }, ctx) === 1
 */
export function compilePath(text: string): CompiledPath {
  const ast = parsePath(text);
  const evaluate = compileAst(ast);
  return Object.assign(evaluate, { text, ast, indefinite: isIndefinite(ast) });
}

/** Compiles a parsed path. For `$` and `@` roots the first argument is the node the path starts from. */
export function compileAst(ast: PathAst): PathEvaluator {
  if (isIndefinite(ast)) return compileIndefinite(ast);
  const walk = compileDefiniteWalk(ast.segments);
  return withRoot(ast.root, walk);
}

function withRoot(root: PathRoot, walk: Walk): PathEvaluator {
  switch (root.kind) {
    case '$':
    case '@':
      return walk as PathEvaluator; // the context is not needed: skip a call per evaluation
    case '$$':
      return (_root, ctx) => walk(ctx.contextObject);
    case 'var': {
      const name = root.name;
      return (_root, ctx) => {
        const v = ctx.variable(name);
        return v === undefined ? undefined : walk(v);
      };
    }
  }
}

function readRoot(root: PathRoot, base: JsonValue, ctx: PathContext): PathResult {
  if (root.kind === '$$') return ctx.contextObject;
  if (root.kind === 'var') return ctx.variable(root.name);
  return base;
}

function compileIndefinite(ast: PathAst): PathEvaluator {
  const segs = ast.segments;
  const last = segs[segs.length - 1];
  const fn: PathFunctionName | null = last?.kind === 'function' ? last.name : null;
  const body = fn ? segs.slice(0, -1) : segs;
  const appliers = body.map((s, i) => compileSegment(s, i === body.length - 1));
  const root = ast.root;
  return (base, ctx) => {
    const start = readRoot(root, base, ctx);
    if (start === undefined) return undefined;
    let cur: JsonValue[] = [start];
    for (const apply of appliers) {
      const next: JsonValue[] = [];
      for (const node of cur) apply(node, next, base, ctx);
      cur = next;
    }
    return fn ? applyFunction(fn, cur) : cur;
  };
}

function isObj(v: PathResult): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Definite paths: a straight walk with no allocation. Chains of plain property names are unrolled. */
function compileDefiniteWalk(segments: readonly Segment[]): Walk {
  let segs = segments;
  let fn: PathFunctionName | null = null;
  let leafProps: string[] | null = null;
  const last = segs[segs.length - 1];
  if (last?.kind === 'function') {
    fn = last.name;
    segs = segs.slice(0, -1);
  }
  const leaf = segs[segs.length - 1];
  if (leaf?.kind === 'props') {
    leafProps = leaf.names;
    segs = segs.slice(0, -1);
  }
  let walk = compileSteps(segs);
  if (leafProps) {
    const names = leafProps;
    const inner = walk;
    walk = (v) => {
      const x = inner(v);
      return x === undefined ? undefined : mergeProps(x, names);
    };
  }
  if (fn) {
    const name = fn;
    const inner = walk;
    walk = (v) => applyFunction(name, inner(v));
  }
  return walk;
}

function compileSteps(segs: readonly Segment[]): Walk {
  const names = segs.every((s) => s.kind === 'prop' && !isUnsafeKey(s.name)) ? segs.map((s) => (s as { name: string }).name) : null;
  if (names) {
    const [k0, k1, k2] = names;
    switch (names.length) {
      case 0:
        return (v) => v;
      case 1:
        return (v) => (isObj(v) ? v[k0] : undefined);
      case 2:
        return (v) => {
          if (!isObj(v)) return undefined;
          const a = v[k0];
          return isObj(a) ? a[k1] : undefined;
        };
      case 3:
        return (v) => {
          if (!isObj(v)) return undefined;
          const a = v[k0];
          if (!isObj(a)) return undefined;
          const b = a[k1];
          return isObj(b) ? b[k2] : undefined;
        };
      default:
        return (v) => {
          let cur: PathResult = v;
          for (let i = 0; i < names.length; i++) {
            if (!isObj(cur)) return undefined;
            cur = cur[names[i]];
          }
          return cur;
        };
    }
  }
  const steps = segs.map((s) => {
    if (s.kind === 'prop') {
      const read = propReader(s.name);
      return (v: PathResult): PathResult => (isObj(v) ? read(v) : undefined);
    }
    if (s.kind === 'index') {
      const index = s.index;
      return (v: PathResult): PathResult => (Array.isArray(v) ? atIndex(v, index) : undefined);
    }
    throw new Error(`internal: ${s.kind} is not a definite segment`);
  });
  return (v) => {
    let cur: PathResult = v;
    for (let i = 0; i < steps.length && cur !== undefined; i++) cur = steps[i](cur);
    return cur;
  };
}
