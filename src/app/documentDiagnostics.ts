import type { ParseResult } from '../asl/parse';
import type { Diagnostic } from '../asl/types';
import { validate } from '../asl/validate';

type WorkflowType = 'STANDARD' | 'EXPRESS';

const cache = new WeakMap<ParseResult, Map<WorkflowType, Diagnostic[]>>();

/**
 * What is wrong with the open document: its syntax errors when it does not parse, else the
 * validator's findings. Cached per parse (each text change makes a new one), so every panel that
 * shows diagnostics (inspector, problems, editor markers) can ask without validating again.
 */
export function documentDiagnostics(parse: ParseResult, syntaxErrors: Diagnostic[], textLength: number, workflowType: WorkflowType = 'STANDARD'): Diagnostic[] {
  if (syntaxErrors.length > 0 || parse.value === undefined) return syntaxErrors;
  let byType = cache.get(parse);
  if (!byType) cache.set(parse, (byType = new Map()));
  let diagnostics = byType.get(workflowType);
  if (!diagnostics) {
    diagnostics = validate(parse.value, { sourceMap: parse.sourceMap, textLength, workflowType });
    byType.set(workflowType, diagnostics);
  }
  return diagnostics;
}
