import { useEffect, useState } from 'react';
import { defaultSample } from '../samples';
import { loadYamlSupport, useStudio } from '../store';
import { startTabSync } from '../store/tabSync';
import { bootWorkspace, loadViewPrefs, persistViewPrefs, type Autosave } from '../store/persistence';

function systemTheme(): 'light' | 'dark' {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

// View settings are read synchronously, before the first paint, so the page never flashes the
// wrong theme or panel widths.
useStudio.setState({ theme: systemTheme(), ...loadViewPrefs() });
persistViewPrefs(useStudio);

let booting: Promise<Autosave> | undefined;
let autosave: Autosave | undefined;

/** Saves now (the storage banner's "Try again", Ctrl+S). */
export function saveNow(): Promise<void> {
  return autosave?.flush() ?? Promise.resolve();
}

/**
 * Brings back the saved workspace (IndexedDB is asynchronous) and starts autosave; true once the
 * workspace is what the user left, so nothing renders, or is edited, before that.
 */
export function useWorkspaceBoot(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    // Once per page, even when React runs effects twice.
    booting ??= bootWorkspace(useStudio, defaultSample.title).then(async (handle) => {
      // A YAML workflow is drawn on the first paint too: its parser loads on demand, so wait for it.
      if (useStudio.getState().format === 'yaml') await loadYamlSupport();
      startTabSync(useStudio, handle);
      return handle;
    });
    booting.then(
      (handle) => {
        autosave = handle;
        if (live) setReady(true);
      },
      (error: unknown) => {
        useStudio.getState().setStorage({ backend: 'memory', status: 'failed', message: `Autosave could not start (${String(error)}).` });
        if (live) setReady(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
