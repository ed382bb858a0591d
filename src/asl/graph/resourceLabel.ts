/** Short, human names for Task `Resource` ARNs, as Workflow Studio prints them under a Task's name. */

const SERVICE_NAMES: Record<string, string> = {
  apigateway: 'API Gateway',
  athena: 'Athena',
  batch: 'Batch',
  bedrock: 'Bedrock',
  codebuild: 'CodeBuild',
  dynamodb: 'DynamoDB',
  ec2: 'EC2',
  ecs: 'ECS',
  eks: 'EKS',
  elasticmapreduce: 'EMR',
  'emr-containers': 'EMR on EKS',
  'emr-serverless': 'EMR Serverless',
  eventbridge: 'EventBridge',
  events: 'EventBridge',
  glue: 'Glue',
  databrew: 'Glue DataBrew',
  http: 'HTTP',
  lambda: 'Lambda',
  mediaconvert: 'MediaConvert',
  s3: 'S3',
  sagemaker: 'SageMaker',
  sfn: 'Step Functions',
  states: 'Step Functions',
  sns: 'SNS',
  sqs: 'SQS',
  secretsmanager: 'Secrets Manager',
  ssm: 'Systems Manager',
  'bedrock-runtime': 'Bedrock Runtime',
  cloudwatch: 'CloudWatch',
  kms: 'KMS',
  iam: 'IAM',
  rds: 'RDS',
  kinesis: 'Kinesis',
  firehose: 'Firehose',
  textract: 'Textract',
  comprehend: 'Comprehend',
  rekognition: 'Rekognition',
  translate: 'Translate',
  ses: 'SES',
  sesv2: 'SES',
  xray: 'X-Ray',
};

/** The integration pattern suffix of an optimized integration, in Workflow Studio's words. */
const PATTERNS: Record<string, string> = {
  sync: ' (wait for completion)',
  'sync:2': ' (wait for completion)',
  waitForTaskToken: ' (wait for callback)',
};

function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? service.charAt(0).toUpperCase() + service.slice(1);
}

function actionName(action: string): string {
  return action.charAt(0).toUpperCase() + action.slice(1);
}

/** A partition (`aws`, `aws-cn`...) or a `${AWS::Partition}` substitution, which itself holds colons. */
const PARTITION = String.raw`arn:(?:\$\{[^}]*\}|[^:]+):`;
/** `arn:<partition>:states:::<service>:<action>[.<pattern>]` and `...:::aws-sdk:<service>:<action>`. */
const INTEGRATION = new RegExp(String.raw`^${PARTITION}states:::(?:aws-sdk:)?([\w-]+):(\w+)(?:\.(\w+(?::\d+)?))?$`);
/** A Lambda function ARN used directly as the resource (the legacy form); the name may be a `${...}` placeholder. */
const LAMBDA_FUNCTION = new RegExp(String.raw`^${PARTITION}lambda:.*?:function:(\$\{[^}]*\}|[^:]+)`);
const ACTIVITY = new RegExp(String.raw`^${PARTITION}states:.*?:activity:(.+)$`);
const PLACEHOLDER = /^\$\{[^}]+\}$/;

/**
 * A short label for a Task's `Resource`: the service and action of an integration, the function of a
 * Lambda ARN, the name of an activity. Unknown resources give `Task`.
 * @example resourceLabel('arn:aws:states:::sqs:sendMessage.waitForTaskToken') === 'SQS: SendMessage (wait for callback)'
 * @example resourceLabel('arn:aws:lambda:us-east-1:123456789012:function:Resize:live') === 'Lambda: Resize'
 */
export function resourceLabel(resource: string): string {
  const activity = ACTIVITY.exec(resource);
  if (activity) return `Activity: ${activity[1]}`;
  const integration = INTEGRATION.exec(resource);
  if (integration) {
    const [, service, action, pattern] = integration;
    const suffix = pattern === undefined ? '' : (PATTERNS[pattern] ?? ` (${pattern})`);
    return `${serviceName(service)}: ${actionName(action)}${suffix}`;
  }
  const lambda = LAMBDA_FUNCTION.exec(resource);
  if (lambda) return `Lambda: ${lambda[1]}`;
  // Definition substitutions (SAM, CDK, Terraform templatefile) leave the real ARN to deploy time.
  if (PLACEHOLDER.test(resource.trim())) return `Task: ${resource.trim()}`;
  return 'Task';
}
