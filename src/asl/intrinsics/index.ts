/**
 * The 18 intrinsic functions of JSONPath states (`States.Format`, `States.Array`, ...): parsing,
 * validation and compiled evaluation. Randomness (States.MathRandom, States.UUID) comes from the
 * PathContext's seeded `random`, so runs replay exactly.
 */
export { compileIntrinsic, evaluateIntrinsic } from './compileIntrinsic';
export type { CompiledIntrinsic, CompileIntrinsicOptions } from './compileIntrinsic';
export { checkIntrinsic } from './checkIntrinsic';
export type { IntrinsicProblem } from './checkIntrinsic';
export { parseIntrinsic, looksLikeIntrinsic } from './parseIntrinsic';
export { IntrinsicSyntaxError, MAX_INTRINSIC_DEPTH } from './ast';
export type { IntrinsicArg, IntrinsicCall, IntrinsicProblemCode } from './ast';
export { INTRINSICS, INTRINSIC_NAMES } from './registry';
export type { ArgType, IntrinsicSpec } from './spec';
export { INTRINSIC_ERROR } from './errors';
export { HASH_ALGORITHMS, uuidV4 } from './functions/misc';
export { formatValue } from './formatValue';
export { base64Decode, base64Encode } from './base64';
