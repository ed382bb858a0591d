/**
 * Parallel: runs every branch on the same input, each in its own variable scope; the result is the
 * array of branch outputs. The first branch failure stops the others and fails the state.
 */
import type { JsonValue, ParallelState } from '../../asl/types';
import type { StepResult } from '../compiled';
import { BLOCK, FAIL } from '../compiled';
import { compileFilterPath, compilePayload } from '../compile/jsonpath';
import { compileField, evalField } from '../compile/jsonata';
import { compileResultFlow, failWith, inspect } from '../compile/flow';
import { emit } from '../events';
import type { Failure } from '../errors';
import type { Thread } from '../thread';
import type { Runner, StateBuild } from './build';

/** Compiles a Parallel state. */
export function compileParallel(b: StateBuild): Runner {
  const state = b.state;
  const def = state.def as ParallelState;
  const branches = def.Branches.map((br) => b.compileFragment(br));
  state.children = branches;
  const finish = compileResultFlow(state);

  const start = (t: Thread, input: JsonValue): StepResult => {
    const run = t.run;
    emit(t, 'ParallelStateStarted');
    t.children?.clear();
    if (branches.length === 0) return finish(t, []);
    const results = new Array<JsonValue>(branches.length).fill(null);
    let remaining = branches.length;
    let failed = false;
    const group = {
      childDone(child: Thread, output: JsonValue): void {
        results[child.index] = output;
        if (--remaining === 0 && !failed) {
          run.resumeWith(t, () => finish(t, results));
        }
      },
      childFailed(_child: Thread, f: Failure): void {
        if (failed) return;
        failed = true;
        for (const c of t.liveChildren()) run.cancel(c);
        run.resumeWith(t, () => {
          t.failure = f;
          return FAIL;
        });
      },
    };
    t.cleanup = () => {
      for (const c of t.liveChildren()) run.cancel(c);
    };
    branches.forEach((frag, i) => run.spawn(frag, input, t.scope.child(), t, group, i, null, t.lastId));
    return BLOCK;
  };

  if (state.jsonata) {
    const args = compileField(def.Arguments, 'Arguments');
    return (t) => {
      if (args === null) return start(t, t.input);
      let v: JsonValue | Promise<JsonValue>;
      try {
        v = evalField(args, t);
      } catch (e) {
        return failWith(t, e);
      }
      return v instanceof Promise ? v.then((input) => start(t, input), (e: unknown) => failWith(t, e)) : start(t, v);
    };
  }
  const inputPath = compileFilterPath(def.InputPath);
  const parameters = compilePayload(def.Parameters, 'Parameters');
  return (t) => {
    let input: JsonValue;
    try {
      input = inputPath === null ? t.input : inputPath(t.input, t);
      inspect(t, 'afterInputPath', input);
      if (parameters !== null) {
        input = parameters(input, t);
        inspect(t, 'afterParameters', input);
      }
    } catch (e) {
      return failWith(t, e);
    }
    return start(t, input);
  };
}
