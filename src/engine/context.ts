/**
 * ARNs and the `$$` context object. The Execution and StateMachine parts are built once per
 * execution; State, Task and Map parts per state, and only for states that read `$$`.
 */
import type { JsonObject, JsonValue } from '../asl/types';
import type { ExecutionContextInit, WorkflowType } from './types';

/** Everything about one execution that never changes while it runs. */
export interface ExecutionIdentity {
  type: WorkflowType;
  executionArn: string;
  executionName: string;
  stateMachineArn: string;
  stateMachineName: string;
  roleArn: string;
  region: string;
  accountId: string;
  partition: string;
  startTime: string;
  /** `$$.Execution` (with Input) and `$$.StateMachine`, shared by every context object. */
  execution: JsonObject;
  stateMachine: JsonObject;
}

/**
 * Resolves names and ARNs from the CLI's `--context` (defaults for anything missing).
 * EXPRESS execution ARNs carry an extra id segment, as AWS makes them.
 */
export function createIdentity(
  init: ExecutionContextInit | undefined,
  type: WorkflowType,
  input: JsonValue,
  startTime: string,
  uuid: () => string,
): ExecutionIdentity {
  const partition = init?.partition ?? 'aws';
  const region = init?.region ?? 'us-east-1';
  const accountId = init?.accountId ?? '123456789012';
  const stateMachineName = init?.stateMachineName ?? 'StateMachine';
  const executionName = init?.executionName ?? uuid();
  const roleArn = init?.roleArn ?? `arn:${partition}:iam::${accountId}:role/StepFunctions-${stateMachineName}-role`;
  const prefix = `arn:${partition}:states:${region}:${accountId}`;
  const stateMachineArn = `${prefix}:stateMachine:${stateMachineName}`;
  const executionArn =
    type === 'EXPRESS'
      ? `${prefix}:express:${stateMachineName}:${executionName}:${uuid()}`
      : `${prefix}:execution:${stateMachineName}:${executionName}`;
  const execution: JsonObject = {
    Id: executionArn,
    Input: input,
    StartTime: startTime,
    Name: executionName,
    RoleArn: roleArn,
  };
  // AWS: RedriveCount is part of standard executions' context (and of asynchronous EXPRESS runs);
  // synchronous EXPRESS runs have none.
  if (type === 'STANDARD') execution.RedriveCount = init?.redriveCount ?? 0;
  else if (init?.redriveCount !== undefined) execution.RedriveCount = init.redriveCount;
  return {
    type,
    executionArn,
    executionName,
    stateMachineArn,
    stateMachineName,
    roleArn,
    region,
    accountId,
    partition,
    startTime,
    execution,
    stateMachine: { Id: stateMachineArn, Name: stateMachineName },
  };
}

/** The per-state part of a context object. */
export interface StateContext {
  name: string;
  enteredTime: string;
  /** Task, Parallel and Map states count retries; others have no RetryCount. */
  retryCount?: number;
  taskToken?: string;
  mapItem?: { index: number; value: JsonValue };
}

/** Builds `$$` for one state. */
export function buildContextObject(id: ExecutionIdentity, state: StateContext): JsonObject {
  const st: JsonObject = { Name: state.name, EnteredTime: state.enteredTime };
  if (state.retryCount !== undefined) st.RetryCount = state.retryCount;
  const ctx: JsonObject = { Execution: id.execution, StateMachine: id.stateMachine, State: st };
  if (state.taskToken !== undefined) ctx.Task = { Token: state.taskToken };
  if (state.mapItem !== undefined) ctx.Map = { Item: { Index: state.mapItem.index, Value: state.mapItem.value } };
  return ctx;
}
