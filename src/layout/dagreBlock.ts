/** Blocks that branch in ways the direct layouts do not cover: dagre places them, with the crossing reduction of ./ordering. */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { BlockLayout } from './cache';
import type { FlowBlock } from './flowBlock';
import { fastOrder } from './ordering';
import { NODE_SEP, RANK_SEP } from './sizes';
import type { Point } from './types';

/**
 * Lays out a block with dagre. The start marker goes in first: dagre breaks cycles depth first in
 * insertion order, so the entry stays on top. The end marker stays in the graph: dagre then routes
 * every terminal state's edge round the states below it, and puts the marker where those edges meet.
 */
export function layoutWithDagre(block: FlowBlock): BlockLayout {
  const { widths, heights, edges, start } = block;
  const n = widths.length;
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'TB', nodesep: NODE_SEP, ranksep: RANK_SEP, marginx: 0, marginy: 0 });
  const order = start >= 0 ? [start, ...[...widths.keys()].filter((v) => v !== start)] : [...widths.keys()];
  for (const v of order) g.setNode(String(v), { width: widths[v], height: heights[v] });
  for (const e of edges) g.setEdge(String(e.source), String(e.target), { weight: e.weight, minlen: 1 });
  dagre.layout(g, { customOrder: fastOrder });

  const label = g.graph();
  const routes = edges.map((e) => g.edge(String(e.source), String(e.target)).points ?? []);
  // Dagre sizes the graph by its nodes; an edge bent round the side can reach past that: widen to it.
  let minX = 0;
  let maxX = label.width ?? 0;
  for (const points of routes) for (const p of points) [minX, maxX] = [Math.min(minX, p.x), Math.max(maxX, p.x)];
  const centers = new Array<number>(2 * n);
  for (let v = 0; v < n; v++) {
    const node = g.node(String(v));
    centers[2 * v] = (node.x ?? 0) - minX;
    centers[2 * v + 1] = node.y ?? 0;
  }
  const edgePoints = routes.map((points): Point[] => points.map(({ x, y }) => ({ x: x - minX, y })));
  return { width: maxX - minX, height: label.height ?? 0, centers, edgePoints };
}
