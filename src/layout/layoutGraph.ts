/**
 * StateGraph -> positioned nodes. Each block (the top level, each Parallel branch, each Map
 * processor) is laid out on its own, innermost first; a Parallel or Map then counts as one node of
 * its measured size in the block around it. Dagre on the whole compound graph costs seconds at a
 * thousand states; small blocks cost milliseconds, and unchanged blocks come from the cache.
 */
import type { GraphNode, StateGraph } from '../asl/graph';
import { sharedLayoutCache, type BlockLayout } from './cache';
import { blockSignature, layoutFlow, type BlockEdge } from './flowBlock';
import { BRANCH_GAP, CONTAINER_HEADER, GROUP_HEADER, GROUP_PADDING, defaultNodeSize, textWidth } from './sizes';
import type { GraphLayout, LayoutOptions, Point, PositionedEdge, PositionedNode } from './types';

const ROOT = -1;

/** The graph as index arrays: who holds whom, and which edges run inside each block. */
interface Structure {
  index: Map<string, number>;
  parent: Int32Array;
  /** Children of each node, and of the top level at key ROOT. */
  children: Map<number, number[]>;
  /** Edge indices of each block (by holder index), for edges whose ends share that holder. */
  blockEdges: Map<number, number[]>;
}

function structureOf(graph: StateGraph): Structure {
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => {
    if (!index.has(node.id)) index.set(node.id, i);
  });
  const parent = new Int32Array(graph.nodes.length).fill(ROOT);
  const children = new Map<number, number[]>([[ROOT, []]]);
  graph.nodes.forEach((node, i) => {
    const p = node.parentId === undefined ? undefined : index.get(node.parentId);
    // A node listed before its parent (or its own parent) is placed at the top level: never loop.
    const holder = p === undefined || p >= i ? ROOT : p;
    parent[i] = holder;
    let list = children.get(holder);
    if (list === undefined) children.set(holder, (list = []));
    list.push(i);
  });
  const blockEdges = new Map<number, number[]>();
  graph.edges.forEach((edge, e) => {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || parent[s] !== parent[t]) return;
    let list = blockEdges.get(parent[s]);
    if (list === undefined) blockEdges.set(parent[s], (list = []));
    list.push(e);
  });
  return { index, parent, children, blockEdges };
}

const isGroup = (node: GraphNode): boolean => node.kind === 'group-branch' || node.kind === 'group-processor';

/**
 * Lays out a state graph top to bottom. Deterministic: the same graph gives the same layout.
 * @example const { nodes, width, height } = layoutGraph(toGraph(definition));
 */
export function layoutGraph(graph: StateGraph, options: LayoutOptions = {}): GraphLayout {
  const measure = options.measure ?? defaultNodeSize;
  const cache = options.cache === false ? undefined : (options.cache ?? sharedLayoutCache);
  const { nodes, edges } = graph;
  const { index, parent, children, blockEdges } = structureOf(graph);
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  const width = new Float64Array(nodes.length);
  const height = new Float64Array(nodes.length);
  const points: (Point[] | undefined)[] = new Array(edges.length);

  /** Places the children of `holder` as one top-to-bottom flow; returns its content size. Children must be sized. */
  function flow(holder: number, offsetX: number, offsetY: number, minWidth: number): { width: number; height: number } {
    const kids = children.get(holder) ?? [];
    const local = new Map<number, number>(kids.map((k, i) => [k, i]));
    const pairs = new Map<string, number>();
    const merged: BlockEdge[] = [];
    const edgeToPair: [number, number][] = [];
    for (const e of blockEdges.get(holder) ?? []) {
      const s = local.get(index.get(edges[e].source)!)!;
      const t = local.get(index.get(edges[e].target)!)!;
      const key = `${s}>${t}`;
      let pair = pairs.get(key);
      if (pair === undefined) {
        pairs.set(key, (pair = merged.length));
        merged.push({ source: s, target: t, weight: 0, catch: true });
      }
      merged[pair].weight++;
      merged[pair].catch &&= edges[e].kind === 'catch';
      edgeToPair.push([e, pair]);
    }
    const marker = (kind: 'start' | 'end') => kids.findIndex((k) => nodes[k].kind === kind && !children.has(k));
    const block = { widths: kids.map((k) => width[k]), heights: kids.map((k) => height[k]), edges: merged, start: marker('start'), end: marker('end') };
    const key = cache ? blockSignature(block) : '';
    let laid: BlockLayout | undefined = cache?.get(key);
    if (laid === undefined) {
      laid = layoutFlow(block);
      cache?.set(key, laid);
    }
    // Centre the content when the holder is wider than it (a long group label).
    const dx = offsetX + Math.max(0, (minWidth - laid.width) / 2);
    kids.forEach((k, i) => {
      x[k] = dx + laid.centers[2 * i] - width[k] / 2;
      y[k] = offsetY + laid.centers[2 * i + 1] - height[k] / 2;
    });
    for (const [e, pair] of edgeToPair) points[e] = laid.edgePoints[pair].map((p) => ({ x: p.x + dx, y: p.y + offsetY }));
    return { width: Math.max(minWidth, laid.width), height: laid.height };
  }

  /** Sizes node `i` (and lays out its insides): leaves are measured, groups flow, containers hold their groups side by side. */
  function place(i: number): void {
    const kids = children.get(i);
    const node = nodes[i];
    if (kids === undefined) {
      const size = measure(node);
      width[i] = size.width;
      height[i] = size.height;
      return;
    }
    kids.forEach(place);
    if (isGroup(node)) {
      const header = GROUP_HEADER;
      const labelWidth = textWidth(node.label.length, 0);
      const content = flow(i, GROUP_PADDING, header + GROUP_PADDING, labelWidth);
      width[i] = content.width + 2 * GROUP_PADDING;
      height[i] = header + content.height + 2 * GROUP_PADDING;
      return;
    }
    // A Parallel or Map: its groups in a row, stretched to one height so branches read as columns.
    const tallest = kids.reduce((max, k) => Math.max(max, height[k]), 0);
    let left = GROUP_PADDING;
    for (const k of kids) {
      x[k] = left;
      y[k] = CONTAINER_HEADER + GROUP_PADDING;
      height[k] = tallest;
      left += width[k] + BRANCH_GAP;
    }
    const rowWidth = left - BRANCH_GAP + GROUP_PADDING;
    const own = measure(node).width;
    if (own > rowWidth) for (const k of kids) x[k] += (own - rowWidth) / 2;
    width[i] = Math.max(own, rowWidth);
    height[i] = CONTAINER_HEADER + tallest + 2 * GROUP_PADDING;
  }

  for (const k of children.get(ROOT)!) place(k);
  const total = flow(ROOT, 0, 0, 0);

  const positioned: PositionedNode[] = nodes.map((node, i) => {
    const p: PositionedNode = { id: node.id, x: x[i], y: y[i], width: width[i], height: height[i] };
    if (parent[i] !== ROOT) p.parentId = nodes[parent[i]].id;
    return p;
  });
  const routed: PositionedEdge[] = edges.map((edge, e) => ({ id: edge.id, points: points[e] ?? [] }));
  return { nodes: positioned, edges: routed, width: total.width, height: total.height };
}
