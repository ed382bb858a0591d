/**
 * Where previews run: an engine worker of their own, so a slow preview never holds up a run, and a
 * runaway one (a JSONata expression that never ends) is stopped by terminating that worker; the
 * next preview starts a fresh one. The main thread never evaluates anything.
 */
import type { State } from '../../../asl/types';
import type { TestStateResult } from '../../../engine';
import { EngineClient } from '../../../worker/EngineClient';
import type { TestStateRequest } from '../../../worker/protocol';

/** The part of EngineClient a preview needs (tests pass a fake). */
export interface PreviewClient {
  testState(state: State, options: TestStateRequest): Promise<TestStateResult>;
  dispose(): void;
}

export interface PreviewRunnerOptions {
  createClient?: () => PreviewClient;
  /** A preview still running after this long is stopped (ms). */
  timeoutMs?: number;
}

export type RunPreview = (state: State, options: TestStateRequest) => Promise<TestStateResult>;

/** Makes a preview runner: one call at a time; a newer call stops an older one still running. */
export function createPreviewRunner({ createClient = () => new EngineClient(), timeoutMs = 3000 }: PreviewRunnerOptions = {}): RunPreview {
  let client: PreviewClient | null = null;
  let running = 0;
  return (state, options) => {
    // The worker answers in order: one still busy with an older preview would keep this one waiting.
    if (running > 0) client?.dispose();
    if (client === null || running > 0) client = createClient();
    const own = client;
    running++;
    return new Promise<TestStateResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`The preview was stopped after ${timeoutMs / 1000} s: an expression may never end, or works on too much data.`));
        own.dispose();
        if (client === own) client = null;
      }, timeoutMs);
      own.testState(state, options).then(resolve, reject).finally(() => {
        clearTimeout(timer);
        running--;
      });
    });
  };
}

let shared: RunPreview | null = null;

/** The app's preview runner (its worker starts with the first preview). */
export function runPreview(state: State, options: TestStateRequest): Promise<TestStateResult> {
  shared ??= createPreviewRunner();
  return shared(state, options);
}
