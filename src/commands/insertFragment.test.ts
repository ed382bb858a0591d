import { describe, expect, it } from 'vitest';
import type { QueryLanguage, StateMachine } from '../asl/types';
import { validate } from '../asl/validate';
import { PATTERNS } from '../catalog';
import { insertFragment } from './insertFragment';

const twoStates: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };
const errorsOf = (def: StateMachine) => validate(def as never).filter((d) => d.severity === 'error');

describe('insertFragment (patterns)', () => {
  it.each(PATTERNS.flatMap((p) => (['JSONPath', 'JSONata'] as QueryLanguage[]).map((ql) => [p.title, ql, p] as const)))(
    '%s (%s) drops between two states with all its states, wired, and validates',
    (_title, ql, pattern) => {
      const def: StateMachine = ql === 'JSONata' ? { ...twoStates, QueryLanguage: 'JSONata' } : twoStates;
      const r = insertFragment(def, pattern.build, { edge: { from: 'A', field: 'Next' } });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const block = pattern.build(ql);
      expect(r.names).toEqual(Object.keys(block.States));
      expect(r.definition.States.A).toEqual({ Type: 'Pass', Next: block.StartAt });
      // Every exit of the block leads on to B, and nothing leaks the exit marker.
      expect(JSON.stringify(r.definition)).not.toContain('\\u0000');
      expect(JSON.stringify(r.definition)).toContain('"Next":"B"');
      expect(errorsOf(r.definition)).toEqual([]);
    },
  );

  it('renames every state (nested ones too) when the pattern is dropped twice', () => {
    const fan = PATTERNS.find((p) => p.id === 'pattern:fan-out-join')!;
    const once = insertFragment(twoStates, fan.build, { after: 'A' });
    if (!once.ok) throw new Error(once.error.message);
    const twice = insertFragment(once.definition, fan.build, { after: 'A' });
    if (!twice.ok) throw new Error(twice.error.message);
    expect(twice.names).toEqual(['Fan out (1)', 'Join results (1)']);
    const parallel = twice.definition.States['Fan out (1)'];
    expect(parallel.Type === 'Parallel' && parallel.Branches.map((b) => b.StartAt)).toEqual(['Fetch profile (1)', 'Fetch orders (1)']);
    expect(twice.definition.States['Join results (1)']).toMatchObject({ Next: 'Fan out' });
    expect(errorsOf(twice.definition)).toEqual([]);
  });

  it('ends the scope where the block exits when it is dropped on an end edge', () => {
    const poll = PATTERNS.find((p) => p.id === 'pattern:poll-until-done')!;
    const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
    const r = insertFragment(def, poll.build, { edge: { from: 'A', field: 'Next' } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.definition.States['Get job result']).toMatchObject({ End: true });
    expect(r.definition.States['Get job result']).not.toHaveProperty('Next');
    expect(errorsOf(r.definition)).toEqual([]);
  });

  it('fills an empty machine', () => {
    const saga = PATTERNS.find((p) => p.id === 'pattern:saga')!;
    const r = insertFragment({ StartAt: '', States: {} }, saga.build, { emptyMachine: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.definition.StartAt).toBe('Reserve hotel');
    expect(Object.keys(r.definition.States)).toHaveLength(7);
    expect(errorsOf(r.definition)).toEqual([]);
  });

  it('writes the block in the machine\'s language inside a Parallel that sets its own (AWS: nested states follow the machine)', () => {
    const retry = PATTERNS.find((p) => p.id === 'pattern:retry-with-fallback')!;
    const def: StateMachine = {
      StartAt: 'P',
      States: { P: { Type: 'Parallel', QueryLanguage: 'JSONata', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], End: true } },
    };
    const r = insertFragment(def, retry.build, { edge: { start: { parallel: 'P', branch: 0 } } });
    if (!r.ok) throw new Error(r.error.message);
    const branch = (r.definition.States.P as { Branches: StateMachine[] }).Branches[0];
    expect(branch.StartAt).toBe('Call service');
    expect(branch.States['Call service']).toHaveProperty('Parameters');
    expect(errorsOf(r.definition)).toEqual([]);
  });

  it('refuses a drop point that does not exist, changing nothing', () => {
    const r = insertFragment(twoStates, PATTERNS[0].build, { after: 'Nope' });
    expect(r.ok).toBe(false);
  });
});
