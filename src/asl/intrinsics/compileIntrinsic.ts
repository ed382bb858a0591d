import type { JsonValue } from '../types';
import { compileAst } from '../paths/compilePath';
import { isIndefinite } from '../paths/ast';
import { AslRuntimeError, pathNotFoundCause } from '../paths/errors';
import type { PathContext } from '../paths/types';
import type { IntrinsicArg, IntrinsicCall } from './ast';
import { IntrinsicSyntaxError } from './ast';
import { parseIntrinsic } from './parseIntrinsic';
import { describeArity, INTRINSICS } from './registry';

/** A compiled intrinsic call: `(root, ctx) => value`; throws an AslRuntimeError when it fails. */
export interface CompiledIntrinsic {
  (root: JsonValue, ctx: PathContext): JsonValue;
  readonly text: string;
  readonly call: IntrinsicCall;
}

export interface CompileIntrinsicOptions {
  /** The field the call sits in (`x.$`), quoted in error messages. Default: the call text. */
  field?: string;
}

type ArgEvaluator = (root: JsonValue, ctx: PathContext) => JsonValue;

/**
 * Compiles an intrinsic call once. Throws an IntrinsicSyntaxError (with a validator code) for bad
 * syntax, an unknown function or a wrong number of arguments; wrong argument values are found when
 * it runs, as in AWS.
 * @example compileIntrinsic("States.Format('Hi {}', $.name)")({ name: 'Ann' }, ctx) === 'Hi Ann'
 */
export function compileIntrinsic(text: string, options: CompileIntrinsicOptions = {}): CompiledIntrinsic {
  const call = parseIntrinsic(text);
  const evaluate = compileCall(call, options.field ?? text);
  return Object.assign(evaluate, { text, call });
}

/**
 * Evaluates a compiled call against the input `root`.
 * @example evaluateIntrinsic(compileIntrinsic('States.UUID()'), {}, ctx)
 */
export function evaluateIntrinsic(compiled: CompiledIntrinsic, root: JsonValue, ctx: PathContext): JsonValue {
  return compiled(root, ctx);
}

function compileCall(call: IntrinsicCall, field: string): ArgEvaluator {
  const spec = INTRINSICS.get(call.name);
  if (!spec) throw new IntrinsicSyntaxError('UNKNOWN_INTRINSIC', `Unknown intrinsic function ${call.name}`, call.offset);
  const n = call.args.length;
  if (n < spec.minArgs || n > spec.maxArgs) {
    throw new IntrinsicSyntaxError('INTRINSIC_ARG_COUNT', `${call.name} takes ${describeArity(spec)} argument(s), but ${n} given`, call.offset);
  }
  const argFns = call.args.map((a) => compileArg(a, field));
  const run = spec.run;
  return (root, ctx) => {
    const values: JsonValue[] = new Array<JsonValue>(n);
    for (let i = 0; i < n; i++) values[i] = argFns[i](root, ctx);
    return run(values, ctx, call);
  };
}

function compileArg(arg: IntrinsicArg, field: string): ArgEvaluator {
  if (arg.kind === 'literal') {
    const value = arg.value;
    return () => value;
  }
  if (arg.kind === 'call') return compileCall(arg.call, field);
  const read = compileAst(arg.ast);
  if (isIndefinite(arg.ast)) return (root, ctx) => read(root, ctx) ?? [];
  const text = arg.text;
  return (root, ctx) => {
    const v = read(root, ctx);
    if (v === undefined) throw new AslRuntimeError('States.Runtime', pathNotFoundCause(text, field, root));
    return v;
  };
}
