/**
 * Compiles a whole definition once: fragments, states, Retry and Catch, with Next resolved to
 * state records. Compilation errors (a malformed definition the validator should have refused)
 * surface as a {@link DefinitionError}.
 */
import type { Catcher, JsonObject, JsonValue, QueryLanguage, Retrier, State, StateMachine, StateMachineFragment } from '../../asl/types';
import type { CompiledCatcher, CompiledFragment, CompiledMachine, CompiledRetrier, CompiledState } from '../compiled';
import type { Runner, StateBuild } from '../states/build';
import { compilePass } from '../states/pass';
import { compileSucceed } from '../states/succeed';
import { compileFail } from '../states/fail';
import { compileChoice } from '../states/choice';
import { compileWait } from '../states/wait';
import { compileTask } from '../states/task';
import { compileParallel } from '../states/parallel';
import { compileMap } from '../states/map';
import { compileAssign, compileResultPathField } from './jsonpath';
import { assignAndOutput, compileField } from './jsonata';

/** The definition cannot run (it should not have passed validation). */
export class DefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DefinitionError';
  }
}

const RUNNERS: Record<string, (b: StateBuild) => Runner> = {
  Pass: compilePass,
  Succeed: compileSucceed,
  Fail: compileFail,
  Choice: compileChoice,
  Wait: compileWait,
  Task: compileTask,
  Parallel: compileParallel,
  Map: compileMap,
};

/**
 * Compiles a state machine definition.
 * @example const m = compileMachine({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } })
 */
export function compileMachine(def: StateMachine): CompiledMachine {
  const rootLanguage: QueryLanguage = def.QueryLanguage ?? 'JSONPath';
  const all = new Map<string, CompiledState>();

  const compileFragment = (frag: StateMachineFragment, owner: CompiledState | null): CompiledFragment => {
    if (typeof frag !== 'object' || frag === null || typeof frag.States !== 'object' || frag.States === null) {
      throw new DefinitionError(`${owner ? `State '${owner.name}'` : 'The definition'} has no States object.`);
    }
    const fragment = {
      startAt: null as unknown as CompiledState,
      states: new Map<string, CompiledState>(),
      queryLanguage: frag.QueryLanguage ?? rootLanguage,
      owner,
    } satisfies CompiledFragment;
    for (const [name, sdef] of Object.entries(frag.States)) {
      const state = compileState(name, sdef, fragment);
      fragment.states.set(name, state);
      all.set(name, state);
    }
    for (const state of fragment.states.values()) {
      const next = (state.def as { Next?: string }).Next;
      if (typeof next === 'string' && state.type !== 'Choice') {
        const target = fragment.states.get(next);
        if (!target) throw new DefinitionError(`State '${state.name}' has Next '${next}', which is not a state of its workflow.`);
        state.next = target;
      }
      for (const c of state.catchers ?? []) {
        if (!fragment.states.has(c.next)) throw new DefinitionError(`A Catch of state '${state.name}' has Next '${c.next}', which is not a state of its workflow.`);
      }
    }
    const start = fragment.states.get(frag.StartAt);
    if (!start) throw new DefinitionError(`StartAt '${frag.StartAt}' is not a state of its workflow.`);
    fragment.startAt = start;
    return fragment;
  };

  const compileState = (name: string, sdef: State, fragment: CompiledFragment): CompiledState => {
    if (typeof sdef !== 'object' || sdef === null || !(sdef.Type in RUNNERS)) {
      throw new DefinitionError(`State '${name}' has no valid Type.`);
    }
    const language = sdef.QueryLanguage ?? rootLanguage;
    const type = sdef.Type;
    const state: CompiledState = {
      name,
      type,
      def: sdef,
      fragment,
      jsonata: language === 'JSONata',
      usesContext: JSON.stringify(sdef).includes(language === 'JSONata' ? 'context' : '$$'),
      entered: `${type}StateEntered`,
      exited: type === 'Fail' ? null : `${type}StateExited`,
      countsRetries: type === 'Task' || type === 'Parallel' || type === 'Map',
      failedEvent: type === 'Map' ? 'MapStateFailed' : type === 'Parallel' ? 'ParallelStateFailed' : null,
      next: null,
      retriers: null,
      catchers: null,
      children: [],
      run: () => {
        throw new Error(`state '${name}' is not compiled yet`);
      },
    };
    const withErrors = sdef as { Retry?: Retrier[]; Catch?: Catcher[] };
    if (Array.isArray(withErrors.Retry) && withErrors.Retry.length > 0) state.retriers = withErrors.Retry.map(compileRetrier);
    if (Array.isArray(withErrors.Catch) && withErrors.Catch.length > 0) state.catchers = withErrors.Catch.map((c) => compileCatcher(c, state.jsonata));
    try {
      state.run = RUNNERS[type]({ state, compileFragment: (f) => compileFragment(f, state) });
    } catch (e) {
      if (e instanceof DefinitionError) throw e;
      throw new DefinitionError(`State '${name}': ${e instanceof Error ? e.message : String(e)}`);
    }
    return state;
  };

  const root = compileFragment(def, null);
  const timeout = typeof def.TimeoutSeconds === 'number' ? def.TimeoutSeconds : null;
  return { root, timeoutSeconds: timeout, states: all };
}

function compileRetrier(r: Retrier): CompiledRetrier {
  return {
    errorEquals: r.ErrorEquals ?? [],
    intervalSeconds: r.IntervalSeconds ?? 1,
    maxAttempts: r.MaxAttempts ?? 3,
    backoffRate: r.BackoffRate ?? 2,
    maxDelaySeconds: r.MaxDelaySeconds ?? null,
    jitter: r.JitterStrategy === 'FULL',
  };
}

function compileCatcher(c: Catcher, jsonata: boolean): CompiledCatcher {
  const errorEquals = c.ErrorEquals ?? [];
  if (jsonata) {
    const assign = compileField(c.Assign, 'Assign');
    const output = compileField(c.Output, 'Output');
    return {
      errorEquals,
      next: c.Next,
      apply: (t, errorOutput) => assignAndOutput(t, assign, output, errorOutput, { errorOutput }),
    };
  }
  const resultPath = compileResultPathField(c.ResultPath);
  const assign = compileAssign(c.Assign as JsonObject | undefined);
  return {
    errorEquals,
    next: c.Next,
    apply: (t, errorOutput) => ({
      assign: assign === null ? null : assign(errorOutput as JsonValue, t),
      output: resultPath(t.input, errorOutput),
    }),
  };
}
