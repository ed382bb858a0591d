import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './lineIndex';
import type { NodeTable } from './nodeTable';
import { tableValidJson } from './tableValidJson';
import { visitJson } from './visitJson';

const columns = (t: NodeTable) => ({ start: t.start, end: t.end, keyStart: t.keyStart, keyEnd: t.keyEnd, parent: t.parent, token: t.token });

describe('tableValidJson (the fast path behind the source map of valid JSON)', () => {
  it('maps every value exactly as the jsonc-parser visitor does, whatever the formatting', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.constantFrom(undefined, 1, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(columns(tableValidJson(text))).toEqual(columns(visitJson(text, new LineIndex(text)).table));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes escaped keys, so their pointers match the value', () => {
    const text = '{"a\\"b": {"\\u00e9\\/": 1}}';
    const table = tableValidJson(text);
    expect(table.pointerOf(2)).toBe('/a"b/é~1');
    expect(text.slice(table.start[2], table.end[2])).toBe('1');
  });
});
