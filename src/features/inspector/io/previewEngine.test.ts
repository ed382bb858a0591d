import { afterEach, describe, expect, it, vi } from 'vitest';
import type { State } from '../../../asl/types';
import { testState, type TestStateResult } from '../../../engine';
import { createPreviewRunner, type PreviewClient } from './previewEngine';

const pass = { Type: 'Pass', End: true } as unknown as State;

/** A client that answers with the real engine, or never (a runaway expression). */
function fakeClient(hang: boolean) {
  const client = {
    disposed: false,
    testState: (state: State, options: object): Promise<TestStateResult> =>
      hang ? new Promise<TestStateResult>((_r, reject) => (client.reject = reject)) : testState(state, options),
    reject: (_e: Error): void => undefined,
    dispose() {
      client.disposed = true;
      client.reject(new Error('The engine was shut down.'));
    },
  };
  return client satisfies PreviewClient;
}

afterEach(() => vi.useRealTimers());

describe('the preview runner', () => {
  it('runs the state in its client', async () => {
    const run = createPreviewRunner({ createClient: () => fakeClient(false) });
    await expect(run(pass, { input: { a: 1 } })).resolves.toMatchObject({ status: 'SUCCEEDED', output: { a: 1 } });
  });

  it('stops a preview that never ends by terminating its worker, and starts a fresh one next time', async () => {
    vi.useFakeTimers();
    const clients = [fakeClient(true), fakeClient(false)];
    let made = 0;
    const run = createPreviewRunner({ createClient: () => clients[made++], timeoutMs: 3000 });
    const stuck = run(pass, {});
    const failed = expect(stuck).rejects.toThrow('The preview was stopped after 3 s');
    await vi.advanceTimersByTimeAsync(3000);
    await failed;
    expect(clients[0].disposed).toBe(true);
    vi.useRealTimers();
    await expect(run(pass, { input: 2 })).resolves.toMatchObject({ output: 2 });
    expect(made).toBe(2);
  });

  it('does not queue a new preview behind one still running: the old worker goes', async () => {
    const clients = [fakeClient(true), fakeClient(false)];
    let made = 0;
    const run = createPreviewRunner({ createClient: () => clients[made++] });
    const old = run(pass, {});
    await expect(run(pass, { input: 3 })).resolves.toMatchObject({ output: 3 });
    expect(clients[0].disposed).toBe(true);
    await expect(old).rejects.toThrow();
  });
});
