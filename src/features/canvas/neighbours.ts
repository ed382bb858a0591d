/**
 * Walking the graph with the arrow keys: which state is above, below, left or right of the selected
 * one. Pure (the graph plus a box per node), so the walk is tested without a browser.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../../asl/graph';

export type WalkDirection = 'up' | 'down' | 'left' | 'right';

/** A node's box in canvas coordinates (absolute: nested nodes included). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Graph = Pick<StateGraph, 'nodes' | 'edges'>;

/** Catch edges come after the main flow: Down from a Task is its Next, not its error handler. */
const rank = (e: GraphEdge) => (e.kind === 'catch' ? 1 : 0);
const byRank = (a: GraphEdge, b: GraphEdge) => rank(a) - rank(b);
const centreY = (b: Box) => b.y + b.height / 2;
const centreX = (b: Box) => b.x + b.width / 2;

/** The state a keyboard user starts from when nothing is selected: the workflow's first state. */
export function firstStateOf(graph: Graph): string | undefined {
  const start = graph.nodes.find((n) => n.kind === 'start' && n.parentId === undefined);
  const edge = start && graph.edges.find((e) => e.source === start.id);
  return edge && graph.nodes.find((n) => n.id === edge.target && n.kind === 'state')?.stateName;
}

/**
 * The state to select when an arrow key is pressed on `from` (a state's node id), as a state name.
 * Down: the first successor (the first branch's first state for a Parallel or Map; past the end of
 * a branch, what follows its Parallel or Map). Up: the first predecessor (for the first state of a
 * branch, its Parallel or Map). Where several qualify, one drawn in the key's direction wins, so a
 * loop back does not jump the walk. Left/Right: the nearest state drawn on the same row, e.g. the
 * next branch of a Choice or a Parallel. Undefined where there is none.
 */
export function neighbourOf(graph: Graph, from: string, direction: WalkDirection, boxOf: (id: string) => Box | undefined): string | undefined {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const isState = (id: string) => nodes.get(id)?.kind === 'state';
  /** The Parallel or Map state a node sits in (through its branch or processor group). */
  const ownerOf = (id: string) => {
    const group = nodes.get(nodes.get(id)?.parentId ?? '');
    return group?.parentId;
  };
  /** Of the candidates (best first), the first drawn above (`sign` -1) or below (+1) `from`, else the first. */
  const inDirection = (ids: string[], sign: number) => {
    const here = boxOf(from);
    const ahead = ids.find((id) => {
      const box = boxOf(id);
      return here !== undefined && box !== undefined && Math.sign(centreY(box) - centreY(here)) === sign;
    });
    return ahead ?? ids[0];
  };

  const firstInside = (id: string): string | undefined => {
    for (const group of graph.nodes.filter((n) => n.parentId === id)) {
      const start = graph.nodes.find((n) => n.parentId === group.id && n.kind === 'start');
      const edge = start && graph.edges.find((e) => e.source === start.id && isState(e.target));
      if (edge) return edge.target;
    }
    return undefined;
  };
  const after = (id: string): string | undefined => {
    const targets = graph.edges.filter((e) => e.source === id && e.target !== id && isState(e.target)).sort(byRank).map((e) => e.target);
    if (targets.length > 0) return inDirection(targets, 1);
    const owner = ownerOf(id);
    return owner === undefined ? undefined : after(owner);
  };
  const before = (id: string): string | undefined => {
    const incoming = graph.edges.filter((e) => e.target === id && e.source !== id);
    // The first state of a branch or processor: up is its container, never a loop back into it.
    if (incoming.some((e) => nodes.get(e.source)?.kind === 'start')) return ownerOf(id);
    const sources = incoming.filter((e) => isState(e.source)).sort(byRank).map((e) => e.source);
    return sources.length > 0 ? inDirection(sources, -1) : undefined;
  };
  const beside = (sign: number): string | undefined => {
    const here = boxOf(from);
    if (here === undefined) return undefined;
    const related = (n: GraphNode) => contains(nodes, n.id, from) || contains(nodes, from, n.id);
    let best: { id: string; score: number } | undefined;
    for (const n of graph.nodes) {
      const box = n.kind === 'state' && !related(n) ? boxOf(n.id) : undefined;
      if (box === undefined) continue;
      const dx = (centreX(box) - centreX(here)) * sign;
      const sameRow = box.y < here.y + here.height && box.y + box.height > here.y;
      if (dx <= 0 || !sameRow) continue;
      const score = dx + 2 * Math.abs(centreY(box) - centreY(here));
      if (best === undefined || score < best.score) best = { id: n.id, score };
    }
    return best?.id;
  };

  if (!isState(from)) return undefined;
  const id =
    direction === 'down' ? (firstInside(from) ?? after(from)) : direction === 'up' ? before(from) : beside(direction === 'right' ? 1 : -1);
  return id === undefined ? undefined : nodes.get(id)?.stateName;
}

/** Whether `inner` lies (at any depth) inside `outer`. */
function contains(nodes: ReadonlyMap<string, GraphNode>, outer: string, inner: string): boolean {
  for (let id = nodes.get(inner)?.parentId; id !== undefined; id = nodes.get(id)?.parentId) if (id === outer) return true;
  return false;
}
