import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { createStudioStore } from './index';
import { loadYamlSupport, needsYamlSupport } from './textFormats';

const json = '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }\n';
const yaml = '# kept\nStartAt: B\nStates:\n  B:\n    Type: Pass\n    End: true\n';

// The order matters: YAML support is loaded once per page (here: per file), by the last tests.
describe('YAML support, loaded on demand', () => {
  it('YAML read before the support arrives: no error, the last graph stays, then it parses (no new undo step)', async () => {
    expect(needsYamlSupport(yaml)).toBe(true);
    expect(needsYamlSupport(json)).toBe(false);
    const store = createStudioStore(json);
    const before = store.getState().definition;
    store.getState().setText(yaml);
    expect(store.getState().syntaxErrors).toEqual([]);
    expect(store.getState().definition).toBe(before);
    const revision = store.getState().revision;

    await loadYamlSupport();
    expect((store.getState().definition as unknown as StateMachine).StartAt).toBe('B');
    expect(store.getState().format).toBe('yaml');
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().past).toHaveLength(1);
  });

  it('edits YAML in place once loaded, keeping its comments', async () => {
    await loadYamlSupport();
    expect(needsYamlSupport(yaml)).toBe(false);
    const store = createStudioStore(yaml);
    const def = store.getState().definition as unknown as StateMachine;
    store.getState().commitDefinition({ ...def, Comment: 'hi' }, 'Set comment');
    expect(store.getState().text).toContain('# kept');
    expect(store.getState().text).toContain('Comment: hi');
  });
});
