import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../types';
import { validate } from './validate';
import { validateText } from './validateText';

function chain(count: number): JsonObject {
  const states: JsonObject = {};
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    states[`S${i}`] = i % 4 === 0
      ? { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'Payload.$': '$', n: i }, Retry: [{ ErrorEquals: ['States.ALL'] }], ...(last ? { End: true } : { Next: `S${i + 1}` }) }
      : { Type: 'Pass', ResultPath: `$.r${i}`, ...(last ? { End: true } : { Next: `S${i + 1}` }) };
  }
  return { StartAt: 'S0', States: states };
}

function nested(levels: number): string {
  return `{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Result":${'['.repeat(levels)}1${']'.repeat(levels)}}}}`;
}

describe('validate: hostile input', () => {
  it.each<[string, JsonValue]>([
    ['null', null], ['true', true], ['false', false], ['zero', 0], ['a negative float', -1.5], ['an empty string', ''],
    ['a string', 'StartAt'], ['an empty array', []], ['an array of states', [{ Type: 'Pass' }]], ['an empty object', {}],
  ])('reports %s as a definition without throwing', (_name, value) => {
    const diagnostics = validate(value);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics.some((d) => d.code === 'VALIDATOR_ERROR')).toBe(false);
  });

  it('survives states and fields of every wrong shape', () => {
    const definition = {
      StartAt: { name: 'A' },
      States: {
        A: 5, B: null, C: [], D: 'Pass', E: { Type: 7 }, F: { Type: 'Choice', Choices: { a: 1 }, Default: [] },
        G: { Type: 'Parallel', Branches: [1, null, { States: 3 }], Next: 'A' }, H: { Type: 'Map', ItemProcessor: [], Iterator: 'x', End: true },
        I: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: 'all', Retry: [null, 1, { ErrorEquals: 'States.ALL' }], End: true },
        __proto__: { Type: 'Pass', End: true }, constructor: { Type: 'Succeed' },
      },
    } as unknown as JsonValue;
    const diagnostics = validate(JSON.parse(JSON.stringify(definition)) as JsonValue);
    expect(diagnostics.length).toBeGreaterThan(5);
    expect(diagnostics.filter((d) => d.code === 'VALIDATOR_ERROR')).toEqual([]);
  });

  it('never throws on arbitrary JSON, nor on arbitrary values under States', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const asRoot = validate(value as JsonValue);
        const asStates = validate({ StartAt: 'A', States: { A: value as JsonValue, B: { Type: 'Map', ItemProcessor: value as JsonValue, End: true } } });
        return [...asRoot, ...asStates].every((d) => d.code !== 'VALIDATOR_ERROR' && typeof d.pointer === 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses 10,000 levels of nesting in a value, and in text, without a stack overflow', () => {
    let deep: JsonValue = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(validate({ StartAt: 'A', States: { A: { Type: 'Pass', End: true, Result: deep } } }).map((d) => d.code)).toEqual(['NESTING_TOO_DEEP']);
    expect(validateText(nested(10_000)).map((d) => d.code)).toContain('NESTING_TOO_DEEP');
  });

  it('accepts 400 levels of nesting', () => {
    expect(validateText(nested(400)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports non-JSON text instead of throwing', () => {
    const diagnostics = validateText('not a definition', 'json');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0].severity).toBe('error');
    expect(diagnostics[0].range?.start.line).toBe(1);
    expect(validateText('', 'json')[0].severity).toBe('error');
    expect(validateText('{"StartAt": "A", "States": {', 'json')[0].severity).toBe('error');
  });

  it('reports a 5 MB definition as too large, and still checks it', () => {
    const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: { blob: 'x'.repeat(5_000_000) }, Next: 'Nope' } } });
    const codes = validateText(text, 'json').map((d) => d.code);
    expect(codes).toContain('DEFINITION_TOO_LARGE');
    expect(codes).toContain('UNKNOWN_NEXT');
  });

  it('counts the 1 MB limit in UTF-8 bytes', () => {
    const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 'é'.repeat(600_000), End: true } } });
    expect(text.length).toBeLessThan(1_048_576);
    expect(validateText(text, 'json').map((d) => d.code)).toEqual(['DEFINITION_TOO_LARGE']);
  });

  it('validates 5,000 states correctly and quickly', () => {
    const definition = chain(5000);
    const started = performance.now();
    expect(validate(definition)).toEqual([]);
    (definition.States as JsonObject).S4321 = { Type: 'Pass', Next: 'Nowhere' };
    const diagnostics = validate(definition);
    // Generous sanity bound for a shared CI machine; the real figure is in the report.
    expect(performance.now() - started).toBeLessThan(5000);
    // S4321 now leads nowhere, so the 678 states after it cannot be reached (AWS reports each).
    expect(diagnostics[0]).toMatchObject({ code: 'UNKNOWN_NEXT', pointer: '/States/S4321/Next' });
    expect(diagnostics.slice(1).map((d) => d.code)).toEqual(Array(678).fill('UNREACHABLE_STATE'));
    expect(diagnostics[1].pointer).toBe('/States/S4322');
    expect(diagnostics[678].pointer).toBe('/States/S4999');
  });
});
