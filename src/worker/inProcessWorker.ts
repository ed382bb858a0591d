/**
 * A stand-in for the engine worker that runs the host in the same thread, with messages cloned and
 * delivered asynchronously as postMessage does. For Node tests of the client and the store only:
 * the app always uses the real worker.
 */
import type { WorkerLike } from './EngineClient';
import { createHost, type HostOptions } from './host';
import type { FromWorker, ToWorker } from './protocol';

export interface InProcessWorker extends WorkerLike {
  readonly terminated: boolean;
  /** Messages the client posted, in order. */
  readonly received: ToWorker[];
}

/** Creates an in-process worker around a fresh host. */
export function createInProcessWorker(engine?: HostOptions['engine']): InProcessWorker {
  let terminated = false;
  const received: ToWorker[] = [];
  const worker: InProcessWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    get terminated() {
      return terminated;
    },
    received,
    postMessage(message) {
      if (terminated) return;
      const copy = structuredClone(message);
      received.push(copy);
      setTimeout(() => {
        if (!terminated) host.handle(copy);
      }, 0);
    },
    terminate() {
      terminated = true;
    },
  };
  const host = createHost({
    engine,
    post: (message: FromWorker) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!terminated) worker.onmessage?.({ data: copy });
      }, 0);
    },
  });
  return worker;
}
