import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, StateMachine } from '../types';
import { validate } from '../validate';
import { addBranch } from './addBranch';
import { changeStateType } from './changeStateType';
import { deleteState } from './deleteState';
import { duplicateState } from './duplicateState';
import { insertState } from './insertState';
import { allStateNames, locateState } from './locate';
import { machineArbitrary, stepArbitrary, type StepSpec } from './machineArbitrary';
import { moveState } from './moveState';
import { removeBranch } from './removeBranch';
import { renameState } from './renameState';
import { clearField, setField } from './setField';
import { setMachineField } from './setMachineField';
import { newState } from './templates';
import { edgeTarget } from './transitions';
import { deepFreeze, structuralProblems } from './testKit';
import type { EdgeField, InsertAt, OpResult, ScopeRef } from './types';

// OPS_PROPERTY_RUNS=2000 npx vitest run src/asl/ops/ops.property.test.ts for a longer run by hand.
const RUNS = Number(process.env.OPS_PROPERTY_RUNS ?? 200);

/** Structural problems (our own checker) plus the validator's errors: both must be empty. */
function problemsOf(def: StateMachine): string[] {
  const errors = validate(def as unknown as JsonValue).filter((d) => d.severity === 'error');
  return [...structuralProblems(def), ...errors.map((d) => `${d.code} at ${d.pointer}: ${d.message}`)];
}

function statesOfType(def: StateMachine, type: 'Parallel' | 'Map'): string[] {
  return allStateNames(def).filter((n) => locateState(def, n)?.state.Type === type);
}

function edgesOf(def: StateMachine, name: string): EdgeField[] {
  const state = locateState(def, name)?.state;
  if (!state) return ['Next'];
  const fields: EdgeField[] = ['Next', 'Default'];
  for (let i = 0; i < 4; i++) fields.push({ choice: i }, { catch: i });
  const present = fields.filter((f) => edgeTarget(state, f) !== undefined);
  return present.length > 0 ? present : ['Next'];
}

