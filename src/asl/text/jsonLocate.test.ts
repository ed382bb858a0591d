import { describe, expect, it } from 'vitest';
import { locateJson, Want } from './jsonLocate';
import { NotEditable } from './types';

function find(text: string, path: (string | number)[]) {
  const root = new Want();
  const want = root.at(path);
  want.target = true;
  want.members = true;
  locateJson(text, root);
  const found = want.found;
  return found && text.slice(found.start, found.end);
}

describe('locateJson', () => {
  it.each([
    { name: 'a nested value', text: '{"a": {"b": [1, {"c": "x"}]}}', path: ['a', 'b', 1, 'c'], expected: '"x"' },
    { name: 'past strings with escaped quotes and brackets', text: '{"s": "a\\"}]\\\\", "t": [true]}', path: ['t'], expected: '[true]' },
    { name: 'past comments and trailing commas', text: '// head\n{"a": /* } */ 1, "b": {"c": null,},}', path: ['b'], expected: '{"c": null,}' },
    { name: 'an escaped key', text: '{"a\\u0062": 2}', path: ['ab'], expected: '2' },
  ])('finds $name', ({ text, path, expected }) => {
    expect(find(text, path)).toBe(expected);
  });

  it.each([
    { name: 'a repeated key on the path (JSON.parse keeps the last)', text: '{"a": 1, "a": 2}' },
    { name: 'broken JSON', text: '{"a": [1, 2}' },
    { name: 'text after the document', text: '{"a": 1} x' },
  ])('refuses $name', ({ text }) => {
    expect(() => find(text, ['a'])).toThrow(NotEditable);
  });
});
