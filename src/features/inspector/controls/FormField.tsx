import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useFieldDiagnostics } from '../useInspectorDiagnostics';
import type { Codec } from './codecs';
import { useDraft } from './drafts';
import { FieldShell, messageId } from './FieldShell';

export interface FormFieldProps<T> {
  label: string;
  asl?: string;
  help?: ReactNode;
  /** JSON pointer of the field: its validator messages and the key of its draft. */
  pointer: string;
  value: T | undefined;
  codec: Codec<T>;
  /** Commits a parsed value; returns a message when the edit was refused (the text then stays). */
  onCommit(value: T | undefined): string | undefined;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  mono?: boolean;
  aside?: ReactNode;
  /** Shown under the input (placeholder chips...), given the text in the box. */
  below?: (text: string) => ReactNode;
}

/**
 * A text box bound to one field: typing keeps a draft, Enter (Ctrl+Enter in a multi-line box) or
 * leaving the box commits it as one undo step, Escape puts the committed value back. Text that
 * does not parse, or an edit the document refuses, stays in the box with the reason under it.
 */
export function FormField<T>(props: FormFieldProps<T>) {
  const { label, asl, help, pointer, value, codec, onCommit, multiline, rows = 4, placeholder, mono, aside, below } = props;
  const id = useId();
  const committed = codec.format(value);
  const [draft, setDraft] = useDraft(pointer, committed);
  const diagnostics = useFieldDiagnostics(pointer);
  const text = draft ? draft.text : committed;
  const parsed = draft ? codec.parse(draft.text) : undefined;
  const error = parsed && !parsed.ok ? parsed.message : draft?.error;

  const commit = () => {
    if (!draft) return;
    const result = codec.parse(draft.text);
    if (!result.ok) return;
    if (codec.format(result.value) === committed) {
      setDraft(null);
      return;
    }
    const refused = onCommit(result.value);
    setDraft(refused ? { ...draft, error: refused } : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft) {
      event.preventDefault();
      setDraft(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };

  const common = {
    id,
    value: text,
    placeholder,
    spellCheck: false,
    className: `field__input${mono || multiline ? ' field__input--mono' : ''}`,
    'aria-invalid': error !== undefined || diagnostics.some((d) => d.severity === 'error'),
    'aria-describedby': error || diagnostics.length ? messageId(id) : undefined,
    onChange: (event: { target: { value: string } }) => setDraft({ text: event.target.value, base: committed }),
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldShell id={id} label={label} asl={asl} help={help} error={error} diagnostics={diagnostics} aside={aside}>
      {multiline ? <textarea {...common} rows={rows} /> : <input type="text" {...common} />}
      {below?.(text)}
    </FieldShell>
  );
}
