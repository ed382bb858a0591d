/**
 * Per-state run status, derived from the history events as they arrive (the canvas colours are a
 * view of the event stream, like every other execution view).
 *
 * Each event's `previousEventId` points at the previous event of the same branch or iteration, so
 * following it tells which state an event belongs to, even when Parallel branches and Map
 * iterations interleave and the same state runs many times at once.
 */
import type { HistoryEvent } from '../engine';

export type StateRunStatus = 'succeeded' | 'failed' | 'caught' | 'running' | 'cancelled' | 'not-run';

interface Visit {
  name: string;
  /** An error happened in this visit and no retry has started since. */
  errored: boolean;
  open: boolean;
}

interface Counts {
  running: number;
  succeeded: number;
  failed: number;
  caught: number;
  cancelled: number;
}

const TERMINAL = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);

function detailName(e: HistoryEvent, key: 'stateEnteredEventDetails' | 'stateExitedEventDetails'): string | null {
  const d = e[key];
  return typeof d === 'object' && d !== null && !Array.isArray(d) && typeof d.name === 'string' ? d.name : null;
}

/** Folds events into the status of every state they mention. Feed it batches in order. */
export class RunStatusTracker {
  /**
   * Event id -> id of the StateEntered event of the visit it belongs to (0: none). A StateExited
   * event stores it negated: it still names its state, but the events after it belong to no visit.
   */
  private readonly owner = new Map<number, number>();
  private readonly visits = new Map<number, Visit>();
  private readonly counts = new Map<string, Counts>();
  private snapshot: Record<string, StateRunStatus> = {};
  private dirty = false;

  /** Applies a batch; returns true when some state's status may have changed. */
  apply(events: readonly HistoryEvent[]): boolean {
    for (const e of events) this.one(e);
    return this.dirty;
  }

  /** Marks the states still open as the run ended from outside (a terminated worker). */
  end(status: 'ABORTED' | 'FAILED'): void {
    this.close(status);
  }

  /** The state a given event belongs to (null for execution-level events). */
  stateOf(eventId: number): string | null {
    const v = this.visits.get(Math.abs(this.owner.get(eventId) ?? 0));
    return v ? v.name : null;
  }

  /** Status by state name, for the states the run reached (a new object after each change). */
  statuses(): Record<string, StateRunStatus> {
    if (this.dirty) {
      const next: Record<string, StateRunStatus> = {};
      for (const [name, c] of this.counts) next[name] = summarize(c);
      this.snapshot = next;
      this.dirty = false;
    }
    return this.snapshot;
  }

  private one(e: HistoryEvent): void {
    const type = e.type;
    if (type.endsWith('StateEntered')) {
      const name = detailName(e, 'stateEnteredEventDetails');
      if (name !== null) {
        this.owner.set(e.id, e.id);
        this.visits.set(e.id, { name, errored: false, open: true });
        this.count(name).running++;
        this.dirty = true;
        // AWS: a Fail state has no StateExited event; entering it is failing.
        if (type === 'FailStateEntered') this.closeVisit(e.id, 'failed');
        return;
      }
    }
    const owner = Math.max(0, this.owner.get(e.previousEventId) ?? 0);
    if (type.endsWith('StateExited')) {
      const v = this.visits.get(owner);
      if (v && v.open) this.closeVisit(owner, v.errored ? 'caught' : 'succeeded');
      this.owner.set(e.id, -owner);
      return;
    }
    this.owner.set(e.id, owner);
    const v = this.visits.get(owner);
    if (v !== undefined) {
      if (type.endsWith('Failed') || type.endsWith('TimedOut')) v.errored = true;
      // A retry schedules the task again: the earlier error no longer decides the outcome.
      else if (type.endsWith('Scheduled')) v.errored = false;
    }
    if (TERMINAL.has(type)) this.close(type === 'ExecutionAborted' ? 'ABORTED' : 'FAILED');
  }

  private close(how: 'ABORTED' | 'FAILED'): void {
    for (const [id, v] of this.visits) {
      if (v.open) this.closeVisit(id, v.errored && how !== 'ABORTED' ? 'failed' : 'cancelled');
    }
  }

  private closeVisit(id: number, outcome: Exclude<keyof Counts, 'running'>): void {
    const v = this.visits.get(id);
    if (v === undefined || !v.open) return;
    v.open = false;
    const c = this.count(v.name);
    c.running--;
    c[outcome]++;
    this.dirty = true;
  }

  private count(name: string): Counts {
    let c = this.counts.get(name);
    if (c === undefined) {
      c = { running: 0, succeeded: 0, failed: 0, caught: 0, cancelled: 0 };
      this.counts.set(name, c);
    }
    return c;
  }
}

/**
 * One status for a state that may have run many times (Map iterations, loops): the most telling
 * one. A visit cut short by Stop outranks earlier successes: the run did not get past it.
 */
function summarize(c: Counts): StateRunStatus {
  if (c.running > 0) return 'running';
  if (c.failed > 0) return 'failed';
  if (c.cancelled > 0) return 'cancelled';
  if (c.caught > 0) return 'caught';
  return 'succeeded';
}
