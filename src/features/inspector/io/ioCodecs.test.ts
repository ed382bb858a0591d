import { describe, expect, it } from 'vitest';
import type { State } from '../../../asl/types';
import { withTypedFields } from './ioCodecs';

const state = { Type: 'Task', Resource: 'arn', InputPath: '$.order', Parameters: { a: 1 }, End: true } as unknown as State;
const keys = ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath'] as const;

describe('the state as it is being typed', () => {
  it('puts text being typed into the state, parsed as its box parses it', () => {
    const { state: live, typed } = withTypedFields(state, { Parameters: '{ "b.$": "$x" }', ResultPath: 'null' }, keys);
    expect(live).toMatchObject({ Parameters: { 'b.$': '$x' }, ResultPath: null, InputPath: '$.order' });
    expect(typed).toEqual(['Parameters', 'ResultPath']);
  });

  it('removes a field whose box was emptied, and leaves out text that does not parse', () => {
    const { state: live, typed } = withTypedFields(state, { InputPath: '', Parameters: '{ "b": ' }, keys);
    expect(live).not.toHaveProperty('InputPath');
    expect(live).toMatchObject({ Parameters: { a: 1 } });
    expect(typed).toEqual(['InputPath']);
  });

  it('ignores boxes the state does not show, and returns the same state when nothing is typed', () => {
    expect(withTypedFields(state, { Arguments: '{}' }, keys).state).toBe(state);
  });
});
