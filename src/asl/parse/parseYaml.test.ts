import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../types';
import { parseText } from './parseText';

const DEFINITION = `StartAt: Fetch
States:
  Fetch:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Next: Fan
  Fan:
    Type: Parallel
    Branches:
      - StartAt: Inner
        States:
          Inner:
            Type: Succeed
    End: true
`;

const span = (range: SourceRange | undefined) => range && [range.start.line, range.start.column, range.end.line, range.end.column];
const textOf = (text: string, range: SourceRange | undefined) => range && text.slice(range.start.offset, range.end.offset);
const offsetOf = (text: string, line: number, column: number) =>
  text.split('\n').slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;

describe('parseText (YAML): value and source map', () => {
  const result = parseText(DEFINITION);

  it('reads the definition as plain JSON, without diagnostics', () => {
    expect(result.format).toBe('yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual({
      StartAt: 'Fetch',
      States: {
        Fetch: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Fan' },
        Fan: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Succeed' } } }], End: true },
      },
    });
  });

  it.each([
    ['the whole document ends with its last value', '', [1, 1, 14, 14]],
    ['a state runs from its first field to its last', '/States/Fetch', [4, 5, 6, 14]],
    ['a Next value', '/States/Fetch/Next', [6, 11, 6, 14]],
    ['a branch', '/States/Fan/Branches/0', [10, 9, 13, 26]],
    ['a state nested in a branch', '/States/Fan/Branches/0/States/Inner', [13, 13, 13, 26]],
  ])('rangeOf %s', (_name, pointer, expected) => {
    expect(span(result.sourceMap.rangeOf(pointer))).toEqual(expected);
  });

  it('rangeOf a scalar covers exactly its text', () => {
    expect(textOf(DEFINITION, result.sourceMap.rangeOf('/States/Fetch/Resource'))).toBe('arn:aws:states:::lambda:invoke');
  });

  it.each([
    ['a state name', '/States/Fetch', [3, 3, 3, 8], 'Fetch'],
    ['a field name', '/States/Fetch/Next', [6, 5, 6, 9], 'Next'],
    ['a nested state name', '/States/Fan/Branches/0/States/Inner', [12, 11, 12, 16], 'Inner'],
  ])('keyRangeOf %s', (_name, pointer, expected, text) => {
    const range = result.sourceMap.keyRangeOf(pointer);
    expect(span(range)).toEqual(expected);
    expect(textOf(DEFINITION, range)).toBe(text);
  });

  it.each([
    ['a state name', 3, 4, '/States/Fetch'],
    ['a Next value', 6, 12, '/States/Fetch/Next'],
    ['a field of a state in a branch', 13, 20, '/States/Fan/Branches/0/States/Inner/Type'],
    ['the dash of a branch', 10, 7, '/States/Fan/Branches'],
    ['a top-level key', 1, 3, '/StartAt'],
  ])('pointerAt %s', (_name, line, column, pointer) => {
    expect(result.sourceMap.pointerAt(offsetOf(DEFINITION, line, column))).toBe(pointer);
  });

  it('a flow collection covers its brackets', () => {
    const text = 'Retry: [{ErrorEquals: [States.ALL], MaxAttempts: 2}]\n';
    const { sourceMap } = parseText(text);
    expect(textOf(text, sourceMap.rangeOf('/Retry/0'))).toBe('{ErrorEquals: [States.ALL], MaxAttempts: 2}');
    expect(textOf(text, sourceMap.rangeOf('/Retry/0/ErrorEquals/0'))).toBe('States.ALL');
  });

  it('a key without a value is null, with an empty range just after its key', () => {
    const { value, sourceMap } = parseText('Comment:\nStartAt: A\n');
    expect(value).toEqual({ Comment: null, StartAt: 'A' });
    expect(sourceMap.rangeOf('/Comment')?.start.offset).toBe(8);
  });
});

