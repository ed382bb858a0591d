import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { createStudioStore } from './index';

const yaml = 'StartAt: B\nStates:\n  B:\n    Type: Pass\n    End: true\n';

describe('a command on YAML whose support has not arrived yet', () => {
  it('is refused with a notice, and the text is left alone', () => {
    const store = createStudioStore('{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }');
    store.getState().setText(yaml);
    const def = store.getState().definition as unknown as StateMachine;
    store.getState().commitDefinition({ ...def, Comment: 'x' }, 'Set comment');
    expect(store.getState().text).toBe(yaml);
    expect(store.getState().notices.at(-1)?.message).toMatch(/YAML support is still loading/);
  });
});
