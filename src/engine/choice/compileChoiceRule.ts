import { AslRuntimeError } from '../../asl/paths/errors';
import type { PathContext, PathEvaluator } from '../../asl/paths/types';
import { COMPARISON_OPERATORS } from '../../asl/types';
import type { ChoiceRule, ComparisonOperator, JsonValue } from '../../asl/types';
import { ChoiceCompileError } from './ChoiceCompileError';
import { literalTest, pairTest, parseComparison, stringMatchesTest, typeTest } from './operators';
import type { ValueTest } from './operators';
import { compileReferencePath } from './readPath';

/** A compiled Choice rule: reads the state's effective input and the context, never parses. */
export type ChoicePredicate = (input: JsonValue, ctx: PathContext) => boolean;

const hasOwn = Object.prototype.hasOwnProperty;

/** AWS's cause when a Choice path selects nothing (the engine adds the state prefix). */
function invalidPath(path: string): AslRuntimeError {
  return new AslRuntimeError('States.Runtime', `Invalid path '${path}': The choice state's condition path references an invalid value.`);
}

function operatorOf(rule: ChoiceRule): ComparisonOperator {
  const found = COMPARISON_OPERATORS.filter((op) => hasOwn.call(rule, op));
  if (found.length !== 1) {
    const what = found.length === 0 ? 'no comparison operator' : `several comparison operators (${found.join(', ')})`;
    throw new ChoiceCompileError(`The Choice rule on '${String(rule.Variable)}' has ${what}`);
  }
  return found[0];
}

/** Reads the Variable; a miss is AWS's States.Runtime failure. */
function guarded(path: string, read: PathEvaluator, test: ValueTest): ChoicePredicate {
  return (input, ctx) => {
    const value = read(input, ctx);
    if (value === undefined) throw invalidPath(path);
    return test(value);
  };
}

function compileComparison(rule: ChoiceRule): ChoicePredicate {
  if (typeof rule.Variable !== 'string') throw new ChoiceCompileError('A Choice comparison needs a Variable path');
  const path = rule.Variable;
  const read = compileReferencePath(path);
  const op = operatorOf(rule);
  const operand = rule[op] as JsonValue;

  if (op === 'IsPresent') {
    if (typeof operand !== 'boolean') throw new ChoiceCompileError(`IsPresent needs true or false, got ${JSON.stringify(operand)}`);
    // AWS: IsPresent is the one operator that tolerates a missing path.
    return (input, ctx) => (read(input, ctx) !== undefined) === operand;
  }
  if (op === 'StringMatches') return guarded(path, read, stringMatchesTest(operand));
  const isType = typeTest(op, operand);
  if (isType !== undefined) return guarded(path, read, isType);

  const parsed = parseComparison(op);
  if (parsed === undefined) throw new ChoiceCompileError(`Unknown Choice operator ${op}`);
  if (!parsed.isPath) return guarded(path, read, literalTest(op, parsed.family, parsed.relation, operand));

  if (typeof operand !== 'string') throw new ChoiceCompileError(`${op} needs a path, got ${JSON.stringify(operand)}`);
  const readOther = compileReferencePath(operand);
  const test = pairTest(parsed.family, parsed.relation);
  return (input, ctx) => {
    const value = read(input, ctx);
    if (value === undefined) throw invalidPath(path);
    const other = readOther(input, ctx);
    if (other === undefined) throw invalidPath(operand);
    return test(value, other);
  };
}

function compileList(rules: unknown, name: 'And' | 'Or'): ChoicePredicate[] {
  if (!Array.isArray(rules) || rules.length === 0) throw new ChoiceCompileError(`${name} needs a non-empty array of rules`);
  return rules.map((r: ChoiceRule) => compileChoiceRule(r));
}

/**
 * Compiles a Choice rule (a comparison, or And/Or/Not over nested rules) into a predicate.
 * And/Or short-circuit left to right, so an `IsPresent` guard protects the rules after it (AWS docs).
 * Throws {@link ChoiceCompileError} when the rule is malformed.
 * @example compileChoiceRule({ Variable: '$.n', NumericGreaterThan: 1 })({ n: 2 }, ctx) === true
 */
export function compileChoiceRule(rule: ChoiceRule): ChoicePredicate {
  if (rule === null || typeof rule !== 'object') throw new ChoiceCompileError('A Choice rule must be an object');
  if (hasOwn.call(rule, 'And')) {
    const all = compileList(rule.And, 'And');
    return (input, ctx) => {
      for (const p of all) if (!p(input, ctx)) return false;
      return true;
    };
  }
  if (hasOwn.call(rule, 'Or')) {
    const any = compileList(rule.Or, 'Or');
    return (input, ctx) => {
      for (const p of any) if (p(input, ctx)) return true;
      return false;
    };
  }
  if (hasOwn.call(rule, 'Not')) {
    if (rule.Not === null || typeof rule.Not !== 'object') throw new ChoiceCompileError('Not needs one rule');
    const inner = compileChoiceRule(rule.Not);
    return (input, ctx) => !inner(input, ctx);
  }
  return compileComparison(rule);
}
