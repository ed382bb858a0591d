/**
 * JSON and YAML for the document slice. JSON is always here; YAML support loads on demand (the
 * `yaml` library would otherwise be a tenth of the first page's JavaScript), and it is fetched as
 * soon as the page is idle, so in practice it is there before anyone types YAML. Until it is,
 * YAML text gets a parse with no value and no error ({@link isYamlPending}) and is parsed again
 * when the support arrives.
 */
import { detectFormat } from '../asl/parse/detectFormat';
import { NodeTable } from '../asl/parse/nodeTable';
import { parseJsonText } from '../asl/parse/parseJsonText';
import { parseWith } from '../asl/parse/parseWith';
import type { ParseResult, SourceFormat } from '../asl/parse/types';
import { toJsonText } from '../asl/serialize/toJsonText';
import { updateTextWith } from '../asl/text/updateTextWith';
import type { TextUpdate } from '../asl/text/types';
import type { JsonValue } from '../asl/types';
import type * as YamlSupportModule from './yamlSupport';

type YamlSupport = typeof YamlSupportModule;

let yaml: YamlSupport | null = null;
let loading: Promise<YamlSupport> | null = null;
const pending = new WeakSet<ParseResult>();

/** Loads YAML support (once); resolves when YAML text can be parsed and written. */
export function loadYamlSupport(): Promise<void> {
  loading ??= import('./yamlSupport').then((m) => (yaml = m));
  return loading.then(() => undefined);
}

/** True when `text` is YAML and YAML support is not loaded yet (await {@link loadYamlSupport}). */
export function needsYamlSupport(text: string): boolean {
  return yaml === null && detectFormat(text) === 'yaml';
}

/** True for the stand-in parse of YAML text read before YAML support arrived. */
export function isYamlPending(parse: ParseResult): boolean {
  return pending.has(parse);
}

/** Parses the document's text, as parseText does (JSON or YAML, detected). */
export function parseDocumentText(text: string): ParseResult {
  if (detectFormat(text) === 'json') return parseJsonText(text);
  if (yaml) return yaml.parseYamlText(text);
  const stand = parseWith(text, 'yaml', () => ({ value: undefined, table: new NodeTable(), diagnostics: [], fatal: false, empty: false }));
  pending.add(stand);
  return stand;
}

/** updateText, or undefined when the text is YAML and YAML support is not loaded yet. */
export function updateDocumentText(text: string, format: SourceFormat, previous: JsonValue, next: JsonValue): TextUpdate | undefined {
  if (format === 'json') return updateTextWith(text, 'json', previous, next);
  return yaml ? updateTextWith(text, 'yaml', previous, next, yaml.yamlWriter) : undefined;
}

/** The definition written out in `format`, or undefined when that is YAML and YAML support is not loaded yet. */
export function writeDocumentText(value: JsonValue, format: SourceFormat): string | undefined {
  if (format === 'json') return toJsonText(value);
  return yaml ? yaml.toYamlText(value) : undefined;
}
