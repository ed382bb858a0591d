import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types';
import { branch, choice, distributedMap, jsonataMachine, machine, map, parallel, pass, task, wait } from '../validate/testHelpers';
import { ASL_AJV_OPTIONS } from './ajvOptions';
import validateSchema from './validator';
import { aslSchema } from '.';

/** ajv compiling the schema at run time, as the validator did before the code was generated ahead of time. */
const runtime = new Ajv(ASL_AJV_OPTIONS).compile(aslSchema);

function bothValidators(definition: unknown) {
  const generated = { valid: validateSchema(definition), errors: validateSchema.errors ?? [] };
  const compiled = { valid: runtime(definition), errors: runtime.errors ?? [] };
  return { generated, compiled };
}

const rows: [string, JsonValue][] = [
  ['a valid machine', machine({ A: pass() })],
  ['End as a string', machine({ A: pass({ End: 'yes' }) })],
  ['a Task without Resource and an unknown field', machine({ T: { Type: 'Task', End: true, Resourse: 'x' } })],
  ['a Choice with Next and a rule without Variable', machine({ C: choice([{ StringEquals: 'a', Next: 'A' }], { Next: 'A' }), A: pass() })],
  ['a ${Name} placeholder and a JSONata expression in TimeoutSeconds', machine({ T: task({ TimeoutSeconds: '${Timeout}', HeartbeatSeconds: '{% 5 %}' }) })],
  ['a Comment of astral characters (counted as characters, not UTF-16 units)', machine({ A: pass() }, { Comment: '😀'.repeat(3) })],
  ['an infinite TimeoutSeconds (YAML .inf)', machine({ T: task({ TimeoutSeconds: Infinity }) })],
  ['a Wait with a bad Timestamp and Seconds', machine({ W: wait({ Timestamp: '2024-02-30T00:00:00Z' }) })],
  ['a Parallel branch with QueryLanguage', machine({ P: parallel([branch({ A: pass() }, { QueryLanguage: 'JSONata' })]) })],
  ['a distributed Map with a bad ReaderConfig', machine({ M: distributedMap({ P: pass() }, { ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'XML' } } }) })],
  ['an inline Map with a retrier without ErrorEquals', machine({ M: map(branch({ P: pass() }), { Retry: [{ MaxAttempts: 1.5 }] }) })],
  ['a JSONata machine with Parameters', jsonataMachine({ A: pass({ Parameters: { a: 1 } }) })],
  ['null', null],
];

describe('the ASL schema validator', () => {
  it('runs the code ajv generated ahead of time, not the ajv fallback', () => {
    // The fallback is named validateSchema; ajv names its generated functions validateN.
    expect(validateSchema.name).toMatch(/^validate\d+$/);
  });

  it.each(rows)('reports the same errors as ajv compiling at run time: %s', (_name, definition) => {
    const { generated, compiled } = bothValidators(definition);
    expect(generated).toEqual(compiled);
  });

  it('hands out the schema objects themselves as parentSchema', () => {
    validateSchema(machine({ A: pass({ Bogus: 1 }) }));
    const extra = validateSchema.errors?.find((e) => e.keyword === 'additionalProperties');
    expect(extra?.parentSchema).toBe(aslSchema.definitions?.passState);
  });

  it('agrees with ajv compiling at run time for any value in any field of any state', () => {
    const fields = [...new Set(Object.values(aslSchema.definitions ?? {}).flatMap((d) => Object.keys(d.properties ?? {})))];
    const types = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
    const state = fc.record({ Type: fc.constantFrom(...types), field: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 3 }) });
    fc.assert(
      fc.property(state, ({ Type, field, value }) => {
        const { generated, compiled } = bothValidators(machine({ S: { Type, End: true, [field]: value as JsonValue } }));
        expect(generated).toEqual(compiled);
      }),
      { numRuns: 300 },
    );
  });
});
