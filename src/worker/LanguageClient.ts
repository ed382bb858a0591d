/**
 * The main thread's side of the language worker: sends a text to validate, gets its diagnostics
 * back. Where no worker can run (Node tests, a browser that refuses it) the same code runs in
 * process, loaded on demand, so the validator is still never part of the first page's JavaScript.
 */
import type { Diagnostic } from '../asl/types';
import type { FromLanguageWorker, LanguageWorkflowType, ToLanguageWorker } from './languageProtocol';

/** The parts of a Worker the client uses (tests pass a fake). */
export interface LanguageWorkerLike {
  postMessage(message: ToLanguageWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromLanguageWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}

export interface LanguageClientOptions {
  /** Makes the worker; null means "no worker here": validate in process instead. */
  createWorker?: () => LanguageWorkerLike | null;
}

interface Pending {
  resolve(diagnostics: Diagnostic[]): void;
  reject(error: Error): void;
  request: ToLanguageWorker;
}

/** After this many crashes the worker is given up for the in-process fallback. */
const MAX_CRASHES = 2;

const defaultWorker = (): LanguageWorkerLike | null =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./language.worker.ts', import.meta.url), { type: 'module' }) as unknown as LanguageWorkerLike);

let nextId = 1;

export class LanguageClient {
  private worker: LanguageWorkerLike | null = null;
  private crashes = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly createWorker: () => LanguageWorkerLike | null;

  constructor(options: LanguageClientOptions = {}) {
    this.createWorker = options.createWorker ?? defaultWorker;
  }

  /** The diagnostics of `text`: syntax errors, or else the validator's findings with ranges. */
  diagnose(text: string, workflowType: LanguageWorkflowType): Promise<Diagnostic[]> {
    const request: ToLanguageWorker = { kind: 'diagnose', id: nextId++, text, workflowType };
    const worker = this.crashes < MAX_CRASHES ? (this.worker ?? this.spawn()) : null;
    if (worker === null) return inProcess(request);
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, request });
      worker.postMessage(request);
    });
  }

  /** Ends the worker; waiting requests are answered in process. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.drainInProcess();
  }

  private spawn(): LanguageWorkerLike | null {
    let worker: LanguageWorkerLike | null;
    try {
      worker = this.createWorker();
    } catch {
      worker = null;
    }
    if (worker === null) {
      this.crashes = MAX_CRASHES;
      return null;
    }
    worker.onmessage = (event) => {
      if (this.worker !== worker) return;
      const m = event.data;
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.kind === 'diagnostics') p?.resolve(m.diagnostics);
      else p?.reject(new Error(m.message));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.worker !== worker) return;
      // A worker that failed to load or crashed: start a fresh one next time, and after repeated
      // failures validate in process, so the user still sees their problems.
      this.crashes += 1;
      worker.terminate();
      this.worker = null;
      this.drainInProcess();
    };
    this.worker = worker;
    return worker;
  }

  private drainInProcess(): void {
    for (const [id, p] of [...this.pending]) {
      this.pending.delete(id);
      inProcess(p.request).then(p.resolve, p.reject);
    }
  }
}

async function inProcess(request: ToLanguageWorker): Promise<Diagnostic[]> {
  const { answer } = await import('./languageService');
  const reply = answer(request);
  if (reply.kind === 'failed') throw new Error(reply.message);
  return reply.diagnostics;
}
