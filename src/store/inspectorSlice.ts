import type { StateCreator } from 'zustand';
import type { StudioState } from './types';

/** STANDARD or EXPRESS: chosen when the state machine is created, so it is not part of ASL. */
export type WorkflowType = 'STANDARD' | 'EXPRESS';

/**
 * What the inspector keeps beside the ASL text: the workflow type (document metadata that ASL
 * has no field for) and, per state, the sample input and mocked Task result of the data-flow
 * preview. None of it is in the text, so none of it is in the undo history.
 */
export interface InspectorSlice {
  workflowType: WorkflowType;
  /** State name -> the JSON text typed as that state's sample input. */
  previewInputs: Record<string, string>;
  /** State name -> the JSON text typed as that Task's mocked result. */
  previewResults: Record<string, string>;
  /** State name -> the preview's other fields as typed (variables, mocked error and cause, outcome...). */
  previewFields: Record<string, Record<string, string>>;
  setWorkflowType(type: WorkflowType): void;
  setPreviewInput(state: string, text: string): void;
  setPreviewResult(state: string, text: string): void;
  setPreviewField(state: string, field: string, text: string): void;
  /** Carries a state's preview input and mock over a rename. */
  movePreview(from: string, to: string): void;
}

function moved<T>(record: Record<string, T>, from: string, to: string): Record<string, T> {
  if (!(from in record)) return record;
  const { [from]: text, ...rest } = record;
  return { ...rest, [to]: text };
}

export const createInspectorSlice: StateCreator<StudioState, [], [], InspectorSlice> = (set, get) => ({
  workflowType: 'STANDARD',
  previewInputs: {},
  previewResults: {},
  previewFields: {},
  // The open workflow's type, kept in its entry of the workflow list too (and so saved with it).
  setWorkflowType: (workflowType) =>
    set((s) => ({ workflowType, workflows: s.workflows.map((w) => (w.id === s.activeId ? { ...w, type: workflowType } : w)) })),
  setPreviewInput: (state, text) => set({ previewInputs: { ...get().previewInputs, [state]: text } }),
  setPreviewResult: (state, text) => set({ previewResults: { ...get().previewResults, [state]: text } }),
  setPreviewField: (state, field, text) => set({ previewFields: { ...get().previewFields, [state]: { ...get().previewFields[state], [field]: text } } }),
  movePreview: (from, to) =>
    set({ previewInputs: moved(get().previewInputs, from, to), previewResults: moved(get().previewResults, from, to), previewFields: moved(get().previewFields, from, to) }),
});
