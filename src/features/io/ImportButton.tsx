import { useRef } from 'react';
import { Icon } from '../../app/Icon';
import { importFiles } from './openWorkflow';

export const ACCEPTED_FILES = '.json,.yaml,.yml,.asl.json,.asl.yaml';

/** Opens ASL files from disk, each as a new workflow. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()} title="Open .asl.json or .asl.yaml files (or drop them on the window)">
        <Icon name="upload" /> Import
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        multiple
        hidden
        aria-label="Import workflow files"
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void importFiles(files);
        }}
      />
    </>
  );
}
