import { describe, expect, it } from 'vitest';
import { canonicalPath, invalidPathCause } from './canonical';
import { compilePath } from './compilePath';
import { createPathContext } from './context';
import { parsePath } from './parsePath';

const ctx = createPathContext({ contextObject: { Execution: {} } });

describe('AWS messages for paths that select nothing', () => {
  it.each([
    ['$.NoSuchInputPath', { 'int-literal': 0 }, "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']"],
    ['$.a.b.c', { a: { b: {} } }, "Invalid path '$.a.b.c' : No results for path: $['a']['b']['c']"],
    ['$.a.x.y', { a: {} }, "Invalid path '$.a.x.y' : No results for path: $['a']['x']"],
    ['$.l[3]', { l: [1] }, "Invalid path '$.l[3]' : No results for path: $['l'][3]"],
    ['$$.Execution.Nope', {}, "Invalid path '$$.Execution.Nope' : No results for path: $['Execution']['Nope']"],
  ])('%s', (path, input, cause) => {
    expect(invalidPathCause(compilePath(path), input, ctx)).toBe(cause);
  });

  it.each([
    ['$.a.b[0]', "$['a']['b'][0]"],
    ["$['x y'][*]", "$['x y'][*]"],
    ['$..n[1:2]', "$..['n'][1:2]"],
    ['$.a[?(@.b)].length()', "$['a'][?].length()"],
  ])('canonical form of %s', (path, expected) => {
    expect(canonicalPath(parsePath(path))).toBe(expected);
  });
});
