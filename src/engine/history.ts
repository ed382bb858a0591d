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
  private readonly types: string[] = [];
  private readonly prevs: number[] = [];
  private readonly times: number[] = [];
  private readonly kinds: number[] = [];
  private readonly slotA: unknown[] = [];
  private readonly slotB: unknown[] = [];
  private readonly slotC: unknown[] = [];
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
      for (let i = 0; i < this.types.length; i++) {
        h.types.push(this.types[i]);
        h.prevs.push(this.prevs[i]);
        h.times.push(this.times[i]);
        h.kinds.push(this.kinds[i]);
        h.slotA.push(this.slotA[i]);
        h.slotB.push(this.slotB[i]);
        h.slotC.push(this.slotC[i]);
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
    if (this.on) this.push(type, previousEventId, EXITED, name, output, assigned);
    return id;
  }

  private next(type: string): number {
    const id = this.count + 1;
    if (id >= this.maxEvents && !TERMINAL.has(type)) throw new HistoryLimitReached();
    this.count = id;
    return id;
  }

  private push(type: string, prev: number, kind: number, a: unknown, b: unknown, c: unknown): void {
    this.types.push(type);
    this.prevs.push(prev);
    this.times.push(this.now());
    this.kinds.push(kind);
    this.slotA.push(a);
    this.slotB.push(b);
    this.slotC.push(c);
    if (this.listeners.size > 0 && this.types.length - this.delivered >= BATCH) this.flush();
  }

  /** The recorded events (built on first read). Empty when the history is not recorded. */
  list(): HistoryEvent[] {
    if (!this.record) return [];
    return this.range(0, this.types.length);
  }

  /** Delivers events not yet delivered to listeners (the driver calls it whenever it yields). */
  flush(): void {
    const end = this.types.length;
    if (this.delivered >= end || this.listeners.size === 0) return;
    const batch = this.range(this.delivered, end);
    this.delivered = end;
    if (!this.record) this.compact();
    for (const l of this.listeners) l(batch);
  }

  /** Watches events in batches; events recorded so far come first. Returns an unsubscribe function. */
  subscribe(listener: HistoryListener): () => void {
    this.flush();
    this.delivered = this.types.length;
    if (this.record && this.types.length > 0) listener(this.list());
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
    const ev: HistoryEvent = { id: this.idOf(i), previousEventId: this.prevs[i], timestamp: isoTime(this.times[i]), type: this.types[i] };
    switch (this.kinds[i]) {
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
        const assigned = this.slotC[i] as JsonObject | undefined | null;
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
    return this.record ? i + 1 : this.count - (this.types.length - 1 - i);
  }

  /** Drops delivered events when nothing records them (listeners only). */
  private compact(): void {
    const n = this.delivered;
    for (const col of [this.types, this.prevs, this.times, this.kinds, this.slotA, this.slotB, this.slotC] as unknown[][]) col.splice(0, n);
    this.delivered = 0;
  }
}
