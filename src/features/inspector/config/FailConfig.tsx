import type { FailState, JsonValue } from '../../../asl/types';
import { textCodec, type Codec } from '../controls/codecs';
import { Section } from '../controls/Section';
import { ValueOrPathField } from '../controls/ValueOrPathField';
import type { ConfigProps } from './types';

/** A Fail: its Error and Cause, literal or from a path (JSONPath) or a `{% %}` expression (JSONata). */
export function FailConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as FailState;
  const jsonata = selected.queryLanguage === 'JSONata';
  const holder = state as unknown as Record<string, JsonValue | undefined>;
  const codec = textCodec as Codec<JsonValue>;
  return (
    <Section title="Failure">
      <ValueOrPathField
        label="Error"
        valueKey={['Error']}
        pathKey={['ErrorPath']}
        holder={holder}
        pointer={selected.pointer}
        codec={codec}
        jsonata={jsonata}
        valueWord="Text"
        placeholder="OrderFailed"
        help="The error name a parent Catch or the execution reports."
        onChange={(changes) => edit.setMany(changes, 'Set error')}
      />
      <ValueOrPathField
        label="Cause"
        valueKey={['Cause']}
        pathKey={['CausePath']}
        holder={holder}
        pointer={selected.pointer}
        codec={codec}
        jsonata={jsonata}
        valueWord="Text"
        placeholder="A readable explanation"
        onChange={(changes) => edit.setMany(changes, 'Set cause')}
      />
    </Section>
  );
}
