import { Section } from '../controls/Section';
import { useStateEdit } from '../useEdit';
import type { SelectedState } from '../useSelectedState';
import { ChoiceConfig } from './ChoiceConfig';
import { FailConfig } from './FailConfig';
import { MapConfig } from './MapConfig';
import { ParallelConfig } from './ParallelConfig';
import { PassConfig } from './PassConfig';
import { TaskConfig } from './TaskConfig';
import { WaitConfig } from './WaitConfig';

/** The Configuration tab: the form for the state's own type. */
export function ConfigurationTab({ selected }: { selected: SelectedState }) {
  const edit = useStateEdit(selected.name);
  const props = { selected, edit };
  switch (selected.state.Type) {
    case 'Task':
      return <TaskConfig {...props} />;
    case 'Choice':
      return <ChoiceConfig {...props} />;
    case 'Wait':
      return <WaitConfig {...props} />;
    case 'Map':
      return <MapConfig {...props} />;
    case 'Parallel':
      return <ParallelConfig {...props} />;
    case 'Pass':
      return <PassConfig {...props} />;
    case 'Fail':
      return <FailConfig {...props} />;
    case 'Succeed':
      return (
        <Section title="Succeed">
          <p className="section__note">Ends the execution (or its branch or iteration) successfully. It only shapes its output: see Input/Output.</p>
        </Section>
      );
    default:
      return <p className="section__note">This state has no Type this inspector knows; fix it in the code.</p>;
  }
}
