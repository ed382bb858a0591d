/** Remembers block layouts by structural signature, so an edit that changes no edge and no size costs no layout. */
import type { Point } from './types';

/** The layout of one block (the children of one group, or the top level), in the block's own content coordinates. */
export interface BlockLayout {
  width: number;
  height: number;
  /** Centre of each child, in the block's child order: x0, y0, x1, y1, ... */
  centers: readonly number[];
  /** Route of each distinct (source, target) pair of the block, in the order the block lists them. */
  edgePoints: readonly (readonly Point[])[];
}

/** A bounded map from block signature to block layout; the oldest entries go first. */
export class LayoutCache {
  private readonly entries = new Map<string, BlockLayout>();

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): BlockLayout | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Refresh: a block still on the canvas should outlive those of closed documents.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, layout: BlockLayout): void {
    this.entries.set(key, layout);
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The cache `layoutGraph` uses unless told otherwise. */
export const sharedLayoutCache = new LayoutCache();
