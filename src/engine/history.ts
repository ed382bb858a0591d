/**
 * The execution history: AWS GetExecutionHistory events with ids, previousEventId and timestamps.
 * Ids are always counted (AWS error messages quote them, and the 25,000-event quota counts them).
 *
 * Recorded events are kept in compact columns (type, previous id, time, and the values the
 * details are made of) and turned into event objects only when read or delivered to a listener:
 * a 300,000-transition run keeps references to values it already has instead of 600,000 objects
 * and JSON strings.
 */
import type { JsonObject, JsonValue } from '../asl/types';
import type { HistoryEvent } from './types';
import { isoTime } from './clock';

export type HistoryListener = (batch: readonly HistoryEvent[]) => void;

/** Thrown when the next event would pass the history quota; the driver fails the execution. */
export class HistoryLimitReached extends Error {
  constructor() {
    super('history limit reached');
    this.name = 'HistoryLimitReached';
  }
}

const TERMINAL = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);
const BATCH = 1024;
const NOT_TRUNCATED: JsonObject = { truncated: false };

/** How an event's details are stored. */
const NONE = 0;
const DETAILS = 1;
const ENTERED = 2;
const EXITED = 3;
const LAZY = 4;

export class History {
  /** Number of events so far; the next event's id is `count + 1`. */
  count = 0;
  /** Whether events are kept (recorded or watched). Check before building details. */
  on: boolean;
  private readonly record: boolean;
  // Columns, one entry per kept event: (type index << 3 | kind), previous id, and two value slots.
  private readonly meta: number[] = [];
  private readonly prevs: number[] = [];
  private readonly slotA: unknown[] = [];
  private readonly slotB: unknown[] = [];
  /** Assigned variables of StateExited events, by index (few events assign). */
  private readonly assigned = new Map<number, JsonObject>();
  /** Times change rarely (a virtual clock stands still between waits): [index, ms] pairs. */
  private readonly timeMarks: number[] = [];
  private lastTime = NaN;
  private readonly typeIds = new Map<string, number>();
  private readonly typeNames: string[] = [];
  /** Index (0-based) of the first event not yet delivered to listeners. */
  private delivered = 0;
  /** Events already built, by index. */
  private readonly built: HistoryEvent[] = [];
  private readonly listeners = new Set<HistoryListener>();

  constructor(
    record: boolean,
    private readonly now: () => number,
    private readonly maxEvents: number,
  ) {
    this.record = record;
    this.on = record;
  }

  /** A new history that continues this one (a redriven execution keeps its earlier events). */
  continued(now: () => number, maxEvents: number): History {
    const h = new History(this.record, now, maxEvents);
    h.count = this.count;
    if (this.record) {
      for (let i = 0; i < this.meta.length; i++) {
        const kind = this.meta[i] & 7;
        h.pushAt(this.typeNames[this.meta[i] >> 3], this.prevs[i], kind, this.slotA[i], this.slotB[i], this.assigned.get(i), this.timeAt(i));
      }
    }
    return h;
  }

  /** Adds one event and returns its id. `details` goes under `key` (e.g. `taskScheduledEventDetails`). */
  add(type: string, previousEventId: number, key?: string, details?: JsonObject): number {
    const id = this.next(type);
    if (this.on) this.push(type, previousEventId, key !== undefined && details !== undefined ? DETAILS : NONE, key, details, undefined);
    return id;
  }

  /** Like {@link add}, but `details` runs only when the event is read (large inputs and outputs). */
  addLazy(type: string, previousEventId: number, key: string, details: () => JsonObject): number {
    const id = this.next(type);
    if (this.on) this.push(type, previousEventId, LAZY, key, details, undefined);
    return id;
  }

  /** `<Type>StateEntered`: details built from the state name and input when read. */
  addEntered(type: string, previousEventId: number, name: string, input: JsonValue): number {
    const id = this.next(type);
    if (this.on) this.push(type, previousEventId, ENTERED, name, input, undefined);
    return id;
  }

  /** `<Type>StateExited`: details built from the name, output and assigned variables when read. */
  addExited(type: string, previousEventId: number, name: string, output: JsonValue, assigned: JsonObject | null): number {
    const id = this.next(type);
    if (this.on) this.push(type, previousEventId, EXITED, name, output, assigned ?? undefined);
    return id;
  }

  private next(type: string): number {
    const id = this.count + 1;
    if (id >= this.maxEvents && !TERMINAL.has(type)) throw new HistoryLimitReached();
    this.count = id;
    return id;
  }

