import { seededRandom } from '../../paths/context';
import { intrinsicError, javaRound, wantNumber } from '../errors';
import type { IntrinsicSpec } from '../spec';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** AWS rounds non-integer arguments to the nearest integer (Java rounding: half up). */
function roundedInt(fn: string, args: Parameters<IntrinsicSpec['run']>[0], i: number): number {
  const n = javaRound(wantNumber(fn, args, i));
  if (n < INT_MIN || n > INT_MAX) throw intrinsicError(fn, `the value ${n} is outside the integer range ${INT_MIN}..${INT_MAX}`);
  return n;
}

/** States.MathAdd and States.MathRandom. */
export const mathFunctions: Record<string, IntrinsicSpec> = {
  'States.MathAdd': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['number', 'number'],
    run: (args) => roundedInt('States.MathAdd', args, 0) + roundedInt('States.MathAdd', args, 1),
  },

  'States.MathRandom': {
    minArgs: 2,
    maxArgs: 3,
    argTypes: ['number', 'number', 'integer'],
    run: (args, ctx) => {
      const fn = 'States.MathRandom';
      const start = roundedInt(fn, args, 0);
      const end = roundedInt(fn, args, 1);
      if (start > end) throw intrinsicError(fn, `the start (${start}) must not be greater than the end (${end})`);
      // With a seed the number is reproducible; without, it comes from the execution's seeded random.
      const random = args.length === 3 ? seededRandom(roundedInt(fn, args, 2))() : ctx.random();
      return start === end ? start : start + Math.floor(random * (end - start));
    },
  },
};
