import { useMemo } from 'react';
import { childPointer } from '../../../asl/pointer';
import type { JsonValue, State } from '../../../asl/types';
import { useDraft } from '../controls/drafts';
import { ioFields, type IoField } from '../model/fields';
import type { SelectedState } from '../useSelectedState';
import { CODECS, IO_KINDS, withTypedFields } from './ioCodecs';

/** The text typed in one Input/Output box of the state, if any (the box's own draft). */
function useTyped(selected: SelectedState, key: IoField['key']): string | undefined {
  const value = (selected.state as unknown as Record<string, JsonValue | undefined>)[key];
  const [draft] = useDraft(childPointer(selected.pointer, key), CODECS[IO_KINDS[key]].format(value));
  return draft?.text;
}

/** The selected state as the user is typing it in the Input/Output tab (see {@link withTypedFields}). */
export function useTypedState(selected: SelectedState): { state: State; typed: IoField['key'][] } {
  // One hook per key, always all of them: the same hooks on every render whatever the state's type.
  const InputPath = useTyped(selected, 'InputPath');
  const Parameters = useTyped(selected, 'Parameters');
  const ResultSelector = useTyped(selected, 'ResultSelector');
  const ResultPath = useTyped(selected, 'ResultPath');
  const OutputPath = useTyped(selected, 'OutputPath');
  const Arguments = useTyped(selected, 'Arguments');
  const Output = useTyped(selected, 'Output');
  const { state, queryLanguage } = selected;
  return useMemo(
    () => withTypedFields(state, { InputPath, Parameters, ResultSelector, ResultPath, OutputPath, Arguments, Output }, ioFields(state.Type, queryLanguage).map((f) => f.key)),
    [state, queryLanguage, InputPath, Parameters, ResultSelector, ResultPath, OutputPath, Arguments, Output],
  );
}
