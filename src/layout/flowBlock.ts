/**
 * Lays out one block: the children of one group (or the top level) and the edges between them,
 * top to bottom. Columns and series-parallel blocks are placed directly; anything else goes to dagre.
 */
import type { BlockLayout } from './cache';
import { columnOrder, layoutColumn } from './column';
import { layoutWithDagre } from './dagreBlock';
import { layoutSeriesParallel, seriesParallel } from './seriesParallel';
import { SIDE_ROUTE_MIN_NODES, layoutWithSideEdges, sideEdges } from './sideRoutes';

/** One distinct (source, target) pair; parallel edges are merged and weigh more. */
export interface BlockEdge {
  source: number;
  target: number;
  weight: number;
  /** True when every edge of the pair is a Catch (a catcher to its handler). */
  catch: boolean;
}

export interface FlowBlock {
  widths: number[];
  heights: number[];
  edges: BlockEdge[];
  /** Index of the block's start marker (the entry), or -1. */
  start: number;
  /** Index of the block's end marker, or -1. */
  end: number;
}

/**
 * A string equal for two blocks exactly when their layouts are equal: sizes and edges in the order
 * dagre receives them (its result depends on insertion order). Names do not enter, so a rename that
 * keeps the width needs no layout.
 */
export function blockSignature(block: FlowBlock): string {
  let key = '';
  for (let i = 0; i < block.widths.length; i++) key += `${block.widths[i]},${block.heights[i]};`;
  key += `|${block.start}|${block.end}|`;
  for (const e of block.edges) key += `${e.source}>${e.target}*${e.weight}${e.catch ? 'c' : ''};`;
  return key;
}

/**
 * Lays out a block: one column when it is a straight line (most branches are), stacked sequences
 * and side-by-side forks when it is built only of those (most Choices are). A large block whose
 * states Catch to shared handlers gets those edges routed aside and the rest laid out again;
 * anything else goes to dagre.
 */
export function layoutFlow(block: FlowBlock): BlockLayout {
  if (block.widths.length === 0) return { width: 0, height: 0, centers: [], edgePoints: [] };
  const order = columnOrder(block);
  if (order) return layoutColumn(block, order);
  const sequence = seriesParallel(block);
  if (sequence) return layoutSeriesParallel(block, sequence);
  if (block.widths.length >= SIDE_ROUTE_MIN_NODES) {
    const side = sideEdges(block);
    if (side.size > 0) return layoutWithSideEdges(block, side, layoutFlow);
  }
  return layoutWithDagre(block);
}
