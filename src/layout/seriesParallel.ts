/**
 * Blocks built only from sequences and forks that join again: a Choice whose branches meet at one
 * state, a catcher whose handler runs to the end, branches that each end the block. Most branching
 * ASL has this shape, and it lays out directly: a sequence stacks, a fork puts its branches side by
 * side. Anything else (a jump into the middle of another branch...) is left to dagre.
 */
import type { BlockLayout } from './cache';
import { blockGraph } from './blockGraph';
import type { FlowBlock } from './flowBlock';
import { LOOP_GUTTER, NODE_SEP, RANK_SEP } from './sizes';
import type { Point } from './types';

/** A sequence of steps; a step is a node, or a fork of node `from` into branches (each a sequence, maybe empty) that meet at `join`. */
export type Sequence = Step[];
export type Step = { node: number } | { from: number; join: number; branches: Sequence[] };

/**
 * Immediate post-dominators of a DAG with one sink: the first node every path from `v` to the sink
 * passes through (Cooper, Harvey, Kennedy on the reversed graph). -1 for the sink.
 */
function postDominators(forward: number[][], topo: number[]): Int32Array | undefined {
  const n = forward.length;
  const index = new Int32Array(n);
  topo.forEach((v, i) => (index[v] = i));
  const ipdom = new Int32Array(n).fill(-1);
  for (let k = topo.length - 1; k >= 0; k--) {
    const v = topo[k];
    if (forward[v].length === 0) continue;
    let d = forward[v][0];
    for (const s of forward[v].slice(1)) {
      let a = d;
      let b = s;
      while (a !== b) {
        if (a === -1 || b === -1) return undefined; // two sinks: no common end
        if (index[a] < index[b]) a = ipdom[a];
        else b = ipdom[b];
      }
      d = a;
    }
    ipdom[v] = d;
  }
  return ipdom;
}

function topologicalOrder(forward: number[][], backward: number[][]): number[] | undefined {
  const indegree = backward.map((preds) => preds.length);
  const ready = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  if (ready.length !== 1) return undefined;
  const order: number[] = [];
  while (ready.length > 0) {
    const v = ready.pop()!;
    order.push(v);
    for (const t of forward[v]) if (--indegree[t] === 0) ready.push(t);
  }
  return order.length === forward.length ? order : undefined;
}

/** The block as nested sequences and forks, or `undefined` when it is not built that way. */
export function seriesParallel(block: FlowBlock): Sequence | undefined {
  const { forward, backward } = blockGraph(block);
  const topo = topologicalOrder(forward, backward);
  if (!topo || topo.filter((v) => forward[v].length === 0).length !== 1) return undefined;
  const ipdom = postDominators(forward, topo);
  if (!ipdom) return undefined;
  const seen = new Uint8Array(forward.length);
  let ok = true;
  /** The steps from `from` up to (not including) `stop`; -1 runs to the sink. */
  const walk = (from: number, stop: number): Sequence => {
    const steps: Sequence = [];
    for (let v = from; ok && v !== stop; ) {
      if (v === -1 || seen[v]) {
        ok = false; // ran past the join, or into a node another branch owns
        break;
      }
      seen[v] = 1;
      steps.push({ node: v });
      const next = forward[v];
      if (next.length <= 1) {
        v = next.length === 1 ? next[0] : -1;
        if (v === -1 && stop !== -1) ok = false;
        if (v === -1) break;
        continue;
      }
      const join = ipdom[v];
      steps.push({ from: v, join, branches: next.map((s) => (s === join ? [] : walk(s, join))) });
      v = join;
    }
    return steps;
  };
  const sequence = walk(topo[0], -1);
  return ok && seen.every((s) => s === 1) ? sequence : undefined;
}

/** A sequence's extent: how far it reaches left and right of its axis (the centre line of its nodes), and its height. */
interface Box {
  left: number;
  right: number;
  height: number;
}

/**
 * Where a fork's branches sit relative to the fork's node: side by side, NODE_SEP apart, the node
 * over their middle, or over its empty branch when it has one (an optional step: the straight line
 * carries on under the fork and the optional branch sits beside it).
 */
