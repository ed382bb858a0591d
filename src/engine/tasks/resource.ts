/**
 * Classifies a Task `Resource` ARN: a Lambda function (legacy `arn:aws:lambda:...:function:f`),
 * an activity, or a service integration (`arn:aws:states:::service:action[.sync|.waitForTaskToken]`).
 * The kind decides which history events AWS records.
 */

export type ResourceKind = 'lambda' | 'activity' | 'service';
export type IntegrationPattern = 'request' | 'sync' | 'waitForTaskToken';

export interface TaskResource {
  arn: string;
  kind: ResourceKind;
  /** Event field `resourceType`: `lambda`, `sqs`, `aws-sdk:s3`... */
  resourceType: string;
  /** Event field `resource`: `invoke`, `sendMessage.waitForTaskToken`... */
  resource: string;
  pattern: IntegrationPattern;
  region: string | null;
  /** `arn:aws:states:::lambda:invoke` (results carry Payload, StatusCode...). */
  lambdaInvoke: boolean;
}

/**
 * Parses a Resource ARN.
 * @example parseResource('arn:aws:states:::sqs:sendMessage.waitForTaskToken').pattern === 'waitForTaskToken'
 */
export function parseResource(arn: string): TaskResource {
  const parts = arn.split(':');
  const service = parts[2] ?? '';
  const region = parts[3] ? parts[3] : null;
  if (service === 'lambda' && parts[5] === 'function') {
    return { arn, kind: 'lambda', resourceType: 'lambda', resource: arn, pattern: 'request', region, lambdaInvoke: false };
  }
  if (service === 'states' && parts[5] === 'activity') {
    return { arn, kind: 'activity', resourceType: 'activity', resource: arn, pattern: 'request', region, lambdaInvoke: false };
  }
  // arn:aws:states:::lambda:invoke / arn:aws:states:::aws-sdk:s3:getObject / ...:states:startExecution.sync:2
  const rest = parts.slice(5);
  let resourceType = rest[0] ?? '';
  let action = rest.slice(1).join(':');
  if (resourceType === 'aws-sdk' && rest.length >= 3) {
    resourceType = `aws-sdk:${rest[1]}`;
    action = rest.slice(2).join(':');
  }
  const pattern: IntegrationPattern = /\.waitForTaskToken$/.test(action) ? 'waitForTaskToken' : /\.sync(:\d+)?$/.test(action) ? 'sync' : 'request';
  return {
    arn,
    kind: 'service',
    resourceType,
    resource: action,
    pattern,
    region,
    lambdaInvoke: resourceType === 'lambda' && action === 'invoke',
  };
}
