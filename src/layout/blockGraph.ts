/** The edges of a block split into forward edges and loops, which column and series-parallel layouts both need. */
import type { FlowBlock } from './flowBlock';

export interface BlockGraph {
  /** Forward successors of each node (no loops, no self edges), in edge order. */
  forward: number[][];
  /** Forward predecessors of each node. */
  backward: number[][];
  /** True for an edge that closes a cycle (including a self edge). */
  isLoop: (source: number, target: number) => boolean;
  /** Where the block starts: its start marker, else its first node without incoming edges, else node 0. */
  entry: number;
}

/** Edges (as `source * n + target`) that close a cycle in a depth-first walk from `entry`, then from every node not yet reached. */
function loopEdges(out: number[][], entry: number): Set<number> {
  const n = out.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the stack, 2 done
  const loops = new Set<number>();
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
      if (state[t] === 1) loops.add(v * n + t);
      else if (state[t] === 0) {
        state[t] = 1;
        stack.push([t, 0]);
      }
    }
  };
  visit(entry);
  for (let v = 0; v < n; v++) if (state[v] === 0) visit(v);
  return loops;
}

/** Splits a block's edges into forward edges and loops (found depth first from the entry). */
export function blockGraph(block: FlowBlock): BlockGraph {
  const n = block.widths.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const hasIncoming = new Array<boolean>(n).fill(false);
  for (const e of block.edges) {
    if (e.source === e.target) continue;
    out[e.source].push(e.target);
    hasIncoming[e.target] = true;
  }
  const entry = block.start >= 0 ? block.start : Math.max(0, hasIncoming.indexOf(false));
  const loops = loopEdges(out, entry);
  const forward = out.map((targets, s) => targets.filter((t) => !loops.has(s * n + t)));
  const backward: number[][] = Array.from({ length: n }, () => []);
  forward.forEach((targets, s) => targets.forEach((t) => backward[t].push(s)));
  return { forward, backward, isLoop: (s, t) => s === t || loops.has(s * n + t), entry };
}
