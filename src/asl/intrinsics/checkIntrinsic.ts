import type { JsonValue } from '../types';
import type { IntrinsicArg, IntrinsicCall, IntrinsicProblemCode } from './ast';
import { IntrinsicSyntaxError } from './ast';
import { HASH_ALGORITHMS } from './functions/misc';
import { parseIntrinsic } from './parseIntrinsic';
import { describeArity, INTRINSICS } from './registry';
import type { ArgType } from './spec';

/** One problem in an intrinsic call, for the validator. */
export interface IntrinsicProblem {
  code: IntrinsicProblemCode;
  message: string;
  /** 0-based offset in the call text. */
  offset: number;
}

/**
 * Checks an intrinsic call without running it: syntax, unknown names, argument counts and the
 * types of literal arguments. Returns every problem found (empty when valid).
 * @example checkIntrinsic('States.ArrayLength()')[0].code === 'INTRINSIC_ARG_COUNT'
 */
export function checkIntrinsic(text: string): IntrinsicProblem[] {
  let call: IntrinsicCall;
  try {
    call = parseIntrinsic(text);
  } catch (e) {
    if (e instanceof IntrinsicSyntaxError) return [{ code: e.code, message: e.message, offset: e.offset }];
    throw e;
  }
  const problems: IntrinsicProblem[] = [];
  checkCall(call, problems);
  return problems;
}

function checkCall(call: IntrinsicCall, problems: IntrinsicProblem[]): void {
  for (const arg of call.args) if (arg.kind === 'call') checkCall(arg.call, problems);
  const spec = INTRINSICS.get(call.name);
  if (!spec) {
    problems.push({ code: 'UNKNOWN_INTRINSIC', message: `Unknown intrinsic function ${call.name}`, offset: call.offset });
    return;
  }
  const n = call.args.length;
  if (n < spec.minArgs || n > spec.maxArgs) {
    problems.push({ code: 'INTRINSIC_ARG_COUNT', message: `${call.name} takes ${describeArity(spec)} argument(s), but ${n} given`, offset: call.offset });
    return;
  }
  call.args.forEach((arg, i) => {
    const want = spec.argTypes[Math.min(i, spec.argTypes.length - 1)];
    if (arg.kind === 'literal' && want && !literalFits(arg.value, want)) {
      problems.push({ code: 'INVALID_INTRINSIC', message: `Argument ${i + 1} of ${call.name} must be ${article(want)}, but is the literal ${JSON.stringify(arg.value)}`, offset: arg.offset });
    }
  });
  const extra = extraCheck(call);
  if (extra) problems.push(extra);
}

function literalFits(value: JsonValue, want: ArgType): boolean {
  switch (want) {
    case 'any':
      return true;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
    case 'object':
      return false; // a literal is never an array or an object
    default:
      return typeof value === want;
  }
}

function article(t: ArgType): string {
  return t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : `a ${t}`;
}

/** Function-specific checks on literal arguments. */
function extraCheck(call: IntrinsicCall): IntrinsicProblem | null {
  const lit = (i: number): IntrinsicArg | undefined => (call.args[i]?.kind === 'literal' ? call.args[i] : undefined);
  const value = (i: number): JsonValue | undefined => {
    const a = lit(i);
    return a?.kind === 'literal' ? a.value : undefined;
  };
  const bad = (i: number, message: string): IntrinsicProblem => ({ code: 'INVALID_INTRINSIC', message, offset: call.args[i].offset });
  switch (call.name) {
    case 'States.Format': {
      const first = lit(0);
      if (first?.kind === 'literal' && first.formatParts && first.formatParts.length - 1 !== call.args.length - 1) {
        const holes = first.formatParts.length - 1;
        return { code: 'INTRINSIC_ARG_COUNT', message: `States.Format has ${holes} placeholder(s) {} but ${call.args.length - 1} value(s)`, offset: call.offset };
      }
      return null;
    }
    case 'States.Hash': {
      const alg = value(1);
      if (typeof alg === 'string' && !Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, alg)) {
        return bad(1, `States.Hash supports ${Object.keys(HASH_ALGORITHMS).join(', ')}; '${alg}' is not one of them`);
      }
      return null;
    }
    case 'States.JsonMerge':
      return value(2) === true ? bad(2, 'States.JsonMerge only supports shallow merging: the third argument must be false') : null;
    case 'States.ArrayRange':
      return value(2) === 0 ? bad(2, 'States.ArrayRange needs a non-zero step') : null;
    case 'States.ArrayPartition': {
      const size = value(1);
      return typeof size === 'number' && size <= 0 ? bad(1, 'States.ArrayPartition needs a positive chunk size') : null;
    }
    default:
      return null;
  }
}
