import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../types';
import { parseText } from './parseText';

const DEFINITION = `{
  "StartAt": "Fetch",
  "States": {
    "Fetch": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Next": "Fan"
    },
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        {
          "StartAt": "Inner",
          "States": { "Inner": { "Type": "Succeed" } }
        }
      ],
      "End": true
    }
  }
}`;

/** [line, column] -> [line, column] of a range, the way a user reads the editor. */
const span = (range: SourceRange | undefined) => range && [range.start.line, range.start.column, range.end.line, range.end.column];
const textOf = (text: string, range: SourceRange | undefined) => range && text.slice(range.start.offset, range.end.offset);
const offsetOf = (text: string, line: number, column: number) =>
  text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;

describe('parseText (JSON): value and source map', () => {
  const result = parseText(DEFINITION);

  it('reads the definition as JSON.parse does, without diagnostics', () => {
    expect(result.format).toBe('json');
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual(JSON.parse(DEFINITION));
  });

  it.each([
    ['the whole document', '', [1, 1, 20, 2], DEFINITION],
    ['a state', '/States/Fetch', [4, 14, 8, 6], undefined],
    ['a Next value', '/States/Fetch/Next', [7, 15, 7, 20], '"Fan"'],
    ['a branch', '/States/Fan/Branches/0', [12, 9, 15, 10], undefined],
    ['a state nested in a branch', '/States/Fan/Branches/0/States/Inner', [14, 32, 14, 53], '{ "Type": "Succeed" }'],
    ['a boolean', '/States/Fan/End', [17, 14, 17, 18], 'true'],
  ])('rangeOf %s', (_name, pointer, expected, text) => {
    const range = result.sourceMap.rangeOf(pointer);
    expect(span(range)).toEqual(expected);
    if (text) expect(textOf(DEFINITION, range)).toBe(text);
  });

  it.each([
    ['a state name', '/States/Fetch', [4, 5, 4, 12], '"Fetch"'],
    ['a field name', '/States/Fetch/Next', [7, 7, 7, 13], '"Next"'],
    ['a nested state name', '/States/Fan/Branches/0/States/Inner', [14, 23, 14, 30], '"Inner"'],
  ])('keyRangeOf %s', (_name, pointer, expected, text) => {
    const range = result.sourceMap.keyRangeOf(pointer);
    expect(span(range)).toEqual(expected);
    expect(textOf(DEFINITION, range)).toBe(text);
  });

  it.each([
    ['an array item has no key', '/States/Fan/Branches/0'],
    ['the document has no key', ''],
    ['a missing state has no key', '/States/Nope'],
  ])('keyRangeOf: %s', (_name, pointer) => {
    expect(result.sourceMap.keyRangeOf(pointer)).toBeUndefined();
  });

  it('rangeOf a pointer that names nothing is undefined', () => {
    expect(result.sourceMap.rangeOf('/States/Nope')).toBeUndefined();
    expect(result.sourceMap.rangeOf('/States/Fetch/Next/x')).toBeUndefined();
  });

  it.each([
    ['the opening brace', 1, 1, ''],
    ['a state name (the cursor is on the state)', 4, 7, '/States/Fetch'],
    ['indentation between two fields of a state', 5, 1, '/States/Fetch'],
    ['inside a Next value', 7, 17, '/States/Fetch/Next'],
    ['the opening quote of a value', 7, 15, '/States/Fetch/Next'],
    ['just after a value (end is exclusive)', 7, 20, '/States/Fetch'],
    ['a field of a state in a branch', 14, 45, '/States/Fan/Branches/0/States/Inner/Type'],
    ['between array items', 11, 20, '/States/Fan/Branches'],
  ])('pointerAt %s', (_name, line, column, pointer) => {
    expect(result.sourceMap.pointerAt(offsetOf(DEFINITION, line, column))).toBe(pointer);
  });

  it('the visitor path (taken when there is something to report) maps the same ranges as the fast path', () => {
    const prefix = '// draft\n';
    const slow = parseText(prefix + DEFINITION);
    expect(slow.diagnostics.map((d) => d.code)).toEqual(['PARSE_SYNTAX']);
    for (const pointer of ['', '/States/Fetch', '/States/Fetch/Next', '/States/Fan/Branches/0/States/Inner']) {
      expect(slow.sourceMap.rangeOf(pointer)?.start.offset).toBe(result.sourceMap.rangeOf(pointer)!.start.offset + prefix.length);
      expect(slow.sourceMap.rangeOf(pointer)?.end.offset).toBe(result.sourceMap.rangeOf(pointer)!.end.offset + prefix.length);
      expect(slow.sourceMap.keyRangeOf(pointer)?.start.offset).toBe(keyStart(pointer) === undefined ? undefined : keyStart(pointer)! + prefix.length);
    }
  });

  const keyStart = (pointer: string) => result.sourceMap.keyRangeOf(pointer)?.start.offset;

  it('pointerAt outside the document is the document', () => {
    expect(result.sourceMap.pointerAt(-1)).toBe('');
    expect(result.sourceMap.pointerAt(DEFINITION.length + 10)).toBe('');
  });

  it('escapes pointer tokens: a state named "a/b~c" is /States/a~1b~0c', () => {
    const text = '{"States": {"a/b~c": {"Type": "Pass"}}}';
    const { sourceMap } = parseText(text);
    expect(textOf(text, sourceMap.keyRangeOf('/States/a~1b~0c'))).toBe('"a/b~c"');
    expect(sourceMap.pointerAt(text.indexOf('Pass'))).toBe('/States/a~1b~0c/Type');
  });

  it('keeps integers and floats as JSON.parse does', () => {
    expect(parseText('{"a": 1, "b": 1.0, "c": 2.5, "d": -3e2}').value).toEqual({ a: 1, b: 1, c: 2.5, d: -300 });
  });

  it('a "__proto__" key stays an ordinary key, as in JSON.parse', () => {
    const { value } = parseText('{"__proto__": {"x": 1}}');
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(value).toEqual(JSON.parse('{"__proto__": {"x": 1}}'));
  });

  it('reads a byte-order mark as whitespace, keeping offsets', () => {
    const { value, diagnostics, sourceMap } = parseText('\ufeff{"a": 1}');
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ a: 1 });
    expect(sourceMap.rangeOf('/a')?.start.offset).toBe(7);
  });
});

