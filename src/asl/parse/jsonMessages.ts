import { printParseErrorCode } from 'jsonc-parser';
import type { ParseErrorCode } from 'jsonc-parser';

// ParseErrorCode is a const enum, which isolatedModules cannot inline: key the table by its name.
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character (property names and strings need double quotes)',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon after the property name',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a comma or closing brace',
  CloseBracketExpected: 'Expected a comma or closing bracket',
  EndOfFileExpected: 'Unexpected text after the end of the definition',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Incomplete number',
  InvalidUnicode: 'Invalid \\u escape (four hex digits expected)',
  InvalidEscapeCharacter: 'Invalid escape sequence in string',
  InvalidCharacter: 'Control character in string (escape it, e.g. \\n or \\t)',
};

/** A human message for a jsonc-parser error code. */
export function jsonErrorMessage(code: ParseErrorCode): string {
  return MESSAGES[printParseErrorCode(code)] ?? 'Invalid JSON';
}
