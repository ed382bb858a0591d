import type { QueryLanguage, StateMachineFragment } from '../../asl/types';
import type { PatternItem } from '../types';
import { EXIT, lambdaTask } from './dialect';

function branch(ql: QueryLanguage, name: string, fn: string): StateMachineFragment {
  return { StartAt: name, States: { [name]: lambdaTask(ql, fn, { End: true }) } };
}

/** Run independent work at the same time with Parallel, then combine the branches' results. */
export const fanOut: PatternItem = {
  id: 'pattern:fan-out-join',
  tab: 'patterns',
  title: 'Fan out and join',
  description: 'Run independent work in Parallel branches at the same time, then join their results into one object.',
  keywords: ['parallel', 'concurrent', 'join', 'scatter', 'gather'],
  build: (ql) => ({
    StartAt: 'Fan out',
    States: {
      'Fan out': {
        Type: 'Parallel',
        Branches: [branch(ql, 'Fetch profile', 'fetch-profile'), branch(ql, 'Fetch orders', 'fetch-orders')],
        Next: 'Join results',
      },
      'Join results': ql === 'JSONata'
        ? { Type: 'Pass', Output: { profile: '{% $states.input[0] %}', orders: '{% $states.input[1] %}' }, Next: EXIT }
        : { Type: 'Pass', Parameters: { 'profile.$': '$[0]', 'orders.$': '$[1]' }, Next: EXIT },
    },
  }),
};
