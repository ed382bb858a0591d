import { ListCardHead } from './ListCardHead';
import { childPointer } from '../../../asl/pointer';
import type { Catcher, JsonValue } from '../../../asl/types';
import { AssignEditor } from '../controls/AssignEditor';
import { nullablePathCodec, type Codec } from '../controls/codecs';
import { ErrorNamesField } from '../controls/ErrorNamesField';
import { FormField } from '../controls/FormField';
import { jsonataValueCodec } from '../controls/jsonataCodec';
import { SelectField } from '../controls/SelectField';
import type { StateEdit } from '../useEdit';

export interface CatcherCardProps {
  catcher: Catcher;
  index: number;
  count: number;
  pointer: string;
  jsonata: boolean;
  targets: string[];
  edit: StateEdit;
  onMove(delta: -1 | 1): void;
}

/** One catcher: which errors, the fallback state, and what the error output looks like. */
export function CatcherCard({ catcher, index, count, pointer, jsonata, targets, edit, onMove }: CatcherCardProps) {
  const path = ['Catch', index];
  const title = `Catcher ${index + 1}`;
  return (
    <div className="card" role="group" aria-label={title}>
      <ListCardHead title={title} index={index} count={count} onMove={onMove} onDelete={() => edit.set(count === 1 ? 'Catch' : path, undefined, `Delete ${title.toLowerCase()}`)} />
      <ErrorNamesField value={Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals : []} pointer={childPointer(pointer, 'ErrorEquals')} onUpdate={(fn) => edit.update([...path, 'ErrorEquals'], (cur) => fn(Array.isArray(cur) ? (cur as string[]) : []))} />
      <SelectField label="Fallback state" asl="Next" pointer={childPointer(pointer, 'Next')} value={catcher.Next} options={targets.map((t) => ({ value: t }))} onChange={(v) => edit.set([...path, 'Next'], v)} />
      {jsonata ? (
        <FormField
          label="Output"
          asl="Output"
          pointer={childPointer(pointer, 'Output')}
          value={catcher.Output}
          codec={jsonataValueCodec}
          mono
          placeholder="{% $states.errorOutput %}"
          onCommit={(v) => edit.set([...path, 'Output'], v)}
        />
      ) : (
        <FormField
          label="Error output to"
          asl="ResultPath"
          pointer={childPointer(pointer, 'ResultPath')}
          value={catcher.ResultPath}
          codec={nullablePathCodec as Codec<JsonValue>}
          mono
          placeholder="$ (replace the input)"
          help="Where the error object goes in the input, e.g. $.error."
          onCommit={(v) => edit.set([...path, 'ResultPath'], v)}
        />
      )}
      <details className="card__more" open={catcher.Assign !== undefined}>
        <summary>Assign variables</summary>
        <AssignEditor value={catcher.Assign} path={[...path, 'Assign']} pointer={childPointer(pointer, 'Assign')} jsonata={jsonata} edit={edit} />
      </details>
    </div>
  );
}
