/** What one cheap pass over JSON text found, before any parser runs. */
export interface JsonScan {
  /** Offset of the bracket that took nesting past the limit, or -1. */
  deepAt: number;
  /** Colons outside strings and comments: in valid JSON, the number of properties. */
  colons: number;
}

/**
 * One pass over the characters that skips strings and comments exactly as jsonc-parser's scanner
 * does (a string ends at its closing quote or at a line break; a backslash escapes any character),
 * counting bracket depth and colons. It runs before jsonc-parser, which recurses once per level.
 */
export function scanJson(text: string, limit: number): JsonScan {
  let depth = 0;
  let colons = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i = skipString(text, i + 1) - 1;
    } else if (ch === 0x3a /* : */) {
      colons++;
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > limit) return { deepAt: i, colons };
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      if (depth > 0) depth--;
    } else if (ch === 0x2f /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f) {
        while (i + 1 < n && !isLineBreak(text.charCodeAt(i + 1))) i++;
      } else if (next === 0x2a /* * */) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? n : close + 1;
      }
    }
  }
  return { deepAt: -1, colons };
}

/** Offset just after the string whose content starts at `from` (past its closing quote, or at the line break or end that cut it). */
function skipString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch === 0x5c) i++;
    else if (isLineBreak(ch)) return i;
  }
  return text.length;
}

function isLineBreak(ch: number): boolean {
  return ch === 0x0a || ch === 0x0d;
}
