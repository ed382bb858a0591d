import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../store';
import { definitionOf, run } from '../commandTestKit';
import { setMachineFieldCommand } from './setField';

const text = '{\n  "Comment": "old",\n  "StartAt": "A",\n  "States": { "A": { "Type": "Succeed" } }\n}\n';

describe('machine.setField', () => {
  it('given a machine, when its Comment is edited, then the text changes in place and undo restores it', () => {
    const store = createStudioStore(text);
    run(store, setMachineFieldCommand, { field: 'Comment', value: 'new' });
    expect(store.getState().text).toBe(text.replace('"old"', '"new"'));
    store.getState().undo();
    expect(store.getState().text).toBe(text);
  });

  it.each([
    ['a whole number of seconds', 3600, 3600],
    ['a ${Placeholder} for SAM or CDK to fill', '${Timeout}', '${Timeout}'],
  ])('accepts TimeoutSeconds as %s', (_n, value, stored) => {
    const store = createStudioStore(text);
    expect(run(store, setMachineFieldCommand, { field: 'TimeoutSeconds', value })).toBeUndefined();
    expect(definitionOf(store).TimeoutSeconds).toBe(stored);
  });

  it.each([
    ['TimeoutSeconds', 0, /positive integer/],
    ['TimeoutSeconds', 'soon', /positive integer/],
    ['QueryLanguage', 'XPath', /JSONPath/],
  ] as const)('refuses %s = %j', (field, value, message) => {
    const store = createStudioStore(text);
    expect(run(store, setMachineFieldCommand, { field, value })).toMatch(message);
    expect(store.getState().text).toBe(text);
  });

  it('removes QueryLanguage with undefined', () => {
    const store = createStudioStore(text);
    run(store, setMachineFieldCommand, { field: 'QueryLanguage', value: 'JSONata' });
    expect(definitionOf(store).QueryLanguage).toBe('JSONata');
    run(store, setMachineFieldCommand, { field: 'QueryLanguage', value: undefined });
    expect(definitionOf(store).QueryLanguage).toBeUndefined();
    expect(store.getState().past).toHaveLength(2);
  });
});
