import { describe, expect, it } from 'vitest';
import { clearField, setField } from './setField';
import { setMachineField } from './setMachineField';
import { chain, choiceMachine, errorCode, expectOk, nestedMachine } from './testKit';
import type { JsonValue, StateMachine } from '../types';

describe('setField / clearField', () => {
  it('given a Task, when a nested parameter is set by pointer, then only the path to it is copied', () => {
    const def = choiceMachine();
    const r = expectOk(setField(def, 'Yes', '/Parameters/FunctionName', 'my-fn'));
    expect(r.definition.States.Yes).toMatchObject({ Parameters: { FunctionName: 'my-fn' }, Next: 'Done' });
    expect((r.definition.States.Yes as { Catch: unknown }).Catch).toBe((def.States.Yes as { Catch: unknown }).Catch);
    expect(r.definition.States.No).toBe(def.States.No);
  });

  it.each<[string, string | (string | number)[], JsonValue | undefined, object]>([
    ['a top-level key', 'Comment', 'hello', { Comment: 'hello' }],
    ['key segments into an array', ['Catch', 0, 'ResultPath'], '$.error', { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle', ResultPath: '$.error' }] }],
    ['an array append with -', '/Retry/-', { ErrorEquals: ['States.Timeout'] }, { Retry: [{ ErrorEquals: ['States.Timeout'] }] }],
    ['a key with a slash, escaped', '/Parameters/a~1b', 1, { Parameters: { 'a/b': 1 } }],
  ])('given the Yes Task, when setting %s, then the value lands there', (_, path, value, expected) => {
    expect(expectOk(setField(choiceMachine(), 'Yes', path, value)).definition.States.Yes).toMatchObject(expected);
  });

  it('given a Task with a Catch, when a catcher is cleared, then the list shrinks', () => {
    const r = expectOk(clearField(choiceMachine(), 'Yes', ['Catch', 0]));
    expect(r.definition.States.Yes).toMatchObject({ Catch: [] });
  });

  it('given a state with a Comment, when the Comment is cleared, then the key is gone', () => {
    const def = expectOk(setField(chain('A'), 'A', 'Comment', 'x')).definition;
    const r = expectOk(clearField(def, 'A', 'Comment'));
    expect(r.definition.States.A).toEqual({ Type: 'Pass', End: true });
  });

  it('given a nested state, when a field is set, then the outer states keep their identity', () => {
    const def = nestedMachine();
    const r = expectOk(setField(def, 'J', 'Result', { a: 1 }));
    expect(r.definition.States.Fan).toBe(def.States.Fan);
    expect((r.definition.States.Each as { ItemProcessor: StateMachine }).ItemProcessor.States.J).toEqual({ Type: 'Pass', End: true, Result: { a: 1 } });
  });

  it.each([
    ['clearing a field that is not there', (d: StateMachine) => clearField(d, 'A', 'Comment')],
    ['setting the value already there', (d: StateMachine) => setField(d, 'A', 'End', true)],
  ])('when %s, then the same definition comes back', (_, op) => {
    const def = chain('A');
    expect(expectOk(op(def)).definition).toBe(def);
  });

  it.each([
    ['the Type', 'Type', 'Wait', 'INVALID_PATH'],
    ['the whole state', '', 1, 'INVALID_PATH'],
    ['inside a string', '/Type/x', 1, 'INVALID_PATH'],
    ['a bad array index', '/Catch/x', 1, 'INVALID_PATH'],
  ])('when setting %s, then it is refused', (_, path, value, code) => {
    const p = path === '' ? [] : path;
    expect(errorCode(setField(choiceMachine(), 'Yes', p, value))).toBe(code);
  });

  it('given an unknown state, when setting a field, then NOT_FOUND', () => {
    expect(errorCode(setField(chain('A'), 'B', 'Comment', 'x'))).toBe('NOT_FOUND');
  });
});

describe('setMachineField', () => {
  it.each([
    ['Comment', 'My workflow'],
    ['TimeoutSeconds', 300],
    ['QueryLanguage', 'JSONata'],
    ['Version', '1.0'],
  ] as const)('when %s is set, then the machine has it and the states keep their identity', (field, value) => {
    const def = chain('A');
    const r = expectOk(setMachineField(def, field, value));
    expect(r.definition[field]).toBe(value);
    expect(r.definition.States).toBe(def.States);
  });

  it('given a Comment, when it is set to undefined, then it is removed', () => {
    const def = expectOk(setMachineField(chain('A'), 'Comment', 'x')).definition;
    expect(expectOk(setMachineField(def, 'Comment', undefined)).definition).not.toHaveProperty('Comment');
  });

  it.each([
    ['TimeoutSeconds', 0],
    ['TimeoutSeconds', 1.5],
    ['QueryLanguage', 'XPath'],
    ['Comment', 42],
  ])('when %s is set to %s, then it is refused', (field, value) => {
    expect(errorCode(setMachineField(chain('A'), field as 'Comment', value as never))).toBe('INVALID_VALUE');
  });
});
