/**
 * Workflow-shaped definitions for the UI benchmark: a main line of Lambda/DynamoDB/SNS Tasks (with
 * Retry, and a Catch to a shared handler), Pass states that reshape data, Choice diamonds, polling
 * loops (Task -> Wait -> Choice back), Parallel fan-outs and inline Maps. Seeded, so a size always
 * gives the same text; exactly `stateCount` states counting the nested ones, and valid ASL.
 */
import type { State, StateMachine, StateMachineFragment } from '../../src/asl/types';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['Validate', 'Enrich', 'Charge', 'Reserve', 'Notify', 'Archive', 'Score', 'Transform', 'Lookup', 'Publish'];
const NOUNS = ['Order', 'Customer', 'Payment', 'Inventory', 'Invoice', 'Shipment', 'Document', 'Claim'];
const TASKS: { Resource: string; Parameters: Record<string, unknown> }[] = [
  { Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:worker', 'Payload.$': '$' } },
  { Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 'Orders', Item: { id: { 'S.$': '$.id' } } } },
  { Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:events', 'Message.$': '$' } },
  { Resource: 'arn:aws:states:::aws-sdk:s3:getObject', Parameters: { Bucket: 'documents', 'Key.$': '$.key' } },
];

/** Builds a definition with exactly `stateCount` states (at least 3). */
export function workflowDefinition(stateCount: number, seed = 42): StateMachine {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  let counter = 0;
  const name = (verb = pick(VERBS)) => `${verb}${pick(NOUNS)}_${String(counter++).padStart(4, '0')}`;
  const task = (next: string | undefined, handler?: string): State => ({
    Type: 'Task',
    ...pick(TASKS),
    ResultPath: '$.result',
    Retry: [{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
    ...(handler && random() < 0.3 ? { Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: handler }] } : {}),
    ...(next === undefined ? { End: true as const } : { Next: next }),
  }) as State;

  /** A straight line of `count` Task/Pass/Wait states ending in `next`, as its own fragment's states. */
  function line(count: number, next: string | undefined, states: Record<string, State>): string {
    const names = Array.from({ length: count }, () => name());
    names.forEach((n, i) => {
      const to = names[i + 1] ?? next;
      const flow = to === undefined ? { End: true as const } : { Next: to };
      const r = random();
      if (r < 0.6) states[n] = task(to);
      else if (r < 0.85) states[n] = { Type: 'Pass', Parameters: { 'id.$': '$.id', stage: n }, ResultPath: '$.stage', ...flow };
      else states[n] = { Type: 'Wait', Seconds: 5, ...flow };
    });
    return names[0];
  }
  const fragment = (count: number): StateMachineFragment => {
    const states: Record<string, State> = {};
    return { StartAt: line(count, undefined, states), States: states };
  };

  const states: Record<string, State> = {};
  const done = name('Complete');
  const failed = name('Fail');
  const handler = name('Handle');
  states[done] = { Type: 'Succeed' };
  states[failed] = { Type: 'Fail', Error: 'WorkflowFailed', Cause: 'A step failed after retries' };
  states[handler] = { Type: 'Pass', Parameters: { 'error.$': '$.error' }, Next: failed };
  // Built back to front: each block's first state is the next block's `Next`.
  let next = done;
  let left = stateCount - 3;
  while (left > 0) {
    const r = random();
    if (r < 0.1 && left >= 9) {
      const counts = [2 + Math.floor(random() * 3), 2 + Math.floor(random() * 3)];
      const n = name('FanOut');
      states[n] = { Type: 'Parallel', Branches: counts.map(fragment), ResultPath: '$.branches', Next: next };
      left -= 1 + counts[0] + counts[1];
      next = n;
    } else if (r < 0.18 && left >= 5) {
      const count = 2 + Math.floor(random() * 3);
      const n = name('ForEach');
      states[n] = { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 10, ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...fragment(count) }, Next: next };
      left -= 1 + count;
      next = n;
    } else if (r < 0.3 && left >= 4) {
      // A diamond: Choice -> one of two states -> the join (`next`).
      const [yes, no, choice] = [name(), name(), name('Check')];
      states[yes] = task(next, handler);
      states[no] = { Type: 'Pass', Result: { skipped: true }, ResultPath: '$.skip', Next: next };
      states[choice] = { Type: 'Choice', Choices: [{ Variable: '$.amount', NumericGreaterThan: 1000, Next: yes }], Default: no };
      left -= 3;
      next = choice;
    } else if (r < 0.38 && left >= 4) {
      // Poll until done: Task -> Wait -> Choice (back to the Task, or on).
      const [poll, wait, check] = [name('Poll'), name('Wait'), name('IsDone')];
      states[poll] = task(wait, handler);
      states[wait] = { Type: 'Wait', SecondsPath: '$.delay', Next: check };
      states[check] = { Type: 'Choice', Choices: [{ Variable: '$.status', StringEquals: 'DONE', Next: next }], Default: poll };
      left -= 3;
      next = poll;
    } else {
      const n = name();
      states[n] = random() < 0.7 ? task(next, handler) : { Type: 'Pass', ResultPath: '$.marker', Next: next };
      left -= 1;
      next = n;
    }
  }
  return { Comment: `UI benchmark workflow, ${stateCount} states`, StartAt: next, States: states };
}

/** Every state name, nested ones included. */
export function stateNames(fragment: StateMachineFragment): string[] {
  return Object.entries(fragment.States).flatMap(([name, state]) => {
    const s = state as State & { Branches?: StateMachineFragment[]; ItemProcessor?: StateMachineFragment };
    return [name, ...[...(s.Branches ?? []), ...(s.ItemProcessor ? [s.ItemProcessor] : [])].flatMap(stateNames)];
  });
}
