import type { SourceFormat } from '../../asl/parse';
import { toJsonText, toYamlText } from '../../asl/serialize';
import { useStudio } from '../../store';

const FORMATS: { format: SourceFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'yaml', label: 'YAML' },
];

/**
 * Converts the document between JSON and YAML (one undo step). Refused while the text does not
 * parse: converting the last valid version would throw away what the user is typing.
 */
export function FormatSwitch() {
  const format = useStudio((s) => s.format);
  const convert = (target: SourceFormat) => {
    const { format: current, parse, syntaxErrors, text, setText, notify } = useStudio.getState();
    if (target === current) return;
    if (syntaxErrors.length > 0 || parse.value === undefined) {
      notify('warning', `Fix the syntax error first, then convert to ${target.toUpperCase()}.`);
      return;
    }
    const next = target === 'yaml' ? toYamlText(parse.value) : toJsonText(parse.value);
    setText(next, 'command', `Convert to ${target.toUpperCase()}`);
    if (current === 'yaml' && /(^|\s)#/m.test(text)) notify('info', 'Converted to JSON: JSON has no comments, so the YAML comments were left out (undo brings them back).');
  };
  return (
    <div className="code-editor__formats" role="group" aria-label="Definition format">
      {FORMATS.map(({ format: f, label }) => (
        <button key={f} type="button" aria-pressed={format === f} className={format === f ? 'is-active' : ''} onClick={() => convert(f)} title={format === f ? `The definition is ${label}` : `Convert the definition to ${label}`}>
          {label}
        </button>
      ))}
    </div>
  );
}
