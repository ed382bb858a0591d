/**
 * Blocks that are one column: most branches are a straight line, perhaps with a loop back or a jump
 * ahead. They need no layered layout: each node gets a rank of its own, and that is all.
 */
import type { BlockLayout } from './cache';
import { blockGraph } from './blockGraph';
import type { FlowBlock } from './flowBlock';
import { LOOP_GUTTER, RANK_SEP } from './sizes';
import type { Point } from './types';

/**
 * The node order when the block is one column, else `undefined`. After setting loops aside (edges
 * that a depth-first walk from the entry finds going back up), the block is a column exactly when its
 * topological order is unique: then every layered layout gives each node a rank of its own. Forward
 * jumps (a Choice skipping ahead, a catcher) are routed beside the column.
 */
export function columnOrder(block: FlowBlock): number[] | undefined {
  const n = block.widths.length;
  const { forward, backward } = blockGraph(block);
  const indegree = backward.map((preds) => preds.length);
  let ready = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  const order: number[] = [];
  while (ready.length === 1) {
    const v = ready[0];
    order.push(v);
    ready = [];
    for (const t of forward[v]) if (--indegree[t] === 0) ready.push(t);
  }
  return order.length === n ? order : undefined;
}

/** Stacks the nodes of a column block in `order`, centred, with side lanes for loops (right) and jumps (left). */
export function layoutColumn(block: FlowBlock, order: number[]): BlockLayout {
  const { widths, heights, edges } = block;
  const position = new Array<number>(order.length);
  order.forEach((node, i) => (position[node] = i));
  const aside = edges.some((e) => position[e.target] !== position[e.source] + 1);
  const maxWidth = widths.reduce((max, w) => Math.max(max, w), 0);
  const gutter = aside ? LOOP_GUTTER : 0;
  const width = maxWidth + 2 * gutter;
  const cx = width / 2;
  const centers = new Array<number>(2 * order.length);
  let y = 0;
  for (const node of order) {
    centers[2 * node] = cx;
    centers[2 * node + 1] = y + heights[node] / 2;
    y += heights[node] + RANK_SEP;
  }
  // Loops go up on the right, forward jumps down on the left, as dagre's dummy chains would.
  const edgePoints = edges.map(({ source: s, target: t }): Point[] => {
    const sy = centers[2 * s + 1];
    const ty = centers[2 * t + 1];
    if (position[t] === position[s] + 1) return [{ x: cx, y: sy + heights[s] / 2 }, { x: cx, y: ty - heights[t] / 2 }];
    const side = position[t] > position[s] ? -1 : 1;
    const laneX = cx + side * (maxWidth / 2 + gutter / 2);
    return [{ x: cx + (side * widths[s]) / 2, y: sy }, { x: laneX, y: sy }, { x: laneX, y: ty }, { x: cx + (side * widths[t]) / 2, y: ty }];
  });
  return { width, height: Math.max(0, y - RANK_SEP), centers, edgePoints };
}
