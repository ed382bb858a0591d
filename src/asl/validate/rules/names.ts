/** State names: unique in the whole state machine (branches and processors included), at most 80 characters. */
import type { RuleContext } from './context';

const MAX_NAME_LENGTH = 80;

/** DUPLICATE_STATE_NAME and STATE_NAME_TOO_LONG. */
export function checkStateNames(ctx: RuleContext): void {
  const firstSeen = new Map<string, string>();
  for (const state of ctx.model.states) {
    const first = firstSeen.get(state.name);
    if (first === undefined) {
      firstSeen.set(state.name, state.pointer);
    } else {
      // AWS: "State names must be unique within the scope of the whole state machine".
      ctx.reporter.report('DUPLICATE_STATE_NAME', state.pointer, `Duplicate state name '${state.name}' (also at ${first}): names must be unique in the whole state machine, branches included`, { key: true });
    }
    const length = [...state.name].length;
    if (length > MAX_NAME_LENGTH) {
      ctx.reporter.report('STATE_NAME_TOO_LONG', state.pointer, `State name is ${length} characters long; the maximum is ${MAX_NAME_LENGTH}`, { key: true });
    }
  }
}
