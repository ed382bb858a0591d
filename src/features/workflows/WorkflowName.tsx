import { useState } from 'react';
import { useStudio } from '../../store';

/** The open workflow's name, edited in place: Enter or leaving the field renames, Escape reverts. */
export function WorkflowName() {
  const activeId = useStudio((s) => s.activeId);
  const name = useStudio((s) => s.workflows.find((w) => w.id === s.activeId)?.name ?? '');
  const rename = useStudio((s) => s.renameWorkflow);
  const [draft, setDraft] = useState<{ id: string; name: string; value: string } | null>(null);
  // A draft belongs to one workflow and one name: switching or renaming elsewhere drops it.
  const editing = draft && draft.id === activeId && draft.name === name ? draft : null;
  const commit = () => {
    if (editing) rename(activeId, editing.value);
    setDraft(null);
  };
  return (
    <input
      className="workflow-name"
      aria-label="Workflow name"
      value={editing ? editing.value : name}
      size={Math.min(36, Math.max(12, (editing ? editing.value : name).length + 1))}
      spellCheck={false}
      onChange={(event) => setDraft({ id: activeId, name, value: event.target.value })}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(null);
          event.currentTarget.blur();
        }
      }}
    />
  );
}
