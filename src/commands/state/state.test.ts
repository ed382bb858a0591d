import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../store';
import { definitionOf, run } from '../commandTestKit';
import { changeStateTypeCommand } from './changeType';
import { renameStateCommand } from './rename';
import { setStateFieldCommand, setStateFieldsCommand } from './setField';

const text = `{
  "StartAt": "Fetch",
  "States": {
    "Fetch": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Fetch" }],
      "Next": "Route"
    },
    "Route": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.again", "BooleanEquals": true, "Next": "Fetch" }],
      "Default": "Done"
    },
    "Done": { "Type": "Wait", "Seconds": 5, "Next": "Fetch again" },
    "Fetch again": { "Type": "Succeed" }
  }
}
`;

describe('state.rename', () => {
  it('given a state referenced everywhere, when renamed, then every reference follows and undo restores the exact text', () => {
    const store = createStudioStore(text);
    expect(run(store, renameStateCommand, { from: 'Fetch', to: 'Load' })).toBeUndefined();
    const def = definitionOf(store);
    expect(def.StartAt).toBe('Load');
    expect(def.States.Route).toMatchObject({ Choices: [{ Next: 'Load' }] });
    expect(def.States.Load).toMatchObject({ Catch: [{ Next: 'Load' }] });
    expect(store.getState().text).not.toMatch(/"Fetch"/);
    // A name that merely contains the old one is left alone.
    expect(def.States['Fetch again']).toBeDefined();
    expect(store.getState().past.map((e) => e.label)).toEqual(['Rename Fetch to Load']);
    store.getState().undo();
    expect(store.getState().text).toBe(text);
    store.getState().redo();
    expect(definitionOf(store).StartAt).toBe('Load');
  });

  it.each([
    ['a taken name', 'Done', /already a state named/],
    ['an empty name', '', /cannot be empty/],
    ['a name over 80 characters', 'x'.repeat(81), /at most 80/],
  ])('refuses %s and leaves the text alone', (_n, to, message) => {
    const store = createStudioStore(text);
    expect(run(store, renameStateCommand, { from: 'Fetch', to })).toMatch(message);
    expect(store.getState().text).toBe(text);
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('state.setField', () => {
  it('given a Task, when a nested field is set, then only that line changes and one undo brings it back', () => {
    const store = createStudioStore(text);
    run(store, setStateFieldCommand, { name: 'Fetch', path: ['Catch', 0, 'ResultPath'], value: '$.error' });
    expect(definitionOf(store).States.Fetch).toMatchObject({ Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fetch', ResultPath: '$.error' }] });
    expect(store.getState().text).toContain('"Default": "Done"');
    store.getState().undo();
    expect(store.getState().text).toBe(text);
  });

  it('removes a field with undefined and names the edit after the field', () => {
    const store = createStudioStore(text);
    run(store, setStateFieldCommand, { name: 'Done', path: 'Seconds', value: undefined });
    expect(definitionOf(store).States.Done).toEqual({ Type: 'Wait', Next: 'Fetch again' });
    expect(store.getState().past[0].label).toBe('Edit Seconds of Done');
  });

  it('refuses to change Type (that is state.changeType)', () => {
    const store = createStudioStore(text);
    expect(run(store, setStateFieldCommand, { name: 'Done', path: 'Type', value: 'Pass' })).toMatch(/changeStateType/);
  });

  it('a value that is already there records no undo step', () => {
    const store = createStudioStore(text);
    run(store, setStateFieldCommand, { name: 'Done', path: 'Seconds', value: 5 });
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('state.setFields', () => {
  it('switches a Wait from Seconds to TimestampPath in one undo step', () => {
    const store = createStudioStore(text);
    run(store, setStateFieldsCommand, { name: 'Done', changes: [{ path: 'Seconds', value: undefined }, { path: 'TimestampPath', value: '$.at' }], label: 'Wait by TimestampPath' });
    expect(definitionOf(store).States.Done).toEqual({ Type: 'Wait', Next: 'Fetch again', TimestampPath: '$.at' });
    expect(store.getState().past.map((e) => e.label)).toEqual(['Wait by TimestampPath']);
    store.getState().undo();
    expect(store.getState().text).toBe(text);
  });

  it('refuses as a whole when one change is impossible', () => {
    const store = createStudioStore(text);
    expect(run(store, setStateFieldsCommand, { name: 'Done', changes: [{ path: 'Seconds', value: 1 }, { path: 'Type', value: 'Pass' }] })).toBeDefined();
    expect(store.getState().text).toBe(text);
  });
});

describe('state.changeType', () => {
  it('turns a Wait into a Pass, keeping its place', () => {
    const store = createStudioStore(text);
    run(store, changeStateTypeCommand, { name: 'Done', type: 'Pass' });
    expect(definitionOf(store).States.Done).toEqual({ Type: 'Pass', Next: 'Fetch again' });
    store.getState().undo();
    expect(store.getState().text).toBe(text);
  });
});
