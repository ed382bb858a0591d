import { describe, expect, it } from 'vitest';
import { createStudioStore } from './index';
import { BLANK_WORKFLOW, uniqueWorkflowName } from './workspaceSlice';

const first = '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }';
const broken = '{ "StartAt": "A", "States": { "A": { "Type": ';

function setup() {
  const store = createStudioStore(first);
  const firstId = store.getState().activeId;
  return { store, firstId, s: () => store.getState() };
}

describe('workspace: several workflows, one open', () => {
  it('creates a blank workflow and opens it, keeping the first one as it was', () => {
    const { s, firstId } = setup();
    s().setText(broken, 'editor');
    const id = s().createWorkflow();
    expect(s().activeId).toBe(id);
    expect(s().text).toBe(BLANK_WORKFLOW);
    expect(s().workflows.map((w) => w.name)).toEqual(['Untitled workflow', 'Untitled workflow 2']);
    s().switchWorkflow(firstId);
    expect(s().text).toBe(broken);
  });

  it('keeps a workflow type per workflow: switching brings it back, a copy inherits it', () => {
    const { s, firstId } = setup();
    s().setWorkflowType('EXPRESS');
    const second = s().createWorkflow();
    expect(s().workflowType).toBe('STANDARD');
    s().switchWorkflow(firstId);
    expect(s().workflowType).toBe('EXPRESS');
    const copy = s().duplicateWorkflow(firstId);
    expect(s().activeId).toBe(copy);
    expect(s().workflowType).toBe('EXPRESS');
    s().switchWorkflow(second);
    expect(s().workflowType).toBe('STANDARD');
  });

  it('gives each workflow its own undo history', () => {
    const { s, firstId } = setup();
    s().setText(first + ' ', 'command', 'Edit A');
    const second = s().createWorkflow({ text: '{}' });
    expect(s().past).toHaveLength(0);
    s().setText('[]', 'command', 'Edit B');
    s().switchWorkflow(firstId);
    s().undo();
    expect(s().text).toBe(first);
    s().switchWorkflow(second);
    s().undo();
    expect(s().text).toBe('{}');
  });

  it('keeps the selection of each workflow', () => {
    const { s, firstId } = setup();
    s().select('A');
    s().createWorkflow();
    expect(s().selected).toBeNull();
    s().switchWorkflow(firstId);
    expect(s().selected).toBe('A');
  });

  it('renames, ignoring blank names', () => {
    const { s, firstId } = setup();
    s().renameWorkflow(firstId, '  Orders  ');
    expect(s().workflows[0].name).toBe('Orders');
    s().renameWorkflow(firstId, '   ');
    expect(s().workflows[0].name).toBe('Orders');
  });

  it('duplicates the current text (unsaved edits included) right after the source', () => {
    const { s, firstId } = setup();
    s().renameWorkflow(firstId, 'Orders');
    s().createWorkflow({ name: 'Other', text: '{}' });
    s().switchWorkflow(firstId);
    s().setText(broken, 'editor');
    s().duplicateWorkflow(firstId);
    expect(s().workflows.map((w) => w.name)).toEqual(['Orders', 'Orders (copy)', 'Other']);
    expect(s().text).toBe(broken);
  });

  it.each([
    ['a parked workflow', 1, ['One'], 'One'],
    ['the open workflow: its neighbour opens', 0, ['Two'], 'Two'],
  ])('deletes %s', (_name, deleteIndex, names, openName) => {
    const { s, firstId } = setup();
    s().renameWorkflow(firstId, 'One');
    s().createWorkflow({ name: 'Two', text: '{}' });
    s().switchWorkflow(firstId);
    s().deleteWorkflow(s().workflows[deleteIndex].id);
    expect(s().workflows.map((w) => w.name)).toEqual(names);
    expect(s().workflows.find((w) => w.id === s().activeId)?.name).toBe(openName);
    expect(Object.keys(s().parked)).toHaveLength(0);
  });

  it('deleting the last workflow leaves a blank one', () => {
    const { s, firstId } = setup();
    s().deleteWorkflow(firstId);
    expect(s().workflows).toHaveLength(1);
    expect(s().activeId).not.toBe(firstId);
    expect(s().text).toBe(BLANK_WORKFLOW);
  });

  it('restores a saved workspace with the open workflow and its selection', () => {
    const { s } = setup();
    s().restoreWorkspace(
      [
        { id: 'x', name: 'X', text: '{}', selected: null },
        { id: 'y', name: 'Y', text: broken, selected: 'A' },
      ],
      'y',
    );
    expect(s().text).toBe(broken);
    expect(s().selected).toBe('A');
    expect(s().parked.x.text).toBe('{}');
    expect(s().past).toHaveLength(0);
  });
});

describe('uniqueWorkflowName', () => {
  it.each([
    ['a free name', 'A', [], 'A'],
    ['a taken name', 'A', ['A'], 'A 2'],
    ['a name taken twice', 'A', ['A', 'A 2'], 'A 3'],
    ['a blank name', ' ', [], 'Untitled workflow'],
  ])('%s', (_label, base, taken, expected) => {
    expect(uniqueWorkflowName(base, taken)).toBe(expected);
  });
});
