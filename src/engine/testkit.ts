/**
 * Helpers for the engine's tests: run a definition on a fixed virtual clock and seed, and read the
 * result with its event types.
 */
import type { JsonValue, StateMachine } from '../asl/types';
import { runExecution } from './execution';
import type { ExecutionOptions, ExecutionResult } from './types';

/** 2024-01-01T00:00:00Z: the virtual clock's start in tests. */
export const T0 = Date.UTC(2024, 0, 1);

export interface TestRun extends ExecutionResult {
  types: string[];
}

/** Runs `definition` (an object literal is fine) and adds the event types to the result. */
export async function exec(definition: unknown, options: ExecutionOptions = {}): Promise<TestRun> {
  const r = await runExecution(definition as StateMachine, { seed: 1, clock: { mode: 'virtual', startTime: T0 }, ...options });
  return { ...r, events: r.events, types: (r.events ?? []).map((e) => e.type) };
}

/** A one-state workflow around `state` (named `S`, End added unless it is terminal). */
export function single(state: Record<string, JsonValue>): StateMachine {
  const terminal = state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice';
  return { StartAt: 'S', States: { S: (terminal || state.Next ? state : { ...state, End: true }) as never } };
}
