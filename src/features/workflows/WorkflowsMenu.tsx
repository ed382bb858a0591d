import './workflows.css';
import { useState } from 'react';
import { ConfirmDialog } from '../../app/Dialog';
import { Icon } from '../../app/Icon';
import { estimateStateCount, guardLargeDocument } from '../../app/largeDocument';
import { Popover } from '../../app/Popover';
import { useStudio, type WorkflowMeta } from '../../store';
import { WorkflowRow } from './WorkflowRow';

function describeText(text: string): string {
  const format = /^\s*[{[]/.test(text) ? 'JSON' : 'YAML';
  const states = estimateStateCount(text);
  return `${format} · ${states} state${states === 1 ? '' : 's'}`;
}

/** The workflows of this browser: switch, create (blank or from a sample), rename, duplicate, delete. */
export function WorkflowsMenu() {
  const workflows = useStudio((s) => s.workflows);
  const activeId = useStudio((s) => s.activeId);
  const [deleting, setDeleting] = useState<WorkflowMeta | null>(null);
  const s = useStudio.getState;
  const textOf = (id: string) => (id === s().activeId ? s().text : (s().parked[id]?.text ?? ''));
  const open = (id: string) => {
    guardLargeDocument(textOf(id));
    s().switchWorkflow(id);
  };

  return (
    <>
      <Popover
        label="Workflows"
        buttonClassName="button button--quiet"
        title="Your workflows"
        button={
          <>
            <Icon name="workflows" /> <span className="top-bar__label">Workflows</span> <Icon name="chevronDown" size={14} />
          </>
        }
      >
        {(close) => (
          <div className="workflows-menu">
            <h2 className="workflows-menu__title">
              Workflows <span className="workflows-menu__count">{workflows.length}</span>
            </h2>
            <ul className="workflows-menu__list">
              {workflows.map((w) => (
                <WorkflowRow
                  key={w.id}
                  workflow={w}
                  active={w.id === activeId}
                  detail={describeText(textOf(w.id))}
                  onOpen={() => {
                    open(w.id);
                    close();
                  }}
                  onRename={(name) => s().renameWorkflow(w.id, name)}
                  onDuplicate={() => {
                    s().duplicateWorkflow(w.id);
                    close();
                  }}
                  onDelete={() => {
                    close();
                    setDeleting(w);
                  }}
                />
              ))}
            </ul>
            <div className="workflows-menu__footer">
              <button
                type="button"
                className="button"
                onClick={() => {
                  s().createWorkflow();
                  close();
                }}
              >
                <Icon name="plus" /> New blank workflow
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  close();
                  s().setGalleryOpen(true);
                }}
              >
                <Icon name="gallery" /> New from a sample…
              </button>
            </div>
          </div>
        )}
      </Popover>
      {deleting && (
        <ConfirmDialog
          title="Delete workflow?"
          message={
            <>
              “{deleting.name}” will be deleted from this browser. This cannot be undone; export it first if you may need it again.
            </>
          }
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            s().deleteWorkflow(deleting.id);
            s().notify('info', `Deleted “${deleting.name}”.`);
            setDeleting(null);
          }}
        />
      )}
    </>
  );
}
