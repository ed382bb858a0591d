/**
 * History events of a Task: `LambdaFunction*` for Lambda ARNs, `Activity*` for activities and
 * `Task*` for service integrations, with AWS's detail objects.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import { emit, json } from '../events';
import type { Thread } from '../thread';
import type { TaskResource } from './resource';

const NOT_TRUNCATED: JsonObject = { truncated: false };

/** Scheduled + Started. */
export function emitTaskStart(t: Thread, res: TaskResource, input: JsonValue, timeout: number | null, heartbeat: number | null): void {
  if (res.kind === 'lambda') {
    emit(t, 'LambdaFunctionScheduled', 'lambdaFunctionScheduledEventDetails', () => {
      const d: JsonObject = { resource: res.arn, input: json(input), inputDetails: NOT_TRUNCATED };
      if (timeout !== null) d.timeoutInSeconds = timeout;
      return d;
    });
    emit(t, 'LambdaFunctionStarted');
    return;
  }
  if (res.kind === 'activity') {
    emit(t, 'ActivityScheduled', 'activityScheduledEventDetails', () => {
      const d: JsonObject = { resource: res.arn, input: json(input), inputDetails: NOT_TRUNCATED };
      if (timeout !== null) d.timeoutInSeconds = timeout;
      if (heartbeat !== null) d.heartbeatInSeconds = heartbeat;
      return d;
    });
    emit(t, 'ActivityStarted', 'activityStartedEventDetails', () => ({ workerName: 'asl-studio' }));
    return;
  }
  emit(t, 'TaskScheduled', 'taskScheduledEventDetails', () => {
    const d: JsonObject = {
      resourceType: res.resourceType,
      resource: res.resource,
      region: res.region ?? t.run.identity.region,
      parameters: json(input),
    };
    if (timeout !== null) d.timeoutInSeconds = timeout;
    if (heartbeat !== null) d.heartbeatInSeconds = heartbeat;
    return d;
  });
  emit(t, 'TaskStarted', 'taskStartedEventDetails', () => ({ resourceType: res.resourceType, resource: res.resource }));
}

/** Succeeded. */
export function emitTaskSucceeded(t: Thread, res: TaskResource, output: JsonValue): void {
  const details = (): JsonObject => {
    const d: JsonObject = res.kind === 'service' ? { resourceType: res.resourceType, resource: res.resource } : {};
    d.output = json(output);
    d.outputDetails = NOT_TRUNCATED;
    return d;
  };
  if (res.kind === 'lambda') emit(t, 'LambdaFunctionSucceeded', 'lambdaFunctionSucceededEventDetails', details);
  else if (res.kind === 'activity') emit(t, 'ActivitySucceeded', 'activitySucceededEventDetails', details);
  else emit(t, 'TaskSucceeded', 'taskSucceededEventDetails', details);
}

/** Failed, or TimedOut for States.Timeout / States.HeartbeatTimeout. */
export function emitTaskFailed(t: Thread, res: TaskResource, error: string | null, cause: string | null, timedOut: boolean): void {
  const details = (): JsonObject => {
    const d: JsonObject = res.kind === 'service' ? { resourceType: res.resourceType, resource: res.resource } : {};
    if (error !== null) d.error = error;
    if (cause !== null) d.cause = cause;
    return d;
  };
  const prefix = res.kind === 'lambda' ? 'LambdaFunction' : res.kind === 'activity' ? 'Activity' : 'Task';
  const suffix = timedOut ? 'TimedOut' : 'Failed';
  const key = `${prefix.charAt(0).toLowerCase()}${prefix.slice(1)}${suffix}EventDetails`;
  emit(t, prefix + suffix, key, details);
}
