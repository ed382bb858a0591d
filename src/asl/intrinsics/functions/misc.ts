import type { JsonObject } from '../../types';
import type { PathContext } from '../../paths/types';
import { isObject } from '../../paths/own';
import { intrinsicError, show } from '../errors';
import { HASH_FUNCTIONS } from '../hash';
import type { IntrinsicSpec } from '../spec';
import { checkLength } from './strings';

/** The algorithms States.Hash accepts, by their AWS names. */
export const HASH_ALGORITHMS: Readonly<Record<string, (bytes: Uint8Array) => string>> = HASH_FUNCTIONS;

/**
 * A version 4 UUID drawn from the execution's seeded random, so replays give the same ids.
 * @example uuidV4(ctx) // 'f47ac10b-58cc-4372-a567-0e02b2c3d479'
 */
export function uuidV4(ctx: PathContext): string {
  const b = Array.from({ length: 16 }, () => Math.floor(ctx.random() * 256) & 0xff);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** States.Hash, States.JsonMerge and States.UUID. */
export const miscFunctions: Record<string, IntrinsicSpec> = {
  'States.Hash': {
    minArgs: 2,
    maxArgs: 2,
    argTypes: ['any', 'string'],
    run: (args) => {
      const fn = 'States.Hash';
      const algorithm = args[1];
      const hash = typeof algorithm === 'string' && Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, algorithm) ? HASH_ALGORITHMS[algorithm] : null;
      if (!hash) throw intrinsicError(fn, `the algorithm must be one of ${Object.keys(HASH_ALGORITHMS).join(', ')}, but was ${show(algorithm)}`);
      const data = args[0];
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      checkLength(fn, text);
      return hash(new TextEncoder().encode(text));
    },
  },

  'States.JsonMerge': {
    minArgs: 3,
    maxArgs: 3,
    argTypes: ['object', 'object', 'boolean'],
    run: (args) => {
      const fn = 'States.JsonMerge';
      const [a, b, deep] = args;
      if (!isObject(a)) throw intrinsicError(fn, `the first argument must be a JSON object, but was ${show(a)}`);
      if (!isObject(b)) throw intrinsicError(fn, `the second argument must be a JSON object, but was ${show(b)}`);
      // AWS: "Step Functions only supports the shallow merging mode; therefore, you must specify the boolean value as false."
      if (deep !== false) throw intrinsicError(fn, `the third argument must be false (only shallow merging is supported), but was ${show(deep)}`);
      const merged: JsonObject = { ...a, ...b };
      return merged;
    },
  },

  'States.UUID': { minArgs: 0, maxArgs: 0, argTypes: [], run: (_args, ctx) => uuidV4(ctx) },
};
