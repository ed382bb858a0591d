/**
 * Lays out one block: the children of one group (or the top level) and the edges between them,
 * top to bottom. Straight columns are placed directly; anything else goes to dagre.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { BlockLayout } from './cache';
import { fastOrder } from './ordering';
import { LOOP_GUTTER, NODE_SEP, RANK_SEP } from './sizes';
import type { Point } from './types';

/** One distinct (source, target) pair; parallel edges are merged and weigh more. */
export interface BlockEdge {
  source: number;
  target: number;
  weight: number;
}

export interface FlowBlock {
  widths: number[];
  heights: number[];
  edges: BlockEdge[];
  /** Index of the block's start marker (placed above the layout, not by dagre), or -1. */
  start: number;
  /** Index of the block's end marker (placed below the layout, not by dagre), or -1. */
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
  for (const e of block.edges) key += `${e.source}>${e.target}*${e.weight};`;
  return key;
}

/**
 * The node order when the block is one column, else `undefined`. After setting loops aside (edges
 * that a depth-first walk from the entry finds going back up), the block is a column exactly when its
 * topological order is unique: then every layered layout gives each node a rank of its own. Forward
 * jumps (a Choice skipping ahead, a catcher) are routed beside the column.
 */
export function columnOrder(block: FlowBlock): number[] | undefined {
  const n = block.widths.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const hasIncoming = new Array<boolean>(n).fill(false);
  for (const e of block.edges) {
    if (e.source === e.target) continue;
    out[e.source].push(e.target);
    hasIncoming[e.target] = true;
  }
  const back = backEdges(out, Math.max(0, hasIncoming.indexOf(false)));
  const indegree = new Array<number>(n).fill(0);
  out.forEach((targets, s) => targets.forEach((t) => back.has(s * n + t) || indegree[t]++));
  let ready = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  const order: number[] = [];
  while (ready.length === 1) {
    const v = ready[0];
    order.push(v);
    ready = [];
    for (const t of out[v]) if (!back.has(v * n + t) && --indegree[t] === 0) ready.push(t);
  }
  return order.length === n ? order : undefined;
}

/** Edges (as `source * n + target`) that close a cycle in a depth-first walk from `entry`, then from every node not yet reached. */
function backEdges(out: number[][], entry: number): Set<number> {
  const n = out.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the stack, 2 done
  const back = new Set<number>();
  const visit = (root: number): void => {
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [v, i] = top;
      if (i === out[v].length) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const t = out[v][i];
      if (state[t] === 1) back.add(v * n + t);
      else if (state[t] === 0) {
        state[t] = 1;
        stack.push([t, 0]);
      }
    }
  };
  visit(entry);
  for (let v = 0; v < n; v++) if (state[v] === 0) visit(v);
  return back;
}

function layoutColumn(block: FlowBlock, order: number[]): BlockLayout {
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

const meanX = (centers: number[], nodes: number[], fallback: number): number =>
  nodes.length === 0 ? fallback : nodes.reduce((sum, v) => sum + centers[2 * v], 0) / nodes.length;

/**
 * Dagre for the states of the block; the markers are placed after, above the entry and below
 * everything. Left to dagre, an end marker pulls an edge from every terminal state down to the last
 * rank, each edge a chain of dummy nodes: most of the work, for a route React Flow does not use.
 */
function layoutWithDagre(block: FlowBlock): BlockLayout {
  const { widths, heights, edges, start, end } = block;
  const n = widths.length;
  const isMarker = (v: number): boolean => v === start || v === end;
  const entries = [...new Set(edges.filter((e) => e.source === start && !isMarker(e.target)).map((e) => e.target))];
  const exits = [...new Set(edges.filter((e) => e.target === end && !isMarker(e.source)).map((e) => e.source))];
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: 'TB', nodesep: NODE_SEP, ranksep: RANK_SEP, marginx: 0, marginy: 0 });
  // The entry goes in first: dagre breaks cycles depth-first in insertion order, so loops back to
  // the entry are the edges it reverses and the entry stays on top.
  const entrySet = new Set(entries);
  for (const v of [...entries, ...[...widths.keys()].filter((v) => !isMarker(v) && !entrySet.has(v))]) {
    g.setNode(String(v), { width: widths[v], height: heights[v] });
  }
  const core = edges.filter((e) => !isMarker(e.source) && !isMarker(e.target));
  for (const e of core) g.setEdge(String(e.source), String(e.target), { weight: e.weight, minlen: 1 });
  if (g.nodeCount() > 0) dagre.layout(g, { customOrder: fastOrder });

  const label = g.graph();
  const coreWidth = g.nodeCount() > 0 ? (label.width ?? 0) : 0;
  const coreHeight = g.nodeCount() > 0 ? (label.height ?? 0) : 0;
  const width = Math.max(coreWidth, start >= 0 ? widths[start] : 0, end >= 0 ? widths[end] : 0);
  const top = start >= 0 ? heights[start] + RANK_SEP : 0;
  const centers = new Array<number>(2 * n);
  for (let v = 0; v < n; v++) {
    if (isMarker(v)) continue;
    const node = g.node(String(v));
    centers[2 * v] = node.x ?? 0;
    centers[2 * v + 1] = (node.y ?? 0) + top;
  }
  let height = top + coreHeight;
  if (start >= 0) {
    centers[2 * start] = meanX(centers, entries, width / 2);
    centers[2 * start + 1] = heights[start] / 2;
  }
  if (end >= 0) {
    const endTop = g.nodeCount() > 0 || start >= 0 ? height + RANK_SEP : 0;
    centers[2 * end] = meanX(centers, exits, width / 2);
    centers[2 * end + 1] = endTop + heights[end] / 2;
    height = endTop + heights[end];
  }
  const edgePoints = edges.map((e): Point[] => {
    if (isMarker(e.source) || isMarker(e.target)) {
      const [sx, sy, tx, ty] = [centers[2 * e.source], centers[2 * e.source + 1], centers[2 * e.target], centers[2 * e.target + 1]];
      return [{ x: sx, y: sy + heights[e.source] / 2 }, { x: tx, y: ty - heights[e.target] / 2 }];
    }
    return (g.edge(String(e.source), String(e.target)).points ?? []).map(({ x, y }) => ({ x, y: y + top }));
  });
  return { width, height, centers, edgePoints };
}

/** Lays out a block: one column when the block is a straight line (most branches are), dagre otherwise. */
export function layoutFlow(block: FlowBlock): BlockLayout {
  if (block.widths.length === 0) return { width: 0, height: 0, centers: [], edgePoints: [] };
  const order = columnOrder(block);
  return order ? layoutColumn(block, order) : layoutWithDagre(block);
}
