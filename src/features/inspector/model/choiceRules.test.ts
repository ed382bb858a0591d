import { describe, expect, it } from 'vitest';
import { COMPARISON_OPERATORS } from '../../../asl/types';
import type { ChoiceRule } from '../../../asl/types';
import {
  OPERATOR_GROUPS, addCondition, addGroup, conditionOf, kindOf, nodeAt, operandKind, setGroupKind, toggleNot, updateAt, withCondition,
  withOperator,
} from './choiceRules';

const rule: ChoiceRule = { Variable: '$.x', NumericGreaterThan: 10, Next: 'Big', Comment: 'big ones' };

describe('operators', () => {
  it('groups every comparison operator exactly once', () => {
    const listed = OPERATOR_GROUPS.flatMap((g) => g.operators);
    expect([...listed].sort()).toEqual([...COMPARISON_OPERATORS].sort());
  });

  it.each([
    ['StringEquals', 'string'],
    ['StringMatches', 'string'],
    ['NumericLessThanPath', 'path'],
    ['NumericEquals', 'number'],
    ['BooleanEquals', 'boolean'],
    ['TimestampGreaterThan', 'timestamp'],
    ['IsNull', 'flag'],
  ] as const)('%s takes a %s operand', (op, kind) => {
    expect(operandKind(op)).toBe(kind);
  });
});

describe('changing the operator', () => {
  it('keeps a numeric value between numeric operators, in the same key position', () => {
    const next = withOperator(conditionOf(rule), 'NumericLessThanEquals');
    expect(next).toEqual({ Variable: '$.x', NumericLessThanEquals: 10 });
    expect(Object.keys(next)).toEqual(['Variable', 'NumericLessThanEquals']);
  });

  it('gives a fitting default when the operand kind changes', () => {
    expect(withOperator(conditionOf(rule), 'StringEquals')).toEqual({ Variable: '$.x', StringEquals: '' });
    expect(withOperator(conditionOf(rule), 'IsNull')).toEqual({ Variable: '$.x', IsNull: true });
    expect(withOperator(conditionOf(rule), 'NumericEqualsPath')).toEqual({ Variable: '$.x', NumericEqualsPath: '$.other' });
  });

  it('gives an empty rule a Variable', () => {
    expect(withOperator({}, 'NumericGreaterThan')).toEqual({ Variable: '$.value', NumericGreaterThan: 0 });
  });
});

describe('top-level rules', () => {
  it('splits the condition from Next and Comment and puts them back after it', () => {
    expect(conditionOf(rule)).toEqual({ Variable: '$.x', NumericGreaterThan: 10 });
    const negated = withCondition(rule, toggleNot(conditionOf(rule)));
    expect(negated).toEqual({ Not: { Variable: '$.x', NumericGreaterThan: 10 }, Next: 'Big', Comment: 'big ones' });
    expect(Object.keys(negated)).toEqual(['Not', 'Next', 'Comment']);
  });
});

describe('groups', () => {
  const single: ChoiceRule = { Variable: '$.x', IsPresent: true };

  it('adding a condition to a single comparison makes an And of both', () => {
    const grouped = addCondition(single);
    expect(kindOf(grouped)).toBe('And');
    expect(grouped.And).toEqual([single, { Variable: '$.value', IsPresent: true }]);
  });

  it('adding a group nests an Or', () => {
    const grouped = addGroup(addCondition(single));
    expect(grouped.And?.[2]).toEqual({ Or: [{ Variable: '$.value', IsPresent: true }] });
  });

  it('switches And to Or keeping members', () => {
    const and = addCondition(single);
    expect(setGroupKind(and, 'Or')).toEqual({ Or: and.And });
  });

  it('negating twice gives the node back', () => {
    expect(toggleNot(toggleNot(single))).toEqual(single);
  });

  it('edits and removes nested nodes by path', () => {
    const tree: ChoiceRule = { And: [single, { Not: { Variable: '$.y', IsNull: true } }] };
    const path = [{ group: 'And', index: 1 } as const, 'Not' as const];
    expect(nodeAt(tree, path)).toEqual({ Variable: '$.y', IsNull: true });
    const edited = updateAt(tree, path, (n) => ({ ...n, Variable: '$.z' }));
    expect(nodeAt(edited, path)).toEqual({ Variable: '$.z', IsNull: true });
    expect(tree.And?.[1]).toEqual({ Not: { Variable: '$.y', IsNull: true } }); // not mutated
    const removed = updateAt(tree, [{ group: 'And', index: 0 }], () => undefined);
    expect(removed.And).toHaveLength(1);
  });

  it.each([
    [{ Condition: '{% true %}' }, 'jsonata'],
    [{ And: [] }, 'And'],
    [{ Or: [] }, 'Or'],
    [{ Not: { Variable: '$', IsNull: true } }, 'Not'],
    [{ Variable: '$' }, 'comparison'],
    [{}, 'empty'],
  ] as [ChoiceRule, string][])('%j is a %s node', (node, kind) => {
    expect(kindOf(node)).toBe(kind);
  });
});
