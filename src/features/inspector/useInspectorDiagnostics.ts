import { createContext, useContext, useMemo } from 'react';
import { documentDiagnostics } from '../../app/documentDiagnostics';
import type { Diagnostic } from '../../asl/types';
import { useStudio } from '../../store';

/** Diagnostics by pointer, so a field finds its own messages without scanning them all. */
export interface DiagnosticsIndex {
  all: Diagnostic[];
  /** Diagnostics at `pointer` or inside it (`/States/A/Retry` finds `/States/A/Retry/0/MaxAttempts`). */
  within(pointer: string): Diagnostic[];
}

const EMPTY: DiagnosticsIndex = { all: [], within: () => [] };

/** What the validator says about the open text (with the chosen workflow type), indexed by pointer. */
export function useInspectorDiagnostics(): DiagnosticsIndex {
  const syntaxErrors = useStudio((s) => s.syntaxErrors);
  const parse = useStudio((s) => s.parse);
  const textLength = useStudio((s) => s.text.length);
  const workflowType = useStudio((s) => s.workflowType);
  return useMemo(() => {
    const all = documentDiagnostics(parse, syntaxErrors, textLength, workflowType);
    return {
      all,
      within: (pointer) => all.filter((d) => d.pointer === pointer || d.pointer.startsWith(`${pointer}/`)),
    };
  }, [syntaxErrors, parse, textLength, workflowType]);
}

/** Passes the one diagnostics index down to every field of the inspector. */
export const DiagnosticsContext = createContext<DiagnosticsIndex>(EMPTY);

/** The validator's messages for a field (its pointer and anything inside it). */
export function useFieldDiagnostics(pointer: string | undefined): Diagnostic[] {
  const index = useContext(DiagnosticsContext);
  return useMemo(() => (pointer === undefined ? [] : index.within(pointer)), [index, pointer]);
}
