/**
 * The engine's Web Worker: every execution of the studio runs here, never on the main thread.
 * All the logic lives in host.ts (tested in Node); this file only wires it to the worker's messages.
 */
import { createHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const host = createHost({ post: (message) => scope.postMessage(message) });
scope.onmessage = (event) => host.handle(event.data);
