import { describe, expect, it } from 'vitest';
import { resourceLabel } from './resourceLabel';

describe('resourceLabel', () => {
  it.each([
    ['arn:aws:states:::lambda:invoke', 'Lambda: Invoke'],
    ['arn:aws:states:::lambda:invoke.waitForTaskToken', 'Lambda: Invoke (wait for callback)'],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize', 'Lambda: Resize'],
    ['arn:aws:lambda:us-east-1:123456789012:function:Resize:live', 'Lambda: Resize'],
    ['arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FnName}', 'Lambda: ${FnName}'],
    ['arn:aws:states:::sns:publish', 'SNS: Publish'],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'SQS: SendMessage (wait for callback)'],
    ['arn:aws:states:::dynamodb:putItem', 'DynamoDB: PutItem'],
    ['arn:aws:states:::ecs:runTask.sync', 'ECS: RunTask (wait for completion)'],
    ['arn:aws:states:::states:startExecution.sync:2', 'Step Functions: StartExecution (wait for completion)'],
    ['arn:aws:states:::aws-sdk:s3:getObject', 'S3: GetObject'],
    ['arn:aws:states:::aws-sdk:sfn:startExecution', 'Step Functions: StartExecution'],
    ['arn:aws:states:::aws-sdk:someNewService:doThing', 'SomeNewService: DoThing'],
    ['arn:aws:states:::http:invoke', 'HTTP: Invoke'],
    ['arn:aws:states:::events:putEvents', 'EventBridge: PutEvents'],
    ['arn:aws-us-gov:states:::glue:startJobRun.sync', 'Glue: StartJobRun (wait for completion)'],
    ['arn:${AWS::Partition}:states:::lambda:invoke', 'Lambda: Invoke'],
    ['arn:aws:states:us-east-1:123456789012:activity:approve-order', 'Activity: approve-order'],
    ['${ProcessFunctionArn}', 'Task: ${ProcessFunctionArn}'],
    ['something else', 'Task'],
    ['', 'Task'],
  ])('%s -> %s', (resource, expected) => {
    expect(resourceLabel(resource)).toBe(expected);
  });
});
