import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { MAX_NESTING } from './diagnostics';
import { parseText } from './parseText';

/** A definition of `count` Task states, each with a payload, a retrier and a catcher. */
function bigDefinition(count: number): JsonObject {
  const States: JsonObject = {};
  for (let i = 0; i < count; i++) {
    States[`State ${i}`] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { 'Payload.$': '$', FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:step-${i}`, Tags: ['a', 'b', { n: i }] },
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      ...(i + 1 < count ? { Next: `State ${i + 1}` } : { End: true }),
    };
  }
  States.Failed = { Type: 'Fail' };
  return { Comment: 'generated', StartAt: 'State 0', States };
}

/** Deterministic bytes (a linear congruential generator) read as Latin-1 text. */
function garbage(seed: number, length: number): string {
  let x = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode((x >> 16) & 0xff);
  }
  return text;
}

describe('parseText on hostile input', () => {
  it.each([
    ['JSON arrays, 10,000 deep', 'json', '['.repeat(10_000) + ']'.repeat(10_000), 1, MAX_NESTING + 1],
    ['JSON objects, one per line, 10,000 deep', 'json', '{"a":\n'.repeat(10_000) + '1' + '}'.repeat(10_000), MAX_NESTING + 1, 1],
    ['YAML flow sequences, 10,000 deep', 'yaml', 'x: ' + '['.repeat(10_000) + ']'.repeat(10_000), 1, 4 + MAX_NESTING - 1],
    ['YAML compact block sequences, 10,000 deep', 'yaml', '- '.repeat(10_000) + 'a\n', 1, 2 * MAX_NESTING + 1],
    ['YAML block mappings by indentation, 600 deep', 'yaml', Array.from({ length: 600 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'), MAX_NESTING + 1, MAX_NESTING + 1],
  ] as const)('%s: NESTING_TOO_DEEP naming the line, no stack overflow', (_name, format, text, line, column) => {
    const { value, diagnostics, sourceMap } = parseText(text, format);
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'NESTING_TOO_DEEP', severity: 'error' });
    expect(diagnostics[0].message).toContain(`line ${line}, column ${column}`);
    expect([diagnostics[0].range?.start.line, diagnostics[0].range?.start.column]).toEqual([line, column]);
    expect(sourceMap.pointerAt(0)).toBe('');
  });

  it('YAML aliases that nest anchored content past the limit are refused too', () => {
    // Each anchor wraps the previous one 300 levels deeper: the text is shallow, the value is not.
    const lines = ['a0: &a0 x'];
    for (let i = 1; i <= 4; i++) lines.push(`a${i}: &a${i} ${'['.repeat(300)}*a${i - 1}${']'.repeat(300)}`);
    const { value, diagnostics } = parseText(lines.join('\n'), 'yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['NESTING_TOO_DEEP']);
  });

  it.each(['json', 'yaml'] as const)('%s nesting of exactly the limit still parses', (format) => {
    const text = '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING);
    const { value, diagnostics } = parseText(text, format);
    expect(diagnostics).toEqual([]);
    let depth = 0;
    for (let v = value; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBe(MAX_NESTING);
  });

  it('brackets inside strings and comments do not count as nesting', () => {
    const text = `{"a": "${'['.repeat(2000)}", "b": 1 /* ${'{'.repeat(2000)} */}`;
    const { value } = parseText(text);
    expect(value).toEqual({ a: '['.repeat(2000), b: 1 });
  });

  it('a 5 MB JSON definition parses completely, with a working source map', () => {
    const definition = bigDefinition(7_500);
    const text = JSON.stringify(definition, null, 2);
    expect(text.length).toBeGreaterThan(5_000_000);
    const { value, diagnostics, sourceMap } = parseText(text);
    expect(diagnostics).toEqual([]);
    expect(value).toEqual(definition);
    const last = sourceMap.rangeOf('/States/State 7499/End');
    expect(text.slice(last!.start.offset, last!.end.offset)).toBe('true');
    expect(sourceMap.pointerAt(last!.start.offset)).toBe('/States/State 7499/End');
  });

  it('a definition over 1,048,576 characters (the AWS limit) still parses, in YAML too', () => {
    const definition = bigDefinition(3_000);
    const json = JSON.stringify(definition);
    expect(json.length).toBeGreaterThan(1_048_576);
    expect(parseText(json)).toMatchObject({ value: definition, diagnostics: [] });
    const yaml = parseText(JSON.stringify(definition, null, 1), 'yaml');
    expect(yaml.diagnostics).toEqual([]);
    expect(yaml.value).toEqual(definition);
  });

  it.each(Array.from({ length: 20 }, (_, i) => [i, 256 + ((i * 7919) % 3000)]))(
    'binary garbage #%i (%i bytes) gives positioned errors, never a throw',
    (seed, length) => {
      const text = garbage(seed + 1, length);
      const { value, diagnostics } = parseText(text);
      expect(value).toBeUndefined();
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      for (const d of diagnostics) {
        expect(d.range!.start.offset).toBeGreaterThanOrEqual(0);
        expect(d.range!.end.offset).toBeLessThanOrEqual(text.length);
      }
    },
  );

  it('any text at all: never throws, diagnostics stay inside the text, pointerAt names a mapped value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('json', 'yaml', undefined), fc.nat(), (text, format, at) => {
        const result = parseText(text, format);
        for (const d of result.diagnostics) {
          expect(d.range!.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range!.end.offset).toBeLessThanOrEqual(text.length);
        }
        const pointer = result.sourceMap.pointerAt(text.length === 0 ? 0 : at % text.length);
        if (pointer !== '') expect(result.sourceMap.rangeOf(pointer)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
