import { childPointer } from '../../../asl/pointer';
import { AssignEditor } from '../controls/AssignEditor';
import { Section } from '../controls/Section';
import { hasAssign } from '../model/fields';
import { useStateEdit } from '../useEdit';
import type { SelectedState } from '../useSelectedState';

/** The Variables tab: the state's Assign, as name/value rows. */
export function VariablesTab({ selected }: { selected: SelectedState }) {
  const edit = useStateEdit(selected.name);
  const jsonata = selected.queryLanguage === 'JSONata';
  if (!hasAssign(selected.state.Type)) {
    return (
      <Section title="Variables">
        <p className="section__note">A {selected.state.Type} state cannot assign variables.</p>
      </Section>
    );
  }
  const assign = (selected.state as { Assign?: never }).Assign;
  return (
    <Section title="Assign variables" badge={assign ? Object.keys(assign).length : 0}>
      <p className="section__note">
        {jsonata
          ? 'Values are JSON; strings may hold {% %} JSONata expressions, e.g. {% $states.result.total %}.'
          : 'Values are JSON. End a name with .$ to take its value from a path or intrinsic function, e.g. total.$ = $.price.'}{' '}
        Variables are set after the state runs and read as $name by later states.
      </p>
      <AssignEditor value={assign} path={['Assign']} pointer={childPointer(selected.pointer, 'Assign')} jsonata={jsonata} edit={edit} />
    </Section>
  );
}
