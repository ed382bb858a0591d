import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { defaultSample } from '../samples';
import { createDocumentSlice } from './documentSlice';
import { createExecutionSlice } from './executionSlice';
import { createHistorySlice } from './historySlice';
import { createInspectorSlice } from './inspectorSlice';
import { createSelectionSlice } from './selectionSlice';
import { createViewSlice } from './viewSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import type { StudioState } from './types';

export type { StudioState } from './types';
export type { ChangeOrigin, TextChange } from './documentSlice';
export type { ViewMode, Theme, Notice } from './viewSlice';
export type { SelectionOrigin } from './selectionSlice';
export type { WorkflowMeta, StorageInfo, RestoredWorkflow } from './workspaceSlice';
export { BLANK_WORKFLOW } from './workspaceSlice';
export type { WorkflowType } from './inspectorSlice';
export type { RunStatus, RunView, RunSettings, TaskAnswer } from './executionSlice';
export type { StateRunStatus } from './runStatus';

/** Builds a studio store opened on `text` (tests make their own; the app uses {@link useStudio}). */
export function createStudioStore(text: string): UseBoundStore<StoreApi<StudioState>> {
  return create<StudioState>()((...a) => ({
    ...createDocumentSlice(text)(...a),
    ...createHistorySlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createInspectorSlice(...a),
    ...createWorkspaceSlice(...a),
    ...createExecutionSlice(...a),
  }));
}

/** The one studio store. */
export const useStudio = createStudioStore(defaultSample.text);

export { useStateRunStatus } from './useStateRunStatus';
export { loadYamlSupport, needsYamlSupport, writeDocumentText } from './textFormats';
