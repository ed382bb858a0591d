/** Definition change -> minimal text edits, for graph and inspector edits that keep the user's text. */
import { toYamlText } from '../serialize';
import type { JsonValue } from '../types';
import { diffValues } from './diff';
import { applyEdits, normalizeEdits, trimEdit } from './edits';
import { jsonEdits } from './jsonEdits';
import { detectJsonStyle, writeJson } from './jsonWrite';
import { isObject } from './places';
import { NotEditable } from './types';
import type { TextEdit, TextUpdate } from './types';
import { yamlEdits } from './yamlEdits';

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
 * @example
 * const { text: updated, edits } = updateText(text, 'json', def, setField(def, ...).definition);
 * editor.executeEdits('graph', edits.map((e) => ({ range: rangeOf(model, e), text: e.text })));
 */
export function updateText(text: string, format: 'json' | 'yaml', previous: JsonValue, next: JsonValue): TextUpdate {
  if (previous === next) return { text, edits: [] };
  if (!isObject(previous) || !isObject(next)) return rewrite(text, format, next);
  const changes = diffValues(previous, next, 'machine');
  if (changes.size === 0) return { text, edits: [] };
  if (changes.size > MAX_CHANGES) return rewrite(text, format, next);
  try {
    const edits = format === 'json' ? normalizeEdits(text, jsonEdits(text, changes)) : yamlEdits(text, changes, next);
    return { text: applyEdits(text, edits), edits };
  } catch (error) {
    if (error instanceof NotEditable) return rewrite(text, format, next);
    throw error;
  }
}

/** The whole text written anew, as one edit trimmed to what differs. */
function rewrite(text: string, format: 'json' | 'yaml', next: JsonValue): TextUpdate {
  const style = detectJsonStyle(text);
  let written = format === 'json' ? writeJson(next, isObject(next) ? 'machine' : undefined, '', style) + style.eol : toYamlText(next);
  if (format === 'yaml' && style.eol !== '\n') written = written.replace(/\n/g, style.eol);
  if (text.length > 0 && !text.endsWith('\n')) written = written.replace(/\r?\n$/, '');
  const edit = trimEdit(text, { offset: 0, length: text.length, text: written });
  const edits: TextEdit[] = edit ? [edit] : [];
  return { text: written, edits, fullRewrite: true };
}
