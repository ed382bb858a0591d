/**
 * The document's YAML support, in its own chunk: the `yaml` library is a tenth of the first page's
 * JavaScript and most workflows are JSON, so it loads on demand (see textFormats.ts).
 */
import { parseText } from '../asl/parse/parseText';
import { toYamlText } from '../asl/serialize/toYamlText';
import type { YamlWriter } from '../asl/text/updateTextWith';
import { yamlEdits } from '../asl/text/yamlEdits';

export const parseYamlText = (text: string) => parseText(text, 'yaml');
export const yamlWriter: YamlWriter = { edits: yamlEdits, write: toYamlText };
export { toYamlText };
