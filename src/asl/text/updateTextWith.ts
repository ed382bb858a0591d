/**
 * Definition change -> minimal text edits, the format-independent part. YAML support (the `yaml`
 * library) is passed in, so a caller that only edits JSON (the browser's first page) need not load it;
 * updateText.ts passes it always.
 */
import type { JsonValue } from '../types';
import { diffValues } from './diff';
import { applyEdits, normalizeEdits, trimEdit } from './edits';
import { jsonEdits } from './jsonEdits';
import { detectJsonStyle, writeJson } from './jsonWrite';
import { isObject } from './places';
import { NotEditable } from './types';
import type { ChangeSet, TextEdit, TextUpdate } from './types';

/** What updating YAML text needs: the in-place editor and the serializer. */
export interface YamlWriter {
  edits(text: string, changes: ChangeSet, next: JsonValue): TextEdit[];
  write(value: JsonValue): string;
}

/**
 * Past this many elementary changes (values set, keys or items added, removed, renamed) the text
 * is written anew: an edit that large is a new document, not a tweak worth the merge.
 */
export const MAX_CHANGES = 1000;

/**
 * Rewrites `text` (which parses to `previous`) so it parses to `next`, touching only what changed:
 * untouched lines stay byte-identical (formatting, key order, YAML comments, `${Placeholder}`s,
 * the final newline), a renamed key stays where it was, new keys go where the canonical order of
 * serialize/keyOrder puts them (a new state after its neighbour in `next`), and new content is
 * indented like its surroundings (tabs, 4 spaces, CRLF...). The edits are relative to the OLD text,
 * sorted by offset, disjoint and trimmed to the characters that change: hand them to Monaco in one
 * `pushEditOperations` call so the cursor, the scroll position and undo survive.
 *
 * When the text cannot be edited in place (it does not parse, it does not hold `previous`, the
 * document is not an object, or more than MAX_CHANGES things change) the whole text is written
 * anew with the serializer (JSON keeps the file's indentation and line breaks) as one edit, and
 * `fullRewrite` is set. Key order alone is not a change: `next` with the same content in another
 * key order leaves the text alone.
 * `yaml` is required when `format` is 'yaml'.
 * @example
 * const { text: updated, edits } = updateTextWith(text, 'json', def, setField(def, ...).definition);
 * editor.executeEdits('graph', edits.map((e) => ({ range: rangeOf(model, e), text: e.text })));
 */
export function updateTextWith(text: string, format: 'json' | 'yaml', previous: JsonValue, next: JsonValue, yaml?: YamlWriter): TextUpdate {
  if (previous === next) return { text, edits: [] };
  if (!isObject(previous) || !isObject(next)) return rewrite(text, format, next, yaml);
  const changes = diffValues(previous, next, 'machine');
  if (changes.size === 0) return { text, edits: [] };
  if (changes.size > MAX_CHANGES) return rewrite(text, format, next, yaml);
  try {
    const edits = format === 'json' ? normalizeEdits(text, jsonEdits(text, changes)) : needYaml(yaml).edits(text, changes, next);
    return { text: applyEdits(text, edits), edits };
  } catch (error) {
    if (error instanceof NotEditable) return rewrite(text, format, next, yaml);
    throw error;
  }
}

/** The whole text written anew, as one edit trimmed to what differs. */
function rewrite(text: string, format: 'json' | 'yaml', next: JsonValue, yaml?: YamlWriter): TextUpdate {
  const style = detectJsonStyle(text);
  let written = format === 'json' ? writeJson(next, isObject(next) ? 'machine' : undefined, '', style) + style.eol : needYaml(yaml).write(next);
  if (format === 'yaml' && style.eol !== '\n') written = written.replace(/\n/g, style.eol);
  if (text.length > 0 && !text.endsWith('\n')) written = written.replace(/\r?\n$/, '');
  const edit = trimEdit(text, { offset: 0, length: text.length, text: written });
  const edits: TextEdit[] = edit ? [edit] : [];
  return { text: written, edits, fullRewrite: true };
}

function needYaml(yaml: YamlWriter | undefined): YamlWriter {
  if (yaml === undefined) throw new Error('updateTextWith: YAML text needs a YamlWriter');
  return yaml;
}
