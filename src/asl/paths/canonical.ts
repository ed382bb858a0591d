import type { JsonValue } from '../types';
import type { PathAst, PathRoot, Segment } from './ast';
import type { CompiledPath } from './compilePath';
import { compileSegment } from './segments';
import type { PathContext } from './types';

/**
 * Jayway's normalised form of a segment, as AWS prints it in "No results for path" messages.
 * @example canonicalSegment({ kind: 'prop', name: 'a' }) === "['a']"
 */
export function canonicalSegment(seg: Segment): string {
  switch (seg.kind) {
    case 'prop':
      return `['${seg.name}']`;
    case 'props':
      return `[${seg.names.map((n) => `'${n}'`).join(',')}]`;
    case 'index':
      return `[${seg.index}]`;
    case 'indexes':
      return `[${seg.indexes.join(',')}]`;
    case 'slice':
      return `[${seg.start ?? ''}:${seg.end ?? ''}]`;
    case 'wildcard':
      return '[*]';
    case 'scan':
      return '..' + canonicalSegment(seg.target);
    case 'filter':
      return '[?]';
    case 'function':
      return `.${seg.name}()`;
  }
}

function canonicalRoot(root: PathRoot): string {
  return root.kind === 'var' ? '$' + root.name : root.kind === '@' ? '@' : '$';
}

/** Jayway's normalised form of a whole path: `$.a.b[0]` -> `$['a']['b'][0]`. */
export function canonicalPath(ast: PathAst): string {
  return canonicalRoot(ast.root) + ast.segments.map(canonicalSegment).join('');
}

/**
 * Explains why a definite path selected nothing, as Jayway does: the path up to the first segment
 * that found nothing.
 * @example explainMiss(compilePath('$.a.x'), { a: {} }, ctx) === "No results for path: $['a']['x']"
 */
export function explainMiss(path: CompiledPath, root: JsonValue, ctx: PathContext): string {
  const { ast } = path;
  let cur: JsonValue | undefined = ast.root.kind === '$$' ? ctx.contextObject : ast.root.kind === 'var' ? ctx.variable(ast.root.name) : root;
  let text = canonicalRoot(ast.root);
  if (cur === undefined) return `No results for path: ${text}`;
  for (let i = 0; i < ast.segments.length; i++) {
    const seg = ast.segments[i];
    text += canonicalSegment(seg);
    const out: JsonValue[] = [];
    compileSegment(seg, i === ast.segments.length - 1)(cur, out, root, ctx);
    if (out.length === 0) return `No results for path: ${text}`;
    cur = out[0];
  }
  return `No results for path: ${text}`;
}

/**
 * The cause AWS reports when InputPath or OutputPath selects nothing.
 * @example invalidPathCause(compilePath('$.x'), {}, ctx) === "Invalid path '$.x' : No results for path: $['x']"
 */
export function invalidPathCause(path: CompiledPath, root: JsonValue, ctx: PathContext): string {
  return `Invalid path '${path.text}' : ${explainMiss(path, root, ctx)}`;
}
