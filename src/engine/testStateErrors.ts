/**
 * Which retrier or catcher of a tested state takes an error, as AWS TestState reports it in
 * `inspectionData.errorDetails` (`retryIndex`, `retryBackoffIntervalSeconds`, `catchIndex`).
 */
import type { JsonValue } from '../asl/types';
import type { CompiledRetrier } from './compiled';
import { errorMatches, isTerminalError } from './errors';
import type { Random } from './random';
import { retryDelayMs } from './recovery';

/** AWS TestState's `InspectionErrorDetails`: the Retry or Catch entry that handled the error. */
export interface InspectionErrorDetails {
  /** Index in `Catch` of the catcher that took the error. */
  catchIndex?: number;
  /** Index in `Retry` of the retrier that would retry. */
  retryIndex?: number;
  /** How long that retrier would wait before the next attempt (jitter included when FULL). */
  retryBackoffIntervalSeconds?: number;
}

/** What a Retry entry says; defaults as the engine compiles them (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2). */
function toRetrier(raw: Record<string, JsonValue>): CompiledRetrier {
  const num = (v: JsonValue | undefined, d: number): number => (typeof v === 'number' ? v : d);
  return {
    errorEquals: errorNames(raw.ErrorEquals),
    intervalSeconds: num(raw.IntervalSeconds, 1),
    maxAttempts: num(raw.MaxAttempts, 3),
    backoffRate: num(raw.BackoffRate, 2),
    maxDelaySeconds: typeof raw.MaxDelaySeconds === 'number' ? raw.MaxDelaySeconds : null,
    jitter: raw.JitterStrategy === 'FULL',
  };
}

function errorNames(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
}

function entries(list: unknown): [number, Record<string, JsonValue>][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e, i) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? [[i, e as Record<string, JsonValue>] as [number, Record<string, JsonValue>]] : []));
}

/**
 * The retrier that would retry `error` after `retryCount` retries already made, or null.
 * AWS: the first retrier whose ErrorEquals matches decides; once it has made MaxAttempts retries
 * (or has MaxAttempts 0) Catch decides, even if a later retrier matches too.
 * @example retrierFor([{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2 }], 'Boom', 1, random) // { retryIndex: 0, retryBackoffIntervalSeconds: 4 }
 */
export function retrierFor(retry: unknown, error: string, retryCount: number, random: Random): InspectionErrorDetails | null {
  if (isTerminalError(error)) return null;
  for (const [index, raw] of entries(retry)) {
    const r = toRetrier(raw);
    if (!errorMatches(r.errorEquals, error)) continue;
    if (retryCount >= r.maxAttempts) return null;
    return { retryIndex: index, retryBackoffIntervalSeconds: retryDelayMs(r, retryCount, random) / 1000 };
  }
  return null;
}

/**
 * The index of the catcher that takes `error` (the first whose ErrorEquals matches), or null.
 * @example catcherFor([{ ErrorEquals: ['A'], Next: 'X' }, { ErrorEquals: ['States.ALL'], Next: 'Y' }], 'B') // 1
 */
export function catcherFor(catchers: unknown, error: string): number | null {
  if (isTerminalError(error)) return null;
  for (const [index, raw] of entries(catchers)) if (errorMatches(errorNames(raw.ErrorEquals), error)) return index;
  return null;
}
