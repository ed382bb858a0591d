/** The parsed form of a JSONPath (Jayway dialect, as AWS Step Functions accepts it). */
import type { JsonValue } from '../types';

/** Where a path starts: `$` input, `$$` context object, `$name` variable, `@` current filter item. */
export type PathRoot = { kind: '$' } | { kind: '$$' } | { kind: 'var'; name: string } | { kind: '@' };

export type Segment =
  /** `.a` or `['a']` */
  | { kind: 'prop'; name: string }
  /** `['a','b']`: at the leaf, one object with those keys (Jayway's merge). */
  | { kind: 'props'; names: string[] }
  /** `[0]`, `[-1]` */
  | { kind: 'index'; index: number }
  /** `[0,1]` */
  | { kind: 'indexes'; indexes: number[] }
  /** `[1:3]`, `[:2]`, `[-2:]` */
  | { kind: 'slice'; start: number | null; end: number | null }
  /** `.*` or `[*]` */
  | { kind: 'wildcard' }
  /** `..x`, `..*`, `..[0]`: applies `target` to every node, depth first. */
  | { kind: 'scan'; target: Segment }
  /** `[?(...)]` */
  | { kind: 'filter'; expr: FilterExpr }
  /** `.length()` and friends: must be last. */
  | { kind: 'function'; name: PathFunctionName };

/** The Jayway functions a path may end with (`$.items.length()`). */
export const PATH_FUNCTIONS = ['length', 'size', 'min', 'max', 'avg', 'sum', 'keys', 'first', 'last'] as const;
export type PathFunctionName = (typeof PATH_FUNCTIONS)[number];

export interface PathAst {
  root: PathRoot;
  segments: Segment[];
}

export type FilterOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~' | 'in' | 'nin';

export type FilterOperand =
  | { kind: 'path'; path: PathAst }
  | { kind: 'literal'; value: JsonValue }
  | { kind: 'regex'; regex: RegExp };

export type FilterExpr =
  | { kind: 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'and'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'compare'; op: FilterOp; left: FilterOperand; right: FilterOperand }
  /** A lone operand: a path tests existence, a literal its truthiness. */
  | { kind: 'exists'; operand: FilterOperand };

/** True for a segment that can select more than one node. */
export function isIndefiniteSegment(seg: Segment, isLeaf: boolean): boolean {
  switch (seg.kind) {
    case 'prop':
    case 'index':
    case 'function':
      return false;
    case 'props':
      // Jayway: ['a','b'] at the leaf merges into one object (definite); elsewhere it iterates.
      return !isLeaf;
    default:
      return true;
  }
}

/** True when the path can select more than one node (its result is then an array of matches). */
export function isIndefinite(ast: PathAst): boolean {
  const segs = ast.segments;
  const last = segs.length > 0 && segs[segs.length - 1].kind === 'function' ? segs.length - 2 : segs.length - 1;
  return segs.some((s, i) => isIndefiniteSegment(s, i === last));
}
