/** The data-flow preview's pure parts: which phases to show, and where the sample input comes from. */
import type { JsonValue, QueryLanguage, StateType } from '../../../asl/types';
import type { HistoryEvent, TestStateResult } from '../../../engine';

export interface Phase {
  key: 'input' | 'afterInputPath' | 'afterParameters' | 'afterArguments' | 'result' | 'afterResultSelector' | 'afterResultPath' | 'output';
  label: string;
}

const JSONPATH_PHASES: Phase[] = [
  { key: 'input', label: 'State input' },
  { key: 'afterInputPath', label: 'After InputPath' },
  { key: 'afterParameters', label: 'After Parameters' },
  { key: 'result', label: 'Result' },
  { key: 'afterResultSelector', label: 'After ResultSelector' },
  { key: 'afterResultPath', label: 'After ResultPath' },
  { key: 'output', label: 'State output (after OutputPath)' },
];

const JSONATA_PHASES: Phase[] = [
  { key: 'input', label: 'State input' },
  { key: 'afterArguments', label: 'After Arguments' },
  { key: 'result', label: 'Result' },
  { key: 'output', label: 'State output (after Output)' },
];

/** The words for each TestState status (badge and section title). */
export const STATUS_TEXT: Record<TestStateResult['status'], string> = {
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  RETRIABLE: 'Would be retried',
  CAUGHT_ERROR: 'Error caught',
};

/**
 * The phases the engine reported for this run, in data-flow order (phases a state skips are left
 * out). The state output is a phase only when the state succeeded: a caught error's output is the
 * catcher's, shown with the catcher.
 */
export function phasesOf(result: TestStateResult, language: QueryLanguage): { phase: Phase; value: JsonValue }[] {
  const phases = language === 'JSONata' ? JSONATA_PHASES : JSONPATH_PHASES;
  const values = result as unknown as Record<string, JsonValue | undefined>;
  return phases.flatMap((phase) => {
    const value = values[phase.key];
    return value === undefined || (phase.key === 'output' && result.status !== 'SUCCEEDED') ? [] : [{ phase, value }];
  });
}

/** Whether the preview takes a mocked task result (Tasks) rather than computing one. */
export function takesMockResult(type: StateType): boolean {
  return type === 'Task';
}

/** The latest `...StateEntered` event of a state in a run. */
function lastEntered(events: readonly HistoryEvent[] | undefined, stateName: string): { event: HistoryEvent; input: string } | undefined {
  if (!events) return undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (!event.type.endsWith('StateEntered')) continue;
    const details = event.stateEnteredEventDetails as { name?: string; input?: string } | undefined;
    if (details?.name === stateName && typeof details.input === 'string') return { event, input: details.input };
  }
  return undefined;
}

/** The input a state got in the last run (its latest `...StateEntered` event), as text. */
export function inputFromRun(events: readonly HistoryEvent[] | undefined, stateName: string): string | undefined {
  const entered = lastEntered(events, stateName);
  return entered && prettyJsonText(entered.input);
}

/**
 * The variables in scope when the state was last entered, as JSON text (undefined: the run never
 * got there). They are the `assignedVariables` of the `...StateExited` events on the chain of
 * `previousEventId`s that led to it, a later assignment winning. That chain skips the events of
 * Parallel branches and Map iterations that ran beside it, whose variables are out of scope.
 */
export function variablesFromRun(events: readonly HistoryEvent[] | undefined, stateName: string): string | undefined {
  const entered = lastEntered(events, stateName);
  if (!events || !entered) return undefined;
  const byId = (id: number): HistoryEvent | undefined => (events[id - 1]?.id === id ? events[id - 1] : events.find((e) => e.id === id));
  const chain: HistoryEvent[] = [];
  const seen = new Set<number>();
  for (let e = byId(entered.event.previousEventId); e !== undefined && !seen.has(e.id); e = byId(e.previousEventId)) {
    seen.add(e.id);
    chain.push(e);
  }
  const variables: Record<string, JsonValue> = {};
  for (let i = chain.length - 1; i >= 0; i--) {
    const assigned = (chain[i].stateExitedEventDetails as { assignedVariables?: Record<string, string> } | undefined)?.assignedVariables;
    for (const [name, text] of Object.entries(assigned ?? {})) variables[name] = parseOr(text);
  }
  return JSON.stringify(variables, null, 2);
}

function parseOr(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

function prettyJsonText(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** A value for a phase box: pretty JSON, cut after `limit` characters. */
export function previewText(value: JsonValue, limit = 4000): { text: string; cut: boolean } {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return text.length > limit ? { text: `${text.slice(0, limit)}\n…`, cut: true } : { text, cut: false };
}
