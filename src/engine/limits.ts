/**
 * AWS service limits the interpreter enforces by default: 256 KiB per payload and 25,000 history
 * events per execution. `limits: false` turns them off (benchmarks); the bench says so.
 */
import type { JsonValue } from '../asl/types';
import type { LimitsOption } from './types';

/** AWS: "The maximum size of input or output data is 256 KiB". */
export const DEFAULT_MAX_PAYLOAD_BYTES = 262144;
/** AWS: "Maximum execution history size: 25,000 events". */
export const DEFAULT_MAX_HISTORY_EVENTS = 25000;

export interface Limits {
  maxPayloadBytes: number;
  maxHistoryEvents: number;
}

/** Resolves the `limits` option: defaults, overrides, or none at all. */
export function resolveLimits(option: LimitsOption | false | undefined): Limits {
  if (option === false) return { maxPayloadBytes: Infinity, maxHistoryEvents: Infinity };
  return {
    maxPayloadBytes: option?.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
    maxHistoryEvents: option?.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS,
  };
}

/** The cause AWS gives when a state's result is too large. */
export function dataLimitCause(stateOrTask: string): string {
  return `The state/task '${stateOrTask}' returned a result with a size exceeding the maximum number of bytes service limit.`;
}

/** The cause AWS gives when the history is full (the failure is event #25,000 itself). */
export function historyLimitCause(max: number): string {
  return `The execution reached the maximum number of history events (${max}).`;
}

// Containers measured once: values are immutable, so a subtree that passes through many states
// unchanged is never measured twice.
const sizeCache = new WeakMap<object, number>();
const CACHE_FROM = 64;

/**
 * UTF-8 byte length of `JSON.stringify(value)` without building the string. Stops early (returning
 * a number > `max`) once the size is known to exceed `max`.
 * @example jsonByteLength({ a: 'é' }) === 10
 */
export function jsonByteLength(value: JsonValue, max = Infinity): number {
  return measure(value, max);
}

function measure(value: JsonValue, max: number): number {
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    default:
      break;
  }
  if (value === null) return 4;
  const cached = sizeCache.get(value);
  if (cached !== undefined) return cached;
  let size = 2;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      size += measure(value[i], max) + (i > 0 ? 1 : 0);
      if (size > max) return size;
    }
    count = value.length;
  } else {
    for (const key in value) {
      const v = value[key];
      if (v === undefined) continue;
      size += stringBytes(key) + 1 + measure(v, max) + (count > 0 ? 1 : 0);
      count++;
      if (size > max) return size;
    }
  }
  if (count >= CACHE_FROM || size >= 4096) sizeCache.set(value, size);
  return size;
}

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) n += 2;
      else if (c < 0x20) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
      else n += 1;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6; // lone surrogate: JSON.stringify escapes it
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}
