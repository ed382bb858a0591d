/**
 * Emits history events for a thread, in AWS's shapes. Details are built only when the history is
 * recorded or watched; ids are always counted.
 */
import type { JsonObject, JsonValue } from '../asl/types';
import type { Thread } from './thread';

/** Adds an event of `t`'s lineage; `details` is called only when events are kept. */
export function emit(t: Thread, type: string, key?: string, details?: () => JsonObject): number {
  const h = t.history;
  const id = h.on && key !== undefined && details !== undefined ? h.add(type, t.lastId, key, details()) : h.add(type, t.lastId);
  t.lastId = id;
  return id;
}

/** `<Type>StateEntered` with `{name, input, inputDetails}`; records the entered event id. */
export function emitStateEntered(t: Thread): void {
  const id = t.history.addEntered(t.state.entered, t.lastId, t.state.name, t.input);
  t.lastId = id;
  t.enteredId = id;
}

/** `<Type>StateExited` with `{name, output, outputDetails[, assignedVariables]}`. */
export function emitStateExited(t: Thread, output: JsonValue, assigned: JsonObject | null): void {
  const s = t.state;
  if (s.exited === null) return;
  t.lastId = t.history.addExited(s.exited, t.lastId, s.name, output, assigned);
}

/** JSON text of a value as AWS stores it in event details. */
export function json(v: JsonValue): string {
  return JSON.stringify(v);
}
