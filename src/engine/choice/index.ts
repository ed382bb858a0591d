/** Choice rules of the JSONPath query language, compiled once per definition. See README.md. */
export { compileChoiceRule } from './compileChoiceRule';
export type { ChoicePredicate } from './compileChoiceRule';
export { compileChoiceState } from './compileChoiceState';
export type { ChoiceOutcome } from './compileChoiceState';
export { ChoiceCompileError } from './ChoiceCompileError';
export { compareTimestamps, parseTimestamp } from './timestamp';
export type { Timestamp } from './timestamp';
export { compileStringMatches } from './stringMatches';
