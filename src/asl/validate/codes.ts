/**
 * Every diagnostic code the validator emits, with its default severity. Codes are stable: the
 * editor, the CLI's --json output and tests match on them. Errors are what AWS rejects
 * (CreateStateMachine / ValidateStateMachineDefinition); warnings are accepted by AWS but will
 * misbehave or are likely mistakes.
 */
import type { Severity } from '../types';

export const CODES = {
  // From the JSON Schema (asl.schema.json).
  SCHEMA_REQUIRED: 'error',
  SCHEMA_TYPE: 'error',
  SCHEMA_ENUM: 'error',
  SCHEMA_PATTERN: 'error',
  SCHEMA_RANGE: 'error',
  SCHEMA_ADDITIONAL_PROPERTY: 'error',
  SCHEMA_OTHER: 'error',
  FIELD_NOT_ALLOWED_FOR_STATE_TYPE: 'error',
  // Structure and transitions.
  MISSING_START_AT: 'error',
  UNKNOWN_START_AT: 'error',
  UNKNOWN_NEXT: 'error',
  UNREACHABLE_STATE: 'error',
  NO_TERMINAL_STATE: 'error',
  NEXT_AND_END: 'error',
  MISSING_NEXT_OR_END: 'error',
  DUPLICATE_STATE_NAME: 'error',
  STATE_NAME_TOO_LONG: 'error',
  // Choice.
  CHOICE_NO_CHOICES: 'error',
  CHOICE_NO_OPERATOR: 'error',
  CHOICE_MULTIPLE_OPERATORS: 'error',
  CHOICE_NESTED_NEXT: 'error',
  CHOICE_NESTED_FIELD: 'error',
  // Fields that exclude each other.
  FIELD_AND_PATH: 'error',
  WAIT_MULTIPLE_MODES: 'error',
  WAIT_NO_MODE: 'error',
  HEARTBEAT_NOT_BELOW_TIMEOUT: 'error',
  ITEM_PROCESSOR_AND_ITERATOR: 'error',
  ITEM_SELECTOR_AND_PARAMETERS: 'error',
  // Retry / Catch.
  STATES_ALL_NOT_LAST: 'error',
  STATES_ALL_NOT_ALONE: 'error',
  // Map.
  INVALID_MAP_LABEL: 'error',
  DISTRIBUTED_ONLY_FIELD: 'warning',
  CSV_HEADERS_MISSING: 'warning',
  // Query languages.
  FIELD_NOT_ALLOWED_FOR_QUERY_LANGUAGE: 'error',
  QUERY_LANGUAGE_DOWNGRADE: 'error',
  // JSONPath, payload templates, intrinsics.
  INVALID_JSONPATH: 'error',
  INVALID_REFERENCE_PATH: 'error',
  INVALID_PAYLOAD_TEMPLATE: 'error',
  INVALID_INTRINSIC: 'error',
  UNKNOWN_INTRINSIC: 'error',
  INTRINSIC_ARG_COUNT: 'error',
  // Variables.
  INVALID_VARIABLE_NAME: 'error',
  // JSONata.
  INVALID_JSONATA: 'error',
  UNSUPPORTED_JSONATA_EXPRESSION: 'error',
  // Limits and workflow type.
  DEFINITION_TOO_LARGE: 'error',
  NESTING_TOO_DEEP: 'error',
  EXPRESS_UNSUPPORTED_INTEGRATION: 'error',
  // A validator bug: reported rather than thrown so the editor keeps working.
  VALIDATOR_ERROR: 'info',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof CODES;
