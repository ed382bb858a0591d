import { describe, it, expect } from 'vitest';
import { compile, runExecution, startExecution } from './execution';
import { DefinitionError } from './compile/machine';
import { single } from './testkit';

describe('startExecution / runExecution', () => {
  it('replays exactly from a seed (UUIDs, execution name)', async () => {
    const def = single({ Type: 'Pass', Parameters: { 'id.$': 'States.UUID()', 'name.$': '$$.Execution.Name' } });
    const a = await runExecution(def, { seed: 42 });
    const b = await runExecution(def, { seed: 42 });
    const c = await runExecution(def, { seed: 43 });
    expect(a.output).toEqual(b.output);
    expect(a.output).not.toEqual(c.output);
    expect(a.seed).toBe(42);
  });

  it('delivers events to a subscriber in batches while it runs', async () => {
    const loop = { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 1000, Next: 'I' }], Default: 'D' }, I: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'C' }, D: { Type: 'Succeed' } } };
    const ex = startExecution(loop as never, { input: { i: 0 }, recordHistory: false, pauseOnStart: true });
    const batches: number[] = [];
    ex.events.subscribe((b) => batches.push(b.length));
    ex.debug.continue();
    const r = await ex.done;
    expect(batches.length).toBeGreaterThan(1);
    // Unrecorded events before the subscription (ExecutionStarted) are not replayed.
    expect(batches.reduce((a, b) => a + b, 0)).toBe(r.eventCount - 1);
  });

  it('aborts with stop()', async () => {
    const ex = startExecution(single({ Type: 'Wait', Seconds: 10 }), { clock: 'real' });
    ex.stop('Cancelled', 'user');
    const r = await ex.done;
    expect(r).toMatchObject({ status: 'ABORTED', error: 'Cancelled', cause: 'user' });
    expect(r.events?.at(-1)?.type).toBe('ExecutionAborted');
  });

  it('compiles a definition once and reuses it', () => {
    const def = single({ Type: 'Pass' });
    expect(compile(def)).toBe(compile(def));
  });

  it('throws a DefinitionError for a definition that cannot run', () => {
    expect(() => startExecution({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } } as never)).toThrow(DefinitionError);
  });

  it('reports an internal problem as a failure, never as an exception', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const r = await runExecution(single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' }), {
      handlers: { S: () => ({ result: circular as never }) },
    });
    expect(r).toMatchObject({ status: 'FAILED', error: 'AslStudio.InternalError' });
    expect(r.cause).toMatch(/^The interpreter failed unexpectedly: /);
  });
});
