/** ChangeSet -> text edits of a YAML text, keeping comments and the user's layout. */
import { parseDocument } from 'yaml';
import { parseText } from '../parse';
import type { JsonValue } from '../types';
import { sameJson } from './diff';
import { applyEdits, normalizeEdits } from './edits';
import { mergeLines } from './lineMerge';
import { applyToDocument } from './yamlApply';
import { detectYamlStyle } from './yamlStyle';
import { NotEditable } from './types';
import type { ChangeSet, TextEdit } from './types';

/**
 * The edits that carry `changes` into a YAML `text`: the document is parsed with its comments,
 * changed node by node, printed before and after, and only the lines that differ between the two
 * printings are written back (see mergeLines). Where yaml prints the untouched text differently
 * from the user, the merged result is parsed again and must hold `next`; if it does not, the
 * changed lines of the printed document are used instead.
 * Throws NotEditable when neither works.
 */
export function yamlEdits(text: string, changes: ChangeSet, next: JsonValue): TextEdit[] {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) throw new NotEditable('the YAML does not parse');
  const options = detectYamlStyle(text);
  const base = doc.toString(options);
  applyToDocument(doc, changes);
  if (!sameJson(doc.toJS({ maxAliasCount: 100 }) as JsonValue, next)) throw new NotEditable('the edited document does not hold the new value');
  const after = doc.toString(options);

  const merge = mergeLines(text, base, after);
  const edits = normalizeEdits(text, merge.edits);
  // When yaml prints the text exactly as the user wrote it, the line diff is exact; otherwise
  // check the merge by parsing its result.
  if (merge.exact || holds(applyEdits(text, edits), next)) return edits;
  const whole = normalizeEdits(text, mergeLines(text, text.replace(/\r\n/g, '\n'), after).edits);
  if (holds(applyEdits(text, whole), next)) return whole;
  throw new NotEditable('the edited YAML does not hold the new value');
}

function holds(text: string, value: JsonValue): boolean {
  const parsed = parseText(text, 'yaml');
  return parsed.value !== undefined && sameJson(parsed.value, value);
}
