import { describe, it, expect } from 'vitest';
import { parseResource } from './resource';

describe('parseResource', () => {
  it.each([
    ['arn:aws:lambda:us-east-1:111:function:f', 'lambda', 'lambda', 'arn:aws:lambda:us-east-1:111:function:f', 'request'],
    ['arn:aws:states:::lambda:invoke', 'service', 'lambda', 'invoke', 'request'],
    ['arn:aws:states:::sqs:sendMessage.waitForTaskToken', 'service', 'sqs', 'sendMessage.waitForTaskToken', 'waitForTaskToken'],
    ['arn:aws:states:::states:startExecution.sync:2', 'service', 'states', 'startExecution.sync:2', 'sync'],
    ['arn:aws:states:::aws-sdk:s3:getObject', 'service', 'aws-sdk:s3', 'getObject', 'request'],
    ['arn:aws:states:us-east-1:111:activity:a', 'activity', 'activity', 'arn:aws:states:us-east-1:111:activity:a', 'request'],
  ])('%s', (arn, kind, resourceType, resource, pattern) => {
    const r = parseResource(arn);
    expect([r.kind, r.resourceType, r.resource, r.pattern]).toEqual([kind, resourceType, resource, pattern]);
  });
});
