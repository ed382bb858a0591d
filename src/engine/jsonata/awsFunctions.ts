import type jsonata from 'jsonata';
import { hashText, isHashAlgorithm, HASH_ALGORITHMS } from '../../asl/intrinsics/hash';
import { seededDouble } from './javaRandom';

/** What the AWS functions read from the current evaluation (bound under {@link RUNTIME_KEY}). */
export interface FunctionRuntime {
  random(): number;
  uuid(): string;
  now(): number;
}

/** The binding name the runtime travels under; `$` names cannot contain `@`, so no expression can read it. */
export const RUNTIME_KEY = '@aslRuntime';

type Focus = jsonata.Focus;

/**
 * Throws a jsonata-style error object. No code: jsonata would replace the message of any code it
 * knows with its own template, and AWS's codes for these failures are not documented.
 */
function fail(message: string): never {
  throw { message };
}

function runtime(focus: Focus): FunctionRuntime {
  return focus.environment.lookup(RUNTIME_KEY) as FunctionRuntime;
}

// JSONata sequences collapse: a one-item result becomes the item, an empty one becomes nothing.
// AWS's $range behaves so ($range(1, 9, 9) is 1), its $partition does not ([[0]] stays nested).
function sequence<T>(items: T[]): T[] {
  return Object.assign(items, { sequence: true });
}

// The JSONata range operator caps sequences at 10 million items; $range gets the same guard so a
// typo cannot exhaust memory.
const MAX_RANGE = 1e7;

function partition(this: Focus, array: unknown[], size: number): unknown[][] {
  if (!Number.isInteger(size) || size < 1) fail(`The chunk size of $partition must be a positive integer, got ${size}`);
  const out: unknown[][] = [];
  for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
  return out;
}

function range(this: Focus, start: number, end: number, step: number): number[] {
  if (step === 0) fail('The step of $range must not be 0');
  const count = Math.floor((end - start) / step) + 1;
  if (count > MAX_RANGE) fail(`The size of the sequence allocated by $range must not exceed ${MAX_RANGE}`);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(start + i * step);
  return sequence(out);
}

function hash(this: Focus, data: string, algorithm: string): string {
  if (!isHashAlgorithm(algorithm)) fail(`Unsupported hash algorithm '${algorithm}': use one of ${HASH_ALGORITHMS.join(', ')}`);
  return hashText(data, algorithm);
}

function random(this: Focus, seed?: number): number {
  if (seed === undefined) return runtime(this).random();
  if (!Number.isFinite(seed)) fail(`The seed of $random must be a finite number, got ${seed}`);
  return seededDouble(seed);
}

function uuid(this: Focus): string {
  return runtime(this).uuid();
}

function parse(this: Focus, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`$parse could not parse the string as JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// AWS: "$eval is not available — use $parse instead". It fails as an unknown function would.
function evalUnavailable(this: Focus): never {
  throw { code: 'T1006', message: 'Attempted to invoke a non-function' };
}

interface BuiltIn {
  implementation: (this: Focus, ...args: unknown[]) => unknown;
}

// $now and $millis read the engine's clock (virtual time by default) instead of the wall clock.
function now(this: Focus, picture?: string, timezone?: string): unknown {
  const fromMillis = this.environment.lookup('fromMillis') as BuiltIn;
  return fromMillis.implementation.call(this, runtime(this).now(), picture, timezone);
}

function millis(this: Focus): number {
  return runtime(this).now();
}

/**
 * Adds AWS's functions to one compiled expression (once, at compile time). Signatures let jsonata
 * check arguments with its usual errors (T0410...).
 */
export function registerAwsFunctions(expr: jsonata.Expression): void {
  expr.registerFunction('partition', partition, '<an:a>');
  expr.registerFunction('range', range, '<nnn:a>');
  expr.registerFunction('hash', hash, '<ss:s>');
  expr.registerFunction('random', random, '<n?:n>');
  expr.registerFunction('uuid', uuid, '<:s>');
  expr.registerFunction('parse', parse, '<s:x>');
  expr.registerFunction('eval', evalUnavailable);
  expr.registerFunction('now', now, '<s?s?:s>');
  expr.registerFunction('millis', millis, '<:n>');
}
