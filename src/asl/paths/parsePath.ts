import type { PathAst, PathRoot, Segment } from './ast';
import { PATH_FUNCTIONS } from './ast';
import { Cursor } from './Cursor';
import { parseFilterExpr } from './parseFilter';
import { readQuoted } from './readQuoted';

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const INT = /^-?\d+/;
const FILTER_NAME_STOP = /[\s)=!<>&|,\]]/;

/**
 * Parses a JSONPath in AWS's Jayway dialect: `$`, `$$` (context object), `$name` (variable), dot and
 * bracket notation, wildcards, deep scan, unions, slices, filters and a trailing `.length()`.
 * Throws a {@link PathSyntaxError} when the text is not a path.
 * @example parsePath("$.a['b c'][0]").segments.length === 3
 */
export function parsePath(text: string): PathAst {
  const c = new Cursor(text.trim());
  const ast = readPath(c, false);
  if (!c.done) throw c.error(`Unexpected '${c.peek()}' at position ${c.pos}`);
  return ast;
}

/** Reads a path at the cursor. In a filter, `@` roots are allowed and the path ends at an operator. */
export function readPath(c: Cursor, inFilter: boolean): PathAst {
  const root = readRoot(c, inFilter);
  const segments: Segment[] = [];
  for (;;) {
    if (c.done) break;
    const ch = c.peek();
    if (ch === '.') {
      if (c.peek(1) === '.') {
        c.pos += 2;
        segments.push({ kind: 'scan', target: readScanTarget(c, inFilter) });
      } else {
        c.pos++;
        if (c.done) throw c.error("A path must not end with '.'");
        if (c.peek() === '[') continue; // Jayway accepts `$.['a']`
        segments.push(readDotSegment(c, inFilter));
      }
    } else if (ch === '[') {
      c.pos++;
      segments.push(readBracket(c));
    } else if (inFilter) {
      break;
    } else {
      throw c.error(`Unexpected '${ch}' at position ${c.pos}`);
    }
  }
  const fnAt = segments.findIndex((s) => s.kind === 'function');
  if (fnAt >= 0 && fnAt !== segments.length - 1) throw c.error('A path function such as length() must come last');
  return { root, segments };
}

function readRoot(c: Cursor, inFilter: boolean): PathRoot {
  if (c.startsWith('$$')) {
    c.pos += 2;
    return { kind: '$$' };
  }
  if (c.peek() === '$') {
    c.pos++;
    const name = c.match(VAR_NAME);
    return name ? { kind: 'var', name } : { kind: '$' };
  }
  if (inFilter && c.peek() === '@') {
    c.pos++;
    return { kind: '@' };
  }
  throw c.error(c.done ? 'A path must not be empty' : "A path must start with '$'");
}

function readScanTarget(c: Cursor, inFilter: boolean): Segment {
  if (c.done) throw c.error("A path must not end with '..'");
  if (c.peek() === '[') {
    c.pos++;
    return readBracket(c);
  }
  const seg = readDotSegment(c, inFilter);
  if (seg.kind === 'function') throw c.error('A deep scan cannot call a function');
  return seg;
}

function readDotSegment(c: Cursor, inFilter: boolean): Segment {
  if (c.peek() === '*') {
    c.pos++;
    return { kind: 'wildcard' };
  }
  const start = c.pos;
  while (!c.done) {
    const ch = c.peek();
    if (ch === '.' || ch === '[' || ch === '(') break;
    if (inFilter && FILTER_NAME_STOP.test(ch)) break;
    if (ch === ' ') throw c.error(`Use bracket notation ['my prop'] for a property name with blanks (position ${c.pos})`);
    c.pos++;
  }
  const name = c.src.slice(start, c.pos);
  if (name === '') throw c.error(`Expected a property name at position ${start}`);
  if (c.peek() === '(') {
    c.expect('()');
    const fn = PATH_FUNCTIONS.find((f) => f === name);
    if (!fn) throw c.error(`Unknown path function '${name}()'`, start);
    return { kind: 'function', name: fn };
  }
  return { kind: 'prop', name };
}

function readBracket(c: Cursor): Segment {
  c.skipSpaces();
  const ch = c.peek();
  let seg: Segment;
  if (ch === '*') {
    c.pos++;
    seg = { kind: 'wildcard' };
  } else if (ch === '?') {
    c.pos++;
    c.skipSpaces();
    c.expect('(');
    const expr = parseFilterExpr(c);
    c.skipSpaces();
    c.expect(')');
    seg = { kind: 'filter', expr };
  } else if (ch === "'" || ch === '"') {
    const names = [readQuoted(c, true)];
    for (c.skipSpaces(); c.peek() === ','; c.skipSpaces()) {
      c.pos++;
      c.skipSpaces();
      if (c.peek() !== "'" && c.peek() !== '"') throw c.error(`Expected a quoted property name at position ${c.pos}`);
      names.push(readQuoted(c, true));
    }
    seg = names.length === 1 ? { kind: 'prop', name: names[0] } : { kind: 'props', names };
  } else if (ch === '(') {
    // Jayway's one script form: [(@.length-1)] picks the n-th element from the end.
    const m = c.match(/^\(\s*@\.length\s*-\s*(\d+)\s*\)/);
    if (!m) throw c.error('Script expressions other than (@.length-N) are not supported');
    seg = { kind: 'index', index: -Number(m.replace(/\D/g, '')) };
  } else if (ch === ':' || ch === '-' || (ch >= '0' && ch <= '9')) {
    seg = readNumbers(c);
  } else {
    throw c.error(c.done ? "Unterminated '['" : `Unexpected '${ch}' in brackets at position ${c.pos}`);
  }
  c.skipSpaces();
  c.expect(']');
  return seg;
}

function readInt(c: Cursor): number | null {
  const m = c.match(INT);
  return m === null ? null : Number(m);
}

function readNumbers(c: Cursor): Segment {
  const first = readInt(c);
  c.skipSpaces();
  if (c.peek() === ':') {
    c.pos++;
    c.skipSpaces();
    const end = readInt(c);
    if (c.peek() === ':') throw c.error('Slice steps ([a:b:c]) are not supported');
    return { kind: 'slice', start: first, end };
  }
  if (first === null) throw c.error(`Expected an index at position ${c.pos}`);
  const indexes = [first];
  for (c.skipSpaces(); c.peek() === ','; c.skipSpaces()) {
    c.pos++;
    c.skipSpaces();
    const n = readInt(c);
    if (n === null) throw c.error(`Expected an index at position ${c.pos}`);
    indexes.push(n);
  }
  return indexes.length === 1 ? { kind: 'index', index: first } : { kind: 'indexes', indexes };
}