function forkShape(step: { branches: Sequence[] }, boxes: Box[]): { axes: number[]; left: number; right: number } {
  const axes: number[] = [];
  let edge = 0;
  for (const box of boxes) {
    axes.push(edge + box.left);
    edge += box.left + box.right + NODE_SEP;
  }
  const span = edge - NODE_SEP;
  const empty = step.branches.findIndex((b) => b.length === 0);
  const anchor = empty >= 0 ? axes[empty] : span / 2;
  return { axes: axes.map((x) => x - anchor), left: anchor, right: span - anchor };
}

function measure(sequence: Sequence, block: FlowBlock, boxes: Map<Sequence, Box>): Box {
  const box: Box = { left: 0, right: 0, height: 0 };
  for (const step of sequence) {
    if ('node' in step) {
      box.left = Math.max(box.left, block.widths[step.node] / 2);
      box.right = Math.max(box.right, block.widths[step.node] / 2);
      box.height += block.heights[step.node] + RANK_SEP;
      continue;
    }
    const inner = step.branches.map((b) => measure(b, block, boxes));
    const shape = forkShape(step, inner);
    box.left = Math.max(box.left, shape.left);
    box.right = Math.max(box.right, shape.right);
    // A fork always has a branch with a node: two edges of a node never go to the same place.
    box.height += inner.reduce((max, b) => Math.max(max, b.height), 0) + RANK_SEP;
  }
  box.height = Math.max(0, box.height - RANK_SEP);
  boxes.set(sequence, box);
  return box;
}

interface Placement {
  block: FlowBlock;
  boxes: Map<Sequence, Box>;
  centers: number[];
  /** `from>join` -> x of the empty lane a fork edge straight to its join runs down. */
  lanes: Map<string, number>;
}

function place(sequence: Sequence, axis: number, top: number, at: Placement): void {
  let y = top;
  for (const step of sequence) {
    if ('node' in step) {
      at.centers[2 * step.node] = axis;
      at.centers[2 * step.node + 1] = y + at.block.heights[step.node] / 2;
      y += at.block.heights[step.node] + RANK_SEP;
      continue;
    }
    const inner = step.branches.map((b) => at.boxes.get(b)!);
    const { axes } = forkShape(step, inner);
    step.branches.forEach((branch, i) => {
      if (branch.length === 0) at.lanes.set(`${step.from}>${step.join}`, axis + axes[i]);
      place(branch, axis + axes[i], y, at);
    });
    y += inner.reduce((max, b) => Math.max(max, b.height), 0) + RANK_SEP;
  }
}

/** Lays out a series-parallel block: sequences stack, forks spread their branches side by side; loops get a lane on the right. */
export function layoutSeriesParallel(block: FlowBlock, sequence: Sequence): BlockLayout {
  const boxes = new Map<Sequence, Box>();
  const box = measure(sequence, block, boxes);
  const { isLoop } = blockGraph(block);
  const loops = block.edges.some((e) => isLoop(e.source, e.target));
  const gutter = loops ? LOOP_GUTTER : 0;
  const width = box.left + box.right + 2 * gutter;
  const at: Placement = { block, boxes, centers: new Array<number>(2 * block.widths.length).fill(0), lanes: new Map() };
  place(sequence, gutter + box.left, 0, at);
  const { centers, lanes } = at;
  const loopX = width - gutter / 2;
  const edgePoints = block.edges.map(({ source: s, target: t }): Point[] => {
    const [sx, sy, tx, ty] = [centers[2 * s], centers[2 * s + 1], centers[2 * t], centers[2 * t + 1]];
    if (isLoop(s, t)) {
      return [{ x: sx + block.widths[s] / 2, y: sy }, { x: loopX, y: sy }, { x: loopX, y: ty }, { x: tx + block.widths[t] / 2, y: ty }];
    }
    const bottom = sy + block.heights[s] / 2;
    const targetTop = ty - block.heights[t] / 2;
    const lane = lanes.get(`${s}>${t}`);
    if (lane !== undefined) {
      // A fork edge straight to its join runs down its own empty lane, clear of the other branches.
      return [{ x: sx, y: bottom }, { x: lane, y: bottom + RANK_SEP / 2 }, { x: lane, y: targetTop - RANK_SEP / 2 }, { x: tx, y: targetTop }];
    }
    // Down from the source, across just above the target, down into it: the shape of a fork or a join.
    return [{ x: sx, y: bottom }, { x: sx, y: targetTop - RANK_SEP / 2 }, { x: tx, y: targetTop - RANK_SEP / 2 }, { x: tx, y: targetTop }];
  });
  return { width, height: box.height, centers, edgePoints };
}
