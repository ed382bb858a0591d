import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { createStudioStore } from './index';

const twoStates = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Succeed" }
  }
}
`;

describe('document', () => {
  it('keeps the last valid definition while the text is broken', () => {
    const store = createStudioStore(twoStates);
    const before = store.getState().definition;
    store.getState().setText('{ "StartAt": ');
    expect(store.getState().syntaxErrors.length).toBeGreaterThan(0);
    expect(store.getState().definition).toBe(before);
    expect(store.getState().text).toBe('{ "StartAt": ');
  });

  it('commits a definition as a minimal text edit', () => {
    const store = createStudioStore(twoStates);
    const def = store.getState().definition as unknown as StateMachine;
    store.getState().commitDefinition({ ...def, States: { ...def.States, A: { Type: 'Pass', Comment: 'hi', Next: 'B' } } } as StateMachine, 'Set comment');
    const text = store.getState().text;
    expect(text).toContain('"Comment": "hi"');
    // The untouched state's line is byte-identical.
    expect(text).toContain('    "B": { "Type": "Succeed" }');
    expect(store.getState().lastChange.origin).toBe('command');
  });
});

describe('history', () => {
  it('undoes and redoes a command back to the exact text', () => {
    const store = createStudioStore(twoStates);
    const def = store.getState().definition as unknown as StateMachine;
    store.getState().commitDefinition({ ...def, Comment: 'x' }, 'Set comment');
    const edited = store.getState().text;
    store.getState().undo();
    expect(store.getState().text).toBe(twoStates);
    store.getState().redo();
    expect(store.getState().text).toBe(edited);
  });

  it('joins a typing burst into one undo step', () => {
    const store = createStudioStore(twoStates);
    store.getState().setText(twoStates + ' ', 'editor');
    store.getState().setText(twoStates + '  ', 'editor');
    store.getState().setText(twoStates + '   ', 'editor');
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(twoStates);
  });

  it('a new edit clears the redo stack', () => {
    const store = createStudioStore(twoStates);
    store.getState().setText('{}', 'command', 'Replace');
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().setText('[]', 'command', 'Replace');
    expect(store.getState().future).toHaveLength(0);
  });
});
