import { describe, expect, it } from 'vitest';
import { realWorldFixtures } from '../__fixtures__';
import { renameState } from '../ops';
import { parseText } from '../parse';
import { toPointer } from '../pointer';
import type { JsonObject, JsonValue, StateMachine } from '../types';
import { sameJson } from './diff';
import { matchLines } from './lineDiff';
import { put } from './textTestKit';
import { updateText } from './updateText';

const commentLines = (text: string) => text.split('\n').filter((line) => /(^|\s)#(?![^"]*"\s*$)/.test(line)).length;

/** Lines of `before` that `after` no longer has (the ones an edit rewrote or removed). */
function changedLines(before: string, after: string): string[] {
  const lines = before.split('\n');
  const match = matchLines(lines, after.split('\n'));
  return lines.filter((_, i) => match[i] < 0);
}

/** Lines of `after` that `before` did not have. */
const newLines = (before: string, after: string) => changedLines(after, before);

const fixtures = realWorldFixtures.map((fixture) => {
  const parsed = parseText(fixture.text, fixture.format);
  const value = parsed.value as JsonObject;
  const states = value.States as JsonObject;
  const first = Object.keys(states)[0];
  return { ...fixture, value, sourceMap: parsed.sourceMap, first, state: states[first] as JsonObject };
});

describe.each(fixtures)('updateText on the real-world fixture $file', (fixture) => {
  const check = (next: JsonValue) => {
    const result = updateText(fixture.text, fixture.format, fixture.value, next);
    expect(result.fullRewrite).toBeUndefined();
    const reparsed = parseText(result.text, fixture.format).value;
    expect(reparsed !== undefined && sameJson(reparsed, next)).toBe(true);
    return result.text;
  };

  it('renames the first state: only lines naming it change, comments stay', () => {
    const to = `${fixture.first} v2`;
    const renamed = renameState(fixture.value as unknown as StateMachine, fixture.first, to);
    if (!renamed.ok) throw new Error(renamed.error.message);
    const text = check(renamed.definition as unknown as JsonValue);
    const changed = changedLines(fixture.text, text);
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toContain(fixture.first);
    expect(text.split('\n').length).toBe(fixture.text.split('\n').length);
    expect(commentLines(text)).toBe(commentLines(fixture.text));
  });

  it('deletes a field: its lines go, at most one other line changes (a comma)', () => {
    const key = Object.keys(fixture.state).find((k) => {
      if (k === 'Type' || k === 'Next' || k === 'End') return false;
      const pointer = toPointer(['States', fixture.first, k]);
      const [keyRange, range] = [fixture.sourceMap.keyRangeOf(pointer), fixture.sourceMap.rangeOf(pointer)];
      return keyRange && range && commentLines(fixture.text.slice(keyRange.start.offset, range.end.offset)) === 0;
    });
    const path = key ? ['States', fixture.first, key] : ['StartAt'];
    const next = key ? put(fixture.value, path, undefined) : put(fixture.value, ['Comment'], undefined);
    const text = check(next);
    expect(newLines(fixture.text, text).length).toBeLessThanOrEqual(1);
    expect(commentLines(text)).toBe(commentLines(fixture.text));
  });

  it('adds a field to the first state: one new line, at most one other line changes', () => {
    const text = check(put(fixture.value, ['States', fixture.first, 'Comment'], 'Edited in the studio'));
    expect(newLines(fixture.text, text).filter((line) => !line.includes('Edited in the studio')).length).toBeLessThanOrEqual(1);
    expect(changedLines(fixture.text, text).length).toBeLessThanOrEqual(1);
    expect(commentLines(text)).toBe(commentLines(fixture.text));
  });
});
