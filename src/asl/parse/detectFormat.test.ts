import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';

describe('detectFormat', () => {
  it.each([
    ['an object', '{"StartAt": "A"}', 'json'],
    ['an array', '[1, 2]', 'json'],
    ['leading whitespace and newlines', '\n\t  {"a": 1}', 'json'],
    ['a byte-order mark', '\ufeff{"a": 1}', 'json'],
    ['a leading line comment (reported later as an error)', '// draft\n{"a": 1}', 'json'],
    ['a leading block comment', '/* draft */ {"a": 1}', 'json'],
    ['empty text', '', 'json'],
    ['a YAML mapping', 'StartAt: A\nStates: {}', 'yaml'],
    ['a YAML comment first', '# my workflow\nStartAt: A', 'yaml'],
    ['a YAML document marker', '---\nStartAt: A', 'yaml'],
    ['a YAML block sequence', '- a\n- b', 'yaml'],
    ['a quoted YAML key', '"StartAt": A', 'yaml'],
  ])('%s -> %s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});
