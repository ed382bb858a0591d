/** Retry and Catch: States.ALL must stand alone and come last. */
import { childPointer } from '../../pointer';
import { getArray, isObject } from '../json';
import type { RuleContext } from './context';

/** STATES_ALL_NOT_ALONE and STATES_ALL_NOT_LAST on every Retry and Catch list. */
export function checkRetryCatch(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (!state.obj) continue;
    for (const field of ['Retry', 'Catch']) {
      const list = getArray(state.obj, field);
      if (!list) continue;
      const what = field === 'Retry' ? 'retrier' : 'catcher';
      list.forEach((entry, i) => {
        if (!isObject(entry)) return;
        const errors = getArray(entry, 'ErrorEquals');
        if (!errors || !errors.includes('States.ALL')) return;
        const pointer = childPointer(state.pointer, field, i);
        if (errors.length > 1) {
          // AWS: "The reserved name States.ALL ... must appear alone in its ErrorEquals array".
          ctx.reporter.report('STATES_ALL_NOT_ALONE', childPointer(pointer, 'ErrorEquals'), "'States.ALL' must appear alone in its ErrorEquals array");
        }
        if (i < list.length - 1) {
          ctx.reporter.report('STATES_ALL_NOT_LAST', pointer, `The ${what} matching 'States.ALL' must be the last one: ${what}s after it can never match`);
        }
      });
    }
  }
}
