import { describe, expect, it } from 'vitest';
import { keyChanges, withKeys, withNestedKeys } from './withKeys';

describe('withKeys', () => {
  it.each([
    ['sets a new key last', { RoleArn: 'a' }, { Other: 1 }, { RoleArn: 'a', Other: 1 }],
    ['replaces a key in its place', { A: 1, B: 2, C: 3 }, { B: 9 }, { A: 1, B: 9, C: 3 }],
    ['swaps one key for its twin', { 'RoleArn.$': '$.r' }, { RoleArn: 'arn', 'RoleArn.$': undefined }, { RoleArn: 'arn' }],
    ['removes the object when its last key goes', { RoleArn: 'a' }, { RoleArn: undefined }, undefined],
    ['starts from nothing', undefined, { OutputType: 'JSON' }, { OutputType: 'JSON' }],
    ['treats a non-object as empty', 'junk', { OutputType: 'JSON' }, { OutputType: 'JSON' }],
    ['removing from nothing is nothing', undefined, { A: undefined }, undefined],
  ] as const)('%s', (_, current, changes, expected) => {
    expect(withKeys(current, changes)).toEqual(expected);
  });

  it('keeps unknown keys the form does not edit (nothing typed in the code is dropped)', () => {
    expect(withKeys({ RoleArn: 'a', Extra: true }, { RoleArn: undefined })).toEqual({ Extra: true });
  });

  it('does not change its input', () => {
    const before = { A: 1 };
    withKeys(before, { A: undefined, B: 2 });
    expect(before).toEqual({ A: 1 });
  });
});

describe('withNestedKeys', () => {
  it('clears the inner object, then the outer one, when both are left empty', () => {
    expect(withNestedKeys({ WriterConfig: { OutputType: 'JSON' } }, 'WriterConfig', { OutputType: undefined })).toBeUndefined();
  });

  it('keeps the outer object when it holds more', () => {
    const writer = { Resource: 'arn:aws:states:::s3:putObject', WriterConfig: { OutputType: 'JSON' } };
    expect(withNestedKeys(writer, 'WriterConfig', { OutputType: undefined })).toEqual({ Resource: 'arn:aws:states:::s3:putObject' });
    expect(withNestedKeys(writer, 'WriterConfig', { Transformation: 'COMPACT' })).toEqual({ ...writer, WriterConfig: { OutputType: 'JSON', Transformation: 'COMPACT' } });
  });

  it('creates the inner object', () => {
    expect(withNestedKeys({ Resource: 'r' }, 'ReaderConfig', { InputType: 'CSV' })).toEqual({ Resource: 'r', ReaderConfig: { InputType: 'CSV' } });
  });
});

describe('keyChanges', () => {
  it('turns key-path changes into changes of the last key', () => {
    expect(keyChanges([{ path: ['Credentials', 'RoleArn.$'], value: undefined }, { path: ['Credentials', 'RoleArn'], value: 'arn' }])).toEqual({ 'RoleArn.$': undefined, RoleArn: 'arn' });
  });
});
