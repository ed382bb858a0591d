import { childPointer } from '../../../asl/pointer';
import type { Catcher, JsonValue, Retrier, TaskState } from '../../../asl/types';
import { TimeoutFields } from '../config/TimeoutFields';
import { Section } from '../controls/Section';
import { hasErrorHandling } from '../model/fields';
import { isRecord } from '../model/isRecord';
import { useStateEdit } from '../useEdit';
import type { SelectedState } from '../useSelectedState';
import { CatcherCard } from './CatcherCard';
import { RetrierCard } from './RetrierCard';

/** The list with items i and i + delta swapped (from the list as it is in the document now). */
function swapped(i: number, delta: -1 | 1) {
  return (current: JsonValue | undefined): JsonValue | undefined => {
    if (!Array.isArray(current) || current[i + delta] === undefined) return current;
    const next = current.slice();
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    return next;
  };
}

/** The list with `item` appended (a missing list becomes one). */
function appended(item: JsonValue) {
  return (current: JsonValue | undefined): JsonValue => [...(Array.isArray(current) ? current : []), item];
}

/** The Error handling tab: Retry and Catch lists, and a Task's timeouts. */
export function ErrorHandlingTab({ selected }: { selected: SelectedState }) {
  const edit = useStateEdit(selected.name);
  if (!hasErrorHandling(selected.state.Type)) {
    return (
      <Section title="Error handling">
        <p className="section__note">Only Task, Parallel and Map states can retry and catch errors.</p>
      </Section>
    );
  }
  const state = selected.state as TaskState;
  const retry: Retrier[] = Array.isArray(state.Retry) ? state.Retry : [];
  const catches: Catcher[] = Array.isArray(state.Catch) ? state.Catch : [];
  const jsonata = selected.queryLanguage === 'JSONata';
  const fallback = selected.scopeNames.find((n) => n !== selected.name) ?? selected.name;
  return (
    <>
      <Section
        title="Retry"
        badge={retry.length}
        actions={
          <button type="button" className="button button--small" onClick={() => edit.update('Retry', appended({ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }), 'Add a retrier')}>
            + Add retrier
          </button>
        }
      >
        <p className="section__note">Retriers are tried in order; the first whose errors match retries the state.</p>
        {retry.map((r, i) => (
          <RetrierCard key={i} retrier={isRecord(r) ? r : { ErrorEquals: [] }} index={i} count={retry.length} pointer={childPointer(selected.pointer, 'Retry', i)} edit={edit} onMove={(d) => edit.update('Retry', swapped(i, d), 'Reorder retriers')} />
        ))}
      </Section>
      <Section
        title="Catch"
        badge={catches.length}
        actions={
          <button
            type="button"
            className="button button--small"
            onClick={() => edit.update('Catch', appended(jsonata ? { ErrorEquals: ['States.ALL'], Next: fallback } : { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: fallback }), 'Add a catcher')}
          >
            + Add catcher
          </button>
        }
      >
        <p className="section__note">When retries run out, the first catcher whose errors match sends the execution to its fallback state.</p>
        {catches.map((c, i) => (
          <CatcherCard
            key={i}
            catcher={isRecord(c) ? c : { ErrorEquals: [], Next: '' }}
            index={i}
            count={catches.length}
            pointer={childPointer(selected.pointer, 'Catch', i)}
            jsonata={jsonata}
            targets={selected.scopeNames}
            edit={edit}
            onMove={(d) => edit.update('Catch', swapped(i, d), 'Reorder catchers')}
          />
        ))}
      </Section>
      {state.Type === 'Task' && (
        <Section title="Timeouts">
          <TimeoutFields selected={selected} edit={edit} />
        </Section>
      )}
    </>
  );
}
