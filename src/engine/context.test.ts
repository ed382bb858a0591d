import { describe, it, expect } from 'vitest';
import { exec, single } from './testkit';

const ctx = { stateMachineName: 'sm', executionName: 'run-1', accountId: '111111111111', region: 'eu-west-1', partition: 'aws', roleArn: 'arn:aws:iam::111111111111:role/r' };

describe('context object ($$)', () => {
  it('builds Execution, StateMachine and State from the --context names', async () => {
    const r = await exec(single({ Type: 'Pass', InputPath: '$$' }), { input: { a: 1 }, context: ctx });
    expect(r.output).toEqual({
      Execution: { Id: 'arn:aws:states:eu-west-1:111111111111:execution:sm:run-1', Input: { a: 1 }, StartTime: '2024-01-01T00:00:00.000Z', Name: 'run-1', RoleArn: 'arn:aws:iam::111111111111:role/r', RedriveCount: 0 },
      StateMachine: { Id: 'arn:aws:states:eu-west-1:111111111111:stateMachine:sm', Name: 'sm' },
      State: { Name: 'S', EnteredTime: '2024-01-01T00:00:00.000Z' },
    });
  });

  it('gives EXPRESS executions an express ARN and no RedriveCount', async () => {
    const r = await exec(single({ Type: 'Pass', InputPath: '$$.Execution' }), { context: ctx, type: 'EXPRESS' });
    const e = r.output as Record<string, unknown>;
    expect(e.Id).toMatch(/^arn:aws:states:eu-west-1:111111111111:express:sm:run-1:[0-9a-f-]{36}$/);
    expect(e).not.toHaveProperty('RedriveCount');
  });

  it('adds RetryCount for Task states and Task.Token for callbacks', async () => {
    const r = await exec(single({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'state.$': '$$.State', 'token.$': '$$.Task.Token' } }), {
      handlers: { S: (inv) => ({ result: inv.input }) },
    });
    const out = r.output as { state: Record<string, unknown>; token: string };
    expect(out.state).toMatchObject({ Name: 'S', RetryCount: 0 });
    expect(out.token).toMatch(/[0-9a-f-]{36}/);
  });
});
