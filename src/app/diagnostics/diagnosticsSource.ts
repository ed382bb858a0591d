/**
 * The one source of the open document's diagnostics for every panel (canvas badges, Problems,
 * inspector fields, editor markers): validated once per text change, keyed by the store's `parse`
 * object (a new one per text change) and the workflow type, and cached, so four panels asking
 * after one keystroke cost one validation.
 *
 * Validation may be asynchronous (the app validates in a worker): until the new findings arrive
 * the panels keep showing the last ones, and at most one validation is in flight, so a burst of
 * keystrokes validates the text the burst ended with, not every text in between.
 */
import type { StoreApi } from 'zustand';
import type { ParseResult } from '../../asl/parse';
import type { Diagnostic } from '../../asl/types';
import type { StudioState, WorkflowType } from '../../store';

/** Validates a text that parsed: synchronously (tests) or by a promise (the worker). */
export type Validator = (parse: ParseResult, text: string, workflowType: WorkflowType) => Diagnostic[] | Promise<Diagnostic[]>;

/** What the panels show. A new object whenever the diagnostics change, the same one otherwise. */
export interface DiagnosticsSnapshot {
  readonly diagnostics: Diagnostic[];
  /** The parse these diagnostics belong to (their ranges are offsets into its text). */
  readonly parse: ParseResult;
  readonly workflowType: WorkflowType;
}

export interface DiagnosticsSource {
  getSnapshot(): DiagnosticsSnapshot;
  /** Calls `listener` when the snapshot changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** True when the snapshot belongs to the store's current text and workflow type. */
  isCurrent(): boolean;
  /** Resolves with the snapshot of the store's current text once it is in. */
  settled(): Promise<DiagnosticsSnapshot>;
  /** Stops following the store. */
  dispose(): void;
}

type StudioStore = Pick<StoreApi<StudioState>, 'getState' | 'subscribe'>;

/** Follows `store` and validates each new text with `validate`, once. */
export function createDiagnosticsSource(store: StudioStore, validate: Validator): DiagnosticsSource {
  const cache = new WeakMap<ParseResult, Map<WorkflowType, Diagnostic[]>>();
  const listeners = new Set<() => void>();
  const initial = store.getState();
  let snapshot: DiagnosticsSnapshot = { diagnostics: [], parse: initial.parse, workflowType: initial.workflowType };
  let showing = false; // whether `snapshot` has real findings for its parse yet
  let inFlight = false;
  let failed: { parse: ParseResult; workflowType: WorkflowType } | null = null;

  const isCurrent = () => {
    const s = store.getState();
    return showing && snapshot.parse === s.parse && snapshot.workflowType === s.workflowType;
  };

  const publish = (diagnostics: Diagnostic[], parse: ParseResult, workflowType: WorkflowType) => {
    showing = true;
    snapshot = { diagnostics, parse, workflowType };
    for (const listener of [...listeners]) listener();
  };

  const remember = (parse: ParseResult, workflowType: WorkflowType, diagnostics: Diagnostic[]) => {
    let byType = cache.get(parse);
    if (!byType) cache.set(parse, (byType = new Map()));
    byType.set(workflowType, diagnostics);
  };

  /** Brings the snapshot up to the store's text: from the syntax errors, the cache, or a validation. */
  const update = () => {
    if (isCurrent()) return;
    const { parse, syntaxErrors, workflowType, text, lastChange } = store.getState();
    if (syntaxErrors.length > 0 || parse.value === undefined) return publish(syntaxErrors, parse, workflowType);
    const hit = cache.get(parse)?.get(workflowType);
    if (hit) return publish(hit, parse, workflowType);
    // Another document was opened: its problems are not the last one's, so show none until they arrive.
    if (lastChange.origin === 'load' && snapshot.diagnostics.length > 0) {
      snapshot = { ...snapshot, diagnostics: [] };
      for (const listener of [...listeners]) listener();
    }
    if (inFlight || (failed?.parse === parse && failed.workflowType === workflowType)) return;
    let result: Diagnostic[] | Promise<Diagnostic[]>;
    try {
      result = validate(parse, text, workflowType);
    } catch {
      failed = { parse, workflowType };
      return;
    }
    if (Array.isArray(result)) {
      remember(parse, workflowType, result);
      return publish(result, parse, workflowType);
    }
    inFlight = true;
    result
      .then(
        (diagnostics) => remember(parse, workflowType, diagnostics),
        () => (failed = { parse, workflowType }),
      )
      // The store may have moved on meanwhile: publish these, or validate the newest text.
      .finally(() => {
        inFlight = false;
        update();
      });
  };

  const unsubscribeStore = store.subscribe((state, prev) => {
    if (state.parse !== prev.parse || state.workflowType !== prev.workflowType) update();
  });
  update();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isCurrent,
    settled() {
      if (isCurrent()) return Promise.resolve(snapshot);
      return new Promise((resolve) => {
        const off = this.subscribe(() => {
          if (!isCurrent()) return;
          off();
          resolve(snapshot);
        });
      });
    },
    dispose() {
      unsubscribeStore();
      listeners.clear();
    },
  };
}
