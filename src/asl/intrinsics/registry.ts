import { arrayFunctions } from './functions/arrays';
import { mathFunctions } from './functions/math';
import { miscFunctions } from './functions/misc';
import { stringFunctions } from './functions/strings';
import type { IntrinsicSpec } from './spec';

/** Every intrinsic function AWS Step Functions offers (JSONPath states), by full name. */
export const INTRINSICS: ReadonlyMap<string, IntrinsicSpec> = new Map(
  Object.entries({ ...arrayFunctions, ...stringFunctions, ...mathFunctions, ...miscFunctions }),
);

/** The 18 names, for completion lists and messages. */
export const INTRINSIC_NAMES: readonly string[] = [...INTRINSICS.keys()];

/** Describes an arity for messages: "exactly 2", "at least 1", "2 or 3". */
export function describeArity(spec: IntrinsicSpec): string {
  if (spec.minArgs === spec.maxArgs) return `exactly ${spec.minArgs}`;
  if (spec.maxArgs === Infinity) return `at least ${spec.minArgs}`;
  return `${spec.minArgs} to ${spec.maxArgs}`;
}
