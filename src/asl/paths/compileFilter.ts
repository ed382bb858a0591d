import type { JsonValue } from '../types';
import type { FilterExpr, FilterOp, FilterOperand } from './ast';
import { compileAst } from './compilePath';
import { jsonEquals } from './own';
import type { PathContext, PathResult } from './types';

/** A compiled `[?(...)]` test: `item` is `@`, `root` is `$`. */
export type FilterPredicate = (item: JsonValue, root: JsonValue, ctx: PathContext) => boolean;
type OperandEvaluator = (item: JsonValue, root: JsonValue, ctx: PathContext) => PathResult;

/**
 * Compiles a filter expression with Jayway's semantics: a comparison between different types is
 * false (`!=` and `nin` are their negations, so true), a lone path tests existence, `=~` must
 * match the whole string.
 * @example compileFilter(parse("@.price < 10"))({ price: 8 }, root, ctx) === true
 */
export function compileFilter(expr: FilterExpr): FilterPredicate {
  switch (expr.kind) {
    case 'or': {
      const l = compileFilter(expr.left);
      const r = compileFilter(expr.right);
      return (item, root, ctx) => l(item, root, ctx) || r(item, root, ctx);
    }
    case 'and': {
      const l = compileFilter(expr.left);
      const r = compileFilter(expr.right);
      return (item, root, ctx) => l(item, root, ctx) && r(item, root, ctx);
    }
    case 'not': {
      const inner = compileFilter(expr.expr);
      return (item, root, ctx) => !inner(item, root, ctx);
    }
    case 'exists': {
      const operand = expr.operand;
      if (operand.kind === 'literal') {
        const truthy = operand.value !== false && operand.value !== null;
        return () => truthy;
      }
      const read = compileOperand(operand);
      return (item, root, ctx) => {
        const v = read(item, root, ctx);
        return v !== undefined && !(Array.isArray(v) && v.length === 0 && isIndefiniteOperand(operand));
      };
    }
    case 'compare': {
      const l = compileOperand(expr.left);
      const op = expr.op;
      if (op === '=~' && expr.right.kind === 'regex') {
        const re = expr.right.regex;
        return (item, root, ctx) => {
          const v = l(item, root, ctx);
          return typeof v === 'string' && re.test(v);
        };
      }
      const r = compileOperand(expr.right);
      return (item, root, ctx) => compareValues(op, l(item, root, ctx), r(item, root, ctx));
    }
  }
}

function isIndefiniteOperand(operand: FilterOperand): boolean {
  return operand.kind === 'path' && operand.path.segments.some((s) => s.kind !== 'prop' && s.kind !== 'index' && s.kind !== 'function');
}

function compileOperand(operand: FilterOperand): OperandEvaluator {
  if (operand.kind === 'literal') {
    const value = operand.value;
    return () => value;
  }
  if (operand.kind === 'regex') return () => undefined;
  const evalPath = compileAst(operand.path);
  return operand.path.root.kind === '@' ? (item, _root, ctx) => evalPath(item, ctx) : (_item, root, ctx) => evalPath(root, ctx);
}

/** Jayway's comparison of two filter operands (`undefined` = the path selected nothing). */
export function compareValues(op: FilterOp, l: PathResult, r: PathResult): boolean {
  switch (op) {
    case '==':
      return l !== undefined && r !== undefined && jsonEquals(l, r);
    case '!=':
      return !(l !== undefined && r !== undefined && jsonEquals(l, r));
    case 'in':
      return Array.isArray(r) && l !== undefined && r.some((x) => jsonEquals(l, x));
    case 'nin':
      return !(Array.isArray(r) && l !== undefined && r.some((x) => jsonEquals(l, x)));
    case '=~':
      return false;
    default:
      return ordered(op, l, r);
  }
}

function ordered(op: '<' | '<=' | '>' | '>=', l: PathResult, r: PathResult): boolean {
  if (!((typeof l === 'number' && typeof r === 'number') || (typeof l === 'string' && typeof r === 'string'))) return false;
  switch (op) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
}
