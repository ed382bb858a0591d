/**
 * The language worker: parses and validates the open text off the main thread, so ajv, jsonata and
 * the path checks stay out of the first page's JavaScript and a keystroke never waits for them.
 * The logic is in languageService.ts; this file only wires it to the worker's messages.
 */
import type { FromLanguageWorker, ToLanguageWorker } from './languageProtocol';
import { answer } from './languageService';

interface WorkerScope {
  postMessage(message: FromLanguageWorker): void;
  onmessage: ((event: MessageEvent<ToLanguageWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answer(event.data));
