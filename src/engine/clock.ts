/**
 * Injected time. The default virtual clock never waits: Wait states, retry back-off and timeouts
 * move it forward instantly, so a workflow that waits a day runs in milliseconds. Real and scaled
 * clocks wait for real (the UI animating a run).
 */
import type { ClockOption } from './types';

export interface Clock {
  /** Milliseconds since the epoch, in the execution's time. */
  now(): number;
  /** True when waiting costs nothing: the driver jumps to the next timer. */
  readonly virtual: boolean;
  /** Virtual clocks: moves time forward to `t` (never backwards). */
  advanceTo(t: number): void;
  /** Real and scaled clocks: resolves when execution time reaches `t`, or early when `signal` aborts. */
  waitUntil(t: number, signal: { onWake: (wake: () => void) => void }): Promise<void>;
}

/**
 * A clock that only moves when told to.
 * @example const c = createVirtualClock(0); c.advanceTo(5000); c.now() === 5000
 */
export function createVirtualClock(startTime: number = Date.now()): Clock {
  let t = startTime;
  return {
    virtual: true,
    now: () => t,
    advanceTo(target) {
      if (target > t) t = target;
    },
    waitUntil(target) {
      if (target > t) t = target;
      return Promise.resolve();
    },
  };
}

/**
 * Wall-clock time, optionally `factor` times faster (a 60 s Wait takes 1 s with factor 60).
 * @example createScaledClock(60)
 */
export function createScaledClock(factor = 1): Clock {
  const realStart = Date.now();
  const f = factor > 0 ? factor : 1;
  const now = (): number => realStart + (Date.now() - realStart) * f;
  return {
    virtual: false,
    now,
    advanceTo() {
      // Real time cannot be pushed forward.
    },
    waitUntil(target, signal) {
      return new Promise<void>((resolve) => {
        const delay = Math.max(0, (target - now()) / f);
        const timer = setTimeout(resolve, delay);
        signal.onWake(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** Builds the clock an {@link ClockOption} asks for. */
export function createClock(option: ClockOption | undefined): Clock {
  if (option === undefined || option === 'virtual') return createVirtualClock();
  if (option === 'real') return createScaledClock(1);
  if (option.mode === 'scaled') return createScaledClock(option.factor);
  return createVirtualClock(option.startTime ?? Date.now());
}

/** ISO-8601 text of a time, cached for the common case of many events at the same instant. */
export function isoTime(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastIso = new Date(ms).toISOString();
  }
  return lastIso;
}
let lastMs = NaN;
let lastIso = '';
