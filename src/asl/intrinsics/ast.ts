import type { JsonValue } from '../types';
import type { PathAst } from '../paths/ast';

/** One argument of an intrinsic call. */
export type IntrinsicArg =
  /** A literal: 'string', number, true, false or null. */
  | { kind: 'literal'; value: JsonValue; offset: number; formatParts?: string[] }
  /** A path: `$.x`, `$$.Execution.Id`, `$var`. */
  | { kind: 'path'; text: string; ast: PathAst; offset: number }
  | { kind: 'call'; call: IntrinsicCall; offset: number };

/** A parsed call such as `States.Format('{}', $.a)`. */
export interface IntrinsicCall {
  /** Full name, e.g. `States.Format`. */
  name: string;
  args: IntrinsicArg[];
  /** 0-based offset of the name in the text. */
  offset: number;
}

/** Validator codes for intrinsic problems (shared with checkPayloadTemplate). */
export type IntrinsicProblemCode = 'INVALID_INTRINSIC' | 'UNKNOWN_INTRINSIC' | 'INTRINSIC_ARG_COUNT';

/** An intrinsic call that cannot be compiled. Thrown at compile time only. */
export class IntrinsicSyntaxError extends Error {
  readonly code: IntrinsicProblemCode;
  readonly offset: number;

  constructor(code: IntrinsicProblemCode, message: string, offset: number) {
    super(message);
    this.name = 'IntrinsicSyntaxError';
    this.code = code;
    this.offset = offset;
  }
}

/** AWS: "You can nest up to 10 intrinsic functions within a field". */
export const MAX_INTRINSIC_DEPTH = 10;
