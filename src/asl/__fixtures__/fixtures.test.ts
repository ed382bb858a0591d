import { describe, expect, it } from 'vitest';
import jsonata from 'jsonata';
import type { JsonObject, JsonValue } from '../types';
import { checkDefinition } from './checkDefinition';
import { intrinsicCalls } from './checkExpressions';
import { CHOICE_OPERATORS, INTRINSIC_FUNCTIONS } from './fieldRules';
import type { Fixture } from './index';
import { parseFixture, realWorldFixtures } from './index';
import manifest from './manifest.json';
import { collectScopes, collectStates, forEachString, isObject } from './walkDefinition';

const definitionOf = (fixture: Fixture): JsonObject => parseFixture(fixture) as JsonObject;
const isJsonata = (fixture: Fixture): boolean => collectStates(definitionOf(fixture)).some((s) => s.queryLanguage === 'JSONata');
const numberPlaceholders = (fixture: Fixture): boolean => fixture.name.endsWith('_substitution_numbers');

describe('every real-world fixture', () => {
  it.each(realWorldFixtures)('$file parses to a definition with StartAt and States', (fixture) => {
    const definition: JsonValue = parseFixture(fixture);
    expect(isObject(definition)).toBe(true);
    expect(typeof (definition as JsonObject).StartAt).toBe('string');
    expect(isObject((definition as JsonObject).States)).toBe(true);
  });

  it.each(realWorldFixtures)('$file is a definition AWS would accept', (fixture) => {
    expect(checkDefinition(parseFixture(fixture), { numberPlaceholders: numberPlaceholders(fixture) })).toEqual([]);
  });

  it.each(realWorldFixtures)('$file: every {% %} expression compiles with jsonata()', (fixture) => {
    const broken: string[] = [];
    forEachString(parseFixture(fixture), (text) => {
      if (!text.startsWith('{%')) return;
      try {
        jsonata(text.slice(2, -2));
      } catch (error) {
        broken.push(`${text}: ${(error as Error).message}`);
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(realWorldFixtures)('$file: every intrinsic call is one of the 18 States.* functions', (fixture) => {
    const unknown: string[] = [];
    forEachString(parseFixture(fixture), (text) => {
      if (text.startsWith('{%')) return;
      for (const call of intrinsicCalls(text)) if (!INTRINSIC_FUNCTIONS.has(call)) unknown.push(call);
    });
    expect(unknown).toEqual([]);
  });

  it.each(realWorldFixtures.filter((f) => !numberPlaceholders(f)))('$file keeps ${...} placeholders inside string values only', (fixture) => {
    const definition = parseFixture(fixture);
    let placeholders = 0;
    forEachString(definition, (text) => {
      placeholders += (text.match(/\$\{[A-Za-z0-9_]+\}/g) ?? []).length;
    });
    // Every placeholder in the text must be found inside a parsed string (not in a comment or a number slot).
    const inText = (fixture.text.replace(/^\s*#.*$/gm, '').match(/\$\{[A-Za-z0-9_]+\}/g) ?? []).length;
    expect(placeholders).toBe(inText);
  });
});

describe('the corpus as a whole', () => {
  const jsonataFixtures = realWorldFixtures.filter(isJsonata);
  const stateCounts = realWorldFixtures.map((f) => collectStates(definitionOf(f)).length);

  it.each([
    ['definitions', realWorldFixtures.length, 36],
    ['YAML definitions', realWorldFixtures.filter((f) => f.format === 'yaml').length, 8],
    ['definitions using JSONata', jsonataFixtures.length, 8],
    ['JSONata state machines (top-level QueryLanguage)', realWorldFixtures.filter((f) => definitionOf(f).QueryLanguage === 'JSONata').length, 8],
    ['definitions mixing JSONPath and JSONata states', jsonataFixtures.filter((f) => collectStates(definitionOf(f)).some((s) => s.queryLanguage === 'JSONPath')).length, 2],
    ['definitions with ${...} substitutions', realWorldFixtures.filter((f) => f.text.includes('${')).length, 10],
    ['YAML definitions with ${...} substitutions', realWorldFixtures.filter((f) => f.format === 'yaml' && f.text.includes('${')).length, 3],
    ['_substitution_numbers definitions', realWorldFixtures.filter(numberPlaceholders).length, 1],
    ['definitions with 40+ states', stateCounts.filter((n) => n >= 40).length, 1],
    ['definitions with exactly 2 states', stateCounts.filter((n) => n === 2).length, 1],
  ])('has at least the required number of %s', (_label, count, minimum) => {
    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  it('nests a Parallel inside a Map inside a Parallel somewhere', () => {
    const nested = realWorldFixtures.some((fixture) =>
      collectScopes(definitionOf(fixture)).some((scope) => /Branches\[\d+\].*ItemProcessor.*Branches\[\d+\]/.test(scope.path)),
    );
    expect(nested).toBe(true);
  });

  it('uses every one of the 18 intrinsic functions', () => {
    const used = new Set<string>();
    for (const fixture of realWorldFixtures) forEachString(parseFixture(fixture), (text) => intrinsicCalls(text).forEach((c) => used.add(c)));
    expect([...INTRINSIC_FUNCTIONS].filter((name) => !used.has(name))).toEqual([]);
  });

  it('loads fixtures sorted by name with unique names', () => {
    const names = realWorldFixtures.map((f) => f.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('feature coverage', () => {
  const keys = new Set<string>();
  const strings: string[] = [];
  const collectKeys = (value: JsonValue): void => {
    if (Array.isArray(value)) value.forEach(collectKeys);
    else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        keys.add(key);
        collectKeys(item);
      }
    }
  };
  for (const fixture of realWorldFixtures) {
    const definition = parseFixture(fixture);
    collectKeys(definition);
    forEachString(definition, (text) => strings.push(text));
  }
  const waitFields = new Set(
    realWorldFixtures.flatMap((f) => collectStates(definitionOf(f)).filter((s) => s.state.Type === 'Wait').flatMap((s) => Object.keys(s.state))),
  );

  it.each([...CHOICE_OPERATORS, 'And', 'Or', 'Not', 'Default'])('some Choice uses %s', (operator) => {
    expect(keys.has(operator)).toBe(true);
  });

  it.each(['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'])('some Wait uses %s', (field) => {
    expect(waitFields.has(field)).toBe(true);
  });

  it.each([
    'ErrorPath', 'CausePath', 'JitterStrategy', 'MaxDelaySeconds', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'ResultSelector',
    'ItemSelector', 'Iterator', 'ItemReader', 'ItemBatcher', 'BatchInput', 'ResultWriter', 'ToleratedFailurePercentage',
    'ToleratedFailureCount', 'Label', 'MaxConcurrency', 'Credentials', 'Assign', 'Arguments', 'Output', 'Condition', 'Items', 'Version',
  ])('some definition uses the %s field', (field) => {
    expect(keys.has(field)).toBe(true);
  });

  it.each([
    '.waitForTaskToken', 'startExecution.sync:2', 'ecs:runTask.sync', 'batch:submitJob.sync', 'glue:startJobRun.sync',
    'arn:aws:states:::s3:getObject', 'arn:aws:states:::s3:listObjectsV2', 'arn:aws:states:::http:invoke', ':activity:',
    'arn:aws:states:::aws-sdk:', 'arn:aws:states:::events:putEvents', 'arn:aws:states:::sns:publish', 'arn:aws:states:::sqs:sendMessage',
    'arn:aws:states:::dynamodb:', 'arn:aws:lambda:', '$$.Task.Token', '$$.Map.Item.Value', '$states.errorOutput', '$states.context',
    '$states.result', 'CSV', 'JSON', 'EXPRESS', 'STANDARD', 'FIRST_ROW', 'GIVEN',
  ])('some definition mentions %s', (text) => {
    expect(strings.some((value) => value.includes(text))).toBe(true);
  });
});

describe('manifest.json', () => {
  const tagsByFile: Record<string, string[]> = manifest;

  it('lists exactly the files in real-world/', () => {
    expect(Object.keys(tagsByFile).sort()).toEqual(realWorldFixtures.map((f) => f.file).sort());
  });

  // Tags that can be derived from the definition must agree with it, so filters like
  // fixturesTagged('jsonata') never hand a test the wrong kind of definition.
  const derived: [string, (fixture: Fixture) => boolean][] = [
    ['yaml', (f) => f.format === 'yaml'],
    ['jsonata', isJsonata],
    ['substitutions', (f) => f.text.includes('${')],
    ['substitution-numbers', numberPlaceholders],
    ['distributed-map', (f) => f.text.includes('DISTRIBUTED')],
    ['map', (f) => collectStates(definitionOf(f)).some((s) => s.state.Type === 'Map')],
    ['parallel', (f) => collectStates(definitionOf(f)).some((s) => s.state.Type === 'Parallel')],
    ['callback', (f) => collectStates(definitionOf(f)).some((s) => /\.waitForTaskToken$|:activity:/.test(String(s.state.Resource ?? '')))],
    ['large', (f) => collectStates(definitionOf(f)).length >= 40],
  ];
  it.each(derived)('tag "%s" is on exactly the fixtures that have it', (tag, has) => {
    const tagged = realWorldFixtures.filter((f) => f.tags.includes(tag)).map((f) => f.file);
    expect(tagged).toEqual(realWorldFixtures.filter(has).map((f) => f.file));
  });
});
