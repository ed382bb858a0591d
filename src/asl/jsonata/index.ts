/**
 * JSONata glue for the language layer: recognising `{% %}` templates and checking expression
 * syntax. Evaluation lives with the interpreter; this module only compiles.
 */
import jsonata from 'jsonata';

/** A JSONata syntax error: jsonata's own message and the character position it reports. */
export interface JsonataSyntaxError {
  message: string;
  position: number;
}

/** The outcome of compiling one expression: its AST, or why it does not parse. */
export type JsonataCompileResult = { ok: true; ast: unknown } | ({ ok: false } & JsonataSyntaxError);

const TEMPLATE = /^\{%([\s\S]*)%\}$/;
const MAX_CACHE = 5000;
const cache = new Map<string, JsonataCompileResult>();

/**
 * True when a string is a JSONata template: it starts with `{%` and ends with `%}`.
 * AWS: "Any string value ... will be evaluated as JSONata if surrounded by {% %} characters".
 * @example isJsonataTemplate('{% $states.input %}') === true
 */
export function isJsonataTemplate(s: unknown): s is string {
  return typeof s === 'string' && s.length >= 4 && s.startsWith('{%') && s.endsWith('%}');
}

/**
 * The expression inside a `{% %}` template, without the delimiters (not trimmed, so positions
 * stay meaningful), or null when the string is not a template.
 * @example jsonataExpressionOf('{% 1 + 2 %}') === ' 1 + 2 '
 */
export function jsonataExpressionOf(s: string): string | null {
  const m = TEMPLATE.exec(s);
  return m ? m[1] : null;
}

/**
 * Compiles an expression once (results are cached by text) and returns its AST or the syntax
 * error. Never throws.
 */
export function compileJsonata(expr: string): JsonataCompileResult {
  const hit = cache.get(expr);
  if (hit) return hit;
  let result: JsonataCompileResult;
  try {
    result = { ok: true, ast: jsonata(expr).ast() };
  } catch (e) {
    const err = (e ?? {}) as { message?: unknown; position?: unknown };
    result = {
      ok: false,
      message: typeof err.message === 'string' ? err.message : String(e),
      position: typeof err.position === 'number' ? err.position : 0,
    };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(expr, result);
  return result;
}

/**
 * Checks the syntax of a JSONata expression (without `{% %}`): null when it compiles, else
 * jsonata's message and position.
 * @example checkJsonata('a[1,2)') // { message: 'Expected "]", got ","', position: 4 }
 */
export function checkJsonata(expr: string): JsonataSyntaxError | null {
  const r = compileJsonata(expr);
  return r.ok ? null : { message: r.message, position: r.position };
}
