import { useState } from 'react';
import type { JsonValue } from '../../../asl/types';
import { childPointer } from '../../../asl/pointer';
import type { FieldChange } from '../../../commands/state/setField';
import type { Codec } from './codecs';
import { FormField } from './FormField';
import { Segmented } from './Segmented';

export interface ValueOrPathFieldProps {
  label: string;
  /** The field (`TimeoutSeconds`) and its reference-path twin (`TimeoutSecondsPath`), as key paths inside the state. */
  valueKey: readonly (string | number)[];
  pathKey: readonly (string | number)[];
  /** The object holding both keys. */
  holder: Record<string, JsonValue | undefined> | undefined;
  /** Pointer of the holder object. */
  pointer: string;
  codec: Codec<JsonValue>;
  /** JSONata states have no `...Path` fields: their values take `{% %}` instead. */
  jsonata: boolean;
  placeholder?: string;
  help?: string;
  valueWord?: string;
  onChange(changes: FieldChange[]): string | undefined;
}

const pathCodec: Codec<JsonValue> = {
  format: (v) => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v)),
  parse: (text) => ({ ok: true, value: text.trim() === '' ? undefined : text.trim() }),
};

/**
 * A field that takes a value or a reference path to one (`TimeoutSeconds` / `TimeoutSecondsPath`).
 * Switching the form changes nothing until a value is committed; committing one form removes the
 * other in the same undo step (ASL allows only one of the two).
 */
export function ValueOrPathField(props: ValueOrPathFieldProps) {
  const { label, valueKey, pathKey, holder, pointer, codec, jsonata, placeholder, help, valueWord = 'Value', onChange } = props;
  const valueName = String(valueKey[valueKey.length - 1]);
  const pathName = String(pathKey[pathKey.length - 1]);
  const stored = holder?.[pathName] !== undefined ? 'path' : holder?.[valueName] !== undefined ? 'value' : undefined;
  const [chosen, setChosen] = useState<'value' | 'path'>(stored ?? 'value');
  const mode = jsonata ? 'value' : (stored ?? chosen);
  const commit = (which: 'value' | 'path', v: JsonValue | undefined) =>
    onChange(
      which === 'value'
        ? [{ path: pathKey, value: undefined }, { path: valueKey, value: v }]
        : [{ path: valueKey, value: undefined }, { path: pathKey, value: v }],
    );
  const aside = jsonata ? undefined : (
    <Segmented
      label={`${label}: value or path`}
      value={mode}
      options={[{ value: 'value', label: valueWord }, { value: 'path', label: 'Path' }]}
      onChange={(m) => {
        setChosen(m);
        // Moving a stored value to the other form would change its meaning: clear it instead.
        if (stored && stored !== m) onChange([{ path: stored === 'value' ? valueKey : pathKey, value: undefined }]);
      }}
    />
  );
  return mode === 'value' ? (
    <FormField label={label} asl={valueName} pointer={childPointer(pointer, valueName)} value={holder?.[valueName]} codec={codec} placeholder={placeholder} help={help} aside={aside} onCommit={(v) => commit('value', v)} />
  ) : (
    <FormField label={label} asl={pathName} pointer={childPointer(pointer, pathName)} value={holder?.[pathName]} codec={pathCodec} placeholder="$.path.to.value" help={help} aside={aside} onCommit={(v) => commit('path', v)} />
  );
}
