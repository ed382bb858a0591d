import type { InsertAt } from '../asl/ops';
import type { QueryLanguage, StateMachine } from '../asl/types';

/**
 * The query language a state inserted at `at` is written in. AWS: states inside a Parallel branch
 * or a Map's ItemProcessor follow the state machine's QueryLanguage, not the enclosing Map's or
 * Parallel's (measured, see the validator's model), so only the top level counts.
 */
export function queryLanguageAt(def: StateMachine, _at?: InsertAt): QueryLanguage {
  return def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
}
