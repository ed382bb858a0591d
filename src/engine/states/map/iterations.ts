/**
 * Runs a Map's iterations as child threads, at most `cap` at a time, started in index order as
 * slots free up. Collects results in order; applies tolerated failures (Distributed Map).
 */
import type { JsonValue } from '../../../asl/types';
import type { CompiledFragment, StepResult } from '../../compiled';
import { BLOCK } from '../../compiled';
import type { Failure } from '../../errors';
import { ERR, errorOutput } from '../../errors';
import { emit } from '../../events';
import type { History } from '../../history';
import type { Scope } from '../../scope';
import type { ChildGroup, Thread } from '../../thread';
import type { ChildRecord } from './writer';

export interface IterationPlan {
  fragment: CompiledFragment;
  /** Each iteration's input (after ItemSelector / batching). */
  inputs: JsonValue[];
  /** Each iteration's `$$.Map.Item.Value`. */
  items: JsonValue[];
  cap: number;
  distributed: boolean;
  /** Tolerated failures (Distributed Map); null when not set. With neither set, one failure fails the Map. */
  tolerance: { count: number | null; percent: number | null };
  newScope: () => Scope;
  childHistory: (() => History) | null;
  complete: (results: JsonValue[], records: ChildRecord[]) => StepResult;
  fail: (f: Failure) => StepResult;
}

const THRESHOLD_CAUSE = 'The specified tolerated failure threshold was exceeded';

/** Starts the iterations of Map thread `t`; returns the step to report (BLOCK unless there is nothing to do). */
export function launchIterations(t: Thread, plan: IterationPlan): StepResult {
  const run = t.run;
  const name = t.state.name;
  const n = plan.inputs.length;
  const results = new Array<JsonValue>(n).fill(null);
  const records: ChildRecord[] = plan.distributed ? new Array<ChildRecord>(n) : [];
  if (n === 0) return plan.complete(results, records);
  let next = 0;
  let finished = 0;
  let failures = 0;
  let over = false;

  const details = (index: number) => () => ({ name, index });
  const spawnNext = (): void => {
    const i = next++;
    const child = run.spawn(plan.fragment, plan.inputs[i], plan.newScope(), t, group, i, { index: i, value: plan.items[i] }, t.lastId);
    if (plan.childHistory !== null) child.history = plan.childHistory();
    // MapIterationStarted is recorded when the iteration actually starts running.
    else child.startHook = () => void emit(child, 'MapIterationStarted', 'mapIterationStartedEventDetails', details(i));
  };
  const settle = (): void => {
    if (over) return;
    if (next < n) spawnNext();
    else if (finished === n) {
      over = true;
      run.resumeWith(t, () => plan.complete(results, records));
    }
  };
  const failMap = (f: Failure): void => {
    over = true;
    for (const c of t.liveChildren()) {
      // Iterations that never started have nothing to abort.
      if (!plan.distributed && c.status !== 'done' && c.startHook === null) emit(c, 'MapIterationAborted', 'mapIterationAbortedEventDetails', details(c.index));
      run.cancel(c);
    }
    run.resumeWith(t, () => plan.fail(f));
  };
  const group: ChildGroup = {
    childDone(child, output) {
      if (over) return;
      finished++;
      results[child.index] = output;
      if (plan.distributed) records[child.index] = { index: child.index, input: plan.inputs[child.index], output, status: 'SUCCEEDED' };
      else emit(child, 'MapIterationSucceeded', 'mapIterationSucceededEventDetails', details(child.index));
      settle();
    },
    childFailed(child, f) {
      if (over) return;
      finished++;
      if (!plan.distributed) {
        emit(child, 'MapIterationFailed', 'mapIterationFailedEventDetails', details(child.index));
        failMap(f);
        return;
      }
      failures++;
      results[child.index] = errorOutput(f.error, f.cause);
      records[child.index] = { index: child.index, input: plan.inputs[child.index], output: null, status: 'FAILED', error: f.error, cause: f.cause };
      const { count, percent } = plan.tolerance;
      const exceeded =
        (count === null && percent === null) || (count !== null && failures > count) || (percent !== null && (failures * 100) / n > percent);
      if (exceeded) {
        failMap({ error: ERR.TOLERATED_FAILURE, cause: THRESHOLD_CAUSE });
        return;
      }
      settle();
    },
  };
  t.cleanup = () => {
    for (const c of t.liveChildren()) run.cancel(c);
  };
  const first = Math.min(plan.cap, n);
  for (let i = 0; i < first; i++) spawnNext();
  return BLOCK;
}
