/** Which data-flow fields the Input/Output tab shows, by state type and query language (ASL spec). */
import type { QueryLanguage, StateType } from '../../../asl/types';

export type FieldKind = 'path' | 'resultPath' | 'template' | 'jsonata';

export interface IoField {
  key: 'InputPath' | 'Parameters' | 'ResultSelector' | 'ResultPath' | 'OutputPath' | 'Arguments' | 'Output';
  label: string;
  help: string;
  kind: FieldKind;
}

const ALL: Record<IoField['key'], IoField> = {
  InputPath: { key: 'InputPath', label: 'Filter input with InputPath', help: 'Selects the part of the state input to work on. null passes {}.', kind: 'path' },
  Parameters: { key: 'Parameters', label: 'Transform input with Parameters', help: 'A payload template: keys ending in .$ take a path or an intrinsic function.', kind: 'template' },
  ResultSelector: { key: 'ResultSelector', label: 'Transform result with ResultSelector', help: 'A payload template applied to the raw result.', kind: 'template' },
  ResultPath: { key: 'ResultPath', label: 'Add original input to output with ResultPath', help: 'Where the result goes in the input. null discards the result and keeps the input.', kind: 'resultPath' },
  OutputPath: { key: 'OutputPath', label: 'Filter output with OutputPath', help: 'Selects the part of the output to pass on.', kind: 'path' },
  Arguments: { key: 'Arguments', label: 'Arguments', help: 'What the state sends: JSON with {% %} JSONata expressions.', kind: 'jsonata' },
  Output: { key: 'Output', label: 'Output', help: 'The state output: JSON with {% %} JSONata expressions. Defaults to the result.', kind: 'jsonata' },
};

const JSONPATH: Record<StateType, IoField['key'][]> = {
  Task: ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath'],
  Pass: ['InputPath', 'Parameters', 'ResultPath', 'OutputPath'],
  Parallel: ['InputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'OutputPath'],
  Map: ['InputPath', 'ResultSelector', 'ResultPath', 'OutputPath'],
  Choice: ['InputPath', 'OutputPath'],
  Wait: ['InputPath', 'OutputPath'],
  Succeed: ['InputPath', 'OutputPath'],
  Fail: [],
};

const JSONATA: Record<StateType, IoField['key'][]> = {
  Task: ['Arguments', 'Output'],
  Parallel: ['Arguments', 'Output'],
  Pass: ['Output'],
  Map: ['Output'],
  Choice: ['Output'],
  Wait: ['Output'],
  Succeed: ['Output'],
  Fail: [],
};

/** The Input/Output fields a state of this type may have in this query language, in data-flow order. */
export function ioFields(type: StateType, language: QueryLanguage): IoField[] {
  return (language === 'JSONata' ? JSONATA : JSONPATH)[type].map((k) => ALL[k]);
}

/** Types that have Retry and Catch. */
export function hasErrorHandling(type: StateType): boolean {
  return type === 'Task' || type === 'Parallel' || type === 'Map';
}

/** Types that may carry Assign (every type but Succeed and Fail). */
export function hasAssign(type: StateType): boolean {
  return type !== 'Succeed' && type !== 'Fail';
}
