import { AslRuntimeError } from '../../asl/paths/errors';
import type { JsonValue } from '../../asl/types';
import type { JsonTypeName } from './types';

/** The error AWS raises for every failed JSONata evaluation. */
export const QUERY_EVALUATION_ERROR = 'States.QueryEvaluationError';

function prefix(expression: string, field: string): string {
  return `The JSONata expression '${expression}' specified for the field '${field}'`;
}

/** The expression evaluated to nothing: an unset variable, a path that matches nothing. */
export function undefinedResultError(expression: string, field: string): AslRuntimeError {
  return new AslRuntimeError(QUERY_EVALUATION_ERROR, `${prefix(expression, field)} returned nothing (undefined).`);
}

/** The result is not JSON: a function, NaN or an infinite number. */
export function unsupportedResultError(expression: string, field: string): AslRuntimeError {
  return new AslRuntimeError(QUERY_EVALUATION_ERROR, `${prefix(expression, field)} returned an unsupported result type.`);
}

/** jsonata threw: AWS quotes the code and jsonata's message (`T1006: Attempted to invoke a non-function`). */
export function evaluationError(expression: string, field: string, thrown: unknown): AslRuntimeError {
  let detail: string;
  if (thrown !== null && typeof thrown === 'object') {
    const err = thrown as { code?: unknown; message?: unknown };
    const message = typeof err.message === 'string' ? err.message : String(thrown);
    detail = typeof err.code === 'string' ? `${err.code}: ${message}` : message;
  } else {
    detail = String(thrown);
  }
  return new AslRuntimeError(QUERY_EVALUATION_ERROR, `${prefix(expression, field)} threw an error during evaluation. ${detail}`);
}

/**
 * The result has the wrong JSON type for the field (Map `Items` must be an array, a `Condition` a
 * boolean).
 * @example "...returned an unexpected result type. Expected 'array', but was 'number' for value: 1"
 */
export function unexpectedTypeError(expression: string, field: string, expected: string, actual: JsonTypeName, value: JsonValue): AslRuntimeError {
  return new AslRuntimeError(
    QUERY_EVALUATION_ERROR,
    `${prefix(expression, field)} returned an unexpected result type. Expected '${expected}', but was '${actual}' for value: ${JSON.stringify(value)}`,
  );
}

/** A `{% %}` expression that does not parse: a definition error, reported when the definition is loaded. */
export class JsonataCompileError extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly expression: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'JsonataCompileError';
  }
}
