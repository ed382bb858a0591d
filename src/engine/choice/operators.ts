import type { ComparisonOperator, JsonValue } from '../../asl/types';
import { ChoiceCompileError } from './ChoiceCompileError';
import { compileStringMatches } from './stringMatches';
import { compareTimestamps, parseTimestamp } from './timestamp';
import type { Timestamp } from './timestamp';

/** A comparison with its right-hand side already bound: true when `value` passes. */
export type ValueTest = (value: JsonValue) => boolean;
/** A `...Path` comparison: both sides are read at run time. */
export type PairTest = (value: JsonValue, other: JsonValue) => boolean;

type Family = 'String' | 'Numeric' | 'Boolean' | 'Timestamp';
type Relation = 'Equals' | 'LessThan' | 'GreaterThan' | 'LessThanEquals' | 'GreaterThanEquals';

const RELATIONS: Record<Relation, (order: number) => boolean> = {
  Equals: (c) => c === 0,
  LessThan: (c) => c < 0,
  GreaterThan: (c) => c > 0,
  LessThanEquals: (c) => c <= 0,
  GreaterThanEquals: (c) => c >= 0,
};

const OPERATOR = /^(String|Numeric|Boolean|Timestamp)(Equals|LessThanEquals|GreaterThanEquals|LessThan|GreaterThan)(Path)?$/;

/** Splits `NumericLessThanPath` into family, relation and whether the operand is a path. */
export function parseComparison(op: ComparisonOperator): { family: Family; relation: Relation; isPath: boolean } | undefined {
  const m = OPERATOR.exec(op);
  if (m === null) return undefined;
  return { family: m[1] as Family, relation: m[2] as Relation, isPath: m[3] !== undefined };
}

function compareStrings(a: string, b: string): number {
  // UTF-16 code unit order, as Java's String.compareTo (AWS) does.
  return a < b ? -1 : a > b ? 1 : 0;
}

function asTimestamp(value: JsonValue): Timestamp | undefined {
  return typeof value === 'string' ? parseTimestamp(value) : undefined;
}

/**
 * The comparison of `value` against `other` for a family and relation. AWS: a value of the wrong type
 * on either side makes the comparison false, never an error.
 */
export function pairTest(family: Family, relation: Relation): PairTest {
  const holds = RELATIONS[relation];
  switch (family) {
    case 'String':
      return (a, b) => typeof a === 'string' && typeof b === 'string' && holds(compareStrings(a, b));
    case 'Numeric':
      return (a, b) => typeof a === 'number' && typeof b === 'number' && holds(a < b ? -1 : a > b ? 1 : 0);
    case 'Boolean':
      return (a, b) => typeof a === 'boolean' && a === b;
    case 'Timestamp':
      return (a, b) => {
        const ta = asTimestamp(a);
        if (ta === undefined) return false;
        const tb = asTimestamp(b);
        return tb !== undefined && holds(compareTimestamps(ta, tb));
      };
  }
}

/** A comparison against a literal operand: the operand is checked and pre-parsed once. */
export function literalTest(op: string, family: Family, relation: Relation, operand: JsonValue): ValueTest {
  const holds = RELATIONS[relation];
  switch (family) {
    case 'String': {
      if (typeof operand !== 'string') throw new ChoiceCompileError(`${op} needs a string, got ${JSON.stringify(operand)}`);
      return (v) => typeof v === 'string' && holds(compareStrings(v, operand));
    }
    case 'Numeric': {
      if (typeof operand !== 'number') throw new ChoiceCompileError(`${op} needs a number, got ${JSON.stringify(operand)}`);
      return (v) => typeof v === 'number' && holds(v < operand ? -1 : v > operand ? 1 : 0);
    }
    case 'Boolean': {
      if (typeof operand !== 'boolean') throw new ChoiceCompileError(`${op} needs a boolean, got ${JSON.stringify(operand)}`);
      return (v) => v === operand;
    }
    case 'Timestamp': {
      const t = asTimestamp(operand);
      if (t === undefined) throw new ChoiceCompileError(`${op} needs an RFC 3339 timestamp, got ${JSON.stringify(operand)}`);
      return (v) => {
        const tv = asTimestamp(v);
        return tv !== undefined && holds(compareTimestamps(tv, t));
      };
    }
  }
}

/** `StringMatches` against its pattern; non-strings never match. */
export function stringMatchesTest(operand: JsonValue): ValueTest {
  if (typeof operand !== 'string') throw new ChoiceCompileError(`StringMatches needs a string, got ${JSON.stringify(operand)}`);
  const matches = compileStringMatches(operand);
  return (v) => typeof v === 'string' && matches(v);
}

const TYPE_TESTS = new Map<string, ValueTest>([
  ['IsNull', (v) => v === null],
  ['IsNumeric', (v) => typeof v === 'number'],
  ['IsString', (v) => typeof v === 'string'],
  ['IsBoolean', (v) => typeof v === 'boolean'],
  ['IsTimestamp', (v) => asTimestamp(v) !== undefined],
]);

/** `IsNull`, `IsNumeric`, `IsString`, `IsBoolean`, `IsTimestamp`: `false` negates the type test. */
export function typeTest(op: string, operand: JsonValue): ValueTest | undefined {
  const test = TYPE_TESTS.get(op);
  if (test === undefined) return undefined;
  if (typeof operand !== 'boolean') throw new ChoiceCompileError(`${op} needs true or false, got ${JSON.stringify(operand)}`);
  return operand ? test : (v) => !test(v);
}
