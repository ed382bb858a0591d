/** JSON pointers (RFC 6901): how diagnostics, the source map and the editor name a place in a definition. */

/** Escapes one reference token: `a/b~c` -> `a~1b~0c`. */
export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one reference token: `a~1b~0c` -> `a/b~c`. */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Builds a pointer from path segments.
 * @example toPointer(['States', 'A/B', 'Next']) === '/States/A~1B/Next'
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapeToken(s)).join('');
}

/**
 * Splits a pointer into its segments (`''` is the whole document).
 * @example fromPointer('/States/A~1B/Next') // ['States', 'A/B', 'Next']
 */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** Appends segments to a pointer. */
export function childPointer(pointer: string, ...segments: (string | number)[]): string {
  return pointer + toPointer(segments);
}
