import { describe, expect, it } from 'vitest';
import type { IntrinsicCall } from './ast';
import { IntrinsicSyntaxError, MAX_INTRINSIC_DEPTH } from './ast';
import { parseIntrinsic } from './parseIntrinsic';

function nest(depth: number): string {
  let text = '$.list';
  for (let i = 0; i < depth; i++) text = `States.Array(${text})`;
  return text;
}

describe('parseIntrinsic', () => {
  it('reads literals, paths and nested calls', () => {
    const call = parseIntrinsic("States.Format('a {}', $.x, 1.5, -2, true, false, null, $$.Execution.Id, $v.k, States.UUID())");
    expect(call.name).toBe('States.Format');
    expect(call.args.map((a) => (a.kind === 'literal' ? a.value : a.kind === 'path' ? a.text : a.call.name))).toEqual([
      'a {}', '$.x', 1.5, -2, true, false, null, '$$.Execution.Id', '$v.k', 'States.UUID',
    ]);
  });

  it('allows whitespace around names, arguments and parentheses', () => {
    expect(parseIntrinsic("  States.Array (  1 ,'x'  , $.a  )  ").args).toHaveLength(3);
  });

  it('keeps commas and parentheses inside a path argument', () => {
    const call = parseIntrinsic("States.Array($['a,b'], $.l[?(@.n > 1)], $.m[0,1])");
    expect(call.args.map((a) => (a.kind === 'path' ? a.text : null))).toEqual(["$['a,b']", '$.l[?(@.n > 1)]', '$.m[0,1]']);
  });

  it.each([
    ["'\\''", "'"],
    ["'\\{\\}'", '{}'],
    ["'a\\\\b'", 'a\\b'],
    ["''", ''],
  ])('unescapes the string literal %s', (literal, value) => {
    const arg = parseIntrinsic(`States.Array(${literal})`).args[0];
    expect(arg.kind === 'literal' && arg.value).toBe(value);
  });

  it('remembers which {} are placeholders for States.Format', () => {
    const arg = parseIntrinsic("States.Format('x\\{\\} {} y {}', 1, 2)").args[0];
    expect(arg.kind === 'literal' && arg.formatParts).toEqual(['x{} ', ' y ', '']);
  });

  it(`accepts nesting up to ${MAX_INTRINSIC_DEPTH} calls and refuses more`, () => {
    expect(depthOf(parseIntrinsic(nest(MAX_INTRINSIC_DEPTH)))).toBe(MAX_INTRINSIC_DEPTH);
    expect(() => parseIntrinsic(nest(MAX_INTRINSIC_DEPTH + 1))).toThrow(/at most 10 deep/);
  });

  it.each([
    ['States.Format(', "Missing ')'"],
    ["States.Format('x'", "Missing ')'"],
    ["States.Format('x)", 'Unterminated string'],
    ["States.Format('\\\"q\\\"')", "Invalid escape '\\\"'"],
    ["States.Format('\\n')", "Invalid escape '\\n'"],
    ['States.Array(1 2)', "Expected ',' or ')'"],
    ['States.Array(1,)', 'Unexpected'],
    ['States.Array(x)', "Unexpected 'x'"],
    ['States.Array($.a[)', 'Invalid path'],
    ['States.Array() extra', 'after the call'],
    ['Nope()', 'Expected an intrinsic function'],
    ['States.Array', "Expected '('"],
    ['States.Array("x")', `Unexpected '"'`],
  ])('refuses %s', (text, fragment) => {
    try {
      parseIntrinsic(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IntrinsicSyntaxError);
      expect((e as IntrinsicSyntaxError).code).toBe('INVALID_INTRINSIC');
      expect((e as IntrinsicSyntaxError).message).toContain(fragment);
    }
  });
});

function depthOf(call: IntrinsicCall): number {
  return 1 + Math.max(0, ...call.args.map((a) => (a.kind === 'call' ? depthOf(a.call) : 0)));
}
