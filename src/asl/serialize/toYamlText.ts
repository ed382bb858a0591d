import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { JsonValue } from '../types';
import { canonicalEntries, rootPlace } from './canonicalEntries';
import type { Place } from './canonicalEntries';

/**
 * Writes a definition as block-style YAML with keys in canonical order. Strings are quoted
 * whenever a YAML 1.2 *or* 1.1 reader would take them for something else (`"yes"`, `"null"`,
 * `"1e3"`, `"2024-01-01"`), so CloudFormation and SAM templates read them back as strings too;
 * multi-line strings become `|` blocks and long lines are never folded. Non-finite numbers are
 * written as `null`, as in JSON.
 * @example toYamlText({ StartAt: 'A', States: {} }) === 'StartAt: A\nStates: {}\n'
 */
export function toYamlText(value: JsonValue): string {
  const doc = new Document(null, { version: '1.2', schema: 'core', compat: 'yaml-1.1' });
  doc.contents = toNode(value, rootPlace(value));
  return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}

type YamlNode = Scalar | YAMLMap | YAMLSeq;

function toNode(value: JsonValue | undefined, place: Place | undefined): YamlNode {
  if (value === null || value === undefined) return new Scalar(null);
  if (typeof value === 'number') return new Scalar(Number.isFinite(value) ? value : null);
  if (typeof value !== 'object') return scalar(value);
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(item, place));
    return seq;
  }
  const map = new YAMLMap();
  for (const [key, child, childPlace] of canonicalEntries(value, place)) {
    if (child !== undefined) map.items.push(new Pair(scalar(key), toNode(child, childPlace)));
  }
  return map;
}

// Line and paragraph separators and the byte-order mark are invisible and, in YAML 1.1 or at the
// start of a document, not plain text: only double quotes (which escape them) carry them safely.
const INVISIBLE = /[\u2028\u2029\ufeff]/;
// A multi-line string whose lines start with white space would need a block indentation
// indicator, which yaml does not always write: `" a\n b "` came back as `"a\nb "`.
const INDENTED_LINE = /(^|\n)[ \t]/;

function scalar(value: string | boolean): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string' && (INVISIBLE.test(value) || (value.includes('\n') && INDENTED_LINE.test(value)))) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}
