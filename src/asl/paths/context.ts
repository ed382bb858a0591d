import type { JsonObject, JsonValue } from '../types';
import type { PathContext } from './types';

export interface PathContextInit {
  /** The `$$` context object (default `{}`). */
  contextObject?: JsonValue;
  /** Variables by name: a plain object, a Map, or a lookup function. */
  variables?: JsonObject | ReadonlyMap<string, JsonValue> | ((name: string) => JsonValue | undefined);
  /** Seeded random in [0, 1) (default: a fixed-seed generator, so runs are reproducible). */
  random?: () => number;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Builds a {@link PathContext} from friendly inputs (tests, the CLI, the TestState preview).
 * @example createPathContext({ variables: { x: 1 }, contextObject: { Execution: { Id: 'e' } } })
 */
export function createPathContext(init: PathContextInit = {}): PathContext {
  const vars = init.variables;
  let variable: (name: string) => JsonValue | undefined;
  if (typeof vars === 'function') variable = vars;
  else if (vars instanceof Map) variable = (name) => vars.get(name);
  else if (vars) {
    const obj = vars as JsonObject;
    variable = (name) => (hasOwn.call(obj, name) ? obj[name] : undefined);
  } else variable = () => undefined;
  return { contextObject: init.contextObject ?? {}, variable, random: init.random ?? seededRandom(1) };
}

/**
 * A small deterministic generator (mulberry32) in [0, 1): the default when no random is injected.
 * @example const r = seededRandom(42); r() // same sequence for the same seed
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