  private push(type: string, prev: number, kind: number, a: unknown, b: unknown, assigned: JsonObject | undefined): void {
    this.pushAt(type, prev, kind, a, b, assigned, this.now());
    if (this.listeners.size > 0 && this.meta.length - this.delivered >= BATCH) this.flush();
  }

  private pushAt(type: string, prev: number, kind: number, a: unknown, b: unknown, assigned: JsonObject | undefined, time: number): void {
    let t = this.typeIds.get(type);
    if (t === undefined) {
      t = this.typeNames.length;
      this.typeNames.push(type);
      this.typeIds.set(type, t);
    }
    const i = this.meta.length;
    if (time !== this.lastTime) {
      this.timeMarks.push(i, time);
      this.lastTime = time;
    }
    this.meta.push((t << 3) | kind);
    this.prevs.push(prev);
    this.slotA.push(a);
    this.slotB.push(b);
    if (assigned !== undefined) this.assigned.set(i, assigned);
  }

  /** The time of event `i` (the last mark at or before it). */
  private timeAt(i: number): number {
    const m = this.timeMarks;
    let lo = 0;
    let hi = m.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (m[mid * 2] <= i) lo = mid;
      else hi = mid - 1;
    }
    return m[lo * 2 + 1];
  }

  /** The recorded events (built on first read). Empty when the history is not recorded. */
  list(): HistoryEvent[] {
    if (!this.record) return [];
    return this.range(0, this.meta.length);
  }

  /** Delivers events not yet delivered to listeners (the driver calls it whenever it yields). */
  flush(): void {
    const end = this.meta.length;
    if (this.delivered >= end || this.listeners.size === 0) return;
    const batch = this.range(this.delivered, end);
    this.delivered = end;
    if (!this.record) this.compact();
    for (const l of this.listeners) l(batch);
  }

  /** Watches events in batches; events recorded so far come first. Returns an unsubscribe function. */
  subscribe(listener: HistoryListener): () => void {
    this.flush();
    this.delivered = this.meta.length;
    if (this.record && this.meta.length > 0) listener(this.list());
    this.listeners.add(listener);
    this.on = true;
    return () => {
      this.listeners.delete(listener);
      this.on = this.record || this.listeners.size > 0;
    };
  }

  private range(from: number, to: number): HistoryEvent[] {
    const out: HistoryEvent[] = new Array<HistoryEvent>(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.build(i);
    return out;
  }

  private build(i: number): HistoryEvent {
    const cached = this.built[i];
    if (cached !== undefined) return cached;
    const meta = this.meta[i];
    const ev: HistoryEvent = { id: this.idOf(i), previousEventId: this.prevs[i], timestamp: isoTime(this.timeAt(i)), type: this.typeNames[meta >> 3] };
    switch (meta & 7) {
      case DETAILS:
        ev[this.slotA[i] as string] = this.slotB[i] as JsonObject;
        break;
      case LAZY:
        ev[this.slotA[i] as string] = (this.slotB[i] as () => JsonObject)();
        break;
      case ENTERED:
        ev.stateEnteredEventDetails = { name: this.slotA[i] as string, input: JSON.stringify(this.slotB[i]), inputDetails: NOT_TRUNCATED };
        break;
      case EXITED: {
        const d: JsonObject = { name: this.slotA[i] as string, output: JSON.stringify(this.slotB[i]), outputDetails: NOT_TRUNCATED };
        const assigned = this.assigned.get(i);
        if (assigned) {
          const vars: JsonObject = {};
          for (const k of Object.keys(assigned)) vars[k] = JSON.stringify(assigned[k]);
          d.assignedVariables = vars;
          d.assignedVariablesDetails = NOT_TRUNCATED;
        }
        ev.stateExitedEventDetails = d;
        break;
      }
      default:
        break;
    }
    if (this.record) this.built[i] = ev;
    return ev;
  }

  /** Ids are positions when everything is kept; when only watched, columns are trimmed as delivered. */
  private idOf(i: number): number {
    return this.record ? i + 1 : this.count - (this.meta.length - 1 - i);
  }

  /** Drops delivered events when nothing records them (listeners only). */
  private compact(): void {
    const n = this.delivered;
    const lastTime = this.timeAt(this.meta.length - 1);
    this.meta.splice(0, n);
    this.prevs.splice(0, n);
    this.slotA.splice(0, n);
    this.slotB.splice(0, n);
    this.assigned.clear();
    this.timeMarks.length = 0;
    this.timeMarks.push(0, lastTime);
    this.delivered = 0;
  }
}
