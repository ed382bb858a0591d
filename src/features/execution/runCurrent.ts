/**
 * "Run": opens the execution panel and runs the current document with the input in the box (or
 * the sample's input) and the run settings. Shared by the top bar's button and the panel.
 */
import { useStudio } from '../../store';
import type { RunOptions } from '../../worker/protocol';
import { defaultInputText, matchSample, sampleExtras } from './runDefaults';

/** The input box's current text and the key it is kept under (the sample id, or ''). */
export function currentInput(definition: unknown, draft: { key: string; text: string } | null): { key: string; text: string } {
  const sample = matchSample(definition);
  const key = sample?.id ?? '';
  return { key, text: draft !== null && draft.key === key ? draft.text : defaultInputText(sample) };
}

/** Starts a run of the current document; false when it could not start (the panel says why). */
export function runCurrentWorkflow(): boolean {
  const s = useStudio.getState();
  s.setRunPanelOpen(true);
  const { text } = currentInput(s.definition, s.runInputDraft);
  const extras = sampleExtras(matchSample(s.definition));
  const options: RunOptions = {
    type: s.workflowType,
    echoTaskInput: s.runSettings.echoTaskInput,
    clock: s.runSettings.clock,
    ...(s.runSettings.useSampleMocks && extras.mocks ? { mocks: extras.mocks } : {}),
  };
  return s.startRun(text, options);
}
