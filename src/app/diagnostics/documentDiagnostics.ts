/**
 * The app's diagnostics: one source over the studio store, validating in the language worker.
 * Every panel reads it through {@link useDocumentDiagnostics}; non-React code (editor markers)
 * subscribes to {@link documentDiagnostics} directly.
 */
import { useSyncExternalStore } from 'react';
import type { Diagnostic } from '../../asl/types';
import { useStudio } from '../../store';
import { LanguageClient } from '../../worker/LanguageClient';
import { createDiagnosticsSource, type DiagnosticsSource } from './diagnosticsSource';

let source: DiagnosticsSource | null = null;

/** The app's one diagnostics source (created, and the first validation started, on first use). */
export function documentDiagnostics(): DiagnosticsSource {
  if (source === null) {
    const client = new LanguageClient();
    source = createDiagnosticsSource(useStudio, (_parse, text, workflowType) => client.diagnose(text, workflowType));
  }
  return source;
}

/**
 * What is wrong with the open document: its syntax errors when it does not parse, else the
 * validator's findings for the chosen workflow type. Right after a change this is briefly the
 * previous text's findings, until the worker answers.
 */
export function useDocumentDiagnostics(): Diagnostic[] {
  const diagnostics = documentDiagnostics();
  const read = () => diagnostics.getSnapshot().diagnostics;
  return useSyncExternalStore(diagnostics.subscribe, read, read);
}
