/** How each Input/Output field's text becomes its value (the tab's boxes and the preview share them). */
import type { JsonValue, State } from '../../../asl/types';
import { jsonCodec, nullablePathCodec, type Codec } from '../controls/codecs';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import type { FieldKind, IoField } from '../model/fields';

export const CODECS: Record<FieldKind, Codec<JsonValue>> = {
  path: nullablePathCodec as Codec<JsonValue>,
  resultPath: nullablePathCodec as Codec<JsonValue>,
  template: jsonCodec,
  jsonata: jsonataValueCodec,
};

/** Every Input/Output key, with the kind of box that edits it. */
export const IO_KINDS: Record<IoField['key'], FieldKind> = {
  InputPath: 'path',
  Parameters: 'template',
  ResultSelector: 'template',
  ResultPath: 'resultPath',
  OutputPath: 'path',
  Arguments: 'jsonata',
  Output: 'jsonata',
};

/**
 * The state with the text still being typed in its Input/Output boxes (not yet committed) put in,
 * so the preview follows every keystroke. Text that does not parse is left out: the box shows why.
 * @returns the state and the keys taken from typed text.
 */
export function withTypedFields(state: State, typed: Partial<Record<IoField['key'], string>>, keys: readonly IoField['key'][]): { state: State; typed: IoField['key'][] } {
  let next: Record<string, unknown> | null = null;
  const used: IoField['key'][] = [];
  for (const key of keys) {
    const text = typed[key];
    if (text === undefined) continue;
    const parsed = CODECS[IO_KINDS[key]].parse(text);
    if (!parsed.ok) continue;
    next ??= { ...state };
    if (parsed.value === undefined) delete next[key];
    else next[key] = parsed.value;
    used.push(key);
  }
  return { state: (next ?? state) as State, typed: used };
}
