import type { PathAst } from './ast';
import { isIndefinite } from './ast';
import { parsePath } from './parsePath';
import { PathSyntaxError } from './PathSyntaxError';

/**
 * What a field accepts: `path` any JSONPath (`$`, `$$`, `$var`); `reference` a path to a single
 * node (the `...Path` fields, Choice `Variable`); `context` a `$$` path; `result` a reference path
 * into the input (`ResultPath`: starts with `$`, not `$$` or a variable).
 */
export type PathKind = 'path' | 'reference' | 'context' | 'result';

/** `${Name}`: a SAM/CDK substitution, replaced at deploy time. */
export const WHOLE_PLACEHOLDER = /^\$\{[^}]+\}$/;

/**
 * Checks a path for the validator. Returns null when valid, else a message for the user.
 * @example checkPath('$.a[*]', 'reference') // "... must identify a single node ..."
 */
export function checkPath(text: string, kind: PathKind = 'path'): string | null {
  if (WHOLE_PLACEHOLDER.test(text)) return null;
  let ast: PathAst;
  try {
    ast = parsePath(text);
  } catch (e) {
    if (e instanceof PathSyntaxError) return `Invalid JSONPath '${text}': ${e.message}`;
    throw e;
  }
  return checkAst(text, ast, kind);
}

/** The kind-specific rules of {@link checkPath} on an already parsed path. */
export function checkAst(text: string, ast: PathAst, kind: PathKind): string | null {
  if (kind === 'context' && ast.root.kind !== '$$') return `'${text}' must be a context object path starting with '$$'`;
  if (kind === 'result' && ast.root.kind !== '$') return `'${text}' must start with '$': ResultPath writes into the state input`;
  if (kind === 'reference' || kind === 'result') {
    // AWS: "Reference Paths ... MUST identify a single node".
    if (isIndefinite(ast) || ast.segments.some((s) => s.kind === 'function' || s.kind === 'props')) {
      return `'${text}' is not a valid reference path: it must identify a single node, so wildcards, filters, slices, deep scan (..), unions and functions are not allowed`;
    }
  }
  return null;
}
