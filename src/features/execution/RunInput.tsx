import { useStudio } from '../../store';
import { currentInput, runCurrentWorkflow } from './runCurrent';
import { matchSample, sampleExtras } from './runDefaults';

/** The execution input box and the run settings under it. */
export function RunInput() {
  const definition = useStudio((s) => s.definition);
  const draft = useStudio((s) => s.runInputDraft);
  const notice = useStudio((s) => s.runNotice);
  const settings = useStudio((s) => s.runSettings);
  const setDraft = useStudio((s) => s.setRunInputDraft);
  const setSettings = useStudio((s) => s.setRunSettings);
  const { key, text } = currentInput(definition, draft);
  const sample = matchSample(definition);
  const mocks = sampleExtras(sample).mocks;
  return (
    <section className="run-column run-input" aria-label="Execution input">
      <label className="run-column__title" htmlFor="run-input-text">
        Input <span className="run-column__hint">JSON{sample ? ` · from the “${sample.title}” sample` : ''}</span>
      </label>
      <textarea
        id="run-input-text"
        wrap="off"
        className={`run-code${notice ? ' run-code--invalid' : ''}`}
        spellCheck={false}
        value={text}
        aria-invalid={notice ? true : undefined}
        aria-describedby={notice ? 'run-input-notice' : undefined}
        onChange={(e) => setDraft(key, e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            runCurrentWorkflow();
          }
        }}
      />
      {notice && (
        <p id="run-input-notice" className="run-notice" role="alert">
          {notice}
        </p>
      )}
      <div className="run-settings">
        {mocks && (
          <label className="run-check">
            <input type="checkbox" checked={settings.useSampleMocks} onChange={(e) => setSettings({ useSampleMocks: e.target.checked })} />
            <span>Use the sample’s mocked task results</span>
          </label>
        )}
        <label className="run-check" title="Tasks that no mock answers return their own input (a Lambda function its Payload). Callback tasks (.waitForTaskToken) still wait for your answer.">
          <input type="checkbox" checked={settings.echoTaskInput} onChange={(e) => setSettings({ echoTaskInput: e.target.checked })} />
          <span>Return the task input as its result</span>
        </label>
        <label className="run-select" title="Wait states, retry back-off and timeouts: skipped instantly on the virtual clock, or waited for in real time.">
          <span>Clock</span>
          <select value={settings.clock} onChange={(e) => setSettings({ clock: e.target.value === 'real' ? 'real' : 'virtual' })}>
            <option value="virtual">Virtual</option>
            <option value="real">Real time</option>
          </select>
        </label>
      </div>
    </section>
  );
}
