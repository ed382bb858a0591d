/**
 * Types for the Amazon States Language (states-language.net) as AWS Step Functions runs it,
 * including JSONata, variables and distributed Map.
 *
 * Definitions are plain JSON values: these types describe them, they do not wrap them. Every
 * field is optional where the spec lets it be absent, and unknown fields survive a round trip
 * because callers keep the original object (the validator reports them).
 */

/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

export type QueryLanguage = 'JSONPath' | 'JSONata';

export type StateType = 'Task' | 'Pass' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

/** Every state type, in the order Workflow Studio lists them. */
export const STATE_TYPES: readonly StateType[] = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

/** A payload template: JSON where keys ending in `.$` hold paths or intrinsic calls (JSONPath). */
export type PayloadTemplate = JsonObject;

/** `Assign`: variable name -> value (JSONPath: payload template semantics; JSONata: `{% %}` strings). */
export type Assign = JsonObject;

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: 'FULL' | 'NONE';
  Comment?: string;
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  /** JSONPath only. */
  ResultPath?: string | null;
  /** JSONata only. */
  Output?: JsonValue;
  Assign?: Assign;
  Comment?: string;
}

/** Fields every state may carry. */
export interface BaseState {
  Type: StateType;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
  Assign?: Assign;
  /** JSONPath only. */
  InputPath?: string | null;
  /** JSONPath only. */
  OutputPath?: string | null;
  /** JSONata only. */
  Output?: JsonValue;
  Next?: string;
  End?: boolean;
}

export interface TaskState extends BaseState {
  Type: 'Task';
  Resource: string;
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
  ResultPath?: string | null;
  ResultSelector?: PayloadTemplate;
  Retry?: Retrier[];
  Catch?: Catcher[];
  TimeoutSeconds?: number | string;
  TimeoutSecondsPath?: string;
  HeartbeatSeconds?: number | string;
  HeartbeatSecondsPath?: string;
  Credentials?: JsonObject;
}

export interface PassState extends BaseState {
  Type: 'Pass';
  Result?: JsonValue;
  ResultPath?: string | null;
  Parameters?: PayloadTemplate;
}

/** Every data-test comparison operator of a Choice rule (JSONPath query language). */
export const COMPARISON_OPERATORS = [
  'StringEquals', 'StringEqualsPath', 'StringLessThan', 'StringLessThanPath', 'StringGreaterThan', 'StringGreaterThanPath',
  'StringLessThanEquals', 'StringLessThanEqualsPath', 'StringGreaterThanEquals', 'StringGreaterThanEqualsPath', 'StringMatches',
  'NumericEquals', 'NumericEqualsPath', 'NumericLessThan', 'NumericLessThanPath', 'NumericGreaterThan', 'NumericGreaterThanPath',
  'NumericLessThanEquals', 'NumericLessThanEqualsPath', 'NumericGreaterThanEquals', 'NumericGreaterThanEqualsPath',
  'BooleanEquals', 'BooleanEqualsPath',
  'TimestampEquals', 'TimestampEqualsPath', 'TimestampLessThan', 'TimestampLessThanPath', 'TimestampGreaterThan', 'TimestampGreaterThanPath',
  'TimestampLessThanEquals', 'TimestampLessThanEqualsPath', 'TimestampGreaterThanEquals', 'TimestampGreaterThanEqualsPath',
  'IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp',
] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/**
 * One Choice rule or nested boolean expression. Top-level rules carry `Next`; nested ones
 * (inside And/Or/Not) do not. JSONata rules use `Condition` instead of Variable + operator.
 */
export type ChoiceRule = {
  Variable?: string;
  Condition?: string | boolean;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Next?: string;
  Comment?: string;
  Assign?: Assign;
  Output?: JsonValue;
} & { [K in ComparisonOperator]?: JsonValue };

export interface ChoiceState extends Omit<BaseState, 'Next' | 'End'> {
  Type: 'Choice';
  Choices: ChoiceRule[];
  Default?: string;
}

export interface WaitState extends BaseState {
  Type: 'Wait';
  Seconds?: number | string;
  SecondsPath?: string;
  Timestamp?: string;
  TimestampPath?: string;
}

