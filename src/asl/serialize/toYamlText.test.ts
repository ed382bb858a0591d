import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';
import { toYamlText } from './toYamlText';

describe('toYamlText', () => {
  it('writes block-style YAML in canonical order', () => {
    const text = toYamlText({
      States: { A: { End: true, Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ MaxAttempts: 2, ErrorEquals: ['States.ALL'] }] } },
      StartAt: 'A',
    });
    expect(text).toBe(
      [
        'StartAt: A',
        'States:',
        '  A:',
        '    Type: Task',
        '    Resource: arn:aws:states:::lambda:invoke',
        '    Retry:',
        '      - ErrorEquals:',
        '          - States.ALL',
        '        MaxAttempts: 2',
        '    End: true',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['"yes" (a YAML 1.1 boolean)', 'yes', '"yes"'],
    ['"No"', 'No', '"No"'],
    ['"on"', 'on', '"on"'],
    ['"null"', 'null', '"null"'],
    ['"~"', '~', '"~"'],
    ['"true"', 'true', '"true"'],
    ['"1e3"', '1e3', '"1e3"'],
    ['"0o7" (a YAML 1.2 octal)', '0o7', '"0o7"'],
    ['"1.0" (a Version)', '1.0', '"1.0"'],
    ['"2024-01-01" (a YAML 1.1 timestamp)', '2024-01-01', '"2024-01-01"'],
    ['"12:30" (a YAML 1.1 sexagesimal number)', '12:30', '"12:30"'],
    ['an empty string', '', '""'],
    ['a leading space', ' x', '" x"'],
    ['a colon and space', 'a: b', '"a: b"'],
    ['a leading dash and space', '- x', '"- x"'],
    ['a JSONata expression', '{% $states.input %}', '"{% $states.input %}"'],
  ])('quotes %s', (_name, value, quoted) => {
    expect(toYamlText({ v: value })).toBe(`v: ${quoted}\n`);
  });

  it.each([
    ['a ${Placeholder}', '${LambdaArn}'],
    ['an ARN', 'arn:aws:states:::lambda:invoke'],
    ['a JSONPath', '$.detail.items[0]'],
    ['words', 'Hello world'],
  ])('leaves %s plain', (_name, value) => {
    expect(toYamlText({ v: value })).toBe(`v: ${value}\n`);
  });

  it('writes a multi-line string as a literal block, never folding long lines', () => {
    const long = 'x'.repeat(200);
    expect(toYamlText({ Q: `line 1\n${long}\n` })).toBe(`Q: |\n  line 1\n  ${long}\n`);
    expect(toYamlText({ Q: long })).toBe(`Q: ${long}\n`);
  });

  it('quotes keys that would not read back as strings', () => {
    const text = toYamlText({ 'a: b': 1, 'yes': 2, '1': 3, '#x': 4 });
    expect(parse(text)).toEqual({ 'a: b': 1, 'yes': 2, '1': 3, '#x': 4 });
    expect(text).toContain('"yes": 2');
  });

  it('writes non-finite numbers as null, as JSON would', () => {
    expect(toYamlText({ a: Infinity, b: NaN })).toBe('a: null\nb: null\n');
  });

  it('double-quotes invisible separators and a byte-order mark so they survive', () => {
    for (const value of ['a\u2028b', '\ufeffx', 'x\u0085y']) {
      const text = toYamlText(value);
      expect(text.startsWith('"')).toBe(true);
      expect(parse(text)).toBe(value);
    }
  });

  it('never writes anchors or aliases, even for shared objects', () => {
    const shared = { x: 1 };
    const text = toYamlText({ a: shared, b: shared });
    expect(text).toBe('a:\n  x: 1\nb:\n  x: 1\n');
  });
});

describe('toYamlText keeps leading white space of multi-line strings', () => {
  it.each([' a\n b ', 'a\n  b', '\tx\ny'])('%j survives a round trip', (text) => {
    expect(parseText(toYamlText({ Comment: text })).value).toEqual({ Comment: text });
  });
});