/** Turns a step's numbers into concrete arguments against the current definition. */
function resolve(def: StateMachine, step: StepSpec): { label: string; run: () => OpResult<object> } {
  const names = allStateNames(def);
  const pick = (n: number): string => (n % 13 === 12 || names.length === 0 ? 'No such state' : names[n % names.length]);
  const parallels = statesOfType(def, 'Parallel');
  const maps = statesOfType(def, 'Map');
  const scopes: ScopeRef[] = [
    'machine',
    ...parallels.flatMap((p) => {
      const st = locateState(def, p)?.state as { Branches: unknown[] };
      return st.Branches.map((_, branch) => ({ parallel: p, branch }));
    }),
    ...maps.map((map) => ({ map })),
  ];
  const at = (n: number, m: number): InsertAt => {
    // Edges, before and after are what a user mostly does; the empty-scope shapes are rarer.
    switch (n % 12) {
      case 0:
      case 1:
      case 2: {
        const from = pick(m);
        const fields = edgesOf(def, from);
        return { edge: { from, field: fields[(m >> 4) % fields.length] } };
      }
      case 3:
        return { edge: { start: scopes[m % scopes.length] } };
      case 4:
      case 5:
      case 6:
        return { before: pick(m) };
      case 7:
      case 8:
      case 9:
        return { after: pick(m) };
      case 10: {
        const parallel = parallels.length > 0 ? parallels[m % parallels.length] : pick(m);
        const count = (locateState(def, parallel)?.state as { Branches?: unknown[] } | undefined)?.Branches?.length ?? 0;
        return { emptyBranch: { parallel, branch: (m >> 3) % (count + 1) } };
      }
      default:
        return m % 4 === 0 ? { emptyMachine: true } : { emptyProcessor: { map: maps.length > 0 ? maps[m % maps.length] : pick(m) } };
    }
  };
  const { a, b, c, type, removeOrphans } = step;
  switch (step.op) {
    case 'insert': {
      const args = { name: c % 4 === 0 ? pick(c) : undefined, state: newState(type), at: at(a, b) };
      return { label: `insert ${JSON.stringify(args)}`, run: () => insertState(def, args) };
    }
    case 'delete':
      return { label: `delete ${pick(a)} ${removeOrphans}`, run: () => deleteState(def, pick(a), { removeOrphans }) };
    case 'rename': {
      const to = c % 5 === 0 ? pick(b) : c % 5 === 1 ? '' : `R${c} ~/`;
      return { label: `rename ${pick(a)} -> ${to}`, run: () => renameState(def, pick(a), to) };
    }
    case 'move': {
      const to = at(b, c);
      return { label: `move ${pick(a)} ${JSON.stringify(to)}`, run: () => moveState(def, pick(a), to) };
    }
    case 'duplicate':
      return { label: `duplicate ${pick(a)}`, run: () => duplicateState(def, pick(a)) };
    case 'changeType':
      return { label: `changeType ${pick(a)} ${type} ${removeOrphans}`, run: () => changeStateType(def, pick(a), type, { removeOrphans }) };
    case 'setField':
      return { label: `setField ${pick(a)}`, run: () => setField(def, pick(a), b % 2 ? 'Comment' : '/Comment', `note ${c}`) };
    case 'clearField': {
      const field = ['Comment', 'InputPath', 'OutputPath', 'ResultPath'][b % 4];
      return { label: `clearField ${pick(a)} ${field}`, run: () => clearField(def, pick(a), field) };
    }
    case 'addBranch': {
      const p = parallels.length > 0 && a % 5 !== 0 ? parallels[a % parallels.length] : pick(a);
      return { label: `addBranch ${p}`, run: () => addBranch(def, p) };
    }
    case 'removeBranch': {
      const p = parallels.length > 0 && a % 5 !== 0 ? parallels[a % parallels.length] : pick(a);
      return { label: `removeBranch ${p} ${b % 3}`, run: () => removeBranch(def, p, b % 3) };
    }
    case 'setMachineField':
      return {
        label: 'setMachineField',
        run: () => (b % 2 ? setMachineField(def, 'Comment', c % 3 ? `v${c}` : undefined) : setMachineField(def, 'TimeoutSeconds', c + 1)),
      };
  }
}

describe('ops on random valid machines', () => {
  it(`keep every definition valid (structure and validate()) or refuse, over random edit sequences (${RUNS} runs)`, () => {
    const tally = new Map<string, { ok: number; refused: number }>();
    const codes = new Map<string, number>();
    fc.assert(
      fc.property(machineArbitrary, fc.array(stepArbitrary, { minLength: 1, maxLength: 15, size: 'max' }), (generated, steps) => {
        let def = deepFreeze(generated);
        expect(problemsOf(def), 'generated machine').toEqual([]);
        const trail: string[] = [];
        for (const step of steps) {
          const { label, run } = resolve(def, step);
          trail.push(label);
          const result = run();
          const count = tally.get(step.op) ?? { ok: 0, refused: 0 };
          tally.set(step.op, count);
          if (!result.ok) {
            count.refused++;
            codes.set(`${step.op} ${result.error.code}`, (codes.get(`${step.op} ${result.error.code}`) ?? 0) + 1);
            expect(result.error.message.length, label).toBeGreaterThan(0);
            continue;
          }
          count.ok++;
          def = deepFreeze(result.definition);
          const problems = problemsOf(def);
          if (problems.length > 0) throw new Error(`after ${trail.join(' | ')}: ${problems.join('; ')}\n${JSON.stringify(def)}`);
        }
      }),
      { numRuns: RUNS, seed: 20240611 },
    );
    // The property is only worth something if every op actually succeeds some of the time.
    for (const [op, { ok }] of tally) expect(ok, `${op} never succeeded`).toBeGreaterThan(0);
    if (process.env.OPS_PROPERTY_RUNS) console.log(Object.fromEntries(tally), Object.fromEntries([...codes].sort()));
  }, Math.max(20_000, RUNS * 50));
});
