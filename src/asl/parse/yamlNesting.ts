import type { CST } from 'yaml';

/**
 * Finds where YAML nesting first exceeds `limit`, on the concrete syntax tree. yaml's lexer and
 * parser keep explicit stacks, but its composer and `toJS` recurse once per level (about 1,000
 * flow levels overflow the stack), so the check runs between the two, iteratively. Returns the
 * offset of the collection that crossed the limit, or -1.
 */
export function findDeepYamlNesting(tokens: readonly CST.Token[], limit: number): number {
  // Two parallel stacks, not one of {token, depth} pairs: a 5 MB file has a million tokens.
  const stack: CST.Token[] = tokens.slice();
  const depths: number[] = tokens.map(() => 0);
  while (stack.length > 0) {
    const token = stack.pop()!;
    const depth = depths.pop()!;
    if (token.type === 'document') {
      if (token.value) {
        stack.push(token.value);
        depths.push(depth);
      }
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) {
        if (item.key) {
          stack.push(item.key);
          depths.push(depth + 1);
        }
        if (item.value) {
          stack.push(item.value);
          depths.push(depth + 1);
        }
      }
    }
  }
  return -1;
}
