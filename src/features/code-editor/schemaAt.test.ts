import { describe, expect, it } from 'vitest';
import { aslSchema, type JsonSchema } from '../../asl/schema';
import type { JsonValue } from '../../asl/types';
import { resolveRef, schemasAt, valueAt } from './schemaAt';
import { describeAt, propertiesAt, valueFactsAt } from './schemaFacts';

const doc: JsonValue = {
  StartAt: 'Fetch',
  States: {
    Fetch: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['States.ALL'] }], Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }], Next: 'Pick' },
    Pick: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'Done' }], Default: 'Done' },
    Fan: { Type: 'Parallel', Branches: [{ StartAt: 'Left', States: { Left: { Type: 'Wait', Seconds: 1, End: true } } }], End: true },
    Each: { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'Inner', States: { Inner: { Type: 'Succeed' } } }, End: true },
    Fresh: {},
    Done: { Type: 'Succeed' },
  },
};

const def = (name: string) => resolveRef(aslSchema, `#/definitions/${name}`)!;
const names = (pointer: string, document: JsonValue = doc) => propertiesAt(aslSchema, pointer, document).map((p) => p.name);

describe('schemasAt', () => {
  it.each([
    ['the machine', '', 'stateMachine'],
    ['a Task state, by its Type', '/States/Fetch', 'taskState'],
    ['a Choice state, by its Type', '/States/Pick', 'choiceState'],
    ['a retrier, through Retry and its items', '/States/Fetch/Retry/0', 'retrier'],
    ['a catcher', '/States/Fetch/Catch/0', 'catcher'],
    ['a Choice rule', '/States/Pick/Choices/0', 'choiceRule'],
    ['a Wait state inside a Parallel branch', '/States/Fan/Branches/0/States/Left', 'waitState'],
    ['the processor config of a Map', '/States/Each/ItemProcessor/ProcessorConfig', 'processorConfig'],
    ['a state inside a Map', '/States/Each/ItemProcessor/States/Inner', 'succeedState'],
  ])('finds %s', (_name, pointer, expected) => {
    const facets = schemasAt(aslSchema, pointer, doc);
    expect(facets).toContain(expected === 'stateMachine' ? aslSchema : def(expected));
  });

  it('gives a state without a Type only the generic state schema, not every type at once', () => {
    const facets = schemasAt(aslSchema, '/States/Fresh', doc);
    expect(facets).toContain(def('state'));
    expect(facets).not.toContain(def('taskState'));
    expect(facets).not.toContain(def('passState'));
  });

  it('takes every branch of an anyOf when the value is unknown, and the fitting one when known', () => {
    const schema: JsonSchema = { anyOf: [{ type: 'string', enum: ['A'] }, { type: 'object', properties: { X: { type: 'string' } } }] };
    expect(schemasAt(schema, '', undefined)).toHaveLength(3);
    expect(schemasAt(schema, '', { X: 'y' })).toEqual([schema, (schema.anyOf as JsonSchema[])[1]]);
    expect(schemasAt(schema, '/X', { X: 'y' })).toEqual([{ type: 'string' }]);
  });

  it('follows patternProperties and survives a cyclic $ref', () => {
    const schema: JsonSchema = { patternProperties: { '^x-': { $ref: '#/definitions/loop' } }, definitions: { loop: { $ref: '#/definitions/loop', description: 'loop' } } };
    const facets = schemasAt(schema, '/x-1', { 'x-1': 1 });
    expect(facets[0]).toEqual({ $ref: '#/definitions/loop' });
    expect(facets).toContain(schema.definitions!.loop);
  });

  it('is empty past what the schema describes', () => {
    expect(schemasAt(aslSchema, '/NoSuchField/x', doc)).toEqual([]);
  });

  it('reads values at pointers', () => {
    expect(valueAt(doc, '/States/Fetch/Retry/0/ErrorEquals/0')).toBe('States.ALL');
    expect(valueAt(doc, '/States/Nope/Type')).toBeUndefined();
  });
});

