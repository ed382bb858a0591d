import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parseJsonText';
import { parseText } from './parseText';

describe('parseJsonText (JSON without the YAML parser)', () => {
  it.each([
    ['a valid definition', '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }'],
    ['broken JSON', '{ "StartAt": '],
    ['a trailing comma', '{ "StartAt": "A", }'],
    ['empty text', '  '],
  ])('reads %s exactly as parseText does', (_, text) => {
    const json = parseJsonText(text);
    const any = parseText(text);
    expect(json.value).toEqual(any.value);
    expect(json.diagnostics).toEqual(any.diagnostics);
    expect(json.format).toBe('json');
    expect(json.sourceMap.rangeOf('/StartAt')).toEqual(any.sourceMap.rangeOf('/StartAt'));
  });
});
