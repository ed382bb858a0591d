/**
 * `StringMatches` patterns. AWS: "The value must be a String which MAY contain one or more '*'
 * characters. The expression yields true if the data value selected by the Variable Path matches the
 * value, where '*' in the value matches zero or more characters. ... a literal '*' or '\' is written
 * '\\*' or '\\\\' (JSON-escaped)." Nothing else is special: no `?`, no character classes.
 */

type Part = string | typeof STAR;
const STAR = Symbol('star');

function splitPattern(pattern: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      // `\*` and `\\` are the documented escapes; any other escaped character stands for itself.
      literal += pattern[++i];
    } else if (ch === '*') {
      if (literal !== '') parts.push(literal);
      literal = '';
      if (parts[parts.length - 1] !== STAR) parts.push(STAR);
    } else {
      literal += ch;
    }
  }
  if (literal !== '') parts.push(literal);
  return parts;
}

/** Glob match over literal segments: greedy-free, linear in practice (no regex, no backtracking blow-up). */
function matchParts(parts: readonly Part[], value: string): boolean {
  if (parts.length === 0) return value === '';
  let pos = 0;
  let i = 0;
  // Leading literal must sit at the start.
  const first = parts[0];
  if (first !== STAR) {
    if (!value.startsWith(first)) return false;
    pos = first.length;
    i = 1;
    if (parts.length === 1) return pos === value.length;
  }
  const last = parts[parts.length - 1];
  const end = last === STAR ? value.length : value.length - last.length;
  if (last !== STAR && (end < pos || !value.endsWith(last))) return false;
  const stop = last === STAR ? parts.length : parts.length - 1;
  // Middle literals (each after a star): the leftmost occurrence is always the best choice.
  for (; i < stop; i++) {
    const part = parts[i];
    if (part === STAR) continue;
    const at = value.indexOf(part, pos);
    if (at < 0 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return last === STAR || pos <= end;
}

/**
 * Compiles a `StringMatches` pattern into a matcher.
 * @example compileStringMatches('log-*.txt')('log-2024.txt') === true
 * @example compileStringMatches('a\\*b')('a*b') === true // the JSON text "a\\\\*b"
 */
export function compileStringMatches(pattern: string): (value: string) => boolean {
  const parts = splitPattern(pattern);
  if (parts.length === 1 && parts[0] !== STAR) {
    const literal = parts[0];
    return (value) => value === literal;
  }
  return (value) => matchParts(parts, value);
}
