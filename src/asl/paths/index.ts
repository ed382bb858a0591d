/**
 * JSONPath data flow for AWS Step Functions (JSONPath query language): paths, reference paths,
 * ResultPath writes and payload templates. Everything is compiled once; evaluation never parses,
 * never throws for an ordinary miss (it returns NOT_FOUND) and never deep-clones its input.
 */
export { NOT_FOUND } from './types';
export type { NotFound, PathContext, PathEvaluator, PathResult } from './types';
export { createPathContext, seededRandom } from './context';
export type { PathContextInit } from './context';
export { AslRuntimeError, isAslRuntimeError, pathNotFoundCause } from './errors';
export { PathSyntaxError } from './PathSyntaxError';
export type { FilterExpr, PathAst, PathRoot, Segment } from './ast';
export { isIndefinite } from './ast';
export { parsePath } from './parsePath';
export { compilePath } from './compilePath';
export type { CompiledPath } from './compilePath';
export { canonicalPath, explainMiss, invalidPathCause } from './canonical';
export { checkPath, WHOLE_PLACEHOLDER } from './checkPath';
export type { PathKind } from './checkPath';
export { compileReferencePath, compileResultPath, setAtReferencePath } from './referencePath';
export type { CompiledReferencePath } from './referencePath';
export { compilePayloadTemplate, isStaticTemplate } from './payloadTemplate';
export type { TemplateEvaluator } from './payloadTemplate';
export { checkPayloadTemplate } from './checkPayloadTemplate';
export type { PathProblemCode, TemplateProblem } from './checkPayloadTemplate';
export { jsonEquals } from './own';
