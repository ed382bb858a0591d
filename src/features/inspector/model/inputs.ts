/** Turning what the user typed into field values, and values back into text. Pure, so tested alone. */
import type { JsonValue } from '../../../asl/types';

/** What a typed text means: a value to commit (`undefined` = remove the field), or why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const PLACEHOLDER = /\$\{[^}]+\}/g;
const JSONATA = /^\s*\{%[\s\S]*%\}\s*$/;

/** The `${Name}` substitutions (SAM, CDK, CloudFormation) in a string, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/** True for a JSONata `{% ... %}` expression string. */
export function isJsonataExpression(text: string): boolean {
  return JSONATA.test(text);
}

export interface NumberRules {
  /** Whole numbers only (seconds, counts). */
  integer?: boolean;
  /** A JSONata state: `{% %}` expressions are values too. */
  jsonata?: boolean;
}

/**
 * A numeric field's text: a number, a `${Placeholder}` (kept as the string it is), a JSONata
 * expression where the state speaks JSONata, or empty (remove the field). Anything else is an
 * error the field shows while keeping the text.
 * @example parseNumberInput('abc', { integer: true }) // { ok: false, message: 'Enter a whole number...' }
 */
export function parseNumberInput(text: string, rules: NumberRules = {}): Parsed<number | string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (placeholdersIn(trimmed).length > 0) return { ok: true, value: trimmed };
  if (rules.jsonata && isJsonataExpression(trimmed)) return { ok: true, value: trimmed };
  const extra = rules.jsonata ? ', a {% JSONata %} expression' : '';
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) {
    return { ok: false, message: `Enter ${rules.integer ? 'a whole number' : 'a number'}${extra} or a \${Placeholder}.` };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, message: `Enter a whole number${extra} or a \${Placeholder}.` };
  return { ok: true, value };
}

/** Where a JSON text is broken, in the words a person reads: line and column, then why. */
export function parseJsonInput(text: string): Parsed<JsonValue | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (e) {
    return { ok: false, message: describeJsonError(text, e instanceof Error ? e.message : String(e)) };
  }
}

function describeJsonError(text: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  const cleaned = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
  if (!at) return `Not valid JSON: ${cleaned}`;
  const offset = Number(at[1]);
  const before = text.slice(0, offset).split('\n');
  return `Not valid JSON (line ${before.length}, column ${before[before.length - 1].length + 1}): ${cleaned}`;
}

/** A JSON value as the text of a payload box: pretty, two spaces, empty for a missing value. */
export function formatJson(value: JsonValue | undefined): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/**
 * A "JSON or text" box (Assign values, Output): valid JSON is taken as JSON, anything else as the
 * string it is, so `$.price` or `{% $x + 1 %}` need no quotes.
 */
export function parseLooseValue(text: string): JsonValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (/^[[{"\d-]|^(true|false|null)$/.test(trimmed) && !isJsonataExpression(trimmed)) {
    try {
      return JSON.parse(trimmed) as JsonValue;
    } catch {
      return text;
    }
  }
  return text;
}

/** The text a "JSON or text" box shows for a value: strings bare, everything else as JSON. */
export function formatLooseValue(value: JsonValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
