import jsonata from 'jsonata';
import type { FunctionRuntime } from './awsFunctions';
import { registerAwsFunctions, RUNTIME_KEY } from './awsFunctions';
import type { JsonataBindings } from './types';

/** One parsed expression with AWS's functions; shared by every template that uses the same text. */
export interface CompiledExpression {
  /** The expression as AWS quotes it in messages: the text between `{%` and `%}`, trimmed. */
  readonly text: string;
  /** The raw jsonata result (undefined, a sequence, a function...); jsonata's errors propagate. */
  evaluate(bindings: JsonataBindings): Promise<unknown>;
}

/** A syntax error as jsonata reports it. */
export interface JsonataParseFailure {
  readonly code: string;
  readonly message: string;
  readonly position: number;
}

const MAX_CACHE = 5000;
const cache = new Map<string, CompiledExpression>();

/** Every `$name` the expression mentions: only those variables are looked up per evaluation. */
function variableNames(ast: unknown): string[] {
  const names = new Set<string>();
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    const rec = node as Record<string, unknown>;
    if (rec.type === 'variable' && typeof rec.value === 'string' && rec.value !== '' && rec.value !== 'states') names.add(rec.value);
    for (const key of Object.keys(rec)) walk(rec[key]);
  };
  walk(ast);
  return [...names];
}

function defaultUuid(random: () => number): string {
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) bytes.push(Math.floor(random() * 256) & 0xff);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function runtimeFor(b: JsonataBindings): FunctionRuntime {
  const random = b.random ?? Math.random;
  const clock = b.now ?? Date.now;
  let at: number | undefined;
  return {
    random,
    uuid: b.uuid ?? (() => defaultUuid(random)),
    // JSONata: "$now() returns the same timestamp for every call within one evaluation".
    now: () => (at ??= clock()),
  };
}

function parseFailure(thrown: unknown): JsonataParseFailure {
  const err = (thrown ?? {}) as { code?: unknown; message?: unknown; position?: unknown };
  return {
    code: typeof err.code === 'string' ? err.code : 'S0000',
    message: typeof err.message === 'string' ? err.message : String(thrown),
    position: typeof err.position === 'number' ? err.position : 0,
  };
}

/**
 * Parses an expression once (cached by text) and returns it ready to evaluate with AWS's bindings,
 * or jsonata's syntax error.
 * @example const e = compileExpression('$states.input.a + $x'); if (!('code' in e)) await e.evaluate(b)
 */
export function compileExpression(source: string): CompiledExpression | JsonataParseFailure {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  let expr: jsonata.Expression;
  try {
    expr = jsonata(source);
  } catch (err) {
    return parseFailure(err);
  }
  registerAwsFunctions(expr);
  const names = variableNames(expr.ast());
  const compiled: CompiledExpression = {
    text: source.trim(),
    evaluate(b) {
      const env: Record<string, unknown> = { states: b.states, [RUNTIME_KEY]: runtimeFor(b) };
      for (const name of names) {
        const value = b.variable(name);
        if (value !== undefined) env[name] = value;
      }
      // AWS: `$` at the top level is not the state input (use $states.input); bind nothing there.
      return expr.evaluate(undefined, env);
    },
  };
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(source, compiled);
  return compiled;
}