describe('propertiesAt', () => {
  it.each([
    ['a Task offers its own fields, not those already written', '/States/Fetch', ['Comment', 'ResultPath', 'TimeoutSeconds', 'Parameters'], ['Type', 'Resource', 'Next', 'Seconds', 'Choices']],
    ['a Choice offers Choices-era fields, not Next or End', '/States/Pick', ['Comment', 'InputPath', 'OutputPath'], ['Next', 'End', 'Resource', 'Default']],
    ['a state without a Type offers Type', '/States/Fresh', ['Type'], ['Resource']],
    ['a retrier offers the back-off fields', '/States/Fetch/Retry/0', ['IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy'], ['ErrorEquals', 'Next']],
    ['a catcher offers ResultPath', '/States/Fetch/Catch/0', ['ResultPath', 'Output', 'Comment'], ['ErrorEquals', 'Next']],
    ['a Choice rule offers the comparison operators', '/States/Pick/Choices/0', ['StringEquals', 'And', 'IsPresent'], ['Variable', 'Next', 'NumericEquals']],
    ['the machine offers its own fields', '', ['Comment', 'TimeoutSeconds', 'QueryLanguage'], ['StartAt', 'States']],
    ['a distributed Map processor config offers ExecutionType', '/States/Each/ItemProcessor/ProcessorConfig', ['ExecutionType'], ['Mode']],
  ])('%s', (_name, pointer, included, excluded) => {
    const offered = names(pointer);
    for (const name of included) expect(offered).toContain(name);
    for (const name of excluded) expect(offered).not.toContain(name);
  });

  it('documents every property it offers', () => {
    for (const pointer of ['', '/States/Fetch', '/States/Pick', '/States/Fetch/Retry/0', '/States/Each', '/States/Pick/Choices/0']) {
      for (const property of propertiesAt(aslSchema, pointer, doc)) expect([pointer, property.name, property.description]).toEqual([pointer, property.name, expect.any(String)]);
    }
  });

  it.each([
    ['Type lists every state type', '/States/Fresh', 'Type', { values: ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'], shape: 'scalar' }],
    ['JitterStrategy lists FULL and NONE, default NONE', '/States/Fetch/Retry/0', 'JitterStrategy', { values: ['FULL', 'NONE'], default: 'NONE' }],
    ['ResultPath defaults to $', '/States/Fetch', 'ResultPath', { default: '$', shape: 'scalar' }],
    ['Retry is a list', '/States/Fan', 'Retry', { shape: 'array' }],
    ['Parameters is a mapping', '/States/Fetch', 'Parameters', { shape: 'object' }],
    ['TimeoutSeconds is a single value', '/States/Fetch', 'TimeoutSeconds', { shape: 'scalar' }],
  ])('%s', (_name, pointer, property, expected) => {
    const facts = propertiesAt(aslSchema, pointer, doc).find((p) => p.name === property);
    expect(facts).toMatchObject(expected);
  });

  it('marks required properties', () => {
    const fresh = { StartAt: 'A', States: { A: { Type: 'Task' } } };
    expect(propertiesAt(aslSchema, '/States/A', fresh).find((p) => p.name === 'Resource')?.required).toBe(true);
    expect(propertiesAt(aslSchema, '/States/A', fresh).find((p) => p.name === 'Comment')?.required).toBe(false);
  });
});

describe('describeAt', () => {
  it.each([
    ['StartAt', '/StartAt', 'The name of the state the execution starts in'],
    ['the machine Comment (its own text, not the shared one)', '/Comment', 'A human-readable description of the state machine'],
    ["a Task's Type (the Task-specific text)", '/States/Fetch/Type', 'A Task runs one unit of work'],
    ["a Choice's Type", '/States/Pick/Type', 'A Choice state picks the next state'],
    ['a state name', '/States/Fetch', 'A state of the state machine'],
    ['Retry', '/States/Fetch/Retry', 'Retry policies tried in order'],
    ['a retrier field', '/States/Fetch/Retry/0/BackoffRate', 'The multiplier applied to the retry interval'],
    ['ResultPath (markdown)', '/States/Fetch/ResultPath', '**JSONPath only.**'],
    ['a Choice rule operator', '/States/Pick/Choices/0/NumericEquals', 'a number equal to this one'],
    ['a field of a state inside a branch', '/States/Fan/Branches/0/States/Left/Seconds', 'How many seconds to wait'],
  ])('describes %s', (_name, pointer, text) => {
    expect(describeAt(aslSchema, pointer, doc)).toContain(text);
  });

  it('says nothing about fields the schema does not know', () => {
    expect(describeAt(aslSchema, '/States/Fetch/Bogus', doc)).toBeUndefined();
    expect(valueFactsAt(aslSchema, '', doc)).toBeUndefined();
  });
});
