/** The AWS services of the Actions tab: their display name, a short badge and AWS's category colour. */
export interface ServiceStyle {
  name: string;
  /** Two or three letters drawn in the item's icon. */
  badge: string;
  /** AWS Architecture Icons category colour (Compute orange, Database purple...). */
  color: string;
}

/** Keyed by the service part of the integration ARN. Order is the order of the Actions tab. */
export const SERVICES: Record<string, ServiceStyle> = {
  lambda: { name: 'AWS Lambda', badge: 'λ', color: '#ED7100' },
  sns: { name: 'Amazon SNS', badge: 'SNS', color: '#E7157B' },
  sqs: { name: 'Amazon SQS', badge: 'SQS', color: '#E7157B' },
  dynamodb: { name: 'Amazon DynamoDB', badge: 'DDB', color: '#C925D1' },
  ecs: { name: 'Amazon ECS', badge: 'ECS', color: '#ED7100' },
  batch: { name: 'AWS Batch', badge: 'BAT', color: '#ED7100' },
  glue: { name: 'AWS Glue', badge: 'GLU', color: '#8C4FFF' },
  states: { name: 'AWS Step Functions', badge: 'SFN', color: '#E7157B' },
  events: { name: 'Amazon EventBridge', badge: 'EB', color: '#E7157B' },
  http: { name: 'HTTP endpoint', badge: 'API', color: '#5A6B86' },
  s3: { name: 'Amazon S3', badge: 'S3', color: '#7AA116' },
  athena: { name: 'Amazon Athena', badge: 'ATH', color: '#8C4FFF' },
  sagemaker: { name: 'Amazon SageMaker', badge: 'SM', color: '#01A88D' },
  bedrock: { name: 'Amazon Bedrock', badge: 'BR', color: '#01A88D' },
  apigateway: { name: 'Amazon API Gateway', badge: 'APG', color: '#8C4FFF' },
  codebuild: { name: 'AWS CodeBuild', badge: 'CB', color: '#C925D1' },
  ses: { name: 'Amazon SES', badge: 'SES', color: '#DD344C' },
  secretsmanager: { name: 'AWS Secrets Manager', badge: 'SEC', color: '#DD344C' },
  activity: { name: 'Activity', badge: 'ACT', color: '#5A6B86' },
};
