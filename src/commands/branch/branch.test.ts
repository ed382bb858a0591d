import { describe, expect, it } from 'vitest';
import type { ParallelState } from '../../asl/types';
import { createStudioStore } from '../../store';
import { definitionOf, run } from '../commandTestKit';
import { addBranchCommand } from './add';
import { removeBranchCommand } from './remove';

const text = `{
  "StartAt": "Fan out",
  "States": {
    "Fan out": {
      "Type": "Parallel",
      "Branches": [{ "StartAt": "Pass", "States": { "Pass": { "Type": "Pass", "End": true } } }],
      "End": true
    }
  }
}
`;

const branches = (store: ReturnType<typeof createStudioStore>) => (definitionOf(store).States['Fan out'] as ParallelState).Branches;

describe('branch.add / branch.remove', () => {
  it('given one branch, when a branch is added, then it holds a uniquely named Pass; removing it is undone exactly', () => {
    const store = createStudioStore(text);
    run(store, addBranchCommand, { parallel: 'Fan out' });
    expect(branches(store)).toHaveLength(2);
    expect(branches(store)[1].StartAt).toBe('Pass (1)');
    const twoBranches = store.getState().text;
    run(store, removeBranchCommand, { parallel: 'Fan out', index: 1 });
    expect(branches(store)).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().text).toBe(twoBranches);
    store.getState().undo();
    expect(store.getState().text).toBe(text);
  });

  it('refuses to remove the last branch', () => {
    const store = createStudioStore(text);
    expect(run(store, removeBranchCommand, { parallel: 'Fan out', index: 0 })).toMatch(/at least one branch/);
  });
});
