/**
 * fast-check arbitraries for the ops' property test (imported by tests only): random VALID state
 * machines with nested Parallel/Map scopes, Choice rules, Catch edges and loops, and random edit
 * steps whose arguments are resolved against the definition at the time they run.
 */
import fc from 'fast-check';
import type { Catcher, ChoiceRule, State, StateMachine, StateMachineFragment, StateType } from '../types';

type Kind = 'Pass' | 'Task' | 'Wait' | 'Choice' | 'Parallel' | 'Map';

interface StateBp {
  kind: Kind;
  /** Extra targets (indices into the scope, taken modulo): Choice rules, a Catch, the Default. */
  picks: number[];
  catches: boolean;
  scopes: ScopeBp[];
}

interface ScopeBp {
  chain: StateBp[];
  last: 'Pass' | 'Task' | 'Succeed' | 'Fail';
  sides: { type: 'Succeed' | 'Fail' | 'Pass'; from: number }[];
}

const picks = fc.array(fc.nat(20), { maxLength: 3 });

const { scope } = fc.letrec<{ scope: ScopeBp; state: StateBp }>((tie) => ({
  scope: fc.record({
    chain: fc.array(tie('state'), { maxLength: 4 }),
    last: fc.constantFrom('Pass', 'Task', 'Succeed', 'Fail'),
    sides: fc.array(fc.record({ type: fc.constantFrom('Succeed', 'Fail', 'Pass'), from: fc.nat(20) }), { maxLength: 2 }),
  }),
  state: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record({ kind: fc.constantFrom<Kind>('Pass', 'Task', 'Wait', 'Choice'), picks, catches: fc.boolean(), scopes: fc.constant<ScopeBp[]>([]) }),
    fc.record({ kind: fc.constant<Kind>('Parallel'), picks, catches: fc.boolean(), scopes: fc.array(tie('scope'), { minLength: 1, maxLength: 2 }) }),
    fc.record({ kind: fc.constant<Kind>('Map'), picks, catches: fc.boolean(), scopes: tie('scope').map((s) => [s]) }),
  ),
}));

// Names that exercise pointer escaping, non-ASCII and clashes with the ops' default names.
const PREFIXES = ['S', 'Pass', 'a/b ', 'x~y ', 'Wait (', 'Über '];

function build(bp: ScopeBp, nextName: () => string): StateMachineFragment {
  const names = [...bp.chain.map(() => nextName()), nextName()];
  const states: [string, State][] = [];
  const target = (p: number): string => names[p % names.length];
  const hooks: { add: (to: string) => boolean }[] = [];
  bp.chain.forEach((s, i) => {
    const next = names[i + 1];
    const catchers: Catcher[] = s.catches ? [{ ErrorEquals: ['States.ALL'], Next: target(s.picks[0] ?? i) }] : [];
    let state: State;
    if (s.kind === 'Choice') {
      const rules: ChoiceRule[] = [{ Variable: '$.v', NumericEquals: 0, Next: next }, ...s.picks.map((p, k) => ({ Variable: '$.v', NumericEquals: k + 1, Next: target(p) }))];
      state = s.picks[0] === undefined || s.picks[0] % 3 !== 0 ? { Type: 'Choice', Choices: rules, Default: target(s.picks[0] ?? i + 1) } : { Type: 'Choice', Choices: rules };
      hooks.push({ add: (to) => (rules.push({ Variable: '$.side', IsPresent: true, Next: to }), true) });
    } else {
      const base = s.kind === 'Task' ? { Type: 'Task' as const, Resource: 'arn:aws:states:::lambda:invoke' }
        : s.kind === 'Wait' ? { Type: 'Wait' as const, Seconds: 1 }
        : s.kind === 'Pass' ? { Type: 'Pass' as const }
        : s.kind === 'Parallel' ? { Type: 'Parallel' as const, Branches: s.scopes.map((c) => build(c, nextName)) }
        : { Type: 'Map' as const, ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' as const }, ...build(s.scopes[0], nextName) } };
      const canCatch = s.kind === 'Task' || s.kind === 'Parallel' || s.kind === 'Map';
      state = { ...base, Next: next, ...(canCatch && catchers.length > 0 ? { Catch: catchers } : {}) } as State;
      hooks.push({
        add: (to) => {
          if (!canCatch) return false;
          const own = state as { Catch?: Catcher[] };
          // AWS: a States.ALL catcher must be the last one.
          own.Catch = [{ ErrorEquals: ['States.Timeout'], Next: to }, ...(own.Catch ?? [])];
          return true;
        },
      });
    }
    states.push([names[i], state]);
  });
  const lastName = names[names.length - 1];
  states.push([lastName, bp.last === 'Succeed' || bp.last === 'Fail' ? { Type: bp.last }
    : bp.last === 'Task' ? { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } : { Type: 'Pass', End: true }]);
  for (const side of bp.sides) {
    if (hooks.length === 0) break;
    const name = nextName();
    if (hooks[side.from % hooks.length].add(name)) states.push([name, side.type === 'Pass' ? { Type: 'Pass', End: true } : { Type: side.type }]);
  }
  return { StartAt: names[0], States: Object.fromEntries(states) };
}

/** A random valid state machine. */
export const machineArbitrary: fc.Arbitrary<StateMachine> = scope.map((bp) => {
  let n = 0;
  const nextName = (): string => (n === 0 ? (n++, 'Pass') : `${PREFIXES[n % PREFIXES.length]}${n++}`);
  return build(bp, nextName);
});

/** One edit step; numbers pick names, edges and shapes when the step runs. */
export interface StepSpec {
  op: 'insert' | 'delete' | 'rename' | 'move' | 'duplicate' | 'changeType' | 'setField' | 'clearField' | 'addBranch' | 'removeBranch' | 'setMachineField';
  a: number;
  b: number;
  c: number;
  type: StateType;
  removeOrphans: boolean;
}

/** A random edit step (moves and inserts weigh double: they have the most cases). */
export const stepArbitrary: fc.Arbitrary<StepSpec> = fc.record({
  op: fc.constantFrom<StepSpec['op']>('insert', 'insert', 'delete', 'rename', 'move', 'move', 'duplicate', 'changeType', 'setField', 'clearField', 'addBranch', 'removeBranch', 'setMachineField'),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  type: fc.constantFrom<StateType>('Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'),
  removeOrphans: fc.boolean(),
});
