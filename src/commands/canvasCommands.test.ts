import { beforeEach, describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { PATTERNS, findCatalogItem } from '../catalog';
import { useStudio } from '../store';
import { executeCommand } from './execute';
import { insertCatalogItem } from './insertCatalogItem';
import { deleteStateCommand } from './state/delete';
import { duplicateStateCommand } from './state/duplicate';
import { moveStateCommand } from './state/move';

const given = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "B": { "Type": "Pass", "Next": "C" },
    "C": { "Type": "Succeed" }
  }
}
`;

const state = () => useStudio.getState();
const def = () => state().definition as unknown as StateMachine;
const order = () => {
  const out: string[] = [];
  for (let at: string | undefined = def().StartAt; at && !out.includes(at); at = (def().States[at] as { Next?: string }).Next) out.push(at);
  return out;
};

describe('canvas commands (given / when / then, with undo and redo)', () => {
  beforeEach(() => {
    state().setText(given, 'load');
    state().clearHistory();
    state().select(null);
  });

  it.each([
    ['state.move', () => executeCommand(moveStateCommand, { name: 'B', to: { edge: { start: 'machine' } } }), ['B', 'A', 'C']],
    ['state.delete', () => executeCommand(deleteStateCommand, { name: 'B' }), ['A', 'C']],
    ['state.duplicate', () => executeCommand(duplicateStateCommand, { name: 'A' }), ['A', 'A (copy)', 'B', 'C']],
    ['state.insert (a flow item)', () => insertCatalogItem(findCatalogItem('flow:Wait')!, { after: 'A' }), ['A', 'Wait', 'B', 'C']],
  ])('%s is one undo step and redoes to the same text', (_id, when, then) => {
    when();
    expect(order()).toEqual(then);
    const after = state().text;
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(state().text).toBe(given);
    state().redo();
    expect(state().text).toBe(after);
  });

  it('pattern.insert adds every state of the pattern as one undo step and selects its first state', () => {
    const poll = PATTERNS.find((p) => p.id === 'pattern:poll-until-done')!;
    expect(insertCatalogItem(poll, { after: 'A' })).toBe('Start job');
    expect(state().selected).toBe('Start job');
    expect(Object.keys(def().States)).toHaveLength(9);
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(state().text).toBe(given);
  });

  it('a refused edit changes nothing and says why', () => {
    const notices = state().notices.length;
    const outcome = executeCommand(deleteStateCommand, { name: 'Nope' });
    expect(outcome.ok).toBe(false);
    expect(state().text).toBe(given);
    expect(state().notices.length).toBe(notices + 1);
  });

  it('nothing is edited while the text does not parse', () => {
    state().setText('{ "StartAt": ', 'editor');
    const outcome = executeCommand(duplicateStateCommand, { name: 'A' });
    expect(outcome.ok).toBe(false);
    expect(state().text).toBe('{ "StartAt": ');
  });
});
