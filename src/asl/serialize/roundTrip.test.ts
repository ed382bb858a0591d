import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFixture, realWorldFixtures } from '../__fixtures__';
import { parseText } from '../parse';
import type { JsonValue } from '../types';
import { toJsonText } from './toJsonText';
import { toYamlText } from './toYamlText';

/** Parses text that must be clean: no error, no warning. */
function parseClean(text: string): JsonValue | undefined {
  const { value, diagnostics } = parseText(text);
  expect(diagnostics).toEqual([]);
  return value;
}

describe('round trip on every real-world fixture', () => {
  it('the corpus is there', () => {
    expect(realWorldFixtures.length).toBeGreaterThan(20);
    expect(realWorldFixtures.some((f) => f.format === 'yaml')).toBe(true);
  });

  describe.each(realWorldFixtures.map((fixture) => [fixture.file, fixture] as const))('%s', (_file, fixture) => {
    const parsed = parseText(fixture.text);
    const definition = parsed.value as JsonValue;

    it('parses cleanly, to what JSON.parse / yaml.parse read', () => {
      expect(parsed.format).toBe(fixture.format);
      expect(parsed.diagnostics).toEqual([]);
      expect(definition).toEqual(parseFixture(fixture));
    });

    it('survives toJsonText -> parseText, and writing again changes nothing', () => {
      const json = toJsonText(definition);
      expect(parseClean(json)).toEqual(definition);
      expect(toJsonText(parseClean(json)!)).toBe(json);
    });

    it('survives toYamlText -> parseText, and writing again changes nothing', () => {
      const yaml = toYamlText(definition);
      expect(parseClean(yaml)).toEqual(definition);
      expect(toYamlText(parseClean(yaml)!)).toBe(yaml);
    });

    it('JSON and YAML writers agree with each other', () => {
      expect(toJsonText(parseClean(toYamlText(definition))!)).toBe(toJsonText(definition));
    });
  });
});

// Strings YAML likes to reinterpret, mixed into fast-check's own.
const trickyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'yes', 'No', 'ON', 'off', 'y', 'n', 'null', 'Null', '~', '', 'true', 'False', '1e3', '-1.5', '.5', '0x1F', '0o17', '0b101', '1_000',
    '12:30:00', '2024-01-01', '2024-01-01T10:00:00Z', '.inf', '-.Inf', '.NaN', '${X}', '${Bucket.Arn}', '{% $x %}', '$.a[0]', '<<', '=',
    ' lead', 'trail ', '  ', '\t', 'a\nb', 'a\n', '\n', '\n\n', ' a\n b ', 'a: b', 'a:b', 'k:', '- x', '-', '?', '? x', '#c', 'a #c',
    '!Ref x', '&a', '*a', '%YAML', '@x', '`x', '|', '>', "'q'", '"q"', '[x]', '{x}', ',', '---', '...', '--- x', '\ufeffx', 'a\u2028b',
    'x\u0085y', '\r\n', 'a\rb', '\u00a0', 'é', '😀',
  ),
);

const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    trickyString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('round trip on random JSON values (fast-check)', () => {
  it('toJsonText -> parseText gives the value back', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(parseText(toJsonText(value), 'json')).toMatchObject({ value, diagnostics: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('toYamlText -> parseText gives the value back, and writing again changes nothing', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const yaml = toYamlText(value);
        const back = parseText(yaml, 'yaml');
        expect(back.diagnostics).toEqual([]);
        expect(back.value).toEqual(value);
        expect(toYamlText(back.value!)).toBe(yaml);
      }),
      { numRuns: 300 },
    );
  });

  it('state machines built from random pieces survive both writers', () => {
    const state = fc.record(
      { Type: fc.constantFrom('Task', 'Pass', 'Map', 'Parallel', 'Choice'), Comment: trickyString, Next: trickyString, Parameters: jsonValue, Zed: jsonValue },
      { requiredKeys: ['Type'] },
    );
    const machine = fc.record({ StartAt: trickyString, States: fc.dictionary(trickyString, state, { maxKeys: 4 }), Comment: trickyString });
    fc.assert(
      fc.property(machine, (definition) => {
        expect(parseText(toJsonText(definition), 'json').value).toEqual(definition);
        expect(parseText(toYamlText(definition), 'yaml').value).toEqual(definition);
      }),
      { numRuns: 200 },
    );
  });
});
