/** Text -> definition: JSON and YAML parsing with a source map and positioned syntax diagnostics. */
export type { SourceFormat, SourceMap, ParseResult } from './types';
export { detectFormat } from './detectFormat';
export { parseText } from './parseText';
export { parseJsonText } from './parseJsonText';
export { parseWith, type SyntaxParser } from './parseWith';
export { MAX_NESTING } from './diagnostics';
