import fc from 'fast-check';
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parse';
import { toPointer } from '../pointer';
import { toYamlText } from '../serialize';
import type { JsonObject, JsonValue } from '../types';
import { applyEdits } from './edits';
import { get, put, renameAt } from './textTestKit';
import type { Format } from './textTestKit';
import { updateText } from './updateText';
import type { Segment } from './types';

const key = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('Next', 'Type', 'a b', 'x/y', '${K}', 'yes', '1')).filter((k) => k !== '__proto__');
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('${Placeholder}', 'yes', 'on', '1_000', '2024-01-01', 'a: b', '# hash', 'two\nlines', '', ' padded ', 'null', '{% $x %}', '-'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec<{ value: JsonValue; array: JsonValue[]; object: JsonObject }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 4 }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));
const documents = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });

/** One random structural edit, resolved against the document when it runs. */
const modification = fc.record({ target: fc.nat(), kind: fc.nat(3), pick: fc.nat(), name: key, value });
type Modification = typeof modification extends fc.Arbitrary<infer T> ? T : never;

function containers(v: JsonValue, path: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (v === null || typeof v !== 'object') return out;
  out.push(path);
  if (Array.isArray(v)) v.forEach((item, i) => containers(item, [...path, i], out));
  else for (const k of Object.keys(v)) containers(v[k], [...path, k], out);
  return out;
}

/** Applies a modification; returns the new document and the container it changed. */
function modify(doc: JsonValue, m: Modification): { next: JsonValue; at: Segment[] } {
  const all = containers(doc);
  const at = all[m.target % all.length];
  const target = get(doc, at);
  if (Array.isArray(target)) {
    const i = m.pick % (target.length + 1);
    if (m.kind === 0 && i < target.length) return { next: put(doc, [...at, i], m.value), at };
    if (m.kind === 1 && i < target.length) return { next: put(doc, [...at, i], undefined), at };
    const copy = [...target.slice(0, i), m.value, ...target.slice(i)];
    return { next: put(doc, at, copy), at };
  }
  const keys = Object.keys(target as JsonObject);
  const k = keys[m.pick % Math.max(keys.length, 1)];
  const fresh = keys.includes(m.name) ? `${m.name}~${keys.length}` : m.name;
  if (k === undefined || m.kind === 2) return { next: put(doc, [...at, fresh], m.value), at };
  if (m.kind === 0) return { next: put(doc, [...at, k], m.value), at };
  if (m.kind === 1) return { next: put(doc, [...at, k], undefined), at };
  return { next: renameAt(doc, at, k, fresh), at };
}

const write = (doc: JsonValue, format: Format, indent: string) => (format === 'json' ? JSON.stringify(doc, null, indent) + '\n' : toYamlText(doc));

/**
 * YAML with comments above keys and after values (chosen by the bits of `bits`), lists indented
 * or not, and extra spaces before the trailing comments, which yaml does not print back: so the
 * merge of re-printed lines into the user's text is exercised, not only a plain diff.
 */
function commentedYaml(doc: JsonValue, bits: number, indentSeq: boolean): string {
  const yaml = parseDocument(toYamlText(doc));
  let i = 0;
  visit(yaml, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && (bits >> (i++ % 24)) & 1) pair.key.commentBefore = ` above ${i}`;
      if (isPair(pair) && isScalar(pair.value) && (bits >> (i++ % 24)) & 1) pair.value.comment = `~c ${i}`;
    },
  });
  return yaml.toString({ lineWidth: 0, indentSeq }).replace(/ #~c/g, '    #~c');
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The lines [first, last] holding the value at `path` (and its key). */
function span(text: string, format: Format, path: Segment[]): [number, number] {
  const map = parseText(text, format).sourceMap;
  const pointer = toPointer(path);
  const range = map.rangeOf(pointer);
  if (!range) throw new Error(`no range for ${pointer}`);
  const start = Math.min(range.start.offset, map.keyRangeOf(pointer)?.start.offset ?? Infinity);
  return [lineOf(text, start), lineOf(text, range.end.offset)];
}

const params = { seed: 20240611, numRuns: 200 };

describe.each<Format>(['json', 'yaml'])('updateText on random %s documents', (format) => {
  it('writes a text that parses to the new document', () => {
    fc.assert(
      fc.property(documents, fc.array(modification, { minLength: 1, maxLength: 3 }), fc.constantFrom('  ', '    ', '\t'), (doc, mods, indent) => {
        const text = write(doc, format, indent);
        const next = mods.reduce<JsonValue>((d, m) => modify(d, m).next, doc);
        const result = updateText(text, format, doc, next);
        expect(result.fullRewrite).toBeUndefined();
        expect(applyEdits(text, result.edits)).toBe(result.text);
        expect(parseText(result.text, format).value).toEqual(next);
      }),
      params,
    );
  });

  it('leaves every line outside the changed subtree as it was', () => {
    fc.assert(
      fc.property(documents, modification, (doc, m) => {
        const text = write(doc, format, '  ');
        const { next, at } = modify(doc, m);
        const result = updateText(text, format, doc, next);
        const [first, last] = span(text, format, at);
        const before = text.split('\n');
        const after = result.text.split('\n');
        const tail = before.length - 1 - last;
        expect(after.slice(0, first)).toEqual(before.slice(0, first));
        expect(after.slice(after.length - tail)).toEqual(before.slice(before.length - tail));
      }),
      params,
    );
  });
});

describe('updateText on random YAML with comments and its own layout', () => {
  it('writes a text that parses to the new document', () => {
    fc.assert(
      fc.property(documents, fc.array(modification, { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), (doc, mods, bits, indentSeq) => {
        const text = commentedYaml(doc, bits, indentSeq);
        const next = mods.reduce<JsonValue>((d, m) => modify(d, m).next, doc);
        const result = updateText(text, 'yaml', doc, next);
        expect(result.fullRewrite).toBeUndefined();
        expect(parseText(result.text, 'yaml').value).toEqual(next);
      }),
      params,
    );
  });
});
