import type { JsonValue } from '../types';
import type { PathContext } from '../paths/types';
import type { IntrinsicCall } from './ast';

/** What the validator can check about a literal argument. */
export type ArgType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';

/** One intrinsic function: its arity, literal argument types and implementation. */
export interface IntrinsicSpec {
  readonly minArgs: number;
  readonly maxArgs: number;
  /** Expected type per argument position; the last entry repeats for variadic functions. */
  readonly argTypes: readonly ArgType[];
  /** Evaluates the call on already evaluated arguments; throws an AslRuntimeError on bad input. */
  readonly run: (args: JsonValue[], ctx: PathContext, call: IntrinsicCall) => JsonValue;
}
