import { useState } from 'react';
import { Icon } from '../../app/Icon';
import type { WorkflowMeta } from '../../store';

interface Props {
  workflow: WorkflowMeta;
  active: boolean;
  detail: string;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One workflow in the workflows menu: open it, or rename, duplicate, delete it. */
export function WorkflowRow({ workflow, active, detail, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  if (renaming !== null) {
    const done = (save: boolean) => {
      if (save) onRename(renaming);
      setRenaming(null);
    };
    return (
      <li className="workflow-row workflow-row--renaming">
        <input
          className="workflow-row__input"
          aria-label={`New name for ${workflow.name}`}
          value={renaming}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setRenaming(event.target.value)}
          onBlur={() => done(true)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') done(true);
            if (event.key === 'Escape') {
              event.stopPropagation();
              done(false);
            }
          }}
        />
      </li>
    );
  }
  return (
    <li className={active ? 'workflow-row is-active' : 'workflow-row'}>
      <button type="button" className="workflow-row__open" aria-current={active ? 'true' : undefined} onClick={onOpen}>
        <span className="workflow-row__name">{workflow.name}</span>
        <span className="workflow-row__detail">{detail}</span>
      </button>
      <span className="workflow-row__actions">
        <button type="button" className="icon-button" aria-label={`Rename ${workflow.name}`} title="Rename" onClick={() => setRenaming(workflow.name)}>
          <Icon name="pencil" />
        </button>
        <button type="button" className="icon-button" aria-label={`Duplicate ${workflow.name}`} title="Duplicate" onClick={onDuplicate}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon-button icon-button--danger" aria-label={`Delete ${workflow.name}`} title="Delete" onClick={onDelete}>
          <Icon name="trash" />
        </button>
      </span>
    </li>
  );
}
