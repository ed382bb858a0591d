/**
 * Large blocks where many states Catch to one shared handler (the usual shape of a long workflow:
 * every Task's failures go to one "HandleError"). Laid out layered, each such edge spans hundreds
 * of ranks, and dagre pays for every rank it crosses. Here those edges are set aside: the block is
 * laid out with only the last catcher's edge to each handler (so the handler stays below its
 * catchers), and the others run down a lane of their own on the block's right, a bus per handler.
 */
import type { BlockLayout } from './cache';
import { blockGraph } from './blockGraph';
import type { FlowBlock } from './flowBlock';
import { LOOP_GUTTER } from './sizes';
import type { Point } from './types';

/** Blocks smaller than this stay with the layered layout: it costs milliseconds there and reads best. */
export const SIDE_ROUTE_MIN_NODES = 40;
/** Distance between two handlers' lanes. */
const LANE_SEP = 16;

/** Longest-path rank of each node over the forward edges (loops set aside); -1 where none reaches. */
function ranks(block: FlowBlock): Int32Array {
  const { forward, backward } = blockGraph(block);
  const n = forward.length;
  const rank = new Int32Array(n).fill(0);
  const indegree = backward.map((preds) => preds.length);
  const ready = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  while (ready.length > 0) {
    const v = ready.pop()!;
    for (const t of forward[v]) {
      rank[t] = Math.max(rank[t], rank[v] + 1);
      if (--indegree[t] === 0) ready.push(t);
    }
  }
  return rank;
}

/**
 * The edges (by index) to route aside, grouped by handler: every Catch edge into a state that two or
 * more states Catch to, except the last catcher's when nothing else leads to the handler.
 */
export function sideEdges(block: FlowBlock): Map<number, number[]> {
  const catchers = new Map<number, number[]>();
  const otherIn = new Set<number>();
  block.edges.forEach((e, i) => {
    if (e.source === e.target) return;
    if (!e.catch) {
      otherIn.add(e.target);
      return;
    }
    const list = catchers.get(e.target);
    if (list) list.push(i);
    else catchers.set(e.target, [i]);
  });
  const out = new Map<number, number[]>();
  let rank: Int32Array | undefined;
  for (const [handler, list] of catchers) {
    if (list.length < 2) continue;
    if (otherIn.has(handler)) {
      out.set(handler, list);
      continue;
    }
    rank ??= ranks(block);
    const r = rank;
    const keep = list.reduce((best, i) => (r[block.edges[i].source] > r[block.edges[best].source] ? i : best));
    out.set(handler, list.filter((i) => i !== keep));
  }
  return out;
}

/**
 * Lays out `block` without its side edges (by `inner`), then routes each side edge from its source's
 * right side along its handler's lane into the handler's right side. Lanes lie right of everything:
 * the handler with the most catchers gets the innermost.
 */
export function layoutWithSideEdges(block: FlowBlock, side: Map<number, number[]>, inner: (block: FlowBlock) => BlockLayout): BlockLayout {
  const aside = new Set<number>();
  for (const list of side.values()) for (const i of list) aside.add(i);
  const kept: number[] = [];
  block.edges.forEach((_, i) => {
    if (!aside.has(i)) kept.push(i);
  });
  const base = inner({ ...block, edges: kept.map((i) => block.edges[i]) });
  const { centers, width, height } = base;
  const lanes = [...side.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const laneX = new Map<number, number>();
  lanes.forEach(([handler], k) => laneX.set(handler, width + LOOP_GUTTER / 2 + k * LANE_SEP));
  const edgePoints: (readonly Point[])[] = new Array(block.edges.length);
  kept.forEach((i, k) => (edgePoints[i] = base.edgePoints[k]));
  for (const i of aside) {
    const { source: s, target: t } = block.edges[i];
    const x = laneX.get(t)!;
    const [sx, sy, tx, ty] = [centers[2 * s], centers[2 * s + 1], centers[2 * t], centers[2 * t + 1]];
    edgePoints[i] = [{ x: sx + block.widths[s] / 2, y: sy }, { x, y: sy }, { x, y: ty }, { x: tx + block.widths[t] / 2, y: ty }];
  }
  const lanesWidth = lanes.length === 0 ? 0 : LOOP_GUTTER + (lanes.length - 1) * LANE_SEP;
  return { width: width + lanesWidth, height, centers, edgePoints };
}
