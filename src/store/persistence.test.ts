import { describe, expect, it } from 'vitest';
import { createStudioStore } from './index';
import { bootWorkspace, mergeBackup, orderedWorkflows, startAutosave } from './persistence';
import type { SavedWorkflow, StorageBatch, WorkspaceMetaRecord, WorkspaceStorage } from './storageBackends';

const text = '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true } } }';

/** Storage in a Map, with a switch that makes writes fail like a full disk. */
function fakeStorage() {
  const workflows = new Map<string, SavedWorkflow>();
  let meta: WorkspaceMetaRecord | undefined;
  const state = { full: false, writes: 0 };
  const storage: WorkspaceStorage = {
    backend: 'indexeddb',
    load: async () => ({ workflows: [...workflows.values()], meta }),
    write: async (batch: StorageBatch) => {
      state.writes += 1;
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const w of batch.put) workflows.set(w.id, w);
      for (const id of batch.remove) workflows.delete(id);
      meta = batch.meta;
    },
  };
  return { storage, workflows, state };
}

describe('autosave', () => {
  it('brings back every workflow, the open one and its invalid text after a "reload"', async () => {
    const { storage } = fakeStorage();
    const before = createStudioStore(text);
    const autosave = await bootWorkspace(before, 'Orders', storage);
    before.getState().createWorkflow({ name: 'Broken', text: '{ "StartAt": ' });
    before.getState().select('A');
    await autosave.flush();
    autosave.stop();

    const after = createStudioStore('{}');
    (await bootWorkspace(after, 'ignored', storage)).stop();
    expect(after.getState().workflows.map((w) => w.name)).toEqual(['Orders', 'Broken']);
    expect(after.getState().text).toBe('{ "StartAt": ');
    expect(after.getState().selected).toBe('A');
    expect(after.getState().syntaxErrors.length).toBeGreaterThan(0);
  });

  it('brings back each workflow\'s type', async () => {
    const { storage } = fakeStorage();
    const before = createStudioStore(text);
    const autosave = await bootWorkspace(before, 'Orders', storage);
    before.getState().setWorkflowType('EXPRESS');
    before.getState().createWorkflow({ name: 'Standard one' });
    await autosave.flush();
    autosave.stop();

    const after = createStudioStore('{}');
    (await bootWorkspace(after, 'ignored', storage)).stop();
    expect(after.getState().workflows.map((w) => [w.name, w.type ?? 'STANDARD'])).toEqual([
      ['Orders', 'EXPRESS'],
      ['Standard one', 'STANDARD'],
    ]);
    expect(after.getState().workflowType).toBe('STANDARD');
    after.getState().switchWorkflow(after.getState().workflows[0].id);
    expect(after.getState().workflowType).toBe('EXPRESS');
  });

  it('writes only what changed', async () => {
    const { storage, state } = fakeStorage();
    const store = createStudioStore(text);
    const autosave = startAutosave(store, storage, 1);
    await autosave.flush();
    const writes = state.writes;
    await autosave.flush();
    expect(state.writes).toBe(writes);
    autosave.stop();
  });

  it('reports a full storage, keeps the document, and saves on the next change once there is room', async () => {
    const { storage, state, workflows } = fakeStorage();
    const store = createStudioStore(text);
    const autosave = startAutosave(store, storage, 1);
    state.full = true;
    store.getState().setText(text + ' ', 'editor');
    await autosave.flush();
    expect(store.getState().storage.status).toBe('full');
    expect(store.getState().text).toBe(text + ' ');

    state.full = false;
    store.getState().setText(text + '  ', 'editor');
    await autosave.flush();
    expect(store.getState().storage.status).toBe('saved');
    expect([...workflows.values()][0].text).toBe(text + '  ');
    autosave.stop();
  });

  it('deletes a removed workflow from storage', async () => {
    const { storage, workflows } = fakeStorage();
    const store = createStudioStore(text);
    const autosave = startAutosave(store, storage, 1);
    const id = store.getState().createWorkflow();
    await autosave.flush();
    expect(workflows.has(id)).toBe(true);
    store.getState().deleteWorkflow(id);
    await autosave.flush();
    expect(workflows.has(id)).toBe(false);
    autosave.stop();
  });
});

describe('restoring', () => {
  const w = (id: string, updatedAt: number, body = '{}'): SavedWorkflow => ({ id, name: id, text: body, updatedAt });

  it('lists workflows in the saved order, unknown ones last', () => {
    const meta = { activeId: 'b', order: ['b', 'a'], selections: {} };
    expect(orderedWorkflows({ workflows: [w('a', 1), w('c', 0), w('b', 2)], meta }).map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('prefers a newer page-hide backup over the stored copy', () => {
    const meta = { activeId: 'a', order: ['a'], selections: {} };
    const merged = mergeBackup({ workflows: [w('a', 1, 'old')], meta }, { put: [w('a', 2, 'new')], remove: [], meta });
    expect(merged.workflows[0].text).toBe('new');
  });
});
