/** Readable edge labels: Choice rules as expressions, catchers as the errors they catch. */
import { COMPARISON_OPERATORS } from '../types';

/** How long an edge label may be before it is cut with an ellipsis (the full text goes to `title`). */
export const MAX_LABEL_LENGTH = 40;

const RELATIONS: Record<string, string> = {
  Equals: '==',
  LessThan: '<',
  GreaterThan: '>',
  LessThanEquals: '<=',
  GreaterThanEquals: '>=',
};

const TYPE_TESTS: Record<string, [string, string]> = {
  IsNull: ['is null', 'is not null'],
  IsPresent: ['is present', 'is not present'],
  IsNumeric: ['is numeric', 'is not numeric'],
  IsString: ['is a string', 'is not a string'],
  IsBoolean: ['is a boolean', 'is not a boolean'],
  IsTimestamp: ['is a timestamp', 'is not a timestamp'],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** JSONata `{% expr %}` -> `expr`, whitespace runs folded so multi-line expressions fit on an edge. */
function jsonataText(condition: unknown): string {
  if (typeof condition !== 'string') return literal(condition);
  const inner = /^\s*\{%([\s\S]*)%\}\s*$/.exec(condition);
  return (inner ? inner[1] : condition).replace(/\s+/g, ' ').trim();
}

function comparison(rule: Record<string, unknown>): string | undefined {
  const operator = COMPARISON_OPERATORS.find((op) => op in rule);
  if (operator === undefined) return undefined;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  const value = rule[operator];
  const test = TYPE_TESTS[operator];
  if (test) return `${variable} ${value === false ? test[1] : value === true ? test[0] : `${operator} ${literal(value)}`}`;
  const isPath = operator.endsWith('Path');
  const operand = isPath && typeof value === 'string' ? value : literal(value);
  if (operator === 'StringMatches') return `${variable} matches ${operand}`;
  const relation = /^(?:String|Numeric|Boolean|Timestamp)(\w+?)(?:Path)?$/.exec(operator)?.[1] ?? operator;
  return `${variable} ${RELATIONS[relation] ?? relation} ${operand}`;
}

/** A nested rule inside And/Or: compound ones get parentheses so precedence reads right. */
function operand(rule: unknown): string {
  const text = ruleText(rule) ?? '?';
  return isObject(rule) && (Array.isArray(rule.And) || Array.isArray(rule.Or)) ? `(${text})` : text;
}

function ruleText(rule: unknown): string | undefined {
  if (!isObject(rule)) return undefined;
  if ('Condition' in rule) return jsonataText(rule.Condition);
  if (Array.isArray(rule.And)) return rule.And.map(operand).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map(operand).join(' or ');
  if ('Not' in rule) return `not (${ruleText(rule.Not) ?? '?'})`;
  return comparison(rule);
}

/**
 * The full text of a Choice rule, or `undefined` when the rule has no shape this function knows.
 * @example choiceRuleText({ Variable: '$.amount', NumericGreaterThan: 1000, Next: 'Big' }) === '$.amount > 1000'
 * @example choiceRuleText({ Condition: '{% $states.input.ok %}', Next: 'Done' }) === '$states.input.ok'
 */
export function choiceRuleText(rule: unknown): string | undefined {
  return ruleText(rule);
}

/** The label of a catch edge: `Catch all` for `States.ALL`, else the error names joined. */
export function catchText(errors: readonly string[]): string {
  if (errors.length === 0) return 'Catch';
  if (errors.length === 1 && errors[0] === 'States.ALL') return 'Catch all';
  return errors.join(', ');
}

/**
 * Cuts a label to `max` characters with an ellipsis.
 * @example truncateLabel('a'.repeat(50)).length === 40
 */
export function truncateLabel(text: string, max = MAX_LABEL_LENGTH): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
