/** Which inspector tab shows the field a diagnostic points at (for the problem counts on the tabs). */
import { fromPointer } from '../../../asl/pointer';

export type TabId = 'config' | 'io' | 'variables' | 'errors';

const IO = new Set(['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath', 'Arguments', 'Output']);
const ERRORS = new Set(['Retry', 'Catch', 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath']);

/** The tab of a diagnostic pointer inside a state (`statePointer` + `/Retry/0/...` -> errors). */
export function tabOf(statePointer: string, pointer: string, type: string): TabId {
  const key = fromPointer(pointer).slice(fromPointer(statePointer).length)[0];
  if (key === undefined) return 'config';
  if (key === 'Assign') return 'variables';
  if (ERRORS.has(key)) return 'errors';
  // A Task's payload is edited in Configuration; a Map's Parameters is its legacy ItemSelector.
  if (key === 'Parameters' && (type === 'Task' || type === 'Map')) return 'config';
  if (key === 'Arguments' && type === 'Task') return 'config';
  return IO.has(key) ? 'io' : 'config';
}
