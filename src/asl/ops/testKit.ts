/**
 * Test helpers for the ops (imported by *.test.ts only): deep freezing, compact fixtures, and a
 * structural checker written independently of the ops, so tests do not grade the ops with their
 * own logic.
 */
import { STATE_TYPES } from '../types';
import type { State, StateMachine, StateMachineFragment } from '../types';

/** Freezes a value and everything in it, so any mutation by an op throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen machine of Pass states in a row: `chain('A', 'B')` is A -> B (End). */
export function chain(...names: string[]): StateMachine {
  return deepFreeze({ StartAt: names[0], States: chainStates(names) });
}

/** The States object of a row of Pass states. */
export function chainStates(names: string[]): Record<string, State> {
  return Object.fromEntries(
    names.map((n, i): [string, State] => [n, i < names.length - 1 ? { Type: 'Pass', Next: names[i + 1] } : { Type: 'Pass', End: true }]),
  );
}

/** The state `name` at a pointer-ish path of plain keys, for short assertions. */
export function stateAt(def: StateMachine, ...path: (string | number)[]): State {
  let at: unknown = def;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at as State;
}

function nextsOf(state: State): string[] {
  const out: string[] = [];
  const s = state as unknown as Record<string, unknown>;
  if (typeof s.Next === 'string') out.push(s.Next);
  if (typeof s.Default === 'string') out.push(s.Default);
  for (const list of [s.Choices, s.Catch]) {
    if (Array.isArray(list)) for (const e of list) if (typeof e?.Next === 'string') out.push(e.Next);
  }
  return out;
}

/**
 * Structural problems of a definition, as readable strings: StartAt exists, every target exists
 * in its scope, every state reachable, a reachable terminal, unique names machine-wide, a Choice
 * has rules and no Next/End, every other non-terminal has exactly one of Next and End, no empty
 * States, Task has a Resource, Wait exactly one duration field.
 */
export function structuralProblems(def: StateMachine): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const scope = (frag: StateMachineFragment, where: string): void => {
    const states = frag?.States;
    if (!states || typeof states !== 'object' || Object.keys(states).length === 0) {
      problems.push(`${where}: no states`);
      return;
    }
    const own = (n: string): boolean => Object.prototype.hasOwnProperty.call(states, n);
    if (typeof frag.StartAt !== 'string' || !own(frag.StartAt)) problems.push(`${where}: StartAt ${frag.StartAt} missing`);
    for (const [name, state] of Object.entries(states)) {
      if (seen.has(name)) problems.push(`duplicate name ${name}`);
      seen.add(name);
      checkState(name, state, own, problems);
      if (state.Type === 'Parallel') {
        if (!Array.isArray(state.Branches) || state.Branches.length === 0) problems.push(`${name}: no branches`);
        else state.Branches.forEach((b, i) => scope(b, `${name}[${i}]`));
      }
      if (state.Type === 'Map') {
        const p = state.ItemProcessor ?? state.Iterator;
        if (!p) problems.push(`${name}: no processor`);
        else scope(p, `${name}.processor`);
      }
    }
    const reached = new Set<string>();
    const todo = own(frag.StartAt) ? [frag.StartAt] : [];
    while (todo.length) {
      const n = todo.pop() as string;
      if (reached.has(n) || !own(n)) continue;
      reached.add(n);
      todo.push(...nextsOf(states[n]));
    }
    for (const n of Object.keys(states)) if (!reached.has(n)) problems.push(`${n}: unreachable`);
    const ends = [...reached].some((n) => {
      const s = states[n] as unknown as Record<string, unknown>;
      return s.Type === 'Succeed' || s.Type === 'Fail' || s.End === true;
    });
    if (!ends) problems.push(`${where}: no reachable terminal`);
  };
  scope(def, 'machine');
  return problems;
}

function checkState(name: string, state: State, own: (n: string) => boolean, problems: string[]): void {
  const s = state as unknown as Record<string, unknown>;
  if (!STATE_TYPES.includes(state.Type)) problems.push(`${name}: bad Type`);
  for (const target of nextsOf(state)) if (!own(target)) problems.push(`${name}: target ${target} not in scope`);
  if (state.Type === 'Choice') {
    if ('Next' in s || 'End' in s) problems.push(`${name}: Choice with Next/End`);
    if (!Array.isArray(state.Choices) || state.Choices.length === 0) problems.push(`${name}: Choice without rules`);
    else if (state.Choices.some((r) => typeof r.Next !== 'string')) problems.push(`${name}: rule without Next`);
  } else if (state.Type === 'Succeed' || state.Type === 'Fail') {
    if ('Next' in s || 'End' in s) problems.push(`${name}: terminal with Next/End`);
  } else if (('Next' in s) === (s.End === true) || ('End' in s && s.End !== true)) {
    problems.push(`${name}: needs exactly one of Next and End`);
  }
  if ('Catch' in s && (!Array.isArray(s.Catch) || s.Catch.length === 0)) problems.push(`${name}: empty Catch`);
  if (state.Type === 'Task' && typeof state.Resource !== 'string') problems.push(`${name}: Task without Resource`);
  if (state.Type === 'Wait') {
    const n = ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'].filter((k) => k in s).length;
    if (n !== 1) problems.push(`${name}: Wait needs exactly one duration`);
  }
}

/** Asserts an op succeeded and returns its result (throws with the error message otherwise). */
export function expectOk<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify((result as { error?: unknown }).error)}`);
  return result as Extract<R, { ok: true }>;
}

/** The error code of a refused op (`'ok'` when it did not refuse). */
export function errorCode(result: { ok: boolean; error?: { code: string } }): string {
  return result.ok ? 'ok' : (result.error?.code ?? '?');
}

/**
 * Start -> Decide (Choice: Yes | No | Default Done); Yes is a Task that catches into Handle (Fail);
 * No -> Done (Succeed).
 */
export function choiceMachine(): StateMachine {
  return deepFreeze({
    StartAt: 'Start',
    States: {
      Start: { Type: 'Pass', Next: 'Decide' },
      Decide: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.ok', BooleanEquals: true, Next: 'Yes' },
          { Variable: '$.ok', BooleanEquals: false, Next: 'No' },
        ],
        Default: 'Done',
      },
      Yes: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }] },
      No: { Type: 'Pass', Next: 'Done' },
      Handle: { Type: 'Fail', Error: 'Oops' },
      Done: { Type: 'Succeed' },
    },
  });
}

/**
 * Fan (Parallel: [X -> Y] | [Z]) -> Each (Map: I -> J) -> Done (Succeed). Also a state named Pass
 * inside branch 1, so default names must count on.
 */
export function nestedMachine(): StateMachine {
  return deepFreeze({
    StartAt: 'Fan',
    States: {
      Fan: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: { Type: 'Pass', End: true } } },
          { StartAt: 'Z', States: { Z: { Type: 'Pass', Next: 'Pass' }, Pass: { Type: 'Pass', End: true } } },
        ],
        Next: 'Each',
      },
      Each: {
        Type: 'Map',
        ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'I', States: { I: { Type: 'Pass', Next: 'J' }, J: { Type: 'Pass', End: true } } },
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  } as StateMachine);
}
