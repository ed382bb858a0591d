import type { JsonValue, TaskState } from '../../../asl/types';
import { numberCodec } from '../controls/codecs';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import type { ConfigProps } from './types';

/** A Task's TimeoutSeconds and HeartbeatSeconds, each a number, a path or (JSONata) an expression. */
export function TimeoutFields({ selected, edit }: ConfigProps) {
  const state = selected.state as TaskState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const holder = state as unknown as Record<string, JsonValue | undefined>;
  const codec = numberCodec({ integer: true, jsonata });
  return (
    <>
      <ValueOrPathField
        label="Task timeout (seconds)"
        valueKey={['TimeoutSeconds']}
        pathKey={['TimeoutSecondsPath']}
        holder={holder}
        pointer={selected.pointer}
        codec={codec}
        jsonata={jsonata}
        valueWord="Seconds"
        placeholder="60 (the default is 99999999)"
        help="The task fails with States.Timeout after this long."
        onChange={(changes) => edit.setMany(changes, 'Set task timeout')}
      />
      <ValueOrPathField
        label="Heartbeat (seconds)"
        valueKey={['HeartbeatSeconds']}
        pathKey={['HeartbeatSecondsPath']}
        holder={holder}
        pointer={selected.pointer}
        codec={codec}
        jsonata={jsonata}
        valueWord="Seconds"
        placeholder="No heartbeat"
        help="Must be smaller than the timeout. The task fails with States.HeartbeatTimeout when no heartbeat arrives in time."
        onChange={(changes) => edit.setMany(changes, 'Set heartbeat')}
      />
    </>
  );
}
