import type { DocumentSlice } from './documentSlice';
import type { ExecutionSlice } from './executionSlice';
import type { HistorySlice } from './historySlice';
import type { InspectorSlice } from './inspectorSlice';
import type { SelectionSlice } from './selectionSlice';
import type { ViewSlice } from './viewSlice';
import type { WorkspaceSlice } from './workspaceSlice';

/** The whole studio store: one object built from slices. */
export type StudioState = DocumentSlice & HistorySlice & SelectionSlice & ViewSlice & InspectorSlice & WorkspaceSlice & ExecutionSlice;
