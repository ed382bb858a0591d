import { COMPARISON_OPERATORS } from '../types';

/**
 * The canonical key orders, as Workflow Studio writes definitions. `head` keys come first in this
 * order, then keys the table does not know in the user's order, then `tail` keys (a state's
 * `Next`/`End` stay last even when it carries an unknown field).
 */
export interface KeyOrder {
  head: readonly string[];
  tail: readonly string[];
}

const order = (head: readonly string[], tail: readonly string[] = []): KeyOrder => ({ head, tail });

export const MACHINE_ORDER = order(['Comment', 'QueryLanguage', 'StartAt', 'TimeoutSeconds', 'Version', 'States']);

/** A Parallel branch, a Map ItemProcessor or the legacy Iterator. */
export const FRAGMENT_ORDER = order(['Comment', 'QueryLanguage', 'ProcessorConfig', 'StartAt', 'States']);

const STATE_HEAD = ['Type', 'Comment', 'QueryLanguage'];
const STATE_TAIL = ['Next', 'End'];
const RESULT_FLOW = ['InputPath', 'ResultSelector', 'ResultPath', 'OutputPath', 'Output', 'Assign'];
const ERROR_HANDLING = ['Retry', 'Catch'];

/** The fields of each state type between Type/Comment/QueryLanguage and Next/End. */
const STATE_FIELDS: Record<string, readonly string[]> = {
  Task: [
    'Resource', 'Arguments', 'Parameters', 'Credentials', ...RESULT_FLOW,
    'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', ...ERROR_HANDLING,
  ],
  Pass: ['Parameters', 'Result', 'InputPath', 'ResultPath', 'OutputPath', 'Output', 'Assign'],
  Choice: ['Choices', 'Default', 'InputPath', 'OutputPath', 'Output', 'Assign'],
  Wait: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath', 'InputPath', 'OutputPath', 'Output', 'Assign'],
  Succeed: ['InputPath', 'OutputPath', 'Output'],
  Fail: ['Error', 'ErrorPath', 'Cause', 'CausePath'],
  Parallel: ['Branches', 'Arguments', 'Parameters', ...RESULT_FLOW, ...ERROR_HANDLING],
  Map: [
    'ItemReader', 'ItemsPath', 'Items', 'ItemSelector', 'Parameters', 'ItemBatcher',
    'MaxConcurrency', 'MaxConcurrencyPath', 'ItemProcessor', 'Iterator', 'ResultWriter', 'Label',
    'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath',
    ...RESULT_FLOW, ...ERROR_HANDLING,
  ],
};

const STATE_ORDERS = new Map<string, KeyOrder>(
  Object.entries(STATE_FIELDS).map(([type, fields]) => [type, order([...STATE_HEAD, ...fields], STATE_TAIL)]),
);

/** A state whose Type is missing or unknown: every known field, Task's first. */
const ANY_STATE_ORDER = order([...new Set([...STATE_HEAD, ...Object.values(STATE_FIELDS).flat()])], STATE_TAIL);

/** The order for a state of the given `Type`. */
export function stateOrder(type: unknown): KeyOrder {
  return (typeof type === 'string' && STATE_ORDERS.get(type)) || ANY_STATE_ORDER;
}

export const RETRIER_ORDER = order(['ErrorEquals', 'Comment', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy']);
export const CATCHER_ORDER = order(['ErrorEquals', 'Comment', 'ResultPath', 'Output', 'Assign'], ['Next']);
export const CHOICE_RULE_ORDER = order(
  ['Variable', 'Condition', ...COMPARISON_OPERATORS, 'And', 'Or', 'Not', 'Comment', 'Output', 'Assign'],
  ['Next'],
);
export const ITEM_READER_ORDER = order(['Resource', 'ReaderConfig', 'Arguments', 'Parameters']);
export const READER_CONFIG_ORDER = order(['InputType', 'CSVHeaderLocation', 'CSVHeaders', 'CSVDelimiter', 'ManifestType', 'MaxItems', 'MaxItemsPath']);
export const ITEM_BATCHER_ORDER = order(['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath', 'BatchInput']);
export const RESULT_WRITER_ORDER = order(['Resource', 'WriterConfig', 'Arguments', 'Parameters']);
export const WRITER_CONFIG_ORDER = order(['OutputType', 'Transformation']);
export const PROCESSOR_CONFIG_ORDER = order(['Mode', 'ExecutionType']);
