import { describe, expect, it } from 'vitest';
import { createStudioStore } from './index';

const text = '{ "StartAt": "A", "States": { "A": { "Type": "Succeed" } } }';

describe('inspector slice', () => {
  it('keeps the workflow type and preview inputs out of the undo history', () => {
    const store = createStudioStore(text);
    store.getState().setWorkflowType('EXPRESS');
    store.getState().setPreviewInput('A', '{"x":1}');
    expect(store.getState().workflowType).toBe('EXPRESS');
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().text).toBe(text);
  });

  it('carries a state preview input and mock over a rename', () => {
    const store = createStudioStore(text);
    store.getState().setPreviewInput('A', '{"x":1}');
    store.getState().setPreviewResult('A', '{"ok":true}');
    store.getState().setPreviewField('A', 'variables', '{"v":1}');
    store.getState().setPreviewField('A', 'error', 'Boom');
    store.getState().movePreview('A', 'B');
    expect(store.getState().previewInputs).toEqual({ B: '{"x":1}' });
    expect(store.getState().previewResults).toEqual({ B: '{"ok":true}' });
    expect(store.getState().previewFields).toEqual({ B: { variables: '{"v":1}', error: 'Boom' } });
  });
});
