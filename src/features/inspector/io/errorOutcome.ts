/** What the state's Retry and Catch do with the error of a preview: pure, so tested alone. */
import type { JsonValue, QueryLanguage, State } from '../../../asl/types';
import type { TestStateResult } from '../../../engine';

export type ErrorOutcome =
  | {
      kind: 'retry';
      /** 0-based index in Retry. */
      index: number;
      errorEquals: string[];
      /** Seconds the retrier waits before the next attempt. */
      waitSeconds: number;
      /** Which retry this would be (1-based) and how many the retrier makes at most. */
      retry: number;
      maxAttempts: number;
      jitter: boolean;
    }
  | {
      kind: 'catch';
      /** 0-based index in Catch. */
      index: number;
      errorEquals: string[];
      next: string;
      /** `{Error, Cause}`, what the catcher receives. */
      errorOutput: JsonValue;
      /** The value that goes to `next`, and what made it. */
      output: JsonValue;
      outputLabel: string;
    }
  | { kind: 'uncaught'; message: string };

type Entry = Record<string, JsonValue | undefined>;

function entry(list: unknown, index: number | undefined): Entry | undefined {
  if (index === undefined || !Array.isArray(list)) return undefined;
  const e: unknown = list[index];
  return e !== null && typeof e === 'object' && !Array.isArray(e) ? (e as Entry) : undefined;
}

function names(v: JsonValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
}

function outputLabel(catcher: Entry, language: QueryLanguage): string {
  if (language === 'JSONata') return 'Output' in catcher ? "After the catcher's Output" : 'The error output (no Output)';
  if (!('ResultPath' in catcher)) return "After the catcher's ResultPath ($: the error output)";
  if (catcher.ResultPath === null) return "After the catcher's ResultPath (null: the input is kept)";
  return `After the catcher's ResultPath (${String(catcher.ResultPath)})`;
}

const HANDLES_ERRORS = new Set(['Task', 'Parallel', 'Map']);
const NEVER_CAUGHT = new Set(['States.Runtime', 'AslStudio.NoMockForTask', 'AslStudio.InternalError']);

/**
 * What happens to the state's error: a retrier retries it, a catcher takes it, or nothing does and
 * the state fails. null when the state did not fail (or failed without a Retry/Catch to explain).
 */
export function errorOutcomeOf(state: State, result: TestStateResult, language: QueryLanguage, retriesMade: number): ErrorOutcome | null {
  const raw = state as unknown as { Retry?: unknown; Catch?: unknown };
  const details = result.inspectionData.errorDetails ?? result.errorDetails;
  if (result.status === 'RETRIABLE') {
    const retrier = entry(raw.Retry, details?.retryIndex);
    if (!retrier || details?.retryIndex === undefined) return null;
    return {
      kind: 'retry',
      index: details.retryIndex,
      errorEquals: names(retrier.ErrorEquals),
      waitSeconds: details.retryBackoffIntervalSeconds ?? 0,
      retry: retriesMade + 1,
      maxAttempts: typeof retrier.MaxAttempts === 'number' ? retrier.MaxAttempts : 3,
      jitter: retrier.JitterStrategy === 'FULL',
    };
  }
  if (result.status === 'CAUGHT_ERROR') {
    const catcher = entry(raw.Catch, details?.catchIndex);
    if (!catcher || details?.catchIndex === undefined) return null;
    return {
      kind: 'catch',
      index: details.catchIndex,
      errorEquals: names(catcher.ErrorEquals),
      next: result.nextState ?? String(catcher.Next),
      errorOutput: { Error: result.error ?? '', Cause: result.cause ?? '' },
      output: result.output,
      outputLabel: outputLabel(catcher, language),
    };
  }
  // Only Task, Parallel and Map states have Retry and Catch; the others just fail.
  if (result.status !== 'FAILED' || !HANDLES_ERRORS.has(state.Type)) return null;
  if (result.error !== null && NEVER_CAUGHT.has(result.error)) {
    return { kind: 'uncaught', message: `${result.error} is never retried or caught: the execution fails.` };
  }
  const catchers = Array.isArray(raw.Catch) ? raw.Catch.length : 0;
  return { kind: 'uncaught', message: catchers === 0 ? 'No Catch: the state fails, and so does the execution.' : 'No catcher matches: the state fails.' };
}

/**
 * A wait as a person reads it: `6 s`, `0.25 s`, `2 min 5 s`, `1 h 30 min`.
 * @example formatSeconds(125) // '2 min 5 s'
 */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 100) / 100} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min${whole % 60 ? ` ${whole % 60} s` : ''}`;
  const minutes = Math.round((whole % 3600) / 60);
  return `${Math.floor(whole / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}
