import { useMemo } from 'react';
import type { State, StateMachine } from '../../../asl/types';
import { useStudio } from '../../../store';
import { parseJsonInput } from '../model/inputs';
import { parseResource } from '../model/integration';
import type { DraftField, PreviewDraft } from './previewDraft';
import { inputFromRun, variablesFromRun } from './previewModel';

/** Where a field's starting text came from, when the user has not typed in it. */
export type DraftSources = Partial<Record<DraftField, string>>;

function defaultMock(resource: unknown): string {
  const parsed = typeof resource === 'string' ? parseResource(resource) : undefined;
  return parsed?.service === 'lambda' ? '{\n  "StatusCode": 200,\n  "Payload": {}\n}' : '{}';
}

/** The sample input and variables a state starts from: its last run, the workflow input, or nothing. */
function useRunDefaults(name: string) {
  const events = useStudio((s) => s.run?.events);
  const eventCount = useStudio((s) => s.run?.eventCount ?? 0);
  const startAt = useStudio((s) => (s.definition as StateMachine | undefined)?.StartAt);
  const workflowInput = useStudio((s) => s.runInputDraft?.text);
  return useMemo(() => {
    void eventCount; // events grow in place: the count says when to look again
    const input = inputFromRun(events, name);
    const variables = variablesFromRun(events, name);
    return {
      input:
        input !== undefined
          ? { text: input, source: 'its input in the last run' }
          : name === startAt && workflowInput && parseJsonInput(workflowInput).ok
            ? { text: workflowInput, source: 'the workflow input' }
            : { text: '{}', source: 'an empty object' },
      variables: variables !== undefined ? { text: variables, source: 'the variables in scope here in the last run' } : { text: '{}', source: '' },
    };
  }, [events, eventCount, name, startAt, workflowInput]);
}

/**
 * The preview's fields for a state: what the user typed for it (kept in the store by state name,
 * so it survives switching states and renames), else sensible starting text.
 */
export function usePreviewDraft(name: string, state: State): { draft: PreviewDraft; sources: DraftSources; set(field: DraftField, text: string): void } {
  const defaults = useRunDefaults(name);
  const typedInput = useStudio((s) => s.previewInputs[name]);
  const typedResult = useStudio((s) => s.previewResults[name]);
  const fields = useStudio((s) => s.previewFields[name]);
  const setPreviewInput = useStudio((s) => s.setPreviewInput);
  const setPreviewResult = useStudio((s) => s.setPreviewResult);
  const setPreviewField = useStudio((s) => s.setPreviewField);
  const resource = (state as { Resource?: unknown }).Resource;
  const draft = useMemo<PreviewDraft>(
    () => ({
      input: typedInput ?? defaults.input.text,
      variables: fields?.variables ?? defaults.variables.text,
      outcome: fields?.outcome === 'error' ? 'error' : 'result',
      result: typedResult ?? defaultMock(resource),
      error: fields?.error ?? 'States.TaskFailed',
      cause: fields?.cause ?? '',
      retries: fields?.retries ?? '',
    }),
    [typedInput, typedResult, fields, defaults, resource],
  );
  const sources: DraftSources = {
    ...(typedInput === undefined ? { input: defaults.input.source } : {}),
    ...(fields?.variables === undefined && defaults.variables.source ? { variables: defaults.variables.source } : {}),
  };
  const set = (field: DraftField, text: string): void => {
    if (field === 'input') setPreviewInput(name, text);
    else if (field === 'result') setPreviewResult(name, text);
    else setPreviewField(name, field, text);
  };
  return { draft, sources, set };
}
