/**
 * What the language worker computes, as plain functions (no worker globals) so Node tests and the
 * in-process fallback run exactly the same code.
 */
import { parseText, type ParseResult } from '../asl/parse';
import type { Diagnostic } from '../asl/types';
import { validate } from '../asl/validate';
import type { FromLanguageWorker, LanguageWorkflowType, ToLanguageWorker } from './languageProtocol';

/** The validator's findings for a parse (its syntax errors when it has no usable value). */
export function diagnoseParse(parse: ParseResult, textLength: number, workflowType: LanguageWorkflowType): Diagnostic[] {
  const syntaxErrors = parse.diagnostics.filter((d) => d.severity === 'error');
  if (syntaxErrors.length > 0 || parse.value === undefined) return syntaxErrors;
  return validate(parse.value, { sourceMap: parse.sourceMap, textLength, workflowType });
}

/** Parses and validates `text` as the studio does (the same parse, so the same ranges). */
export function diagnoseText(text: string, workflowType: LanguageWorkflowType): Diagnostic[] {
  return diagnoseParse(parseText(text), text.length, workflowType);
}

/** Answers one request; never throws (a validator bug becomes a `failed` reply, not a dead worker). */
export function answer(request: ToLanguageWorker): FromLanguageWorker {
  try {
    return { kind: 'diagnostics', id: request.id, diagnostics: diagnoseText(request.text, request.workflowType) };
  } catch (e) {
    return { kind: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) };
  }
}
