import { guardLargeDocument } from '../../app/largeDocument';
import { loadYamlSupport, needsYamlSupport, useStudio } from '../../store';
import { looksLikeAsl, nameFromFile } from './looksLikeAsl';

/**
 * Opens `text` exactly as given (JSON or YAML, valid or not) as a new workflow, never over the
 * open one, and says what happened. YAML waits for the YAML support (loaded on demand), so its
 * graph is drawn at once.
 */
export async function openAsNewWorkflow(text: string, name: string, how: 'file' | 'paste' | 'share' | 'sample'): Promise<void> {
  if (needsYamlSupport(text)) await loadYamlSupport();
  guardLargeDocument(text);
  const state = useStudio.getState();
  state.createWorkflow({ name, text });
  const opened = useStudio.getState().workflows.find((w) => w.id === useStudio.getState().activeId)?.name ?? name;
  if (how === 'sample') return;
  if (!looksLikeAsl(text)) {
    state.notify('warning', `“${opened}” does not look like a state machine (no States or StartAt): opened as is so you can fix it.`);
    return;
  }
  const verb = how === 'share' ? 'Opened the shared workflow' : how === 'paste' ? 'Pasted' : 'Imported';
  state.notify('success', `${verb} as “${opened}”.`);
}

/** Reads dropped or chosen files and opens each as a new workflow. */
export async function importFiles(files: Iterable<File>): Promise<void> {
  for (const file of files) {
    try {
      await openAsNewWorkflow(await file.text(), nameFromFile(file.name), 'file');
    } catch (error) {
      useStudio.getState().notify('error', `Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
