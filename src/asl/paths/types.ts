import type { JsonValue } from '../types';

/**
 * What an evaluator returns when a path selects nothing. It is `undefined` (no JSON value is), so a
 * miss costs no allocation and no exception: `if (v === NOT_FOUND) ...`.
 */
export const NOT_FOUND = undefined;
export type NotFound = typeof NOT_FOUND;

/** A path's result: a JSON value, or {@link NOT_FOUND}. */
export type PathResult = JsonValue | NotFound;

/**
 * Everything a path or intrinsic may read besides the input (`$`). Build one per execution thread
 * (or reuse it and swap `variable`), never per transition.
 */
export interface PathContext {
  /** The context object, read by `$$` paths. */
  readonly contextObject: JsonValue;
  /** Reads a workflow variable (`$name`); returns `undefined` when it is not set. */
  readonly variable: (name: string) => JsonValue | undefined;
  /** Seeded random number in [0, 1); used by States.MathRandom (without a seed) and States.UUID. */
  readonly random: () => number;
}

/** A compiled path: reads `root` (the input, `$`) and `ctx`; never throws for a miss. */
export type PathEvaluator = (root: JsonValue, ctx: PathContext) => PathResult;
