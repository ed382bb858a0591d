/**
 * EXPRESS workflows (the machine validated as EXPRESS, or the child executions of a distributed
 * Map with ExecutionType EXPRESS) cannot wait: no `.sync`, no `.waitForTaskToken`, no activities.
 */
import { childPointer } from '../../pointer';
import { getString, hasPlaceholder } from '../json';
import type { RuleContext } from './context';

const SYNC = /\.sync(:\d+)?$/;
const CALLBACK = /\.waitForTaskToken$/;
const ACTIVITY = /^arn:[^:]+:states:[^:]*:[^:]*:activity:/;

/** EXPRESS_UNSUPPORTED_INTEGRATION on Task resources that an EXPRESS workflow cannot run. */
export function checkExpressIntegrations(ctx: RuleContext): void {
  for (const state of ctx.model.states) {
    if (state.type !== 'Task' || !state.obj || !state.scope.express) continue;
    const resource = getString(state.obj, 'Resource');
    if (!resource || hasPlaceholder(resource)) continue;
    const where = ctx.workflowType === 'EXPRESS' ? 'Express state machine' : 'An EXPRESS child workflow of a distributed Map';
    let what: string | undefined;
    if (SYNC.test(resource)) what = "'.sync' service integration";
    else if (CALLBACK.test(resource)) what = "'.waitForTaskToken' service integration";
    else if (ACTIVITY.test(resource)) what = 'activities';
    if (what) ctx.reporter.report('EXPRESS_UNSUPPORTED_INTEGRATION', childPointer(state.pointer, 'Resource'), `${where} does not support ${what}`);
  }
}
