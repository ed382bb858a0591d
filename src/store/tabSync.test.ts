import { afterEach, describe, expect, it } from 'vitest';
import { createStudioStore } from './index';
import { startAutosave } from './persistence';
import type { StorageBatch, WorkspaceStorage } from './storageBackends';
import { startTabSync } from './tabSync';

const text = (name: string) => `{ "StartAt": "${name}", "States": { "${name}": { "Type": "Pass", "End": true } } }`;
const memory = (): WorkspaceStorage => ({ backend: 'indexeddb', load: async () => ({ workflows: [], meta: undefined }), write: async (_b: StorageBatch) => undefined });
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Two tabs on one workspace: the same two workflows, each tab with its own store, autosave and channel end. */
function twoTabs() {
  const channel = `test-${Math.random()}`;
  const a = createStudioStore(text('A'));
  const b = createStudioStore(text('A'));
  const second = a.getState().createWorkflow({ name: 'Second', text: text('S') });
  b.getState().restoreWorkspace(
    a.getState().workflows.map((w) => ({ ...w, text: w.id === second ? text('S') : text('A'), selected: null })),
    a.getState().workflows[0].id,
  );
  a.getState().switchWorkflow(a.getState().workflows[0].id);
  const saves = [a, b].map((store) => {
    const autosave = startAutosave(store, memory(), 0);
    stops.push(autosave.stop, startTabSync(store, autosave, channel));
    return autosave;
  });
  return { a, b, second, saveA: () => saves[0].flush() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('tab sync', () => {
  it('a workflow saved in one tab is current in the other when it switches to it', async () => {
    const { a, b, second, saveA } = twoTabs();
    a.getState().switchWorkflow(second);
    a.getState().setText(text('Changed'), 'editor');
    await saveA();
    await settle();
    b.getState().switchWorkflow(second);
    expect(b.getState().text).toBe(text('Changed'));
    // One undo brings back this tab's own last version.
    b.getState().undo();
    expect(b.getState().text).toBe(text('S'));
  });

  it('a workflow created in one tab appears in the other', async () => {
    const { a, b, saveA } = twoTabs();
    a.getState().createWorkflow({ name: 'Brand new', text: text('N') });
    await saveA();
    await settle();
    expect(b.getState().workflows.map((w) => w.name)).toContain('Brand new');
  });

  it('never replaces the workflow open here; warns once instead', async () => {
    const { a, b, saveA } = twoTabs();
    b.getState().setText(text('Mine'), 'editor');
    a.getState().setText(text('Theirs'), 'editor');
    await saveA();
    await settle();
    a.getState().setText(text('Theirs again'), 'editor');
    await saveA();
    await settle();
    expect(b.getState().text).toBe(text('Mine'));
    expect(b.getState().notices.filter((n) => n.kind === 'warning')).toHaveLength(1);
    expect(b.getState().notices[0].message).toMatch(/also changed in another tab/);
  });

  it('warns once per workflow, and says so when the open one was deleted elsewhere', async () => {
    const { a, b, second, saveA } = twoTabs();
    a.getState().setText(text('Theirs'), 'editor');
    await saveA();
    await settle();
    b.getState().switchWorkflow(second);
    a.getState().deleteWorkflow(second);
    await saveA();
    await settle();
    const warnings = b.getState().notices.filter((n) => n.kind === 'warning').map((n) => n.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/“Second” was deleted in another tab/);
    expect(b.getState().workflows.map((w) => w.name)).toContain('Second');
  });
});