describe('parseText (JSON): syntax errors', () => {
  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'Expected a comma', 3, 3],
    ['an unclosed object', '{\n  "a": 1', 'Expected a comma or closing brace', 2, 9],
    ['an unclosed array', '[1, 2', 'Expected a comma or closing bracket', 1, 6],
    ['a missing value', '{"a": }', 'Expected a value', 1, 7],
    ['a missing colon', '{"a" 1}', 'Expected a colon after the property name', 1, 6],
    ['single quotes', "{'a': 1}", 'Unexpected character', 1, 2],
    ['text after the document', '{"a": 1}}', 'Unexpected text after the end of the definition', 1, 9],
    ['an unterminated string', '{"a": "abc\n}', 'Unterminated string', 1, 7],
    ['a bad escape', '{"a": "\\q"}', 'Invalid escape sequence in string', 1, 7],
    ['a bad unicode escape', '{"a": "\\u12"}', 'Invalid \\u escape', 1, 7],
    ['a raw tab in a string', '{"a": "x\ty"}', 'Control character in string', 1, 7],
    ['an incomplete number', '{"a": 1.}', 'Incomplete number', 1, 7],
    ['a bare word', '{"a": tru}', 'Unexpected character', 1, 7],
  ])('%s is PARSE_SYNTAX at its line and column, and no value', (_name, text, message, line, column) => {
    const { value, diagnostics } = parseText(text, 'json');
    expect(value).toBeUndefined();
    const first = diagnostics[0];
    expect(first).toMatchObject({ code: 'PARSE_SYNTAX', severity: 'error', pointer: '' });
    expect(first.message).toContain(message);
    expect(first.message).toContain(`line ${line}, column ${column}`);
    expect([first.range?.start.line, first.range?.start.column]).toEqual([line, column]);
  });

  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 'Trailing comma is not allowed in JSON', [2, 9, 2, 10], { a: 1 }],
    ['a trailing comma in an array', '{"a": [1, 2,]}', 'Trailing comma is not allowed in JSON', [1, 12, 1, 13], { a: [1, 2] }],
    ['a line comment', '{\n  // note\n  "a": 1\n}', 'Comments are not allowed in JSON', [2, 3, 2, 10], { a: 1 }],
    ['a block comment', '{"a": /* x */ 1}', 'Comments are not allowed in JSON', [1, 7, 1, 14], { a: 1 }],
  ])('%s is an error AWS would raise, but the value is still produced', (_name, text, message, range, value) => {
    const result = parseText(text);
    expect(result.value).toEqual(value);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', severity: 'error' });
    expect(result.diagnostics[0].message).toContain(message);
    expect(span(result.diagnostics[0].range)).toEqual(range);
  });

  it('a repeated key is DUPLICATE_KEY at the second key, and the last value wins as in JSON.parse', () => {
    const text = '{"States": {"A": {\n  "Type": "Pass",\n  "Type": "Task"\n}}}';
    const { value, diagnostics } = parseText(text);
    expect(value).toEqual({ States: { A: { Type: 'Task' } } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'DUPLICATE_KEY', severity: 'error', pointer: '/States/A/Type' });
    expect(span(diagnostics[0].range)).toEqual([3, 3, 3, 9]);
  });

  it('the same key in two different objects is no duplicate', () => {
    expect(parseText('{"a": {"x": 1}, "b": {"x": 2}}').diagnostics).toEqual([]);
  });

  it('a number beyond the double range is NON_JSON_NUMBER (JSON.parse would make it Infinity)', () => {
    const { diagnostics } = parseText('{"a": 1e400}');
    expect(diagnostics[0]).toMatchObject({ code: 'NON_JSON_NUMBER', pointer: '/a' });
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', '  \n\t\r\n'],
    ['only comments', '// nothing yet\n/* still nothing */'],
  ])('%s is PARSE_EMPTY', (_name, text) => {
    const { value, diagnostics } = parseText(text, 'json');
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'PARSE_EMPTY', severity: 'error', pointer: '' });
  });

  it('a broken document still maps what was read, so the cursor finds its state', () => {
    const text = '{"States": {"A": {"Type": "Pass", "Next": }}}';
    const { value, sourceMap } = parseText(text);
    expect(value).toBeUndefined();
    expect(sourceMap.pointerAt(text.indexOf('Pass'))).toBe('/States/A/Type');
  });
});
