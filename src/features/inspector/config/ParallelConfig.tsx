import type { ParallelState, StateMachineFragment } from '../../../asl/types';
import { addBranchCommand } from '../../../commands/branch/add';
import { removeBranchCommand } from '../../../commands/branch/remove';
import { useStudio } from '../../../store';
import { countStates } from '../../../asl/countStates';
import { Section } from '../controls/Section';
import { runCommand } from '../useEdit';
import type { ConfigProps } from './types';
import { Icon } from '../controls/icons';

/** A Parallel: its branches, with add and remove (the last branch stays: ASL needs one). */
export function ParallelConfig({ selected }: ConfigProps) {
  const state = selected.state as ParallelState;
  const branches: StateMachineFragment[] = Array.isArray(state.Branches) ? state.Branches : [];
  const select = useStudio((s) => s.select);
  const notify = useStudio((s) => s.notify);
  const run = (refused: string | undefined) => refused && notify('warning', refused);
  return (
    <Section
      title="Branches"
      badge={branches.length}
      actions={
        <button type="button" className="button button--small" onClick={() => run(runCommand(addBranchCommand, { parallel: selected.name }))}>
          + Add branch
        </button>
      }
    >
      <p className="section__note">Every branch runs at the same time on the same input; the output is an array of their outputs, in order.</p>
      <ol className="branch-list">
        {branches.map((branch, i) => (
          <li key={i} className="branch-list__item" aria-label={`Branch ${i + 1}`}>
            <span className="branch-list__index">{i + 1}</span>
            <div className="branch-list__text">
              <button type="button" className="link-button" onClick={() => typeof branch?.StartAt === 'string' && select(branch.StartAt, 'inspector')}>
                {typeof branch?.StartAt === 'string' ? branch.StartAt : 'No StartAt'}
              </button>
              <span className="branch-list__meta">{countStates(branch)} state{countStates(branch) === 1 ? '' : 's'}</span>
            </div>
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove branch ${i + 1}`}
              disabled={branches.length === 1}
              title={branches.length === 1 ? 'A Parallel state needs at least one branch' : undefined}
              onClick={() => run(runCommand(removeBranchCommand, { parallel: selected.name, index: i }))}
            ><Icon name="trash" /></button>
          </li>
        ))}
      </ol>
    </Section>
  );
}
