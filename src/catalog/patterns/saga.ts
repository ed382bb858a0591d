import type { PatternItem } from '../types';
import { catchKeepingInput, EXIT, lambdaTask } from './dialect';

/** Book three things; when a later booking fails, undo the earlier ones in reverse order. */
export const saga: PatternItem = {
  id: 'pattern:saga',
  tab: 'patterns',
  title: 'Saga with compensation',
  description: 'Reserve hotel, flight and car; when a step fails, run the compensating cancellations in reverse order, then fail.',
  keywords: ['transaction', 'compensate', 'rollback', 'undo', 'booking'],
  build: (ql) => ({
    StartAt: 'Reserve hotel',
    States: {
      'Reserve hotel': lambdaTask(ql, 'reserve-hotel', { Catch: [catchKeepingInput(ql, ['States.ALL'], 'Cancel hotel')], Next: 'Reserve flight' }),
      'Reserve flight': lambdaTask(ql, 'reserve-flight', { Catch: [catchKeepingInput(ql, ['States.ALL'], 'Cancel flight')], Next: 'Reserve car' }),
      'Reserve car': lambdaTask(ql, 'reserve-car', { Catch: [catchKeepingInput(ql, ['States.ALL'], 'Cancel car')], Next: EXIT }),
      'Cancel car': lambdaTask(ql, 'cancel-car', { Next: 'Cancel flight' }),
      'Cancel flight': lambdaTask(ql, 'cancel-flight', { Next: 'Cancel hotel' }),
      'Cancel hotel': lambdaTask(ql, 'cancel-hotel', { Next: 'Booking failed' }),
      'Booking failed': { Type: 'Fail', Error: 'BookingFailed', Cause: 'A reservation failed; the earlier ones were cancelled.' },
    },
  }),
};
