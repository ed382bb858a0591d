/**
 * Runtime errors raised while evaluating JSONPath data flow (paths, payload templates, ResultPath,
 * intrinsic functions). The engine rethrows them as a state failure with the state prefix AWS adds:
 * "An error occurred while executing the state 'X' (entered at the event id #N). " + cause.
 */
export class AslRuntimeError extends Error {
  /** The AWS error name, e.g. `States.Runtime` or `States.IntrinsicFailure`. */
  readonly error: string;
  /** The AWS cause text, without the state prefix. */
  override readonly cause: string;

  constructor(error: string, cause: string) {
    super(`${error}: ${cause}`);
    this.name = 'AslRuntimeError';
    this.error = error;
    this.cause = cause;
  }
}

/** True when `value` is an {@link AslRuntimeError} (works across bundles that duplicate the class). */
export function isAslRuntimeError(value: unknown): value is AslRuntimeError {
  return value instanceof AslRuntimeError || (value instanceof Error && value.name === 'AslRuntimeError');
}

/**
 * The cause AWS reports when a `.$` field (or ErrorPath/CausePath...) selects nothing.
 * @example pathNotFoundCause('$.x', 'x.$', {}) === "The JSONPath '$.x' specified for the field 'x.$' could not be found in the input '{}'"
 */
export function pathNotFoundCause(path: string, field: string, input: unknown): string {
  return `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(input)}'`;
}
