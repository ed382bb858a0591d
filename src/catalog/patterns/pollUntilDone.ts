import type { PatternItem } from '../types';
import { EXIT, lambdaTask, stringEquals } from './dialect';

/** Start a job, then wait and check its status in a loop until it succeeds or fails. */
export const pollUntilDone: PatternItem = {
  id: 'pattern:poll-until-done',
  tab: 'patterns',
  title: 'Poll until done',
  description: 'Start a long job, then Wait and check its status in a loop until it has succeeded or failed.',
  keywords: ['loop', 'status', 'wait', 'job', 'polling'],
  build: (ql) => ({
    StartAt: 'Start job',
    States: {
      'Start job': lambdaTask(ql, 'start-job', { Next: 'Wait before checking' }),
      'Wait before checking': { Type: 'Wait', Seconds: 30, Next: 'Get job status' },
      'Get job status': lambdaTask(ql, 'get-job-status', { Next: 'Job complete?' }),
      'Job complete?': {
        Type: 'Choice',
        Choices: [stringEquals(ql, 'status', 'FAILED', 'Job failed'), stringEquals(ql, 'status', 'SUCCEEDED', 'Get job result')],
        Default: 'Wait before checking',
      },
      'Job failed': { Type: 'Fail', Error: 'JobFailed', Cause: 'The job reported FAILED.' },
      'Get job result': lambdaTask(ql, 'get-job-result', { Next: EXIT }),
    },
  }),
};
