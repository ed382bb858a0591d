/**
 * Debugging an execution: breakpoints (by state name, optionally with a condition on the input),
 * pause, step, step into a branch or iteration, step over, step out, continue; while paused, read
 * every live thread (state, input, variables, context object) and patch the paused input.
 * Costs nothing when unused: the driver only calls it when it is armed.
 */
import type { JsonObject, JsonValue } from '../../asl/types';
import { buildContextObject } from '../context';
import { isoTime } from '../clock';
import type { Run } from '../run';
import type { Thread } from '../thread';
import type { Breakpoint } from '../types';
import type { DebugHooks } from './hooks';

/** One live thread as the debugger shows it. */
export interface ThreadInfo {
  id: number;
  parentId: number | null;
  /** Branch or iteration index. */
  index: number;
  stateName: string;
  stateType: string;
  /** `paused`: this thread is stopped before its state; `ready`, `busy`, `sleeping`, `blocked`... */
  status: string;
  input: JsonValue;
  variables: JsonObject;
  context: JsonObject;
}

/** Where and why an execution paused. */
export interface PauseInfo {
  threadId: number;
  stateName: string;
  reason: 'breakpoint' | 'step' | 'pause' | 'start';
}

type Mode = 'run' | 'pause' | 'step' | 'into' | 'over' | 'out';

export class Debugger implements DebugHooks {
  private mode: Mode;
  private ref: Thread | null = null;
  private pausedAt: Thread | null = null;
  private reason: PauseInfo['reason'] = 'pause';
  private skip: Thread | null = null;
  private readonly waiters: Array<(p: PauseInfo | null) => void> = [];
  private readonly listeners = new Set<(p: PauseInfo) => void>();

  constructor(
    private readonly run: Run,
    private breakpoints: Breakpoint[],
    pauseOnStart: boolean,
  ) {
    this.mode = pauseOnStart ? 'pause' : 'run';
    if (pauseOnStart) this.reason = 'start';
    this.arm();
    run.onEnd(() => {
      for (const w of this.waiters.splice(0)) w(null);
    });
  }

  /** Replaces the breakpoints. */
  setBreakpoints(breakpoints: Breakpoint[]): void {
    this.breakpoints = breakpoints;
    this.arm();
  }

  /** Where the execution is paused, or null. */
  get paused(): PauseInfo | null {
    const t = this.pausedAt;
    return t === null ? null : { threadId: t.id, stateName: t.state.name, reason: this.reason };
  }

  /** Calls `listener` each time the execution pauses. */
  onPause(listener: (p: PauseInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves at the next pause (null if the execution ends first). Resolves at once when already paused. */
  waitForPause(): Promise<PauseInfo | null> {
    const p = this.paused;
    if (p !== null) return Promise.resolve(p);
    if (this.run.status !== 'RUNNING') return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Pauses before the next state any thread enters. */
  pause(): void {
    this.mode = 'pause';
    this.reason = 'pause';
    this.arm();
  }

  /** Runs until a breakpoint or the end. */
  continue(): void {
    this.resume('run', null);
  }

  /** Runs one transition: pauses before the next state of any thread. */
  step(): void {
    this.resume('step', this.pausedAt);
  }

  /** Pauses at the next state of the paused thread or of a branch/iteration it starts. */
  stepInto(): void {
    this.resume('into', this.pausedAt);
  }

  /** Pauses at the next state of the paused thread (branches and iterations run through). */
  stepOver(): void {
    this.resume('over', this.pausedAt);
  }

  /** Pauses at the next state of the thread that started the paused one. */
  stepOut(): void {
    this.resume('out', this.pausedAt);
  }

  /** Replaces the input of the paused thread's next state. */
  setInput(value: JsonValue): void {
    if (this.pausedAt === null) throw new Error('The execution is not paused.');
    this.pausedAt.input = value;
  }

  /** Every live thread, the workflow first. */
  threads(): ThreadInfo[] {
    const out: ThreadInfo[] = [];
    const visit = (t: Thread): void => {
      if (t.status === 'done' || t.status === 'cancelled') return;
      out.push(this.info(t));
      for (const c of t.liveChildren()) visit(c);
    };
    if (this.run.root) visit(this.run.root);
    return out;
  }

  /** DebugHooks: decides whether to pause before `t` enters its state. */
  beforeState(t: Thread): boolean {
    if (this.skip === t) {
      this.skip = null;
      return false;
    }
    let stop = false;
    let reason: PauseInfo['reason'] = 'step';
    switch (this.mode) {
      case 'pause':
        stop = true;
        reason = this.reason === 'start' ? 'start' : 'pause';
        break;
      case 'step':
        stop = true;
        break;
      case 'into':
        stop = this.ref === null || t === this.ref || isDescendant(t, this.ref);
        break;
      case 'over':
        stop = this.ref === null || t === this.ref || isDescendant(this.ref, t);
        break;
      case 'out':
        stop = this.ref === null || (t !== this.ref && isDescendant(this.ref, t));
        break;
      default:
        break;
    }
    if (!stop) {
      for (const b of this.breakpoints) {
        if (b.stateName === t.state.name && (b.condition === undefined || safe(() => b.condition?.(t.input) === true))) {
          stop = true;
          reason = 'breakpoint';
          break;
        }
      }
    }
    if (!stop) return false;
    this.pausedAt = t;
    this.reason = reason;
    this.mode = 'run';
    this.run.paused = true;
    const info = this.paused as PauseInfo;
    for (const w of this.waiters.splice(0)) w(info);
    for (const l of this.listeners) l(info);
    return true;
  }

  private resume(mode: Mode, ref: Thread | null): void {
    const t = this.pausedAt;
    this.mode = mode;
    this.ref = ref;
    // The paused thread must not stop again before the state it is about to enter.
    this.skip = t;
    this.arm();
    if (t === null) return;
    this.pausedAt = null;
    this.run.paused = false;
    this.run.readyFirst(t);
    this.run.pump();
  }

  /** Hooks into the driver only while something can stop it. */
  private arm(): void {
    const armed = this.mode !== 'run' || this.breakpoints.length > 0;
    if (!armed) this.skip = null;
    this.run.debug = armed ? this : null;
  }

  private info(t: Thread): ThreadInfo {
    const paused = t === this.pausedAt;
    const context = paused
      ? buildContextObject(this.run.identity, {
          name: t.state.name,
          enteredTime: isoTime(this.run.clock.now()),
          retryCount: t.state.countsRetries ? 0 : undefined,
          mapItem: t.mapItem ?? undefined,
        })
      : t.contextObject;
    return {
      id: t.id,
      parentId: t.parent?.id ?? null,
      index: t.index,
      stateName: t.state.name,
      stateType: t.state.type,
      status: paused ? 'paused' : t.status,
      input: t.input,
      variables: t.scope.snapshot(),
      context,
    };
  }
}

/** True when `t` runs inside `ancestor` (a branch or iteration it started, at any depth). */
function isDescendant(t: Thread, ancestor: Thread): boolean {
  for (let p = t.parent; p !== null; p = p.parent) if (p === ancestor) return true;
  return false;
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}
