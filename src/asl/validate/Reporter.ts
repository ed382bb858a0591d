/** Collects diagnostics while the rules run. */
import type { Diagnostic, Severity } from '../types';
import { CODES, type DiagnosticCode } from './codes';

/** A diagnostic before ranges are filled in; `key` asks for the range of the property name. */
export interface PendingDiagnostic extends Diagnostic {
  key?: boolean;
}

export interface ReportOptions {
  /** Overrides the code's default severity. */
  severity?: Severity;
  /** Highlight the property name rather than its value (unknown fields, state names). */
  key?: boolean;
}

/** The sink every rule writes to. */
export class Reporter {
  readonly items: PendingDiagnostic[] = [];

  /** Records one finding. */
  report(code: DiagnosticCode, pointer: string, message: string, options: ReportOptions = {}): void {
    const d: PendingDiagnostic = { code, severity: options.severity ?? CODES[code], message, pointer };
    if (options.key) d.key = true;
    this.items.push(d);
  }
}
