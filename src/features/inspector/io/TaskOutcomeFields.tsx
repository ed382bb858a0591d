import { Segmented } from '../controls/Segmented';
import type { CheckedDraft, DraftField, PreviewDraft, TaskOutcome } from './previewDraft';
import { PreviewField } from './PreviewField';

const OUTCOMES = [
  { value: 'result', label: 'Result' },
  { value: 'error', label: 'Error' },
] as const satisfies readonly { value: TaskOutcome; label: string }[];

export interface TaskOutcomeFieldsProps {
  draft: PreviewDraft;
  messages: CheckedDraft['messages'];
  set(field: DraftField, text: string): void;
  /** The state has Retry: the retries already made decide between retrying and Catch. */
  retries: boolean;
}

/** What the Task returns in the preview, as AWS TestState's mock: a result, or an error and cause. */
export function TaskOutcomeFields({ draft, messages, set, retries }: TaskOutcomeFieldsProps) {
  return (
    <>
      <div className="field preview-outcome">
        <div className="field__label-row">
          <span className="field__label">The task returns</span>
          <Segmented label="The task returns" value={draft.outcome} options={OUTCOMES} onChange={(v) => set('outcome', v)} />
        </div>
      </div>
      {draft.outcome === 'result' ? (
        <PreviewField
          label="Mocked task result"
          rows={2}
          value={draft.result}
          onChange={(t) => set('result', t)}
          error={messages.result}
          help="What the integration returns in this preview (nothing is called)."
        />
      ) : (
        <>
          <PreviewField label="Error name" mono value={draft.error} onChange={(t) => set('error', t)} error={messages.error} placeholder="States.TaskFailed" />
          <PreviewField label="Cause" value={draft.cause} onChange={(t) => set('cause', t)} placeholder="(none)" />
          {retries && (
            <div className="preview-retries">
              <PreviewField
                label="Retries already made"
                value={draft.retries}
                onChange={(t) => set('retries', t)}
                error={messages.retries}
                placeholder="0"
                help="At the matching retrier's MaxAttempts, Catch decides."
              />
            </div>
          )}
        </>
      )}
    </>
  );
}
