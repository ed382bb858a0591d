import { describe, expect, it } from 'vitest';
import type { FromLanguageWorker, ToLanguageWorker } from './languageProtocol';
import { LanguageClient, type LanguageWorkerLike } from './LanguageClient';
import { answer } from './languageService';

const missingStart = '{ "StartAt": "Missing", "States": { "A": { "Type": "Pass", "End": true } } }';
const ecsSync = '{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "End": true } } }';

/** A worker running the language service in process, answering asynchronously; or crashing. */
function fakeWorker(behaviour: 'answer' | 'crash' = 'answer') {
  const received: ToLanguageWorker[] = [];
  const worker: LanguageWorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(message) {
      received.push(message);
      setTimeout(() => {
        if (behaviour === 'crash') worker.onerror?.({ message: 'boom' });
        else worker.onmessage?.({ data: structuredClone(answer(message)) as FromLanguageWorker });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { worker, received };
}

const codes = (p: Promise<{ code: string }[]>) => p.then((ds) => ds.map((d) => d.code));

describe('LanguageClient', () => {
  it('validates in the worker, with ranges into the text it sent', async () => {
    const { worker, received } = fakeWorker();
    const client = new LanguageClient({ createWorker: () => worker });
    const diagnostics = await client.diagnose(missingStart, 'STANDARD');
    expect(received).toHaveLength(1);
    const unknown = diagnostics.find((d) => d.code === 'UNKNOWN_START_AT');
    expect(unknown?.range && missingStart.slice(unknown.range.start.offset, unknown.range.end.offset)).toBe('"Missing"');
  });

  it.each([
    ['STANDARD', []],
    ['EXPRESS', ['EXPRESS_UNSUPPORTED_INTEGRATION']],
  ] as const)('checks the %s workflow type', async (type, expected) => {
    const client = new LanguageClient({ createWorker: () => fakeWorker().worker });
    expect(await codes(client.diagnose(ecsSync, type))).toEqual(expected);
  });

  it('still validates (in process) where no worker can run', async () => {
    const client = new LanguageClient({ createWorker: () => null });
    expect(await codes(client.diagnose(missingStart, 'STANDARD'))).toContain('UNKNOWN_START_AT');
  });

  it('answers a request whose worker crashed, and gives up the worker after it crashes again', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const client = new LanguageClient({
      createWorker: () => {
        spawned.push(fakeWorker('crash'));
        return spawned[spawned.length - 1].worker;
      },
    });
    expect(await codes(client.diagnose(missingStart, 'STANDARD'))).toContain('UNKNOWN_START_AT');
    expect(await codes(client.diagnose(missingStart, 'STANDARD'))).toContain('UNKNOWN_START_AT');
    expect(await codes(client.diagnose(missingStart, 'STANDARD'))).toContain('UNKNOWN_START_AT');
    expect(spawned).toHaveLength(2);
    expect(spawned.every((s) => s.worker.terminated)).toBe(true);
  });
});
