import type { PatternItem } from '../types';
import { catchKeepingInput, EXIT, lambdaTask } from './dialect';

/** Retry transient failures with exponential back-off and jitter; when retries run out, take a fallback path. */
export const retryWithFallback: PatternItem = {
  id: 'pattern:retry-with-fallback',
  tab: 'patterns',
  title: 'Retry with back-off and fallback',
  description: 'Retry a call with exponential back-off and jitter; if it still fails, Catch the error and continue with a fallback.',
  keywords: ['retry', 'catch', 'error', 'backoff', 'resilience'],
  build: (ql) => ({
    StartAt: 'Call service',
    States: {
      'Call service': lambdaTask(ql, 'call-service', {
        Retry: [{ ErrorEquals: ['States.TaskFailed', 'States.Timeout'], IntervalSeconds: 2, MaxAttempts: 4, BackoffRate: 2, MaxDelaySeconds: 30, JitterStrategy: 'FULL' }],
        Catch: [catchKeepingInput(ql, ['States.ALL'], 'Use fallback')],
        TimeoutSeconds: 60,
        Next: EXIT,
      }),
      'Use fallback': ql === 'JSONata'
        ? { Type: 'Pass', Output: { fallback: true, error: '{% $states.input.error %}' }, Next: EXIT }
        : { Type: 'Pass', Parameters: { fallback: true, 'error.$': '$.error' }, Next: EXIT },
    },
  }),
};
