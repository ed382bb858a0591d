import { describe, expect, it } from 'vitest';
import { parseResource, patternSupport, withPattern } from './integration';

describe('Task resources', () => {
  it.each([
    ['arn:aws:states:::lambda:invoke', { kind: 'integration', service: 'lambda', action: 'invoke', pattern: undefined }],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', { kind: 'integration', service: 'sqs', action: 'sendMessage', pattern: 'waitForTaskToken' }],
    ['arn:aws:states:::states:startExecution.sync:2', { kind: 'integration', service: 'states', action: 'startExecution', pattern: 'sync:2' }],
    ['arn:aws:states:::aws-sdk:s3:getObject', { kind: 'sdk', service: 's3', action: 'getObject', pattern: undefined }],
    ['arn:${AWS::Partition}:states:::ecs:runTask.sync', { kind: 'integration', service: 'ecs', action: 'runTask', pattern: 'sync' }],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize', { kind: 'lambda-function' }],
    ['arn:aws:states:us-east-1:123456789012:activity:Approve', { kind: 'activity' }],
    ['${ProcessFunctionArn}', { kind: 'placeholder' }],
    ['not an arn', { kind: 'unknown' }],
  ])('reads %s', (resource, expected) => {
    expect(parseResource(resource)).toMatchObject(expected);
  });

  it.each([
    ['Lambda invoke can wait for a callback but not run as a job', 'arn:aws:states:::lambda:invoke', { sync: undefined, callback: true }],
    ['ECS RunTask can do both', 'arn:aws:states:::ecs:runTask', { sync: 'sync', callback: true }],
    ['Step Functions StartExecution runs as a job with .sync:2', 'arn:aws:states:::states:startExecution', { sync: 'sync:2', callback: true }],
    ['Batch SubmitJob runs as a job only', 'arn:aws:states:::batch:submitJob', { sync: 'sync', callback: false }],
    ['DynamoDB is request/response only', 'arn:aws:states:::dynamodb:getItem', { sync: undefined, callback: false }],
    ['SageMaker create...Job actions run as jobs', 'arn:aws:states:::sagemaker:createTrainingJob', { sync: 'sync', callback: false }],
    ['AWS SDK integrations can wait for a callback', 'arn:aws:states:::aws-sdk:s3:putObject', { sync: undefined, callback: true }],
    ['an activity has neither', 'arn:aws:states:us-east-1:1:activity:A', { sync: undefined, callback: false }],
  ])('%s', (_name, resource, support) => {
    expect(patternSupport(parseResource(resource))).toEqual(support);
  });

  it('switches the pattern suffix', () => {
    expect(withPattern('arn:aws:states:::sqs:sendMessage', 'waitForTaskToken')).toBe('arn:aws:states:::sqs:sendMessage.waitForTaskToken');
    expect(withPattern('arn:aws:states:::ecs:runTask.sync', undefined)).toBe('arn:aws:states:::ecs:runTask');
    expect(withPattern('arn:aws:states:::ecs:runTask.waitForTaskToken', 'sync')).toBe('arn:aws:states:::ecs:runTask.sync');
    expect(withPattern('${Fn}', 'sync')).toBe('${Fn}');
  });
});
