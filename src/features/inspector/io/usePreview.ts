import { useEffect, useState } from 'react';
import type { JsonValue, QueryLanguage, State } from '../../../asl/types';
import type { TestStateResult } from '../../../engine';
import { getEngineClient } from '../../../worker/EngineClient';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: TestStateResult }
  | { kind: 'error'; message: string };

export interface PreviewRequest {
  state: State;
  stateName: string;
  queryLanguage: QueryLanguage;
  input: JsonValue;
  mock?: { result: JsonValue };
}

/** Waits this long after the last change before asking the engine (typing in a box). */
const DEBOUNCE_MS = 120;

/**
 * Runs the state alone (the engine's TestState, in the engine worker: never on the main thread)
 * whenever the request changes; the latest request wins. `null` means "nothing to run".
 */
export function usePreview(request: PreviewRequest | null): PreviewState {
  const [preview, setPreview] = useState<PreviewState>({ kind: 'idle' });
  const key = request === null ? null : JSON.stringify(request);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      setPreview((p) => (p.kind === 'done' ? p : { kind: 'running' }));
      const { state, ...options } = JSON.parse(key) as PreviewRequest;
      getEngineClient()
        .testState(state, options)
        .then(
          (result) => current && setPreview({ kind: 'done', result }),
          (e: unknown) => current && setPreview({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
        );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return key === null ? { kind: 'idle' } : preview;
}
