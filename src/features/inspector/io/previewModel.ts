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

/** The phases the engine reported for this run, in data-flow order (phases a state skips are left out). */
export function phasesOf(result: TestStateResult, language: QueryLanguage): { phase: Phase; value: JsonValue }[] {
  const phases = language === 'JSONata' ? JSONATA_PHASES : JSONPATH_PHASES;
  const values = result as unknown as Record<string, JsonValue | undefined>;
  return phases.flatMap((phase) => {
    const value = values[phase.key];
    return value === undefined || (phase.key === 'output' && value === null && result.status !== 'SUCCEEDED') ? [] : [{ phase, value }];
  });
}

/** Whether the preview takes a mocked task result (Tasks) rather than computing one. */
export function takesMockResult(type: StateType): boolean {
  return type === 'Task';
}

/** The input a state got in the last run (its latest `...StateEntered` event), as text. */
export function inputFromRun(events: readonly HistoryEvent[] | undefined, stateName: string): string | undefined {
  if (!events) return undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (!event.type.endsWith('StateEntered')) continue;
    const details = event.stateEnteredEventDetails as { name?: string; input?: string } | undefined;
    if (details?.name === stateName && typeof details.input === 'string') return prettyJsonText(details.input);
  }
  return undefined;
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
