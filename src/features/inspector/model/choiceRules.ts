/**
 * The Choice rule builder's model: a rule is a condition tree (comparisons, And/Or groups, Not)
 * plus the top-level extras (Next, Comment, Assign, Output). Edits address a node by its path in
 * the tree and return a new rule, keeping the keys' order so the text changes as little as it can.
 */
import { COMPARISON_OPERATORS } from '../../../asl/types';
import type { ChoiceRule, ComparisonOperator, JsonValue } from '../../../asl/types';

/** Operators grouped as the builder's select shows them. */
export const OPERATOR_GROUPS: readonly { label: string; operators: readonly ComparisonOperator[] }[] = [
  { label: 'String', operators: COMPARISON_OPERATORS.filter((o) => o.startsWith('String')) },
  { label: 'Numeric', operators: COMPARISON_OPERATORS.filter((o) => o.startsWith('Numeric')) },
  { label: 'Boolean', operators: COMPARISON_OPERATORS.filter((o) => o.startsWith('Boolean')) },
  { label: 'Timestamp', operators: COMPARISON_OPERATORS.filter((o) => o.startsWith('Timestamp')) },
  { label: 'Type tests', operators: COMPARISON_OPERATORS.filter((o) => o.startsWith('Is')) },
];

/** What the operand of an operator is, which decides the input the builder shows. */
export type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path' | 'flag';

/** Keys of a top-level rule that are not part of its condition. */
const EXTRAS = new Set(['Next', 'Comment', 'Assign', 'Output']);

/** One step into a condition: into an And/Or list at an index, or into a Not. */
export type ConditionStep = { group: 'And' | 'Or'; index: number } | 'Not';
export type ConditionPath = readonly ConditionStep[];

export type ConditionKind = 'comparison' | 'And' | 'Or' | 'Not' | 'jsonata' | 'empty';

/** A fresh comparison that is valid as it stands (ops' placeholder rule does the same). */
export const NEW_COMPARISON: ChoiceRule = { Variable: '$.value', IsPresent: true };

type Rule = Record<string, JsonValue | undefined>;

/** The operand kind of an operator. */
export function operandKind(op: ComparisonOperator): OperandKind {
  if (op.startsWith('Is')) return 'flag';
  if (op.endsWith('Path')) return 'path';
  if (op.startsWith('Numeric')) return 'number';
  if (op.startsWith('Boolean')) return 'boolean';
  if (op.startsWith('Timestamp')) return 'timestamp';
  return 'string';
}

const DEFAULTS: Record<OperandKind, JsonValue> = {
  string: '',
  number: 0,
  boolean: true,
  timestamp: '2024-01-01T00:00:00Z',
  path: '$.other',
  flag: true,
};

/** The comparison operator a condition uses, if any. */
export function operatorOf(condition: ChoiceRule): ComparisonOperator | undefined {
  return COMPARISON_OPERATORS.find((op) => Object.prototype.hasOwnProperty.call(condition, op));
}

/** What kind of node a condition is. */
export function kindOf(condition: ChoiceRule): ConditionKind {
  if ('Condition' in condition) return 'jsonata';
  if (Array.isArray(condition.And)) return 'And';
  if (Array.isArray(condition.Or)) return 'Or';
  if (condition.Not !== undefined) return 'Not';
  return operatorOf(condition) || 'Variable' in condition ? 'comparison' : 'empty';
}

/** The condition part of a top-level rule (everything but Next, Comment, Assign, Output). */
export function conditionOf(rule: ChoiceRule): ChoiceRule {
  return Object.fromEntries(Object.entries(rule).filter(([k]) => !EXTRAS.has(k))) as ChoiceRule;
}

/** A top-level rule with its condition replaced and its extras kept, after the condition. */
export function withCondition(rule: ChoiceRule, condition: ChoiceRule): ChoiceRule {
  const extras = Object.entries(rule).filter(([k]) => EXTRAS.has(k));
  return { ...condition, ...Object.fromEntries(extras) } as ChoiceRule;
}

function child(node: ChoiceRule, step: ConditionStep): ChoiceRule | undefined {
  if (step === 'Not') return node.Not;
  const list = node[step.group];
  return Array.isArray(list) ? list[step.index] : undefined;
}

/** The node at a path inside a condition (`[]` is the condition itself). */
export function nodeAt(condition: ChoiceRule, path: ConditionPath): ChoiceRule | undefined {
  let node: ChoiceRule | undefined = condition;
  for (const step of path) node = node && child(node, step);
  return node;
}

/** The condition with the node at `path` replaced by `update(node)`; `undefined` removes it from its group. */
export function updateAt(condition: ChoiceRule, path: ConditionPath, update: (node: ChoiceRule) => ChoiceRule | undefined): ChoiceRule {
  if (path.length === 0) return update(condition) ?? condition;
  const [step, ...rest] = path;
  const inner = child(condition, step);
  if (inner === undefined) return condition;
  const replaced = rest.length === 0 ? update(inner) : updateAt(inner, rest, update);
  if (step === 'Not') return replaced === undefined ? condition : { ...condition, Not: replaced };
  const list = (condition[step.group] ?? []).slice();
  if (replaced === undefined) list.splice(step.index, 1);
  else list[step.index] = replaced;
  return { ...condition, [step.group]: list };
}

/** `obj` with `from` renamed to `to` (and given `value`) in the same position. */
function replaceKey(obj: Rule, from: string | undefined, to: string, value: JsonValue): Rule {
  if (from === undefined || !(from in obj)) return { ...obj, [to]: value };
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => (k === from ? [to, value] : [k, v])));
}

/** A comparison with another operator; the operand is kept when it still fits, else a default. */
export function withOperator(condition: ChoiceRule, op: ComparisonOperator): ChoiceRule {
  const old = operatorOf(condition);
  if (old === op) return condition;
  const keep = old !== undefined && operandKind(old) === operandKind(op);
  const value = keep ? (condition[old] as JsonValue) : DEFAULTS[operandKind(op)];
  const next = replaceKey(condition as Rule, old, op, value);
  return ('Variable' in next ? next : { Variable: '$.value', ...next }) as ChoiceRule;
}

/** Negates a node: wraps it in Not, or unwraps a Not. */
export function toggleNot(node: ChoiceRule): ChoiceRule {
  return kindOf(node) === 'Not' && node.Not ? node.Not : { Not: node };
}

/** Adds a comparison to a group, or turns a single node into `And: [node, new]`. */
export function addCondition(node: ChoiceRule, added: ChoiceRule = NEW_COMPARISON): ChoiceRule {
  const kind = kindOf(node);
  if (kind === 'And' || kind === 'Or') return { ...node, [kind]: [...(node[kind] ?? []), added] };
  return { And: [node, added] };
}

/** Adds a nested Or group (of one comparison) to a group, or pairs a single node with one under And. */
export function addGroup(node: ChoiceRule): ChoiceRule {
  return addCondition(node, { Or: [NEW_COMPARISON] });
}

/** Switches a group between And and Or, keeping its members. */
export function setGroupKind(node: ChoiceRule, kind: 'And' | 'Or'): ChoiceRule {
  const old = kindOf(node);
  if (old !== 'And' && old !== 'Or') return node;
  return replaceKey(node as Rule, old, kind, node[old] as JsonValue) as ChoiceRule;
}

/** The default operand for an operator, for a fresh comparison. */
export function defaultOperand(op: ComparisonOperator): JsonValue {
  return DEFAULTS[operandKind(op)];
}
