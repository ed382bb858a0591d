import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { escapeToken } from '../pointer';
import type { Diagnostic } from '../types';
import { duplicateKeyDiagnostic, nonJsonNumberDiagnostic, textDiagnostic } from './diagnostics';
import type { LineIndex } from './lineIndex';
import { NodeTable } from './nodeTable';

interface Pending {
  node: YamlNode | null;
  parent: number;
  token: string | number;
  /** Where the value sits when the node is null (`key:` with nothing after it). */
  at: number;
  keyStart: number;
  keyEnd: number;
}

/**
 * Records the range of every YAML node in a node table, iteratively, and reports what JSON cannot
 * hold: a repeated key (`DUPLICATE_KEY`, at the second one), a collection used as a key, and
 * `.inf`/`.nan`. Keys are named as yaml's `toJS` names them (`1: x` -> "1", `~: x` -> ""), so the
 * pointers match the value.
 */
export function tableYamlNodes(root: YamlNode | null, lines: LineIndex, diagnostics: Diagnostic[]): NodeTable {
  const table = new NodeTable();
  const block: boolean[] = [];
  const stack: Pending[] = [{ node: root, parent: -1, token: '', at: 0, keyStart: -1, keyEnd: -1 }];
  while (stack.length > 0) {
    const { node, parent, token, at, keyStart, keyEnd } = stack.pop()!;
    const [start, end] = node?.range ?? [at, at];
    const row = table.add(parent, token, start, end, keyStart, keyEnd);
    block[row] = false;
    if (isMap(node)) {
      block[row] = !node.flow;
      const seen = new Set<string>();
      const children: Pending[] = [];
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        const name = keyName(key, lines, diagnostics);
        const [kStart, kEnd] = key?.range ?? [start, start];
        if (seen.has(name)) diagnostics.push(duplicateKeyDiagnostic(lines, name, table.pointerOf(row) + '/' + escapeToken(name), kStart, kEnd));
        seen.add(name);
        children.push({ node: pair.value as YamlNode | null, parent: row, token: name, at: kEnd, keyStart: kStart, keyEnd: kEnd });
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (isSeq(node)) {
      block[row] = !node.flow;
      for (let i = node.items.length - 1; i >= 0; i--) {
        stack.push({ node: node.items[i] as YamlNode | null, parent: row, token: i, at: start, keyStart: -1, keyEnd: -1 });
      }
    } else if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
      diagnostics.push(nonJsonNumberDiagnostic(lines, table.pointerOf(row), node.source ?? String(node.value), start, end));
    }
  }
  trimBlockEnds(table, block);
  return table;
}

/**
 * A block collection's range runs to the next line; end it where its last item ends instead, so
 * that a highlighted state stops at its last field. Children come after parents, so walking the
 * rows backwards sees every child's final end before its parent's.
 */
function trimBlockEnds(table: NodeTable, block: boolean[]): void {
  const trimmed = new Uint8Array(table.size);
  for (let row = table.size - 1; row > 0; row--) {
    const parent = table.parent[row];
    if (block[parent] && !trimmed[parent]) {
      trimmed[parent] = 1;
      table.setEnd(parent, table.end[row]);
    }
  }
}

function keyName(key: YamlNode | null, lines: LineIndex, diagnostics: Diagnostic[]): string {
  if (key === null) return '';
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  const [start, end] = key.range ?? [0, 0];
  const kind = isAlias(key) ? 'An alias' : 'A collection';
  diagnostics.push(textDiagnostic(lines, 'PARSE_SYNTAX', `${kind} cannot be a key in a definition; keys are strings`, start, end));
  return key.toString();
}
