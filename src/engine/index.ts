/**
 * The ASL interpreter's public API (Node, the worker, tests). See README.md.
 */
export { startExecution, runExecution, compile, TaskDoesNotExist } from './execution';
export type { Execution } from './execution';
export { DefinitionError } from './compile/machine';
export { MockConfigError, loadMockTestCase } from './tasks/mocks';
export type { MockTestCase, MockResponse } from './tasks/mocks';
export type { Debugger, ThreadInfo, PauseInfo } from './debug/debugger';
export { ERR, errorMatches } from './errors';
export { DEFAULT_MAX_HISTORY_EVENTS, DEFAULT_MAX_PAYLOAD_BYTES } from './limits';
export type {
  Breakpoint,
  ClockOption,
  ExecutionContextInit,
  ExecutionOptions,
  ExecutionResult,
  ExecutionStatus,
  HistoryEvent,
  LimitsOption,
  MockSelection,
  TaskHandler,
  TaskInvocation,
  TaskOutcome,
  WorkflowType,
} from './types';
export { testState } from './testState';
export type { TestStateOptions, TestStateResult, TestStateStatus, InspectionData } from './testState';
export type { InspectionErrorDetails } from './testStateErrors';
export { redrive, RedriveError } from './redrive';