describe('parseText (YAML): values stay plain JSON', () => {
  it.each([
    ['a ${Placeholder} stays a string', 'Resource: ${LambdaArn}', { Resource: '${LambdaArn}' }],
    ['a date stays a string (core schema, no timestamps)', 'At: 2024-01-01', { At: '2024-01-01' }],
    ['a full timestamp stays a string', 'At: 2024-01-01T10:00:00Z', { At: '2024-01-01T10:00:00Z' }],
    ['yes/no stay strings (YAML 1.2)', 'a: yes\nb: no\nc: on', { a: 'yes', b: 'no', c: 'on' }],
    ['true/false/null are JSON literals', 'a: true\nb: false\nc: null\nd: ~', { a: true, b: false, c: null, d: null }],
    ['integers and floats', 'a: 1\nb: 1.0\nc: 2.5\nd: -3e2\ne: 0x10', { a: 1, b: 1, c: 2.5, d: -300, e: 16 }],
    ['a quoted number stays a string', 'Version: "1.0"', { Version: '1.0' }],
    ['a literal block keeps its line breaks', 'Q: |\n  line 1\n  line 2\n', { Q: 'line 1\nline 2\n' }],
    ['aliases are resolved', 'a: &r {x: 1}\nb: *r', { a: { x: 1 }, b: { x: 1 } }],
    ['a numeric key becomes a string key', '200: ok', { '200': 'ok' }],
    ['a JSONata expression stays a string', 'Output: "{% $states.input %}"', { Output: '{% $states.input %}' }],
    ['JSON is YAML too', '{"a": [1, {"b": null}]}', { a: [1, { b: null }] }],
  ])('%s', (_name, text, value) => {
    const result = parseText(text, 'yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.value).toEqual(value);
  });
});

describe('parseText (YAML): errors and warnings', () => {
  it.each([
    ['a nested compact mapping', 'a: b: c', 'Nested mappings are not allowed in compact mappings', 1, 4],
    ['an unterminated quote', 'a: "abc\n', 'Missing closing "quote', 2, 1],
    ['tab indentation', 'a:\n\tb: 1\n', 'Tabs are not allowed as indentation', 2, 1],
    ['a second document', 'a: 1\n---\nb: 2\n', 'A definition is a single YAML document', 2, 1],
    ['a NUL byte (binary file)', 'a: 1\nb: \u0000\n', 'Control character U+0000 is not allowed in YAML', 2, 4],
    ['a bad indentation', 'a:\n  - x\n  y: 1\n', 'All mapping items must start at the same column', 3, 1],
  ])('%s is PARSE_SYNTAX at its line and column, and no value', (_name, text, message, line, column) => {
    const { value, diagnostics } = parseText(text, 'yaml');
    expect(value).toBeUndefined();
    const first = diagnostics.find((d) => d.severity === 'error');
    expect(first).toMatchObject({ code: 'PARSE_SYNTAX', pointer: '' });
    expect(first?.message).toContain(message);
    expect(first?.message).toContain(`line ${line}, column ${column}`);
    expect([first?.range?.start.line, first?.range?.start.column]).toEqual([line, column]);
  });

  it('a repeated key is DUPLICATE_KEY at the second key; the value keeps the last', () => {
    const text = 'States:\n  A:\n    Type: Pass\n    Type: Task\n';
    const { value, diagnostics } = parseText(text);
    expect(value).toEqual({ States: { A: { Type: 'Task' } } });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'DUPLICATE_KEY', severity: 'error', pointer: '/States/A/Type' });
    expect(span(diagnostics[0].range)).toEqual([4, 5, 4, 9]);
  });

  it('an unresolved CloudFormation tag is a warning; the value is still produced', () => {
    const { value, diagnostics } = parseText('Resource: !Ref MyFunction\n');
    expect(value).toEqual({ Resource: 'MyFunction' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', severity: 'warning' });
    expect(diagnostics[0].message).toContain('Unresolved tag: !Ref');
  });

  it('.inf is NON_JSON_NUMBER at its pointer', () => {
    const { diagnostics } = parseText('a:\n  b: .inf\n');
    expect(diagnostics[0]).toMatchObject({ code: 'NON_JSON_NUMBER', pointer: '/a/b' });
    expect(span(diagnostics[0].range)).toEqual([2, 6, 2, 10]);
  });

  it('a collection used as a key is an error', () => {
    const { diagnostics } = parseText('? [a, b]\n: 1\n');
    expect(diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', severity: 'error' });
    expect(diagnostics[0].message).toContain('cannot be a key');
  });

  it('an alias bomb ("billion laughs") is refused, not expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill('*' + 'abcdefghij'[i - 1]).join(', ')}]`);
    const { value, diagnostics } = parseText(lines.join('\n'), 'yaml');
    expect(value).toBeUndefined();
    expect(diagnostics[0].message).toContain('Excessive alias count');
  });

  it.each([
    ['only a comment', '# nothing yet\n'],
    ['only whitespace', '   \n\n'],
    ['only a document marker', '---\n'],
  ])('%s is PARSE_EMPTY', (_name, text) => {
    const { value, diagnostics } = parseText(text, 'yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['PARSE_EMPTY']);
  });

  it('an explicit null document is a value, not empty', () => {
    expect(parseText('null\n', 'yaml')).toMatchObject({ value: null, diagnostics: [] });
  });
});
