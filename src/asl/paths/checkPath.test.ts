import { describe, expect, it } from 'vitest';
import { checkPath } from './checkPath';
import { parsePath } from './parsePath';
import { PathSyntaxError } from './PathSyntaxError';

describe('checkPath: syntax', () => {
  it.each([
    '$',
    '$.a.b',
    "$['a b']",
    '$["x"]',
    '$[0]',
    '$[-1]',
    '$[*]',
    '$.*',
    '$..name',
    '$[0,1]',
    "$['a','b']",
    '$[1:3]',
    '$[:2]',
    '$[-2:]',
    '$[?(@.price < 10)]',
    '$[?(@.isbn)]',
    "$[?(@.a == 'x' && @.b > 1)]",
    '$[?(@.a || @.b)]',
    '$.items.length()',
    '$$.Execution.Id',
    '$$',
    '$myVar',
    '$myVar.a[0]',
    '$.a-b.c:d',
    '$.Execution.Input',
    '${Path}',
  ])('accepts %s', (text) => {
    expect(checkPath(text, 'path')).toBeNull();
  });

  it.each([
    ['', 'must not be empty'],
    ['a.b', "must start with '$'"],
    ['$.', "must not end with '.'"],
    ['$..', "must not end with '..'"],
    ['$.a b', 'bracket notation'],
    ['$[', "Unterminated '['"],
    ["$['a", 'Unterminated string'],
    ['$[0', "Expected ']'"],
    ['$[a]', "Unexpected 'a'"],
    ['$[?(@.a <)]', 'Unexpected'],
    ['$.a.nope()', "Unknown path function 'nope()'"],
    ['$.a.length().b', 'must come last'],
    ['$[1:2:3]', 'Slice steps'],
    ['$ .a', "Unexpected ' '"],
    ['$[?(@.a =~ 3)]', 'regular expression'],
  ])('rejects %j with a message about %s', (text, fragment) => {
    const message = checkPath(text, 'path');
    expect(message).toContain(fragment);
    expect(message).toContain(`'${text}'`);
  });

  it('reports where the syntax error is', () => {
    try {
      parsePath('$.a[x]');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PathSyntaxError);
      expect((e as PathSyntaxError).offset).toBe(4);
    }
  });
});

describe('checkPath: reference paths identify a single node', () => {
  it.each(['$', '$.a.b', "$['a b'].c", '$.list[0].x', '$.a[-1]', '$$.Execution.Input', '$var.a'])('accepts %s', (text) => {
    expect(checkPath(text, 'reference')).toBeNull();
  });

  it.each(['$.a[*]', '$.*', '$..a', '$[0,1]', "$['a','b']", '$[1:3]', '$[?(@.x)]', '$.a.length()'])('rejects %s', (text) => {
    expect(checkPath(text, 'reference')).toMatch(/must identify a single node/);
  });

  it('requires a context path to start with $$', () => {
    expect(checkPath('$$.Map.Item.Value', 'context')).toBeNull();
    expect(checkPath('$.Map', 'context')).toMatch(/\$\$/);
  });

  it('requires ResultPath to write into the input ($), not $$ or a variable', () => {
    expect(checkPath('$.result', 'result')).toBeNull();
    expect(checkPath('$$.Execution', 'result')).toMatch(/must start with '\$'/);
    expect(checkPath('$v', 'result')).toMatch(/must start with '\$'/);
    expect(checkPath('$.r[*]', 'result')).toMatch(/single node/);
  });
});
