/** Which fields each state type accepts (ASL spec + AWS's JSONata and variables additions). */
import type { StateType } from '../types';

const common = ['Type', 'Comment', 'QueryLanguage'];
const io = ['InputPath', 'OutputPath', 'Output'];
const flow = ['Next', 'End', 'Assign'];
const errors = ['Retry', 'Catch'];
const results = ['ResultPath', 'ResultSelector'];

/** The fields a state of each type may have; anything else is dropped when the type changes. */
export const FIELDS_BY_TYPE: Record<StateType, ReadonlySet<string>> = {
  Pass: new Set([...common, ...io, ...flow, 'Parameters', 'Result', 'ResultPath']),
  Task: new Set([
    ...common, ...io, ...flow, ...errors, ...results, 'Resource', 'Parameters', 'Arguments', 'TimeoutSeconds',
    'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials',
  ]),
  Choice: new Set([...common, ...io, 'Assign', 'Choices', 'Default']),
  Wait: new Set([...common, ...io, ...flow, 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath']),
  Succeed: new Set([...common, ...io]),
  Fail: new Set([...common, 'Error', 'Cause', 'ErrorPath', 'CausePath']),
  Parallel: new Set([...common, ...io, ...flow, ...errors, ...results, 'Branches', 'Parameters', 'Arguments']),
  Map: new Set([
    ...common, ...io, ...flow, ...errors, ...results, 'ItemProcessor', 'Iterator', 'ItemsPath', 'Items', 'ItemSelector',
    'Parameters', 'ItemReader', 'ItemBatcher', 'ResultWriter', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage',
    'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label',
  ]),
};
