import type { JsonValue } from '../../asl/types';

/** `$states` as AWS binds it. Leave `result` / `errorOutput` out where AWS does not provide them. */
export interface StatesBinding {
  readonly input: JsonValue;
  readonly result?: JsonValue;
  readonly errorOutput?: JsonValue;
  readonly context: JsonValue;
}

/**
 * Everything an evaluation reads besides the expression. Shape-compatible with the PathContext of
 * src/asl/paths (`variable`, `random`), so the engine can pass the same functions to both.
 */
export interface JsonataBindings {
  readonly states: StatesBinding;
  /** A workflow variable by name (`$name` in an expression); undefined when it is not set. */
  readonly variable: (name: string) => JsonValue | undefined;
  /** Seeded source in [0, 1) for `$random()` and `$uuid()` (default Math.random). */
  readonly random?: () => number;
  /** A v4 UUID for `$uuid()`; default: built from `random`. */
  readonly uuid?: () => string;
  /** Epoch milliseconds for `$now()` and `$millis()` (default Date.now): the engine's clock. */
  readonly now?: () => number;
}

/** A field value with its `{% %}` expressions compiled. */
export interface JsonataTemplate {
  /** True when the value holds no expression; `constant` is then the value itself. */
  readonly isConstant: boolean;
  /** The value as written in the definition. */
  readonly constant: JsonValue;
  /** The field named in error messages (`Output`, `Arguments`, `Items`, `Condition`...). */
  readonly field: string;
  /** When the whole value is one expression: its text (trimmed), else null. */
  readonly expression: string | null;
  /** The value with every expression replaced by its result; a constant resolves to `constant` itself. */
  evaluate(bindings: JsonataBindings): Promise<JsonValue>;
}

/** JSON type names as AWS prints them in "Expected 'array', but was 'number'". */
export type JsonTypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';
