import { childPointer } from '../../../asl/pointer';
import type { PassState } from '../../../asl/types';
import { jsonCodec } from '../controls/codecs';
import { FormField } from '../controls/FormField';
import { Section } from '../controls/Section';
import type { ConfigProps } from './types';

/** A Pass: a fixed Result (JSONPath); a JSONata Pass produces its Output (Input/Output tab). */
export function PassConfig({ selected, edit }: ConfigProps) {
  const state = selected.state as PassState;
  if (selected.queryLanguage === 'JSONata') {
    return (
      <Section title="Pass">
        <p className="section__note">A JSONata Pass state passes its input on, or what its Output says (Input/Output tab).</p>
      </Section>
    );
  }
  return (
    <Section title="Result">
      <FormField
        label="Result"
        asl="Result"
        pointer={childPointer(selected.pointer, 'Result')}
        value={state.Result}
        codec={jsonCodec}
        multiline
        rows={6}
        placeholder='{ "status": "ok" }'
        help="A fixed JSON value used as the state's result (placed by ResultPath). Empty: the input passes through."
        onCommit={(v) => edit.set('Result', v)}
      />
    </Section>
  );
}
