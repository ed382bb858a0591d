import { describe, expect, it } from 'vitest';
import { insertState } from '../asl/ops';
import type { QueryLanguage, StateMachine } from '../asl/types';
import { validate } from '../asl/validate';
import { ACTIONS, CATALOG, FLOW, PATTERNS, SERVICES, actionTemplate, findAction, findCatalogItem, searchCatalog } from './index';

function machine(ql: QueryLanguage): StateMachine {
  return { ...(ql === 'JSONata' ? { QueryLanguage: 'JSONata' as const } : {}), StartAt: 'Start', States: { Start: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } } };
}

const errorsOf = (def: StateMachine) => validate(def as never).filter((d) => d.severity === 'error');

describe('the Actions tab', () => {
  it.each([
    ['Lambda Invoke', 'arn:aws:states:::lambda:invoke'],
    ['SNS Publish', 'arn:aws:states:::sns:publish'],
    ['SQS SendMessage', 'arn:aws:states:::sqs:sendMessage'],
    ['SQS SendMessage and wait for callback', 'arn:aws:states:::sqs:sendMessage.waitForTaskToken'],
    ['DynamoDB GetItem', 'arn:aws:states:::dynamodb:getItem'],
    ['DynamoDB PutItem', 'arn:aws:states:::dynamodb:putItem'],
    ['DynamoDB UpdateItem', 'arn:aws:states:::dynamodb:updateItem'],
    ['DynamoDB DeleteItem', 'arn:aws:states:::dynamodb:deleteItem'],
    ['DynamoDB Query', 'arn:aws:states:::aws-sdk:dynamodb:query'],
    ['ECS RunTask', 'arn:aws:states:::ecs:runTask.sync'],
    ['Batch SubmitJob', 'arn:aws:states:::batch:submitJob.sync'],
    ['Glue StartJobRun', 'arn:aws:states:::glue:startJobRun.sync'],
    ['Step Functions StartExecution', 'arn:aws:states:::states:startExecution.sync:2'],
    ['EventBridge PutEvents', 'arn:aws:states:::events:putEvents'],
    ['HTTP endpoint', 'arn:aws:states:::http:invoke'],
    ['S3 GetObject', 'arn:aws:states:::aws-sdk:s3:getObject'],
    ['S3 PutObject', 'arn:aws:states:::aws-sdk:s3:putObject'],
    ['S3 ListObjectsV2', 'arn:aws:states:::aws-sdk:s3:listObjectsV2'],
    ['Athena StartQueryExecution', 'arn:aws:states:::athena:startQueryExecution.sync'],
    ['SageMaker CreateTrainingJob', 'arn:aws:states:::sagemaker:createTrainingJob.sync'],
    ['Bedrock InvokeModel', 'arn:aws:states:::bedrock:invokeModel'],
    ['API Gateway Invoke', 'arn:aws:states:::apigateway:invoke'],
    ['CodeBuild StartBuild', 'arn:aws:states:::codebuild:startBuild.sync'],
    ['SES SendEmail', 'arn:aws:states:::aws-sdk:sesv2:sendEmail'],
    ['Secrets Manager GetSecretValue', 'arn:aws:states:::aws-sdk:secretsmanager:getSecretValue'],
    ['Activity', 'arn:aws:states:us-east-1:123456789012:activity:my-activity'],
  ])('%s calls %s', (title, resource) => {
    const item = ACTIONS.find((a) => a.title === title);
    expect(item?.resource).toBe(resource);
    expect(findAction(resource)).toBe(item);
  });

  it('has at least 25 integrations, each under a known service with a description', () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(25);
    for (const item of ACTIONS) {
      expect(SERVICES[item.service], item.id).toBeDefined();
      expect(item.description.length, item.id).toBeGreaterThan(20);
    }
  });

  it.each(ACTIONS.map((a) => [a.title, a] as const))('%s drops in as a Task that validates in JSONPath and JSONata', (_title, item) => {
    for (const ql of ['JSONPath', 'JSONata'] as const) {
      const template = actionTemplate(item);
      const state = template.build(ql);
      const r = insertState(machine(ql), { name: template.baseName, state, at: { after: 'Start' } });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(errorsOf(r.definition), `${item.id} ${ql}`).toEqual([]);
      const text = JSON.stringify(state);
      if (ql === 'JSONata') expect(text).not.toMatch(/\.\$"|"Parameters"|"OutputPath"/);
      else expect(text).not.toContain('"Arguments"');
    }
  });

  it('gives each drop its own copy of the default payload', () => {
    const template = actionTemplate(ACTIONS[0]);
    expect(template.build('JSONPath')).not.toBe(template.build('JSONPath'));
    expect((template.build('JSONPath') as { Parameters?: unknown }).Parameters).not.toBe(ACTIONS[0].parameters);
  });
});

describe('the catalog', () => {
  it('lists the seven flow states', () => {
    expect(FLOW.map((f) => f.stateType)).toEqual(['Pass', 'Choice', 'Parallel', 'Map', 'Wait', 'Succeed', 'Fail']);
  });

  it('has unique ids and titles and finds items by id', () => {
    expect(new Set(CATALOG.map((i) => i.id)).size).toBe(CATALOG.length);
    expect(new Set(CATALOG.map((i) => i.title)).size).toBe(CATALOG.length);
    for (const item of CATALOG) expect(findCatalogItem(item.id)).toBe(item);
  });

  it('has at least six patterns', () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(6);
  });
});

describe('searchCatalog', () => {
  it.each([
    ['dynamo', ['DynamoDB GetItem', 'DynamoDB PutItem', 'DynamoDB UpdateItem', 'DynamoDB DeleteItem', 'DynamoDB Query']],
    ['sqs', ['SQS SendMessage', 'SQS SendMessage and wait for callback']],
    ['wait', ['SQS SendMessage and wait for callback', 'Wait', 'Poll until done', 'Human approval']],
    ['S3 put', ['S3 PutObject']],
    ['parallel', ['Parallel', 'Fan out and join']],
  ])('"%s" finds %j', (query, titles) => {
    expect(searchCatalog(query).map((i) => i.title)).toEqual(titles);
  });

  it('matches everything for an empty query, tab by tab', () => {
    expect(searchCatalog('')).toHaveLength(CATALOG.length);
    expect(searchCatalog('', 'flow')).toEqual(FLOW);
  });

  it('is case-insensitive and finds nothing for nonsense', () => {
    expect(searchCatalog('LAMBDA').map((i) => i.title)).toContain('Lambda Invoke');
    expect(searchCatalog('zzzz')).toEqual([]);
  });
});
