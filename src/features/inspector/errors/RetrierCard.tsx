import { ListCardHead } from './ListCardHead';
import { childPointer } from '../../../asl/pointer';
import type { JsonValue, Retrier } from '../../../asl/types';
import { numberCodec, type Codec } from '../controls/codecs';
import { ErrorNamesField } from '../controls/ErrorNamesField';
import { FormField } from '../controls/FormField';
import { SelectField } from '../controls/SelectField';
import type { StateEdit } from '../useEdit';

const whole = numberCodec({ integer: true }) as Codec<JsonValue>;
const decimal = numberCodec() as Codec<JsonValue>;

export interface RetrierCardProps {
  retrier: Retrier;
  index: number;
  count: number;
  pointer: string;
  edit: StateEdit;
  onMove(delta: -1 | 1): void;
}

/** One retrier: which errors, and how often and how long to wait between tries. */
export function RetrierCard({ retrier, index, count, pointer, edit, onMove }: RetrierCardProps) {
  const path = ['Retry', index];
  const title = `Retrier ${index + 1}`;
  const number = (key: keyof Retrier, label: string, codec: Codec<JsonValue>, placeholder: string, help?: string) => (
    <FormField label={label} asl={key} pointer={childPointer(pointer, key)} value={retrier[key] as JsonValue | undefined} codec={codec} placeholder={placeholder} help={help} onCommit={(v) => edit.set([...path, key], v)} />
  );
  return (
    <div className="card" role="group" aria-label={title}>
      <ListCardHead title={title} index={index} count={count} onMove={onMove} onDelete={() => edit.set(count === 1 ? 'Retry' : path, undefined, `Delete ${title.toLowerCase()}`)} />
      <ErrorNamesField value={Array.isArray(retrier.ErrorEquals) ? retrier.ErrorEquals : []} pointer={childPointer(pointer, 'ErrorEquals')} onUpdate={(fn) => edit.update([...path, 'ErrorEquals'], (cur) => fn(Array.isArray(cur) ? (cur as string[]) : []))} />
      <div className="grid-2">
        {number('IntervalSeconds', 'Interval (s)', whole, '1')}
        {number('MaxAttempts', 'Max attempts', whole, '3')}
        {number('BackoffRate', 'Backoff rate', decimal, '2.0')}
        {number('MaxDelaySeconds', 'Max delay (s)', whole, 'No cap')}
      </div>
      <SelectField
        label="Jitter"
        asl="JitterStrategy"
        pointer={childPointer(pointer, 'JitterStrategy')}
        value={retrier.JitterStrategy}
        emptyLabel="None (default)"
        options={[{ value: 'FULL', label: 'FULL: random delay up to the back-off' }, { value: 'NONE', label: 'NONE' }]}
        onChange={(v) => edit.set([...path, 'JitterStrategy'], v)}
      />
    </div>
  );
}
