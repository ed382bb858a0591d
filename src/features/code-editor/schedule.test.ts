import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaintOrDebounce, debounce } from './schedule';

beforeEach(() => {
  // Node has no animation frames: a frame is 16 ms of the fake clock.
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('debounce', () => {
  it('runs once, after the calls stop', () => {
    const fn = vi.fn();
    const d = debounce(fn, 60);
    d.schedule();
    vi.advanceTimersByTime(40);
    d.schedule();
    vi.advanceTimersByTime(40);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush runs a waiting call now; cancel drops it', () => {
    const fn = vi.fn();
    const d = debounce(fn, 60);
    d.schedule();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('afterPaintOrDebounce: a keystroke after a pause goes at once', () => {
  it('sends a lone keystroke after the next frame, without waiting for the debounce', () => {
    const fn = vi.fn();
    const s = afterPaintOrDebounce(fn, 60);
    vi.advanceTimersByTime(1000);
    s.schedule();
    vi.advanceTimersByTime(20); // one frame and a task
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('parses a fast burst once, at its end', () => {
    const fn = vi.fn();
    const s = afterPaintOrDebounce(fn, 60);
    vi.advanceTimersByTime(1000);
    s.schedule();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(10);
      s.schedule();
    }
    // The first keystroke's early send was overtaken by the burst.
    expect(fn.mock.calls.length).toBeLessThanOrEqual(1);
    const before = fn.mock.calls.length;
    vi.advanceTimersByTime(70);
    expect(fn).toHaveBeenCalledTimes(before + 1);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(before + 1);
  });

  it('flush sends what waits, once', () => {
    const fn = vi.fn();
    const s = afterPaintOrDebounce(fn, 60);
    vi.advanceTimersByTime(1000);
    s.schedule();
    s.flush();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
