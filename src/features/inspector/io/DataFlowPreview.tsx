import { useId, useMemo } from 'react';
import type { JsonValue, StateMachine } from '../../../asl/types';
import { useStudio } from '../../../store';
import { Section } from '../controls/Section';
import { parseJsonInput } from '../model/inputs';
import { parseResource } from '../model/integration';
import type { SelectedState } from '../useSelectedState';
import { PhaseList } from './PhaseList';
import { inputFromRun, takesMockResult } from './previewModel';
import { usePreview, type PreviewRequest } from './usePreview';

function defaultMock(resource: unknown): string {
  const parsed = typeof resource === 'string' ? parseResource(resource) : undefined;
  return parsed?.service === 'lambda' ? '{\n  "StatusCode": 200,\n  "Payload": {}\n}' : '{}';
}

/** Where the sample input comes from, in the order it is chosen. */
function useDefaultInput(name: string): { text: string; source: string } {
  const events = useStudio((s) => s.run?.events);
  const eventCount = useStudio((s) => s.run?.eventCount ?? 0);
  const startAt = useStudio((s) => (s.definition as StateMachine | undefined)?.StartAt);
  const workflowInput = useStudio((s) => s.runInputDraft?.text);
  return useMemo(() => {
    void eventCount; // events grow in place: the count says when to look again
    const fromRun = inputFromRun(events, name);
    if (fromRun !== undefined) return { text: fromRun, source: 'its input in the last run' };
    if (name === startAt && workflowInput && parseJsonInput(workflowInput).ok) return { text: workflowInput, source: 'the workflow input' };
    return { text: '{}', source: 'an empty object' };
  }, [events, eventCount, name, startAt, workflowInput]);
}

/** The data-flow preview: a sample input, then the value after each phase, recomputed on every edit. */
export function DataFlowPreview({ selected }: { selected: SelectedState }) {
  const { name, state, queryLanguage } = selected;
  const inputId = useId();
  const mockId = useId();
  const fallback = useDefaultInput(name);
  const typedInput = useStudio((s) => s.previewInputs[name]);
  const typedMock = useStudio((s) => s.previewResults[name]);
  const setPreviewInput = useStudio((s) => s.setPreviewInput);
  const setPreviewResult = useStudio((s) => s.setPreviewResult);
  const inputText = typedInput ?? fallback.text;
  const mockText = typedMock ?? defaultMock((state as { Resource?: unknown }).Resource);
  const input = parseJsonInput(inputText);
  const mock = takesMockResult(state.Type) ? parseJsonInput(mockText) : undefined;
  const request: PreviewRequest | null =
    !input.ok || (mock && !mock.ok)
      ? null
      : { state, stateName: name, queryLanguage, input: input.value ?? {}, ...(mock?.ok ? { mock: { result: (mock.value ?? {}) as JsonValue } } : {}) };
  const preview = usePreview(request);
  return (
    <Section title="Data flow preview" badge={preview.kind === 'done' ? preview.result.status : undefined}>
      <p className="section__note">Runs this state alone on a sample input (the engine's TestState, in the background) and shows the value after each phase.</p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>Sample input</label>
        <textarea id={inputId} className="field__input field__input--mono" rows={4} spellCheck={false} value={inputText} onChange={(e) => setPreviewInput(name, e.target.value)} />
        {typedInput === undefined && <p className="field__help">Starts from {fallback.source}.</p>}
        {!input.ok && <p className="field__message field__message--error">{input.message}</p>}
      </div>
      {mock && (
        <div className="field">
          <label className="field__label" htmlFor={mockId}>Mocked task result</label>
          <textarea id={mockId} className="field__input field__input--mono" rows={3} spellCheck={false} value={mockText} onChange={(e) => setPreviewResult(name, e.target.value)} />
          <p className="field__help">What the integration returns in this preview (nothing is called).</p>
          {!mock.ok && <p className="field__message field__message--error">{mock.message}</p>}
        </div>
      )}
      <div className="preview" aria-live="polite" aria-busy={preview.kind === 'running'} data-testid="data-flow-preview">
        {preview.kind === 'running' && <p className="section__note">Running…</p>}
        {preview.kind === 'error' && <p className="field__message field__message--error">{preview.message}</p>}
        {preview.kind === 'done' && <PhaseList result={preview.result} language={queryLanguage} />}
      </div>
    </Section>
  );
}
