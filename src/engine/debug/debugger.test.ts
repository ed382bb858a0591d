import { describe, it, expect } from 'vitest';
import { startExecution } from '../execution';

const def = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Assign: { x: 1 }, Next: 'M' },
    M: { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 1, ItemProcessor: { StartAt: 'I1', States: { I1: { Type: 'Pass', Next: 'I2' }, I2: { Type: 'Pass', End: true } } }, Next: 'Z' },
    Z: { Type: 'Pass', End: true },
  },
};

describe('debugger', () => {
  it('pauses at a breakpoint before the state, shows threads and lets the input be patched', async () => {
    const ex = startExecution(def as never, { input: { items: [1, 2] }, breakpoints: [{ stateName: 'Z' }] });
    const p = await ex.debug.waitForPause();
    expect(p).toMatchObject({ stateName: 'Z', reason: 'breakpoint' });
    const [root] = ex.debug.threads();
    expect(root).toMatchObject({ stateName: 'Z', status: 'paused', input: [1, 2], variables: { x: 1 } });
    expect((root.context.State as { Name: string }).Name).toBe('Z');
    ex.debug.setInput({ patched: true });
    ex.debug.continue();
    expect((await ex.done).output).toEqual({ patched: true });
  });

  it('honours a breakpoint condition on the input', async () => {
    const ex = startExecution(def as never, { input: { items: [1, 2, 3] }, breakpoints: [{ stateName: 'I1', condition: (input) => input === 2 }] });
    await ex.debug.waitForPause();
    expect(ex.debug.threads().find((t) => t.status === 'paused')?.input).toBe(2);
    ex.debug.continue();
    expect((await ex.done).status).toBe('SUCCEEDED');
  });

  it('steps state by state, into a Map iteration, out of it, and over it', async () => {
    const ex = startExecution(def as never, { input: { items: [1, 2] }, pauseOnStart: true });
    const seen: string[] = [];
    let p = await ex.debug.waitForPause();
    seen.push(p?.stateName ?? '');
    ex.debug.step();
    p = await ex.debug.waitForPause();
    seen.push(p?.stateName ?? ''); // M
    ex.debug.stepInto();
    p = await ex.debug.waitForPause();
    seen.push(p?.stateName ?? ''); // I1 of iteration 0
    const inner = ex.debug.threads().find((t) => t.status === 'paused');
    expect(inner?.parentId).not.toBeNull();
    ex.debug.stepOver();
    p = await ex.debug.waitForPause();
    seen.push(p?.stateName ?? ''); // I2, same iteration
    ex.debug.stepOut();
    p = await ex.debug.waitForPause();
    seen.push(p?.stateName ?? ''); // Z, after the Map
    ex.debug.continue();
    await ex.done;
    expect(seen).toEqual(['A', 'M', 'I1', 'I2', 'Z']);
  });

  it('pauses a running execution on request and can stop it', async () => {
    const loop = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, Next: 'W' } } };
    const ex = startExecution(loop as never, { clock: { mode: 'scaled', factor: 1000 } });
    ex.debug.pause();
    expect((await ex.debug.waitForPause())?.reason).toBe('pause');
    ex.stop('Stopped', 'by test');
    expect(await ex.done).toMatchObject({ status: 'ABORTED', error: 'Stopped', cause: 'by test' });
  });

  it('stops at the same breakpoint on every pass through a loop', async () => {
    const loop = {
      StartAt: 'C',
      States: {
        C: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 3, Next: 'Inc' }], Default: 'Done' },
        Inc: { Type: 'Pass', Parameters: { 'i.$': 'States.MathAdd($.i, 1)' }, Next: 'C' },
        Done: { Type: 'Succeed' },
      },
    };
    const ex = startExecution(loop as never, { input: { i: 0 }, breakpoints: [{ stateName: 'Inc' }] });
    const inputs: unknown[] = [];
    for (let p = await ex.debug.waitForPause(); p !== null; p = await ex.debug.waitForPause()) {
      inputs.push(ex.debug.threads()[0].input);
      ex.debug.continue();
    }
    expect(inputs).toEqual([{ i: 0 }, { i: 1 }, { i: 2 }]);
    expect((await ex.done).output).toEqual({ i: 3 });
  });
});
