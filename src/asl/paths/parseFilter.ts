import type { JsonValue } from '../types';
import type { FilterExpr, FilterOp, FilterOperand } from './ast';
import type { Cursor } from './Cursor';
import { readPath } from './parsePath';
import { readQuoted } from './readQuoted';

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const OPS: readonly FilterOp[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];
const WORD_OPS: readonly FilterOp[] = ['nin', 'in'];

/**
 * Parses the inside of `[?( ... )]`: comparisons (`== != < <= > >= =~ in nin`), existence tests
 * (`@.isbn`), `!`, `&&` (binds tighter) and `||`, and parentheses. Stops before the closing `)`.
 * @example parseFilterExpr(new Cursor("@.price < 10)")) // { kind: 'compare', op: '<', ... }
 */
export function parseFilterExpr(c: Cursor): FilterExpr {
  let left = parseAnd(c);
  for (c.skipSpaces(); c.startsWith('||'); c.skipSpaces()) {
    c.pos += 2;
    left = { kind: 'or', left, right: parseAnd(c) };
  }
  return left;
}

function parseAnd(c: Cursor): FilterExpr {
  let left = parseUnary(c);
  for (c.skipSpaces(); c.startsWith('&&'); c.skipSpaces()) {
    c.pos += 2;
    left = { kind: 'and', left, right: parseUnary(c) };
  }
  return left;
}

function parseUnary(c: Cursor): FilterExpr {
  c.skipSpaces();
  if (c.peek() === '!' && c.peek(1) !== '=') {
    c.pos++;
    return { kind: 'not', expr: parseUnary(c) };
  }
  if (c.peek() === '(') {
    c.pos++;
    const inner = parseFilterExpr(c);
    c.skipSpaces();
    c.expect(')');
    return inner;
  }
  const left = parseOperand(c);
  c.skipSpaces();
  const op = readOp(c);
  if (!op) return { kind: 'exists', operand: left };
  c.skipSpaces();
  const right = parseOperand(c);
  if (op === '=~' && right.kind !== 'regex') throw c.error("The right side of '=~' must be a regular expression like /abc/i");
  return { kind: 'compare', op, left, right };
}

function readOp(c: Cursor): FilterOp | null {
  for (const op of OPS) {
    if (c.startsWith(op)) {
      c.pos += op.length;
      return op;
    }
  }
  for (const op of WORD_OPS) {
    if (c.startsWith(op) && /[\s[]/.test(c.peek(op.length))) {
      c.pos += op.length;
      return op;
    }
  }
  return null;
}

function parseOperand(c: Cursor): FilterOperand {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '@' || ch === '$') return { kind: 'path', path: readPath(c, true) };
  if (ch === '/') return { kind: 'regex', regex: readRegex(c) };
  return { kind: 'literal', value: readLiteral(c) };
}

function readLiteral(c: Cursor): JsonValue {
  const ch = c.peek();
  if (ch === "'" || ch === '"') return readQuoted(c, false);
  if (ch === '[') {
    c.pos++;
    const items: JsonValue[] = [];
    for (c.skipSpaces(); c.peek() !== ']'; c.skipSpaces()) {
      if (items.length > 0) {
        c.expect(',');
        c.skipSpaces();
      }
      items.push(readLiteral(c));
    }
    c.pos++;
    return items;
  }
  for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
    if (c.startsWith(word)) {
      c.pos += word.length;
      return value;
    }
  }
  const num = c.match(NUMBER);
  if (num !== null) return Number(num);
  throw c.error(c.done ? 'The filter ended early' : `Unexpected '${ch}' in a filter at position ${c.pos}`);
}

function readRegex(c: Cursor): RegExp {
  const start = c.pos;
  c.pos++;
  let body = '';
  while (!c.done && c.peek() !== '/') {
    if (c.peek() === '\\') {
      body += c.peek() + c.peek(1);
      c.pos += 2;
    } else {
      body += c.peek();
      c.pos++;
    }
  }
  if (c.done) throw c.error('Unterminated regular expression', start);
  c.pos++;
  const flags = c.match(/^[imsx]*/) ?? '';
  try {
    // Jayway uses Matcher.matches(): the whole value must match.
    return new RegExp(`^(?:${body})$`, flags.replace('x', ''));
  } catch {
    throw c.error(`Invalid regular expression /${body}/`, start);
  }
}
