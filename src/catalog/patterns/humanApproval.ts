import type { PatternItem } from '../types';
import { booleanEquals, EXIT, functionArn } from './dialect';

/** Send a task token to a person, wait (up to a day) for their answer, then branch on it. */
export const humanApproval: PatternItem = {
  id: 'pattern:human-approval',
  tab: 'patterns',
  title: 'Human approval',
  description: 'Send an approval request carrying a task token, pause until a person answers (SendTaskSuccess), then go on or stop.',
  keywords: ['callback', 'task token', 'waitForTaskToken', 'manual', 'review'],
  build: (ql) => ({
    StartAt: 'Request approval',
    States: {
      'Request approval': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        ...(ql === 'JSONata'
          ? { Arguments: { FunctionName: functionArn('send-approval-request'), Payload: { input: '{% $states.input %}', taskToken: '{% $states.context.Task.Token %}' } } }
          : { Parameters: { FunctionName: functionArn('send-approval-request'), Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' } } }),
        TimeoutSeconds: 86400,
        Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Approval timed out' }],
        Next: 'Approved?',
      },
      'Approved?': {
        Type: 'Choice',
        Choices: [booleanEquals(ql, 'approved', true, 'Approved')],
        Default: 'Rejected',
      },
      Approved: { Type: 'Pass', Next: EXIT },
      Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'The approver said no.' },
      'Approval timed out': { Type: 'Fail', Error: 'ApprovalTimedOut', Cause: 'Nobody answered within a day.' },
    },
  }),
};
