import type { JsonValue } from '../../asl/types';
import { loadYamlSupport, useStudio, writeDocumentText } from '../../store';
import { copyText } from './clipboard';
import { downloadFile, fileBaseName } from './download';

export type TextFormat = 'json' | 'yaml';

/**
 * The definition as text in `format`: the text exactly as written when it is already in that
 * format (comments and layout kept, even if broken), else converted from the parsed definition.
 */
export async function definitionText(format: TextFormat): Promise<{ ok: true; text: string; asIs: boolean } | { ok: false; message: string }> {
  const s = useStudio.getState();
  if (s.format === format) return { ok: true, text: s.text, asIs: true };
  if (s.syntaxErrors.length > 0 || s.parse.value === undefined) {
    const where = s.syntaxErrors[0]?.range ? ` (line ${s.syntaxErrors[0].range.start.line})` : '';
    return { ok: false, message: `The text does not parse${where}, so it cannot be converted to ${format.toUpperCase()}: download it as .asl.${s.format} or fix it first.` };
  }
  const value = s.parse.value as JsonValue;
  if (format === 'yaml') await loadYamlSupport();
  return { ok: true, text: writeDocumentText(value, format) ?? '', asIs: false };
}

function workflowName(): string {
  const s = useStudio.getState();
  return s.workflows.find((w) => w.id === s.activeId)?.name ?? 'workflow';
}

/** Downloads the open workflow as `<name>.asl.json` or `<name>.asl.yaml`. */
export async function exportDefinition(format: TextFormat): Promise<void> {
  const s = useStudio.getState();
  const result = await definitionText(format);
  if (!result.ok) {
    s.notify('warning', result.message);
    return;
  }
  const fileName = `${fileBaseName(workflowName())}.asl.${format}`;
  downloadFile(result.text, fileName, format === 'json' ? 'application/json' : 'application/yaml');
  if (result.asIs && s.syntaxErrors.length > 0) s.notify('warning', `Saved ${fileName} as written: it still has syntax errors.`);
  else s.notify('success', `Saved ${fileName}.`);
}

/** Copies the open workflow's text to the clipboard. */
export async function copyDefinition(): Promise<void> {
  const s = useStudio.getState();
  const copied = await copyText(s.text);
  if (copied) s.notify('success', 'Definition copied to the clipboard.');
  else s.notify('error', 'The browser refused to copy to the clipboard.');
}
