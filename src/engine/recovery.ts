/**
 * What happens after a state fails: EvaluationFailed, Retry (with back-off and jitter), the
 * `<Type>StateFailed` event, Catch, or failure of the thread.
 */
import type { JsonObject, JsonValue } from '../asl/types';
import type { CompiledCatcher, CompiledRetrier, StepResult } from './compiled';
import { BLOCK, DONE } from './compiled';
import { errorMatches, errorOutput, isTerminalError, toFailure } from './errors';
import { emit } from './events';
import type { Random } from './random';
import type { Thread } from './thread';

/**
 * Handles `t.failure`. Returns true when the thread should keep going at once (a retry without
 * delay, or a catcher), false when it sleeps or is finished.
 */
export function handleFailure(t: Thread): boolean {
  const run = t.run;
  const f = t.failure;
  if (f === null) throw new Error('a state failed without a failure');
  if (run.inspector !== null) run.inspector(t, 'error', errorOutput(f.error, f.cause));
  if (t.evaluationFailed) {
    t.evaluationFailed = false;
    emit(t, 'EvaluationFailed', 'evaluationFailedEventDetails', () => {
      const d: JsonObject = { error: f.error, state: t.state.name };
      if (f.cause !== null) d.cause = f.cause;
      return d;
    });
  }
  if (isTerminalError(f.error)) {
    run.fragmentFailed(t, f);
    return false;
  }
  const retriers = t.state.retriers;
  if (retriers !== null) {
    for (let i = 0; i < retriers.length; i++) {
      const r = retriers[i];
      if (!errorMatches(r.errorEquals, f.error)) continue;
      // AWS uses the first retrier whose ErrorEquals matches; once it is exhausted, Catch decides.
      const attempts = t.attempts ?? (t.attempts = new Array<number>(retriers.length).fill(0));
      if (attempts[i] >= r.maxAttempts) break;
      const delay = retryDelayMs(r, attempts[i], run.random);
      attempts[i]++;
      t.retryCount++;
      t.resetContext();
      t.failure = null;
      t.phase = 'run';
      if (delay <= 0) return true;
      run.sleepUntil(t, run.clock.now() + delay);
      return false;
    }
  }
  if (t.state.failedEvent !== null) emit(t, t.state.failedEvent);
  const catchers = t.state.catchers;
  if (catchers !== null) {
    for (const c of catchers) {
      if (errorMatches(c.errorEquals, f.error)) return applyCatcher(t, c, errorOutput(f.error, f.cause));
    }
  }
  run.fragmentFailed(t, f);
  return false;
}

function applyCatcher(t: Thread, c: CompiledCatcher, eo: JsonObject): boolean {
  const next = t.fragment.states.get(c.next) ?? null;
  const caught = (r: { output: JsonValue; assign: JsonObject | null }): StepResult => {
    if (t.run.inspector !== null) t.run.inspector(t, 'caught', r.output);
    t.failure = null;
    t.output = r.output;
    t.assign = r.assign;
    t.next = next;
    return DONE;
  };
  const uncaught = (e: unknown): boolean => {
    t.failure = toFailure(e, t.state.name, t.enteredId);
    t.run.fragmentFailed(t, t.failure);
    return false;
  };
  let r: ReturnType<CompiledCatcher['apply']>;
  try {
    r = c.apply(t, eo);
  } catch (e) {
    return uncaught(e);
  }
  if (r instanceof Promise) {
    const p = r;
    t.phase = 'resume';
    t.resume = () =>
      p.then(caught, (e: unknown) => {
        // A failing catcher leaves the state failed, with nothing left to catch it.
        const failure = toFailure(e, t.state.name, t.enteredId);
        t.failure = failure;
        emit(t, 'EvaluationFailed', 'evaluationFailedEventDetails', () => ({ error: failure.error, cause: failure.cause ?? '', state: t.state.name }));
        t.run.fragmentFailed(t, failure);
        return BLOCK;
      });
    return true;
  }
  caught(r);
  t.phase = 'exit';
  return true;
}

/**
 * Back-off before retry number `attempt` (0-based), in ms: IntervalSeconds × BackoffRate^attempt,
 * capped by MaxDelaySeconds; with JitterStrategy FULL a random share of it.
 */
export function retryDelayMs(r: CompiledRetrier, attempt: number, random: Random): number {
  let seconds = r.intervalSeconds * Math.pow(r.backoffRate, attempt);
  if (r.maxDelaySeconds !== null && seconds > r.maxDelaySeconds) seconds = r.maxDelaySeconds;
  if (r.jitter) seconds = random.next() * seconds;
  return Math.round(seconds * 1000);
}
