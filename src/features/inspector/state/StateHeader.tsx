import { STATE_STYLE, UNKNOWN_STYLE } from '../../canvas/stateStyles';
import { resourceLabel } from '../../../asl/graph';
import { childPointer } from '../../../asl/pointer';
import { renameStateCommand } from '../../../commands/state/rename';
import { useStudio } from '../../../store';
import { requiredTextCodec, textCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { runCommand, useStateEdit } from '../useEdit';
import type { SelectedState } from '../useSelectedState';
import { Icon } from '../controls/icons';

/** The selected state's type, name (renaming rewires every reference) and comment. */
export function StateHeader({ selected }: { selected: SelectedState }) {
  const { name, state, pointer } = selected;
  const style = STATE_STYLE[state.Type] ?? UNKNOWN_STYLE;
  const select = useStudio((s) => s.select);
  const movePreview = useStudio((s) => s.movePreview);
  const edit = useStateEdit(name);
  const subtitle = state.Type === 'Task' && typeof state.Resource === 'string' ? resourceLabel(state.Resource) : `${style.title} state`;
  const rename = (to: string | undefined) => {
    const refused = runCommand(renameStateCommand, { from: name, to: to ?? '' });
    if (!refused && to !== undefined) {
      movePreview(name, to);
      select(to, 'inspector');
    }
    return refused;
  };
  return (
    <header className="state-header" style={{ '--state-color': style.color } as React.CSSProperties}>
      <div className="state-header__title">
        <span className="state-header__glyph" aria-hidden>{style.glyph}</span>
        <div className="state-header__text">
          <span className="state-header__type">{state.Type ?? 'Unknown'}</span>
          <span className="state-header__subtitle">{subtitle}</span>
        </div>
        <button type="button" className="icon-button state-header__close" aria-label="Show the state machine" title="Show the state machine" onClick={() => select(null, 'inspector')}><Icon name="close" /></button>
      </div>
      <FormField
        label="State name"
        pointer={`#name${pointer}`}
        value={name}
        codec={requiredTextCodec}
        onCommit={rename}
      />
      <FormField label="Comment" asl="Comment" pointer={childPointer(pointer, 'Comment')} value={state.Comment} codec={textCodec} onCommit={(v) => edit.set('Comment', v)} />
    </header>
  );
}
