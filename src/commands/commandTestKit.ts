/** Given/when/then helpers for command tests: a store of its own, commands run as the app runs them. */
import type { StateMachine } from '../asl/types';
import type { createStudioStore } from '../store';
import type { Command } from './types';

export type TestStore = ReturnType<typeof createStudioStore>;

/** Runs `command` on the store's document the way `executeCommand` does (one undo step), or returns the refusal. */
export function run<Args>(store: TestStore, command: Command<Args>, args: Args): string | undefined {
  const result = command.apply(store.getState().definition as unknown as StateMachine, args);
  if (!result.ok) return result.error.message;
  store.getState().commitDefinition(result.definition, command.label(args));
  return undefined;
}

/** The store's current definition. */
export function definitionOf(store: TestStore): StateMachine {
  return store.getState().definition as unknown as StateMachine;
}
