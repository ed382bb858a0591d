/**
 * The Actions tab: common AWS service integrations as Workflow Studio offers them, each with its
 * Resource ARN and a default payload that validates and shows what the service expects.
 * Account ids, regions and names are the documentation's placeholders (123456789012, us-east-1).
 */
import type { ActionItem } from './types';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/** Workflow Studio's default retrier for Lambda: the transient errors of the Lambda service. */
const LAMBDA_RETRY = [
  {
    ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
    IntervalSeconds: 1,
    MaxAttempts: 3,
    BackoffRate: 2,
    JitterStrategy: 'FULL',
  },
];

type Spec = Omit<ActionItem, 'tab' | 'id' | 'title'> & { title?: string };

function action(spec: Spec): ActionItem {
  const id = `action:${spec.service}-${spec.action.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
  return { tab: 'actions', id, title: spec.title ?? `${SHORT[spec.service] ?? spec.service} ${spec.action}`, ...spec };
}

const SHORT: Record<string, string> = {
  lambda: 'Lambda', sns: 'SNS', sqs: 'SQS', dynamodb: 'DynamoDB', ecs: 'ECS', batch: 'Batch', glue: 'Glue', s3: 'S3',
  athena: 'Athena', sagemaker: 'SageMaker', bedrock: 'Bedrock', apigateway: 'API Gateway', codebuild: 'CodeBuild',
  ses: 'SES', secretsmanager: 'Secrets Manager', states: 'Step Functions', events: 'EventBridge',
};

const TABLE = 'MyTable';
const KEY = { id: { 'S.$': '$.id' } };

export const ACTIONS: readonly ActionItem[] = [
  action({
    service: 'lambda', action: 'Invoke', resource: 'arn:aws:states:::lambda:invoke',
    description: 'Run a Lambda function with the state input as its event and continue with what it returns.',
    parameters: { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:my-function:$LATEST`, 'Payload.$': '$' },
    outputPath: '$.Payload', extra: { Retry: LAMBDA_RETRY }, keywords: ['function', 'serverless'],
  }),
  action({
    service: 'sns', action: 'Publish', resource: 'arn:aws:states:::sns:publish',
    description: 'Publish the state input as a message to an SNS topic (email, SMS, other subscribers).',
    parameters: { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:my-topic`, 'Message.$': '$' }, keywords: ['notification', 'topic'],
  }),
  action({
    service: 'sqs', action: 'SendMessage', resource: 'arn:aws:states:::sqs:sendMessage',
    description: 'Send the state input to an SQS queue and continue at once.',
    parameters: { QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/my-queue`, 'MessageBody.$': '$' }, keywords: ['queue'],
  }),
  action({
    service: 'sqs', action: 'SendMessage (callback)', title: 'SQS SendMessage and wait for callback',
    resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
    description: 'Send a message carrying a task token, then pause until a worker calls SendTaskSuccess or SendTaskFailure with it.',
    parameters: {
      QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/my-queue`,
      MessageBody: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' },
    },
    extra: { TimeoutSeconds: 3600 }, keywords: ['queue', 'callback', 'task token', 'waitForTaskToken'],
  }),
  action({
    service: 'dynamodb', action: 'GetItem', resource: 'arn:aws:states:::dynamodb:getItem',
    description: 'Read one item of a DynamoDB table by its key.', parameters: { TableName: TABLE, Key: KEY }, keywords: ['table', 'read'],
  }),
  action({
    service: 'dynamodb', action: 'PutItem', resource: 'arn:aws:states:::dynamodb:putItem',
    description: 'Write (create or replace) one item of a DynamoDB table.',
    parameters: { TableName: TABLE, Item: { id: { 'S.$': '$.id' }, status: { S: 'NEW' } } }, keywords: ['table', 'write'],
  }),
  action({
    service: 'dynamodb', action: 'UpdateItem', resource: 'arn:aws:states:::dynamodb:updateItem',
    description: 'Change attributes of one item of a DynamoDB table with an update expression.',
    parameters: {
      TableName: TABLE, Key: KEY, UpdateExpression: 'SET #status = :status',
      ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':status': { 'S.$': '$.status' } },
    },
    keywords: ['table', 'write'],
  }),
  action({
    service: 'dynamodb', action: 'DeleteItem', resource: 'arn:aws:states:::dynamodb:deleteItem',
    description: 'Delete one item of a DynamoDB table by its key.', parameters: { TableName: TABLE, Key: KEY }, keywords: ['table'],
  }),
  action({
    service: 'dynamodb', action: 'Query', resource: 'arn:aws:states:::aws-sdk:dynamodb:query',
    description: 'Find the items of a partition with a key condition (AWS SDK integration).',
    parameters: { TableName: TABLE, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { 'S.$': '$.pk' } } },
    keywords: ['table', 'read', 'aws-sdk'],
  }),
  action({
    service: 'ecs', action: 'RunTask', resource: 'arn:aws:states:::ecs:runTask.sync',
    description: 'Run a container task on Fargate and wait until it stops.',
    parameters: {
      LaunchType: 'FARGATE', Cluster: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/my-cluster`,
      TaskDefinition: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/my-task:1`,
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0123456789abcdef0'], AssignPublicIp: 'ENABLED' } },
    },
    keywords: ['container', 'fargate', 'sync'],
  }),
  action({
    service: 'batch', action: 'SubmitJob', resource: 'arn:aws:states:::batch:submitJob.sync',
    description: 'Submit an AWS Batch job and wait until it finishes.',
    parameters: {
      JobName: 'my-job', JobQueue: `arn:aws:batch:${REGION}:${ACCOUNT}:job-queue/my-queue`,
      JobDefinition: `arn:aws:batch:${REGION}:${ACCOUNT}:job-definition/my-job-definition:1`,
    },
    keywords: ['job', 'sync'],
  }),
  action({
    service: 'glue', action: 'StartJobRun', resource: 'arn:aws:states:::glue:startJobRun.sync',
    description: 'Start a Glue ETL job run and wait until it completes.', parameters: { JobName: 'my-glue-job' }, keywords: ['etl', 'job', 'sync'],
  }),
  action({
    service: 'states', action: 'StartExecution', resource: 'arn:aws:states:::states:startExecution.sync:2',
    description: 'Run another state machine as a child workflow and wait for its output (as JSON).',
    parameters: {
      StateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:MyChildStateMachine`,
      Input: { 'StatePayload.$': '$', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id' },
    },
    keywords: ['nested', 'child', 'workflow', 'sync'],
  }),
  action({
    service: 'events', action: 'PutEvents', resource: 'arn:aws:states:::events:putEvents',
    description: 'Send a custom event to an EventBridge event bus.',
    parameters: { Entries: [{ 'Detail.$': '$', DetailType: 'OrderPlaced', EventBusName: 'default', Source: 'com.example.orders' }] },
    keywords: ['event', 'bus'],
  }),
  action({
    service: 'http', action: 'Invoke', title: 'HTTP endpoint', resource: 'arn:aws:states:::http:invoke',
    description: 'Call a third-party HTTPS API, authenticated through an EventBridge connection.',
    parameters: {
      ApiEndpoint: 'https://api.example.com/orders', Method: 'GET',
      Authentication: { ConnectionArn: `arn:aws:events:${REGION}:${ACCOUNT}:connection/my-connection/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9` },
    },
    keywords: ['https', 'rest', 'api', 'third-party'],
  }),
  action({
    service: 's3', action: 'GetObject', resource: 'arn:aws:states:::aws-sdk:s3:getObject',
    description: 'Read an object from an S3 bucket (AWS SDK integration).', parameters: { Bucket: 'my-bucket', 'Key.$': '$.key' },
    keywords: ['bucket', 'file', 'aws-sdk'],
  }),
  action({
    service: 's3', action: 'PutObject', resource: 'arn:aws:states:::aws-sdk:s3:putObject',
    description: 'Write the state input as an object to an S3 bucket (AWS SDK integration).',
    parameters: { Bucket: 'my-bucket', Key: 'output/result.json', 'Body.$': '$' }, keywords: ['bucket', 'file', 'aws-sdk'],
  }),
  action({
    service: 's3', action: 'ListObjectsV2', resource: 'arn:aws:states:::aws-sdk:s3:listObjectsV2',
    description: 'List the objects under a prefix of an S3 bucket (AWS SDK integration).', parameters: { Bucket: 'my-bucket', Prefix: 'input/' },
    keywords: ['bucket', 'files', 'aws-sdk'],
  }),
  action({
    service: 'athena', action: 'StartQueryExecution', resource: 'arn:aws:states:::athena:startQueryExecution.sync',
    description: 'Run an Athena SQL query and wait until its results are written.',
    parameters: {
      QueryString: 'SELECT * FROM my_table LIMIT 10', WorkGroup: 'primary',
      ResultConfiguration: { OutputLocation: 's3://my-bucket/athena-results/' },
    },
    keywords: ['sql', 'query', 'sync'],
  }),
  action({
    service: 'sagemaker', action: 'CreateTrainingJob', resource: 'arn:aws:states:::sagemaker:createTrainingJob.sync',
    description: 'Train a machine-learning model with SageMaker and wait until training ends.',
    parameters: {
      'TrainingJobName.$': '$.jobName',
      AlgorithmSpecification: { TrainingImage: `382416733822.dkr.ecr.${REGION}.amazonaws.com/linear-learner:1`, TrainingInputMode: 'File' },
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/SageMakerRole`,
      InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://my-bucket/train/' } } }],
      OutputDataConfig: { S3OutputPath: 's3://my-bucket/models/' },
      ResourceConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    },
    keywords: ['ml', 'machine learning', 'model', 'sync'],
  }),
  action({
    service: 'bedrock', action: 'InvokeModel', resource: 'arn:aws:states:::bedrock:invokeModel',
    description: 'Send a prompt to a foundation model on Amazon Bedrock and continue with its answer.',
    parameters: {
      ModelId: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
      Body: { anthropic_version: 'bedrock-2023-05-31', max_tokens: 512, messages: [{ role: 'user', 'content.$': '$.prompt' }] },
    },
    keywords: ['ai', 'llm', 'generative', 'model'],
  }),
  action({
    service: 'apigateway', action: 'Invoke', resource: 'arn:aws:states:::apigateway:invoke',
    description: 'Call a REST API deployed on Amazon API Gateway.',
    parameters: { ApiEndpoint: `abcde12345.execute-api.${REGION}.amazonaws.com`, Method: 'GET', Stage: 'prod', Path: '/orders', AuthType: 'IAM_ROLE' },
    keywords: ['rest', 'api', 'http'],
  }),
  action({
    service: 'codebuild', action: 'StartBuild', resource: 'arn:aws:states:::codebuild:startBuild.sync',
    description: 'Start a CodeBuild project build and wait until it completes.', parameters: { ProjectName: 'my-project' },
    keywords: ['ci', 'build', 'sync'],
  }),
  action({
    service: 'ses', action: 'SendEmail', resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail',
    description: 'Send an email through Amazon SES (AWS SDK integration, SES v2).',
    parameters: {
      FromEmailAddress: 'sender@example.com',
      Destination: { ToAddresses: ['recipient@example.com'] },
      Content: { Simple: { Subject: { Data: 'Hello from Step Functions' }, Body: { Text: { 'Data.$': '$.message' } } } },
    },
    keywords: ['email', 'mail', 'aws-sdk'],
  }),
  action({
    service: 'secretsmanager', action: 'GetSecretValue', resource: 'arn:aws:states:::aws-sdk:secretsmanager:getSecretValue',
    description: 'Read a secret (a password, an API key) from Secrets Manager (AWS SDK integration).', parameters: { SecretId: 'my-secret' },
    keywords: ['password', 'credentials', 'aws-sdk'],
  }),
  action({
    service: 'activity', action: 'Activity', title: 'Activity', resource: `arn:aws:states:${REGION}:${ACCOUNT}:activity:my-activity`,
    description: 'Hand the work to your own worker, which polls the activity with GetActivityTask and answers with the task token.',
    extra: { TimeoutSeconds: 3600, HeartbeatSeconds: 60 }, keywords: ['worker', 'poll'],
  }),
];
