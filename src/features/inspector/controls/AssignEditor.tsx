import { childPointer } from '../../../asl/pointer';
import type { StateEdit } from '../useEdit';
import type { JsonValue } from '../../../asl/types';
import { looseCodec, requiredTextCodec } from './codecs';
import { FormField } from './FormField';
import { Icon } from './icons';

export interface AssignEditorProps {
  value: JsonValue | undefined;
  /** Where Assign sits inside the state: `['Assign']` or `['Catch', 0, 'Assign']`. */
  path: readonly (string | number)[];
  pointer: string;
  jsonata: boolean;
  edit: Pick<StateEdit, 'set' | 'update'>;
}

function entriesOf(value: JsonValue | undefined): [string, JsonValue][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

function uniqueKey(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const key = `variable${n === 1 ? '' : n}`;
    if (!taken.has(key) && !taken.has(`${key}.$`)) return key;
  }
}

/** Assign as rows of name and value: renaming keeps each variable's place, values are JSON or text. */
export function AssignEditor({ value, path, pointer, jsonata, edit }: AssignEditorProps) {
  const { set } = edit;
  const entries = entriesOf(value);
  const keys = new Set(entries.map(([k]) => k));
  const renameKey = (from: string, to: string | undefined): string | undefined => {
    if (to === undefined || to === from) return undefined;
    if (keys.has(to)) return `There is already a variable named ${to}.`;
    return edit.update(path, (current) => Object.fromEntries(entriesOf(current).map(([k, v]) => (k === from ? [to, v] : [k, v]))), `Rename variable ${from}`);
  };
  const add = () => {
    const key = uniqueKey(keys);
    set([...path, key], jsonata ? '{% $states.input %}' : 'value', 'Add a variable');
  };
  return (
    <div className="assign">
      {entries.length === 0 && <p className="section__note">No variables yet.</p>}
      {entries.map(([key, v], i) => (
        <div key={i} className="assign__row" role="group" aria-label={`Variable ${i + 1}`}>
          <FormField label="Name" pointer={`#key${childPointer(pointer, key)}`} value={key} codec={requiredTextCodec} mono onCommit={(to) => renameKey(key, to)} />
          <FormField label="Value" pointer={childPointer(pointer, key)} value={v} codec={looseCodec} mono onCommit={(nv) => set([...path, key], nv ?? '', `Set variable ${key}`)} />
          <button type="button" className="icon-button icon-button--danger assign__remove" aria-label={`Remove variable ${key}`} onClick={() => set(entries.length === 1 ? path : [...path, key], undefined, `Remove variable ${key}`)}><Icon name="trash" /></button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={add}>+ Add variable</button>
    </div>
  );
}
