/** Definition change -> minimal text edits, for graph and inspector edits that keep the user's text. */
import { toYamlText } from '../serialize/toYamlText';
import type { JsonValue } from '../types';
import type { TextUpdate } from './types';
import { updateTextWith, type YamlWriter } from './updateTextWith';
import { yamlEdits } from './yamlEdits';

export { MAX_CHANGES } from './updateTextWith';

const YAML: YamlWriter = { edits: yamlEdits, write: toYamlText };

/**
 * Rewrites `text` (which parses to `previous`) so it parses to `next`, touching only what changed:
 * see {@link updateTextWith} for the rules. JSON and YAML alike.
 * @example
 * const { text: updated, edits } = updateText(text, 'json', def, setField(def, ...).definition);
 * editor.executeEdits('graph', edits.map((e) => ({ range: rangeOf(model, e), text: e.text })));
 */
export function updateText(text: string, format: 'json' | 'yaml', previous: JsonValue, next: JsonValue): TextUpdate {
  return updateTextWith(text, format, previous, next, YAML);
}