export interface SucceedState extends Omit<BaseState, 'Next' | 'End' | 'Assign'> {
  Type: 'Succeed';
}

export interface FailState extends Pick<BaseState, 'Comment' | 'QueryLanguage'> {
  Type: 'Fail';
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
}

/** A nested state machine: a Parallel branch, a Map ItemProcessor or the legacy Iterator. */
export interface StateMachineFragment {
  StartAt: string;
  States: Record<string, State>;
  Comment?: string;
  QueryLanguage?: QueryLanguage;
}

export interface ProcessorConfig {
  Mode?: 'INLINE' | 'DISTRIBUTED';
  ExecutionType?: 'STANDARD' | 'EXPRESS';
}

export interface ItemProcessor extends StateMachineFragment {
  ProcessorConfig?: ProcessorConfig;
}

export interface ItemReader {
  Resource: string;
  ReaderConfig?: {
    InputType?: 'CSV' | 'JSON' | 'JSONL' | 'MANIFEST' | 'PARQUET';
    CSVHeaderLocation?: 'FIRST_ROW' | 'GIVEN';
    CSVHeaders?: string[];
    CSVDelimiter?: 'COMMA' | 'PIPE' | 'SEMICOLON' | 'SPACE' | 'TAB';
    MaxItems?: number | string;
    MaxItemsPath?: string;
    ManifestType?: string;
    [key: string]: JsonValue | undefined;
  };
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
}

export interface ItemBatcher {
  MaxItemsPerBatch?: number | string;
  MaxItemsPerBatchPath?: string;
  MaxInputBytesPerBatch?: number | string;
  MaxInputBytesPerBatchPath?: string;
  BatchInput?: JsonValue;
}

export interface ResultWriter {
  Resource?: string;
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
  WriterConfig?: { OutputType?: string; Transformation?: string };
}

export interface MapState extends BaseState {
  Type: 'Map';
  ItemProcessor?: ItemProcessor;
  /** Legacy form of ItemProcessor (inline Map only). */
  Iterator?: StateMachineFragment;
  ItemsPath?: string;
  /** JSONata: a JSON array or a `{% %}` expression. */
  Items?: JsonValue;
  ItemSelector?: JsonValue;
  /** Legacy form of ItemSelector. */
  Parameters?: PayloadTemplate;
  ItemReader?: ItemReader;
  ItemBatcher?: ItemBatcher;
  ResultWriter?: ResultWriter;
  MaxConcurrency?: number | string;
  MaxConcurrencyPath?: string;
  ToleratedFailurePercentage?: number | string;
  ToleratedFailurePercentagePath?: string;
  ToleratedFailureCount?: number | string;
  ToleratedFailureCountPath?: string;
  Label?: string;
  ResultPath?: string | null;
  ResultSelector?: PayloadTemplate;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export interface ParallelState extends BaseState {
  Type: 'Parallel';
  Branches: StateMachineFragment[];
  Parameters?: PayloadTemplate;
  Arguments?: JsonValue;
  ResultPath?: string | null;
  ResultSelector?: PayloadTemplate;
  Retry?: Retrier[];
  Catch?: Catcher[];
}

export type State = TaskState | PassState | ChoiceState | WaitState | SucceedState | FailState | ParallelState | MapState;

/** A whole state machine definition. */
export interface StateMachine extends StateMachineFragment {
  Version?: string;
  TimeoutSeconds?: number;
}

/** A 1-based line and column range in the source text (end exclusive). */
export interface SourceRange {
  start: { line: number; column: number; offset: number };
  end: { line: number; column: number; offset: number };
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding of the validator or the parser. */
export interface Diagnostic {
  /** Stable machine-readable code, e.g. `UNKNOWN_NEXT` or `SCHEMA_TYPE`. */
  code: string;
  severity: Severity;
  message: string;
  /** JSON pointer (RFC 6901) to the offending value, e.g. `/States/Fetch/Next`. */
  pointer: string;
  /** Where in the text, when the definition came from text with a source map. */
  range?: SourceRange;
}
