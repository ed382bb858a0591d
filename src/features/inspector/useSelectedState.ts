import { useMemo } from 'react';
import { locateState } from '../../asl/ops';
import { scopeAt } from '../../asl/ops/scopes';
import { queryLanguageAt } from '../../asl/ops/templates';
import type { QueryLanguage, State, StateMachine } from '../../asl/types';
import { useStudio } from '../../store';

/** The selected state as the inspector needs it. */
export interface SelectedState {
  name: string;
  state: State;
  /** JSON pointer of the state object, for matching diagnostics to fields. */
  pointer: string;
  queryLanguage: QueryLanguage;
  /** The states of the same scope: where Next, Default, Choice rules and Catch may lead. */
  scopeNames: string[];
}

function isMachine(value: unknown): value is StateMachine {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The selected state, or undefined when nothing (or a state that no longer exists) is selected. */
export function useSelectedState(): SelectedState | undefined {
  const name = useStudio((s) => s.selected);
  const definition = useStudio((s) => s.definition);
  return useMemo(() => {
    if (name === null || !isMachine(definition)) return undefined;
    const loc = locateState(definition, name);
    if (!loc || loc.state === null || typeof loc.state !== 'object') return undefined;
    const scope = scopeAt(definition, loc.scopePath);
    const states = scope?.States;
    const scopeNames = states && typeof states === 'object' ? Object.keys(states) : [];
    return { name, state: loc.state, pointer: loc.pointer, queryLanguage: queryLanguageAt(definition, loc.scopePath, loc.state), scopeNames };
  }, [name, definition]);
}
