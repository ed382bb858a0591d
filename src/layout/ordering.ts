/**
 * Crossing reduction for dagre (its `customOrder` hook): the same method as dagre's own (an initial
 * depth-first order, then barycenter sweeps down and up, keeping the order with fewest crossings),
 * over plain arrays. Dagre builds two graphlib graphs per rank and re-sorts them at least four times
 * per call; on the small blocks this layout feeds it, that was most of the time of a layout.
 */
import type { EdgeLabel, Graph, GraphLabel, NodeLabel } from '@dagrejs/dagre';

type LayoutGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/** Sweeps without a better crossing count before giving up, as dagre does. */
const PATIENCE = 4;

export interface Adjacency {
  /** Neighbour indices and weights, one rank up (preds) or down (succs). */
  nodes: number[];
  weights: number[];
}

/** Crossings between two adjacent layers, counted with an accumulator tree (Barth, Jünger, Mutzel). */
export function crossingsBetween(layer: number[], position: Int32Array, succs: Adjacency[], nextSize: number): number {
  const southEntries: { pos: number; weight: number }[] = [];
  for (const v of layer) {
    const { nodes, weights } = succs[v];
    const sorted = nodes.map((t, k) => ({ pos: position[t], weight: weights[k] })).sort((a, b) => a.pos - b.pos);
    southEntries.push(...sorted);
  }
  let firstIndex = 1;
  while (firstIndex < nextSize) firstIndex <<= 1;
  const tree = new Float64Array(2 * firstIndex);
  firstIndex -= 1;
  let crossings = 0;
  for (const { pos, weight } of southEntries) {
    let index = pos + firstIndex;
    tree[index] += weight;
    let weightSum = 0;
    while (index > 0) {
      if (index % 2) weightSum += tree[index + 1];
      index = (index - 1) >> 1;
      tree[index] += weight;
    }
    crossings += weight * weightSum;
  }
  return crossings;
}

/**
 * Reorders one layer by the barycentres of its neighbours. As in dagre, ties and nodes without
 * neighbours go by the layer's members in graph order (`members`), not by their current place, and
 * `biasRight` sends tied nodes the other way round; `usedBias` tells whether any tie was met.
 */
function sortLayer(members: number[], position: Int32Array, adjacency: Adjacency[], biasRight: boolean): { order: number[]; usedBias: boolean } {
  const sortable: { v: number; i: number; bary: number }[] = [];
  const fixed: { v: number; i: number }[] = [];
  members.forEach((v, i) => {
    const { nodes, weights } = adjacency[v];
    if (nodes.length === 0) return fixed.push({ v, i });
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < nodes.length; k++) {
      sum += weights[k] * position[nodes[k]];
      weight += weights[k];
    }
    sortable.push({ v, i, bary: sum / weight });
  });
  // Dagre counts a tie only between non-zero barycentres; matching it keeps its bias switching.
  const seen = new Set<number>();
  let usedBias = false;
  for (const { bary } of sortable) {
    if (bary !== 0 && seen.has(bary)) usedBias = true;
    seen.add(bary);
  }
  sortable.sort((a, b) => a.bary - b.bary || (biasRight ? b.i - a.i : a.i - b.i));
  const order: number[] = [];
  let f = 0;
  for (const entry of sortable) {
    while (f < fixed.length && fixed[f].i <= order.length) order.push(fixed[f++].v);
    order.push(entry.v);
  }
  while (f < fixed.length) order.push(fixed[f++].v);
  return { order, usedBias };
}

/** Sets `order` on every node of dagre's layout graph (all edges join adjacent ranks by now). */
export function fastOrder(g: LayoutGraph): void {
  const names = g.nodes();
  const index = new Map<string, number>(names.map((v, i) => [v, i]));
  const rank = names.map((v) => g.node(v).rank ?? 0);
  const preds: Adjacency[] = names.map(() => ({ nodes: [], weights: [] }));
  const succs: Adjacency[] = names.map(() => ({ nodes: [], weights: [] }));
  for (const e of g.edges()) {
    const s = index.get(e.v)!;
    const t = index.get(e.w)!;
    const weight = g.edge(e).weight ?? 1;
    succs[s].nodes.push(t);
    succs[s].weights.push(weight);
    preds[t].nodes.push(s);
    preds[t].weights.push(weight);
  }
  const maxRank = rank.reduce((max, r) => Math.max(max, r), 0);
  let layers: number[][] = Array.from({ length: maxRank + 1 }, () => []);

  // Initial order: depth first from the nodes in rank order (dagre's initOrder).
  const visited = new Uint8Array(names.length);
  const starts = names.map((_, i) => i).sort((a, b) => rank[a] - rank[b] || a - b);
  for (const start of starts) {
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (visited[v]) continue;
      visited[v] = 1;
      layers[rank[v]].push(v);
      for (let k = succs[v].nodes.length - 1; k >= 0; k--) if (!visited[succs[v].nodes[k]]) stack.push(succs[v].nodes[k]);
    }
  }

  const members: number[][] = Array.from({ length: maxRank + 1 }, () => []);
  names.forEach((_, v) => members[rank[v]].push(v));
  const position = new Int32Array(names.length);
  const assign = (ls: number[][]): void => ls.forEach((layer) => layer.forEach((v, i) => (position[v] = i)));
  const crossings = (): number => {
    let total = 0;
    for (let r = 0; r < maxRank; r++) total += crossingsBetween(layers[r], position, succs, layers[r + 1].length);
    return total;
  };
  assign(layers);
  let best = layers.map((layer) => layer.slice());
  let bestCount = crossings();
  for (let i = 0, sinceBest = 0; sinceBest < PATIENCE && bestCount > 0; i++, sinceBest++) {
    // Dagre's schedule: sweeps alternate up and down; in every other pair, the tie bias flips
    // after each layer that had a tie.
    const down = i % 2 === 1;
    const switchBias = i % 4 >= 2;
    let biasRight = true;
    for (let step = 0; step < maxRank; step++) {
      const r = down ? step + 1 : maxRank - 1 - step;
      const sorted = sortLayer(members[r], position, down ? preds : succs, biasRight);
      layers[r] = sorted.order;
      sorted.order.forEach((v, p) => (position[v] = p));
      if (switchBias && sorted.usedBias) biasRight = !biasRight;
    }
    const count = crossings();
    // Like dagre, a tie also becomes the answer: later sweeps have settled more of the layout.
    if (count <= bestCount) {
      if (count < bestCount) sinceBest = -1;
      bestCount = count;
      best = layers.map((layer) => layer.slice());
    }
  }
  layers = best;
  layers.forEach((layer) => layer.forEach((v, i) => (g.node(names[v]).order = i)));
}
