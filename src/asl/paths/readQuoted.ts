import type { Cursor } from './Cursor';

/**
 * Reads a quoted string at the cursor ('...' or "..."). A backslash always protects the next
 * character from ending the string. In a bracket property name only an escaped delimiter is
 * unescaped: AWS reads `$['a\"b']` as the key `a\"b` (a recorded case shows the backslash kept).
 * In a filter literal (`keepBackslashes` false) every `\x` becomes `x`.
 */
export function readQuoted(c: Cursor, keepBackslashes: boolean): string {
  const delim = c.peek();
  const start = c.pos;
  c.pos++;
  let out = '';
  while (!c.done) {
    const ch = c.peek();
    if (ch === '\\' && c.pos + 1 < c.src.length) {
      const next = c.peek(1);
      out += next === delim || !keepBackslashes ? next : ch + next;
      c.pos += 2;
      continue;
    }
    if (ch === delim) {
      c.pos++;
      return out;
    }
    out += ch;
    c.pos++;
  }
  throw c.error(`Unterminated string starting at position ${start}`, start);
}
