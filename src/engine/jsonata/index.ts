/** JSONata as AWS Step Functions runs it: templates compiled once, AWS bindings, functions and errors. See README.md. */
export { compileJsonataTemplate } from './compileTemplate';
export { evaluateCondition, evaluateExpecting } from './evaluateTyped';
export { compileJsonataChoiceState, JsonataChoiceCompileError } from './compileJsonataChoiceState';
export type { JsonataChoiceOutcome } from './compileJsonataChoiceState';
export { jsonTypeName } from './toJson';
export { JsonataCompileError, QUERY_EVALUATION_ERROR } from './errors';
export type { JsonataBindings, JsonataTemplate, JsonTypeName, StatesBinding } from './types';
export { isJsonataTemplate as isJsonataExpression } from '../../asl/jsonata';
export { hashText, isHashAlgorithm, HASH_ALGORITHMS } from '../../asl/intrinsics/hash';
export type { HashAlgorithm } from '../../asl/intrinsics/hash';
