import { escapeToken } from '../pointer';

/**
 * Positions of every value of a parsed document, in compact parallel arrays (one row per value,
 * in document order, parents before children). Both parsers fill one; the source map reads it.
 * A 5 MB definition has a few hundred thousand values: flat arrays of numbers keep that cheap.
 */
export class NodeTable {
  /** Start offset of each value. */
  readonly start: number[] = [];
  /** End offset (exclusive) of each value. */
  readonly end: number[] = [];
  /** Start offset of the property key, or -1 for array items and the root. */
  readonly keyStart: number[] = [];
  readonly keyEnd: number[] = [];
  /** Row of the parent value, or -1 for the root. */
  readonly parent: number[] = [];
  /** Property name or array index within the parent ('' for the root). */
  readonly token: (string | number)[] = [];

  get size(): number {
    return this.start.length;
  }

  /** Adds a value and returns its row; a container's end is fixed later with `setEnd`. */
  add(parent: number, token: string | number, start: number, end: number, keyStart = -1, keyEnd = -1): number {
    this.start.push(start);
    this.end.push(end);
    this.keyStart.push(keyStart);
    this.keyEnd.push(keyEnd);
    this.parent.push(parent);
    this.token.push(token);
    return this.start.length - 1;
  }

  /** Sets where a value ends (exclusive). */
  setEnd(row: number, end: number): void {
    this.end[row] = end;
  }

  /** The JSON pointer of one row, built by walking up to the root. */
  pointerOf(row: number): string {
    let pointer = '';
    for (let r = row; this.parent[r] >= 0; r = this.parent[r]) {
      pointer = '/' + escapeToken(this.token[r]) + pointer;
    }
    return pointer;
  }

  /** Children of every row, as a compressed adjacency list (children stay in document order). */
  buildChildren(): { first: Int32Array; list: Int32Array } {
    const n = this.size;
    const first = new Int32Array(n + 1);
    for (let row = 0; row < n; row++) if (this.parent[row] >= 0) first[this.parent[row] + 1]++;
    for (let row = 0; row < n; row++) first[row + 1] += first[row];
    const fill = first.slice(0, n);
    const list = new Int32Array(n);
    for (let row = 0; row < n; row++) {
      const parent = this.parent[row];
      if (parent >= 0) list[fill[parent]++] = row;
    }
    return { first, list };
  }
}
