import { useEffect, useState } from 'react';
import type { TestStateResult } from '../../../engine';
import type { PreviewRequest } from './previewDraft';
import { runPreview } from './previewEngine';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'running' }
  /** `stale`: the fields changed since; a newer preview is on its way. */
  | { kind: 'done'; result: TestStateResult; request: PreviewRequest; stale: boolean }
  | { kind: 'error'; message: string };

/** Waits this long after the last change before asking the engine (typing in a box). */
const DEBOUNCE_MS = 120;

/**
 * Runs the state alone (the engine's TestState, in a worker: never on the main thread) whenever
 * the request changes; the latest request wins. `null` means "nothing to run".
 */
export function usePreview(request: PreviewRequest | null): PreviewState {
  const [preview, setPreview] = useState<{ state: PreviewState; key: string | null }>({ state: { kind: 'idle' }, key: null });
  const key = request === null ? null : JSON.stringify(request);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      // A previous result stays up (marked stale) while the next one is computed: no flicker.
      setPreview((p) => (p.state.kind === 'done' ? p : { state: { kind: 'running' }, key }));
      const request = JSON.parse(key) as PreviewRequest;
      const { state, ...options } = request;
      runPreview(state, options).then(
        (result) => current && setPreview({ state: { kind: 'done', result, request, stale: false }, key }),
        (e: unknown) => current && setPreview({ state: { kind: 'error', message: e instanceof Error ? e.message : String(e) }, key }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  if (key === null) return { kind: 'idle' };
  const { state } = preview;
  return state.kind === 'done' && preview.key !== key ? { ...state, stale: true } : state;
}
