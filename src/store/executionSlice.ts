import type { StateCreator } from 'zustand';
import type { JsonValue } from '../asl/types';
import type { HistoryEvent } from '../engine';
import { getEngineClient, type RunHandle, type RunOutcome, type StatusUpdate } from '../worker/EngineClient';
import type { PendingTask, RunOptions, RunPhase } from '../worker/protocol';
import { RunStatusTracker, type StateRunStatus } from './runStatus';
import type { StudioState } from './types';

export type RunStatus = 'idle' | 'running' | 'succeeded' | 'failed' | 'timed_out' | 'aborted';

/** The execution shown in the studio (the latest one started). */
export interface RunView {
  id: string;
  status: RunStatus;
  /** What a running execution is doing: running, paused, or waiting for a callback. */
  phase: RunPhase | null;
  /** The definition that ran: the canvas shows run colours only while it is still the document's. */
  definition: JsonValue;
  inputText: string;
  output: JsonValue | null;
  error: string | null;
  cause: string | null;
  /** Why the run could not run at all, or a note on how it ended. */
  message: string | null;
  /**
   * Every event so far, oldest first. Append-only and mutated in place (a long run has tens of
   * thousands): read it together with `eventCount`, which changes whenever it grows.
   */
  events: HistoryEvent[];
  eventCount: number;
  /** Status of each state the run reached (absent: not run). */
  stateStatus: Record<string, StateRunStatus>;
  /** Which state each event belongs to. */
  tracker: RunStatusTracker;
  pendingTasks: PendingTask[];
  startedAt: number;
  endedAt: number | null;
}

/** How runs are set up (kept while the studio is open). */
export interface RunSettings {
  /** Answer Tasks nothing else answers with their own input. */
  echoTaskInput: boolean;
  /** Use the mocked task results that come with a sample. */
  useSampleMocks: boolean;
  clock: 'virtual' | 'real';
}

/** What a task answer carries. */
export type TaskAnswer = { output: JsonValue } | { error: string; cause: string };

export interface ExecutionSlice {
  run: RunView | null;
  runPanelOpen: boolean;
  /** The input the user typed, for the document it was typed for (`key`: a sample id, or ''). */
  runInputDraft: { key: string; text: string } | null;
  /** A message next to the input: malformed JSON, nothing to run... */
  runNotice: string | null;
  runSettings: RunSettings;
  setRunPanelOpen(open: boolean): void;
  setRunInputDraft(key: string, text: string): void;
  setRunSettings(patch: Partial<RunSettings>): void;
  /** Parses `inputText` and runs the current definition in the engine worker (a stale run is stopped). */
  startRun(inputText: string, options?: RunOptions): boolean;
  stopRun(): void;
  answerTask(token: string, answer: TaskAnswer): void;
  clearRun(): void;
}

const FINAL: Record<string, RunStatus> = { SUCCEEDED: 'succeeded', FAILED: 'failed', TIMED_OUT: 'timed_out', ABORTED: 'aborted' };

export const createExecutionSlice: StateCreator<StudioState, [], [], ExecutionSlice> = (set, get) => {
  let active: RunHandle | null = null;

  /** Applies `patch` to the run `id` if it is still the one shown. */
  const update = (id: string, patch: (run: RunView) => Partial<RunView>): void => {
    const run = get().run;
    if (run === null || run.id !== id) return;
    set({ run: { ...run, ...patch(run) } });
  };

  const onEvents = (id: string, batch: HistoryEvent[]): void =>
    update(id, (run) => {
      for (let i = 0; i < batch.length; i++) run.events.push(batch[i]);
      const changed = run.tracker.apply(batch);
      return { eventCount: run.events.length, ...(changed ? { stateStatus: run.tracker.statuses() } : {}) };
    });

  const onStatus = (id: string, s: StatusUpdate): void => update(id, () => ({ phase: s.phase, pendingTasks: s.pendingTasks }));

  const onFinished = (id: string, outcome: RunOutcome): void => {
    if (get().run?.id === id) active = null;
    update(id, (run) => {
      const ended = { phase: null, pendingTasks: [], endedAt: Date.now() };
      if (outcome.kind === 'error') {
        run.tracker.end('FAILED');
        return { ...ended, status: 'failed', message: outcome.message, stateStatus: run.tracker.statuses() };
      }
      const r = outcome.result;
      // A terminated worker sends no ExecutionAborted event: close the open states here.
      if (outcome.note) run.tracker.end('ABORTED');
      return { ...ended, status: FINAL[r.status], output: r.output, error: r.error, cause: r.cause, message: outcome.note ?? null, stateStatus: run.tracker.statuses() };
    });
  };

  return {
    run: null,
    runPanelOpen: false,
    runInputDraft: null,
    runNotice: null,
    runSettings: { echoTaskInput: true, useSampleMocks: true, clock: 'virtual' },
    setRunPanelOpen: (open) => set({ runPanelOpen: open }),
    setRunInputDraft: (key, text) => set({ runInputDraft: { key, text }, runNotice: null }),
    setRunSettings: (patch) => set({ runSettings: { ...get().runSettings, ...patch } }),
    startRun: (inputText, options = {}) => {
      const { definition, syntaxErrors } = get();
      let input: JsonValue;
      try {
        input = JSON.parse(inputText) as JsonValue;
      } catch (e) {
        set({ runNotice: `The input is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
        return false;
      }
      if (definition === undefined || syntaxErrors.length > 0) {
        set({ runNotice: 'The workflow text has syntax errors: fix them before running.' });
        return false;
      }
      active?.stop();
      const handle = getEngineClient().start(definition, input, options, {
        onEvents: (batch) => onEvents(handle.runId, batch),
        onStatus: (s) => onStatus(handle.runId, s),
        onRejected: (message) => set({ runNotice: message }),
      });
      active = handle;
      const run: RunView = {
        id: handle.runId,
        status: 'running',
        phase: 'running',
        definition,
        inputText,
        output: null,
        error: null,
        cause: null,
        message: null,
        events: [],
        eventCount: 0,
        stateStatus: {},
        tracker: new RunStatusTracker(),
        pendingTasks: [],
        startedAt: Date.now(),
        endedAt: null,
      };
      set({ run, runNotice: null });
      void handle.finished.then((outcome) => onFinished(handle.runId, outcome));
      return true;
    },
    stopRun: () => active?.stop(),
    answerTask: (token, answer) => {
      if (active === null) return;
      if ('output' in answer) active.sendTaskSuccess(token, answer.output);
      else active.sendTaskFailure(token, answer.error, answer.cause);
    },
    clearRun: () => {
      active?.stop();
      active = null;
      set({ run: null, runNotice: null });
    },
  };
};
