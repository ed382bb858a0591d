/** Timing helpers for the editor's bindings (no Monaco, no store: testable on their own). */

/** What the schedulers return. */
export interface Scheduled {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/**
 * Runs `fn` once the calls stop for `ms` (latest call wins). `flush` runs a waiting call now,
 * `cancel` drops it.
 */
export function debounce(fn: () => void, ms: number): Scheduled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      fn();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/**
 * Like {@link debounce}, but a call after a quiet spell runs right after the next paint instead of
 * waiting `ms`: a single keystroke reaches the graph at once, while a burst of keystrokes (held
 * key, fast typing) is still parsed once at its end.
 */
export function afterPaintOrDebounce(fn: () => void, ms: number): Scheduled {
  const trailing = debounce(fn, ms);
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCall = -Infinity;
  const cancelLeading = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = timer = undefined;
  };
  return {
    schedule() {
      const now = performance.now();
      const quiet = now - lastCall > ms;
      lastCall = now;
      if (quiet && frame === undefined && timer === undefined) {
        trailing.cancel();
        // rAF then a task: the editor paints the keystroke first, then the graph is rebuilt.
        frame = requestAnimationFrame(() => {
          frame = undefined;
          timer = setTimeout(() => {
            timer = undefined;
            fn();
          }, 0);
        });
        return;
      }
      cancelLeading();
      trailing.schedule();
    },
    flush() {
      if (frame !== undefined || timer !== undefined) {
        cancelLeading();
        fn();
      } else trailing.flush();
    },
    cancel() {
      cancelLeading();
      trailing.cancel();
    },
  };
}

/**
 * Runs `fn` when the main thread is idle (at the latest after `timeout` ms), so background work
 * such as validation does not delay the next keystroke's paint. Returns a cancel function.
 */
export function whenIdle(fn: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => fn(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}
