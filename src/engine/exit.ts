/**
 * Leaving a state: the 256 KiB output check, the variables it assigns (outer scopes are
 * read-only), the `<Type>StateExited` event, then the next state or the end of the thread's fragment.
 */
import { ERR, ExecutionTermination, statePrefix } from './errors';
import { emitStateExited } from './events';
import { dataLimitCause, jsonByteLength } from './limits';
import type { Thread } from './thread';

/** Moves `t` past its state; true when it should keep running (it entered its next state). */
export function exitState(t: Thread): boolean {
  const run = t.run;
  const out = t.output;
  const max = run.limits.maxPayloadBytes;
  if (max !== Infinity && jsonByteLength(out, max) > max) {
    t.failure = { error: ERR.DATA_LIMIT, cause: dataLimitCause(t.state.name) };
    t.phase = 'fail';
    return true;
  }
  const assigned = t.assign;
  if (assigned !== null) {
    t.assign = null;
    const conflict = t.scope.outerConflict(assigned);
    if (conflict !== null) {
      throw new ExecutionTermination(
        ERR.RUNTIME,
        statePrefix(t.state.name, t.enteredId) +
          `Cannot assign the variable '${conflict}': it belongs to an outer scope (variables of an enclosing workflow are read-only in a Parallel branch or Map iteration).`,
      );
    }
    t.scope.assignAll(assigned);
  }
  emitStateExited(t, out, assigned);
  const next = t.next;
  if (next !== null) {
    t.state = next;
    t.input = out;
    t.phase = 'enter';
    return true;
  }
  run.fragmentDone(t, out);
  return false;
}
