/**
 * Pending timers of an execution, ordered by due time then by creation so equal times fire in a
 * stable order. "Progress" timers (Wait states, retry back-off) move the execution forward;
 * "deadline" timers (task timeouts, heartbeats, the execution timeout) only matter if nothing
 * answers first, so a virtual clock waits a moment for callbacks before jumping to them.
 */

export interface Timer {
  at: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
}

class Heap {
  items: Timer[] = [];

  push(t: Timer): void {
    const h = this.items;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  top(): Timer | null {
    while (this.items.length > 0 && this.items[0].cancelled) this.pop();
    return this.items.length > 0 ? this.items[0] : null;
  }

  pop(): Timer {
    const h = this.items;
    const top = h[0];
    const last = h.pop() as Timer;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l], h[m])) m = l;
        if (r < h.length && less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

export class TimerQueue {
  private readonly progress = new Heap();
  private readonly deadlines = new Heap();
  private seq = 0;

  /** Schedules `fire` at time `at`; cancel with `timer.cancelled = true`. */
  add(at: number, fire: () => void, deadline = false): Timer {
    const t: Timer = { at, seq: this.seq++, fire, cancelled: false };
    (deadline ? this.deadlines : this.progress).push(t);
    return t;
  }

  /** Due time of the earliest live timer, or null. */
  peek(): number | null {
    const a = this.progress.top();
    const b = this.deadlines.top();
    if (a === null) return b === null ? null : b.at;
    if (b === null) return a.at;
    return Math.min(a.at, b.at);
  }

  /** Due time of the earliest live progress timer, or null. */
  peekProgress(): number | null {
    const a = this.progress.top();
    return a === null ? null : a.at;
  }

  /** Removes and returns the earliest live timer due at or before `now`, or null. */
  popDue(now: number): Timer | null {
    const a = this.progress.top();
    const b = this.deadlines.top();
    let heap: Heap | null = null;
    if (a !== null && a.at <= now) heap = this.progress;
    if (b !== null && b.at <= now && (heap === null || less(b, a as Timer))) heap = this.deadlines;
    return heap === null ? null : heap.pop();
  }

  clear(): void {
    this.progress.items = [];
    this.deadlines.items = [];
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
