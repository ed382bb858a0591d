import { useEffect } from 'react';
import type { JsonValue } from '../asl/types';
import { loadYamlSupport, needsYamlSupport, useStudio } from '../store';
import { editorText } from './editorBridge';

/** What end-to-end tests may read and drive without the UI (tldraw's EndToEndApi idea). */
export interface StudioTestApi {
  getText(): string;
  /** Replaces the text; YAML first waits for the YAML support (loaded on demand), hence the promise. */
  setText(text: string): void | Promise<void>;
  getDefinition(): JsonValue | undefined;
  /** Selects a state by name (null: the machine), as a click on its node would. */
  select(name: string | null): void;
  /** The code editor's own text (its Monaco model), or undefined while it is not mounted. */
  getEditorText(): string | undefined;
}

declare global {
  interface Window {
    __studio?: StudioTestApi;
  }
}

/** Installs `window.__studio` for the end-to-end tests. */
export function useTestApi(): void {
  useEffect(() => {
    window.__studio = {
      getText: () => useStudio.getState().text,
      setText: (text) => (needsYamlSupport(text) ? loadYamlSupport().then(() => useStudio.getState().setText(text)) : useStudio.getState().setText(text)),
      getDefinition: () => useStudio.getState().definition,
      select: (name) => useStudio.getState().select(name, 'api'),
      getEditorText: editorText,
    };
    return () => {
      delete window.__studio;
    };
  }, []);
}
