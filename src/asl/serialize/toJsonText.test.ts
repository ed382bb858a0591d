import { describe, expect, it } from 'vitest';
import { toJsonText } from './toJsonText';

describe('toJsonText', () => {
  it('writes 2-space JSON in canonical order with a trailing newline', () => {
    const text = toJsonText({ States: { A: { End: true, Type: 'Pass' } }, StartAt: 'A' });
    expect(text).toBe('{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}\n');
  });

  it('formats exactly as JSON.stringify(value, null, 2) where no reordering applies', () => {
    const payload = { z: [1, 2.5, -3e-7, { y: null, x: [] }], a: {}, 'quote"d': 'line\nbreak\u2028\ud800', e: '' };
    expect(toJsonText([payload, 'x', 1e21])).toBe(JSON.stringify([payload, 'x', 1e21], null, 2) + '\n');
  });

  it('writes canonical order even for integer-like keys, which plain objects cannot hold in order', () => {
    const text = toJsonText({ StartAt: '1', States: { '1': { End: true, '2': 'x', Type: 'Pass' } } });
    expect(text.indexOf('"Type"')).toBeLessThan(text.indexOf('"2"'));
    expect(text.indexOf('"2"')).toBeLessThan(text.indexOf('"End"'));
  });

  it('writes non-finite numbers as null, like JSON.stringify', () => {
    expect(toJsonText({ a: Infinity, b: [NaN] })).toBe('{\n  "a": null,\n  "b": [\n    null\n  ]\n}\n');
  });

  it.each([
    ['null', null, 'null\n'],
    ['a string', 'x', '"x"\n'],
    ['an empty object', {}, '{}\n'],
    ['an empty array', [], '[]\n'],
  ])('writes %s as a document', (_name, value, text) => {
    expect(toJsonText(value)).toBe(text);
  });
});
