import { describe, it, expect } from 'vitest';
import { loadMockTestCase, MockConfigError } from './mocks';

const config = {
  StateMachines: {
    Machine: { TestCases: { Happy: { Lambda: 'Ok' }, Retry: { Lambda: 'FailTwice' } } },
  },
  MockedResponses: {
    Ok: { '0': { Return: { Payload: 1 } } },
    FailTwice: { '0-1': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'slow down' } }, '2': { Return: 'done' } },
  },
};

describe('loadMockTestCase', () => {
  it('maps each invocation number to its response, ranges included', () => {
    const tc = loadMockTestCase(config, 'Retry');
    const r = tc.states.get('Lambda')?.responses ?? [];
    expect(r.map((x) => x?.kind)).toEqual(['throw', 'throw', 'return']);
    expect(r[2]).toEqual({ kind: 'return', value: 'done' });
  });

  it('picks the only state machine when none is named', () => {
    expect(loadMockTestCase(config, 'Happy').stateMachine).toBe('Machine');
  });

  it.each([
    ['an unknown test case', () => loadMockTestCase(config, 'Nope'), /Unknown test case 'Nope'.*Happy, Retry/],
    ['an unknown state machine', () => loadMockTestCase(config, 'Happy', 'Other'), /no state machine 'Other'/],
    ['a missing response', () => loadMockTestCase({ StateMachines: { M: { TestCases: { T: { S: 'X' } } } } }, 'T'), /does not define/],
    ['a bad key', () => loadMockTestCase({ StateMachines: { M: { TestCases: { T: { S: 'X' } } } }, MockedResponses: { X: { first: { Return: 1 } } } }, 'T'), /invocation number/],
  ])('explains %s', (_name, f, message) => {
    expect(f).toThrow(MockConfigError);
    expect(f).toThrow(message);
  });
});
