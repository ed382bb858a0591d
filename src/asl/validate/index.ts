/** Public API of the validator. */
export { validate, MAX_DEFINITION_SIZE, MAX_NESTING_DEPTH, type ValidateOptions } from './validate';
export { validateText } from './validateText';
export { CODES, type DiagnosticCode } from './codes';
