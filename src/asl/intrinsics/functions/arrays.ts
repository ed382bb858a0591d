import type { JsonValue } from '../../types';
import { jsonEquals } from '../../paths/own';
import { intrinsicError, wantArray, wantInteger } from '../errors';
import type { IntrinsicSpec } from '../spec';

/** AWS: "The newly generated array can't contain more than 1000 items." */
const MAX_RANGE_ITEMS = 1000;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
export const arrayFunctions: Record<string, IntrinsicSpec> = {
  'States.Array': { minArgs: 0, maxArgs: Infinity, argTypes: ['any'], run: (args) => args.slice() },

  'States.ArrayPartition': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['array', 'integer'],
    run: (args) => {
      const fn = 'States.ArrayPartition';
      const arr = wantArray(fn, args, 0);
      const size = wantInteger(fn, args, 1);
      if (size <= 0) throw intrinsicError(fn, `the chunk size must be a positive integer, but was ${size}`);
      const out: JsonValue[] = [];
      for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
      return out;
    },
  },

  'States.ArrayContains': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['array', 'any'],
    run: (args) => {
      const arr = wantArray('States.ArrayContains', args, 0);
      const needle = args[1];
      return arr.some((x) => jsonEquals(x, needle));
    },
  },

  'States.ArrayRange': {
    minArgs: 3,
    maxArgs: 3,
    argTypes: ['integer', 'integer', 'integer'],
    run: (args) => {
      const fn = 'States.ArrayRange';
      const [start, end, step] = [0, 1, 2].map((i) => wantInteger(fn, args, i));
      if (step === 0) throw intrinsicError(fn, 'the step (third argument) must not be 0');
      const count = Math.floor((end - start) / step) + 1;
      if (count > MAX_RANGE_ITEMS) throw intrinsicError(fn, `the range would contain ${count} items; at most ${MAX_RANGE_ITEMS} are allowed`);
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(start + i * step);
      return out;
    },
  },

  'States.ArrayGetItem': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['array', 'integer'],
    run: (args) => {
      const fn = 'States.ArrayGetItem';
      const arr = wantArray(fn, args, 0);
      const index = wantInteger(fn, args, 1);
      if (index < 0 || index >= arr.length) throw intrinsicError(fn, `the index ${index} is out of bounds for an array of ${arr.length} items`);
      return arr[index];
    },
  },

  'States.ArrayLength': {
    minArgs: 1,
    maxArgs: 1,
    argTypes: ['array'],
    run: (args) => wantArray('States.ArrayLength', args, 0).length,
  },

  'States.ArrayUnique': {
    minArgs: 1,
    maxArgs: 1,
    argTypes: ['array'],
    run: (args) => {
      const out: JsonValue[] = [];
      for (const x of wantArray('States.ArrayUnique', args, 0)) if (!out.some((y) => jsonEquals(x, y))) out.push(x);
      return out;
    },
  },
};
