import { useMemo } from 'react';
import { validate } from '../../asl/validate';
import type { Diagnostic } from '../../asl/types';
import { useStudio } from '../../store';

/**
 * What is wrong with the open document: the syntax errors of its text when it does not parse,
 * otherwise the validator's findings (with ranges from the source map).
 */
export function useDiagnostics(): Diagnostic[] {
  const syntaxErrors = useStudio((s) => s.syntaxErrors);
  const parse = useStudio((s) => s.parse);
  const textLength = useStudio((s) => s.text.length);
  return useMemo(() => {
    if (syntaxErrors.length > 0 || parse.value === undefined) return syntaxErrors;
    return validate(parse.value, { sourceMap: parse.sourceMap, textLength });
  }, [syntaxErrors, parse, textLength]);
}
