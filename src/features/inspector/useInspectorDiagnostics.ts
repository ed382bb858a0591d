import { createContext, useContext, useMemo } from 'react';
import { useDocumentDiagnostics } from '../../app/diagnostics/documentDiagnostics';
import type { Diagnostic } from '../../asl/types';

/** Diagnostics by pointer, so a field finds its own messages without scanning them all. */
export interface DiagnosticsIndex {
  all: Diagnostic[];
  /** Diagnostics at `pointer` or inside it (`/States/A/Retry` finds `/States/A/Retry/0/MaxAttempts`). */
  within(pointer: string): Diagnostic[];
}

const EMPTY: DiagnosticsIndex = { all: [], within: () => [] };

/** What the validator says about the open text (with the chosen workflow type), indexed by pointer. */
export function useInspectorDiagnostics(): DiagnosticsIndex {
  const all = useDocumentDiagnostics();
  return useMemo(
    () => ({
      all,
      within: (pointer) => all.filter((d) => d.pointer === pointer || d.pointer.startsWith(`${pointer}/`)),
    }),
    [all],
  );
}

/** Passes the one diagnostics index down to every field of the inspector. */
export const DiagnosticsContext = createContext<DiagnosticsIndex>(EMPTY);

/** The validator's messages for a field (its pointer and anything inside it). */
export function useFieldDiagnostics(pointer: string | undefined): Diagnostic[] {
  const index = useContext(DiagnosticsContext);
  return useMemo(() => (pointer === undefined ? [] : index.within(pointer)), [index, pointer]);
}
