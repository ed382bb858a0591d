import { useMemo } from 'react';
import { Section } from '../controls/Section';
import type { SelectedState } from '../useSelectedState';
import { PhaseList } from './PhaseList';
import { PreviewField } from './PreviewField';
import { checkDraft } from './previewDraft';
import { STATUS_TEXT } from './previewModel';
import { TaskOutcomeFields } from './TaskOutcomeFields';
import { usePreview } from './usePreview';
import { usePreviewDraft } from './usePreviewDraft';
import { useTypedState } from './useTypedState';
import './preview.css';

/**
 * The data-flow preview: a sample input, the variables in scope and (for a Task) what the task
 * returns, then the value after each phase and what Retry/Catch do, recomputed on every keystroke.
 */
export function DataFlowPreview({ selected }: { selected: SelectedState }) {
  const { name, queryLanguage } = selected;
  const live = useTypedState(selected);
  const { draft, sources, set } = usePreviewDraft(name, live.state);
  const checked = useMemo(() => checkDraft(draft, { state: live.state, stateName: name, queryLanguage }), [draft, live.state, name, queryLanguage]);
  const preview = usePreview(checked.request);
  const { messages } = checked;
  const retry = (live.state as { Retry?: unknown }).Retry;
  return (
    <Section title="Data flow preview" badge={preview.kind === 'done' ? STATUS_TEXT[preview.result.status] : undefined}>
      <p className="section__note">Runs this state alone, as AWS TestState does (in the background, nothing is called), and shows the value after each phase.</p>
      <PreviewField
        label="Sample input"
        rows={3}
        value={draft.input}
        onChange={(t) => set('input', t)}
        error={messages.input}
        help={sources.input && `Starts from ${sources.input}.`}
      />
      <PreviewField
        label="Variables in scope"
        rows={2}
        value={draft.variables}
        onChange={(t) => set('variables', t)}
        error={messages.variables}
        placeholder='{ "orderId": "o-1" }'
        help={sources.variables ? `Starts from ${sources.variables}.` : <>What <code>$name</code> reads here: the variables earlier states assigned.</>}
      />
      {live.state.Type === 'Task' && <TaskOutcomeFields draft={draft} messages={messages} set={set} retries={Array.isArray(retry) && retry.length > 0} />}
      {live.typed.length > 0 && (
        <p className="preview__typed">
          Uses what you are typing in {live.typed.join(', ')}; press Enter there to apply it to the workflow.
        </p>
      )}
      <div className={`preview${preview.kind === 'done' && preview.stale ? ' is-stale' : ''}`} aria-live="polite" aria-busy={preview.kind !== 'done' || preview.stale} data-testid="data-flow-preview">
        {checked.request === null && <p className="section__note">Fix the marked field to see the preview.</p>}
        {checked.request !== null && (preview.kind === 'running' || preview.kind === 'idle') && <p className="section__note">Running…</p>}
        {preview.kind === 'error' && <p className="field__message field__message--error">{preview.message}</p>}
        {preview.kind === 'done' && <PhaseList result={preview.result} language={preview.request.queryLanguage} state={preview.request.state} retriesMade={preview.request.retrierRetryCount ?? 0} />}
      </div>
    </Section>
  );
}
