/** Messages between the main thread and the language worker (validation off the main thread). */
import type { Diagnostic } from '../asl/types';

/** STANDARD or EXPRESS: some integrations are refused in EXPRESS workflows. */
export type LanguageWorkflowType = 'STANDARD' | 'EXPRESS';

/** Validate this text (the worker parses it again, so ranges are offsets into exactly this text). */
export interface DiagnoseRequest {
  kind: 'diagnose';
  id: number;
  text: string;
  workflowType: LanguageWorkflowType;
}

export type ToLanguageWorker = DiagnoseRequest;

export type FromLanguageWorker =
  | { kind: 'diagnostics'; id: number; diagnostics: Diagnostic[] }
  | { kind: 'failed'; id: number; message: string };
