import { fromPointer } from '../pointer';
import type { SourceRange } from '../types';
import type { LineIndex } from './lineIndex';
import type { NodeTable } from './nodeTable';
import type { SourceMap } from './types';

/**
 * A `SourceMap` over a `NodeTable`. Nothing is indexed at parse time: the table itself may be
 * built on the first question, children lists on the first lookup, and the key -> child map of a
 * container only when a pointer passes through it. So a lookup costs the length of its path, and
 * a 5 MB definition never builds a few hundred thousand pointer strings.
 */
export class TableSourceMap implements SourceMap {
  private built: NodeTable | undefined;
  private children: { first: Int32Array; list: Int32Array } | undefined;
  private readonly keyed = new Map<number, Map<string, number>>();

  constructor(
    private readonly source: NodeTable | (() => NodeTable),
    private readonly lines: LineIndex,
  ) {}

  rangeOf(pointer: string): SourceRange | undefined {
    const row = this.rowOf(pointer);
    return row === undefined ? undefined : this.lines.range(this.table.start[row], this.table.end[row]);
  }

  keyRangeOf(pointer: string): SourceRange | undefined {
    const row = this.rowOf(pointer);
    if (row === undefined || this.table.keyStart[row] < 0) return undefined;
    return this.lines.range(this.table.keyStart[row], this.table.keyEnd[row]);
  }

  /**
   * A property counts from its key on: a cursor on a state's name belongs to that state, which is
   * what "cursor -> state" needs. Whitespace between two properties belongs to their parent.
   */
  pointerAt(offset: number): string {
    const t = this.table;
    if (t.size === 0 || offset < t.start[0] || offset >= t.end[0]) return '';
    const { first, list } = this.childLists();
    let row = 0;
    for (;;) {
      let lo = first[row];
      let hi = first[row + 1] - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const child = list[mid];
        const from = t.keyStart[child] >= 0 ? t.keyStart[child] : t.start[child];
        if (from <= offset) {
          found = child;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0 || offset >= t.end[found]) return t.pointerOf(row);
      row = found;
    }
  }

  private get table(): NodeTable {
    return (this.built ??= typeof this.source === 'function' ? this.source() : this.source);
  }

  private childLists(): { first: Int32Array; list: Int32Array } {
    return (this.children ??= this.table.buildChildren());
  }

  private rowOf(pointer: string): number | undefined {
    if (this.table.size === 0) return undefined;
    let row = 0;
    for (const token of fromPointer(pointer)) {
      const next = this.childrenByKey(row).get(token);
      if (next === undefined) return undefined;
      row = next;
    }
    return row;
  }

  /** Key (or array index) -> row of a container's children; a repeated key maps to its last value, like the parsed value. */
  private childrenByKey(row: number): Map<string, number> {
    let byKey = this.keyed.get(row);
    if (!byKey) {
      const { first, list } = this.childLists();
      byKey = new Map();
      for (let i = first[row]; i < first[row + 1]; i++) byKey.set(String(this.table.token[list[i]]), list[i]);
      this.keyed.set(row, byKey);
    }
    return byKey;
  }
}
