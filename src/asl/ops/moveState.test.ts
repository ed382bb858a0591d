import { describe, expect, it } from 'vitest';
import { moveState } from './moveState';
import { locateState } from './locate';
import { chain, deepFreeze, errorCode, expectOk, nestedMachine, structuralProblems } from './testKit';
import type { StateMachine } from '../types';

function run(def: StateMachine): string[] {
  const out: string[] = [];
  for (let n: string | undefined = def.StartAt; n && out.length < 20; n = (def.States[n] as { Next?: string }).Next) out.push(n);
  return out;
}

describe('moveState', () => {
  it.each([
    ['before the start', { before: 'A' }, ['C', 'A', 'B', 'D']],
    ['after A', { after: 'A' }, ['A', 'C', 'B', 'D']],
    ['onto the start edge', { edge: { start: 'machine' as const } }, ['C', 'A', 'B', 'D']],
    ['to the end', { after: 'D' }, ['A', 'B', 'D', 'C']],
  ])('given A -> B -> C -> D, when C moves %s, then the run order follows', (_, to, order) => {
    const r = expectOk(moveState(chain('A', 'B', 'C', 'D'), 'C', to));
    expect(run(r.definition)).toEqual(order);
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given the start state, when it moves to the end, then the machine starts at its old Next', () => {
    const r = expectOk(moveState(chain('A', 'B', 'C'), 'A', { after: 'C' }));
    expect(run(r.definition)).toEqual(['B', 'C', 'A']);
  });

  it('given a top-level state, when it moves into a Parallel branch, then it leaves the machine and joins the branch', () => {
    const def = deepFreeze({
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: 3, Next: 'Fan' },
        Fan: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true },
      },
    } as StateMachine);
    const r = expectOk(moveState(def, 'W', { after: 'X' }));
    expect(r.definition.StartAt).toBe('Fan');
    expect(locateState(r.definition, 'W')?.pointer).toBe('/States/Fan/Branches/0/States/W');
    expect((r.definition.States.Fan as { Branches: StateMachine[] }).Branches[0].States).toEqual({
      X: { Type: 'Pass', Next: 'W' },
      W: { Type: 'Wait', Seconds: 3, End: true },
    });
  });

  it('given a nested state, when it moves out to the top level, then it is wired in there', () => {
    const r = expectOk(moveState(nestedMachine(), 'J', { before: 'Done' }));
    expect(r.definition.States.Each).toMatchObject({ Next: 'J' });
    expect(r.definition.States.J).toEqual({ Type: 'Pass', Next: 'Done' });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Task with a Catch handler, when it moves into a branch, then it is refused because the handler would be cut off', () => {
    const def = deepFreeze({
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Fan', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }] },
        Fan: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true },
        H: { Type: 'Fail' },
      },
    } as StateMachine);
    const r = moveState(def, 'T', { before: 'X' });
    expect(errorCode(r)).toBe('WOULD_ORPHAN');
    expect(r.ok ? '' : r.error.message).toContain('"H"');
  });

  it('given a Task whose Catch handler is also reached another way, when it moves into a branch, then it goes without that catcher', () => {
    const def = deepFreeze({
      StartAt: 'T',
      States: {
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'H', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }] },
        H: { Type: 'Pass', Next: 'Fan' },
        Fan: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true },
      },
    } as StateMachine);
    const r = expectOk(moveState(def, 'T', { after: 'X' }));
    expect(locateState(r.definition, 'T')?.state).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true });
    expect(r.definition.StartAt).toBe('H');
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a Task with a Catch, when it moves within its scope, then its Catch is kept', () => {
    const def = deepFreeze({
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'T' },
        T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'H' }] },
        B: { Type: 'Succeed' },
        H: { Type: 'Fail' },
      },
    } as StateMachine);
    const r = expectOk(moveState(def, 'T', { before: 'A' }));
    expect(r.definition.StartAt).toBe('T');
    expect(r.definition.States.T).toMatchObject({ Next: 'A', Catch: [{ Next: 'H' }] });
    expect(r.definition.States.A).toEqual({ Type: 'Pass', Next: 'B' });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it('given a rule before the drop edge leads to the moved state, when it moves onto that edge, then the same rule is used', () => {
    const def = deepFreeze({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.a', IsPresent: true, Next: 'S' },
            { Variable: '$.b', IsPresent: true, Next: 'P' },
          ],
          Default: 'P',
        },
        S: { Type: 'Pass', End: true },
        P: { Type: 'Succeed' },
      },
    } as StateMachine);
    const r = expectOk(moveState(def, 'S', { edge: { from: 'C', field: { choice: 1 } } }));
    // S has no successor, so taking it out removes rule 0; the $.b rule shifts to index 0 and now leads to S.
    expect(r.definition.States.C).toMatchObject({ Choices: [{ Variable: '$.b', Next: 'S' }], Default: 'P' });
    expect(r.definition.States.S).toEqual({ Type: 'Pass', Next: 'P' });
    expect(structuralProblems(r.definition)).toEqual([]);
  });

  it.each([
    ['into its own branch', 'Fan', { after: 'X' }, 'MOVE_INTO_SELF'],
    ['into its own empty branch slot', 'Fan', { emptyBranch: { parallel: 'Fan', branch: 2 } }, 'MOVE_INTO_SELF'],
    ['onto its own branch start edge', 'Fan', { edge: { start: { parallel: 'Fan', branch: 0 } } }, 'MOVE_INTO_SELF'],
    ['into its own processor', 'Each', { before: 'J' }, 'MOVE_INTO_SELF'],
    ['before itself', 'Each', { before: 'Each' }, 'NO_OP'],
    ['after its predecessor', 'Each', { after: 'Fan' }, 'NO_OP'],
    ['onto the edge into it', 'Each', { edge: { from: 'Fan', field: 'Next' as const } }, 'NO_OP'],
    ['onto its own out edge', 'Each', { edge: { from: 'Each', field: 'Next' as const } }, 'NO_OP'],
    ['before its successor', 'Each', { before: 'Done' }, 'NO_OP'],
    ['onto the start edge it already has', 'Fan', { edge: { start: 'machine' as const } }, 'NO_OP'],
    ['an unknown state', 'Nope', { before: 'Done' }, 'NOT_FOUND'],
  ])('when moving %s, then it is refused', (_, name, to, code) => {
    expect(errorCode(moveState(nestedMachine(), name, to))).toBe(code);
  });
});
