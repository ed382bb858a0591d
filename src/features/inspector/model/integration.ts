/**
 * What a Task's Resource calls, and which integration patterns it supports (AWS "Discover service
 * integration patterns": Request Response, Run a Job `.sync`, Wait for Callback `.waitForTaskToken`).
 */

export type Pattern = 'sync' | 'sync:2' | 'waitForTaskToken';

export interface ParsedResource {
  kind: 'integration' | 'sdk' | 'lambda-function' | 'activity' | 'placeholder' | 'unknown';
  service?: string;
  action?: string;
  pattern?: Pattern;
  /** The resource without its pattern suffix. */
  base: string;
}

const PARTITION = String.raw`arn:(?:\$\{[^}]*\}|[^:]+):`;
const INTEGRATION = new RegExp(String.raw`^(${PARTITION}states:::(aws-sdk:)?([\w-]+):(\w+))(?:\.(sync(?::2)?|waitForTaskToken))?$`);
const LAMBDA_FUNCTION = new RegExp(String.raw`^${PARTITION}lambda:`);
const ACTIVITY = new RegExp(String.raw`^${PARTITION}states:[^:]*:[^:]*:activity:`);

/** Splits a Resource ARN into service, action and pattern. */
export function parseResource(resource: string): ParsedResource {
  const trimmed = resource.trim();
  const m = INTEGRATION.exec(trimmed);
  if (m) {
    return { kind: m[2] ? 'sdk' : 'integration', base: m[1], service: m[3], action: m[4], pattern: m[5] as Pattern | undefined };
  }
  if (ACTIVITY.test(trimmed)) return { kind: 'activity', base: trimmed };
  if (LAMBDA_FUNCTION.test(trimmed)) return { kind: 'lambda-function', base: trimmed, service: 'lambda' };
  if (/^\$\{[^}]+\}$/.test(trimmed)) return { kind: 'placeholder', base: trimmed };
  return { kind: 'unknown', base: trimmed };
}

/** Optimized integrations with a Run a Job (.sync) form; `sync:2` where AWS recommends it. */
const SYNC: Record<string, Pattern> = {
  'batch:submitJob': 'sync',
  'ecs:runTask': 'sync',
  'glue:startJobRun': 'sync',
  'states:startExecution': 'sync:2',
  'athena:startQueryExecution': 'sync',
  'codebuild:startBuild': 'sync',
  'codebuild:startBuildBatch': 'sync',
  'elasticmapreduce:createCluster': 'sync',
  'elasticmapreduce:terminateCluster': 'sync',
  'elasticmapreduce:addStep': 'sync',
  'emr-serverless:startJobRun': 'sync',
  'emr-containers:startJobRun': 'sync',
  'eks:runJob': 'sync',
  'eks:createCluster': 'sync',
  'eks:deleteCluster': 'sync',
  'eks:createNodegroup': 'sync',
  'eks:deleteNodegroup': 'sync',
  'databrew:startJobRun': 'sync',
  'mediaconvert:createJob': 'sync',
  'bedrock:createModelCustomizationJob': 'sync',
};

/** Optimized integrations with a Wait for Callback (.waitForTaskToken) form. */
const CALLBACK = new Set([
  'lambda:invoke', 'sqs:sendMessage', 'sns:publish', 'ecs:runTask', 'states:startExecution', 'apigateway:invoke', 'events:putEvents',
]);

export interface PatternSupport {
  /** The .sync suffix this integration takes, if it has one. */
  sync?: Pattern;
  callback: boolean;
}

/** Which patterns a resource can switch to. SageMaker's create...Job actions all run as jobs. */
export function patternSupport(parsed: ParsedResource): PatternSupport {
  if (parsed.kind === 'sdk') return { callback: true };
  if (parsed.kind !== 'integration' || !parsed.service || !parsed.action) return { callback: false };
  const key = `${parsed.service}:${parsed.action}`;
  let sync = SYNC[key];
  if (!sync && parsed.service === 'sagemaker' && /^create\w*Job$/.test(parsed.action)) sync = 'sync';
  // Keep a pattern the resource already has even if this table does not know it.
  if (!sync && parsed.pattern?.startsWith('sync')) sync = parsed.pattern;
  return { sync, callback: CALLBACK.has(key) || parsed.pattern === 'waitForTaskToken' };
}

/** The resource with another pattern suffix (`undefined`: Request Response). */
export function withPattern(resource: string, pattern: Pattern | undefined): string {
  const parsed = parseResource(resource);
  if (parsed.kind !== 'integration' && parsed.kind !== 'sdk') return resource;
  return pattern ? `${parsed.base}.${pattern}` : parsed.base;
}
