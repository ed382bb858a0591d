import type { SourceFormat } from './types';

/**
 * Guesses the notation of a definition: JSON when the first meaningful character opens an object
 * or an array, YAML otherwise. Whitespace, a byte-order mark and leading JSON comments are skipped
 * so that `// note\n{...}` is still read (and reported) as JSON. Empty text counts as JSON.
 * @example detectFormat('  {"StartAt": "A"}') === 'json'; detectFormat('StartAt: A') === 'yaml'
 */
export function detectFormat(text: string): SourceFormat {
  let i = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0xfeff) {
      i++;
    } else if (ch === 0x2f /* / */ && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
    } else if (ch === 0x2f && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      return ch === 0x7b /* { */ || ch === 0x5b /* [ */ ? 'json' : 'yaml';
    }
  }
  return 'json';
}
