import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { GraphEdge, GraphNode, StateGraph } from '../../asl/graph';
import type { InsertAt } from '../../asl/ops';
import type { Diagnostic } from '../../asl/types';
import type { GraphLayout } from '../../layout';
import { dropTargetsOf, type DropTargets } from './dropTargets';
import { edgeGeometry, type EdgeGeometry } from './edgeGeometry';

export interface FlowNodeData extends Record<string, unknown> {
  node: GraphNode;
  /** Validator findings whose pointer lies inside this state (and not inside a nested state). */
  diagnostics: Diagnostic[];
  /** Empty branches and processors: where a drop into them goes. */
  insertAt?: InsertAt;
}
export type FlowNode = Node<FlowNodeData>;
export interface FlowEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  /** Where a drop on this edge goes; none for edges nothing can be inserted on (a Fail's way to End). */
  insertAt?: InsertAt;
  /** Accessible name of the edge's drop zone, e.g. `Insert between Check and Done (Default)`. */
  dropLabel?: string;
  /** Horizontal shift of the drop zone, so edges between the same two nodes keep separate zones. */
  dropOffset: number;
  /** The route, label and drop zone in canvas coordinates (absent: React Flow's own step path). */
  geometry?: EdgeGeometry;
}
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

/** What a drop zone says about the kind of transition it sits on. */
function transitionName(edge: GraphEdge): string {
  const index = /\/(\d+)\/Next$/.exec(edge.pointer)?.[1];
  if (edge.kind === 'default') return ' (Default)';
  if (edge.kind === 'choice') return ` (rule ${Number(index) + 1})`;
  if (edge.kind === 'catch') return ` (Catch ${Number(index) + 1})`;
  return '';
}

/** Spreads the zones of edges that join the same two nodes (a rule and the Default to one state). */
function dropOffsets(edges: readonly GraphEdge[]): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const e of edges) {
    const key = `${e.source}\n${e.target}`;
    groups.set(key, [...(groups.get(key) ?? []), e.id]);
  }
  const offsets = new Map<string, number>();
  for (const ids of groups.values()) ids.forEach((id, i) => offsets.set(id, (i - (ids.length - 1) / 2) * 30));
  return offsets;
}

const NODE_TYPE: Record<GraphNode['kind'], string> = {
  state: 'state',
  start: 'marker',
  end: 'marker',
  'group-branch': 'group',
  'group-processor': 'group',
};

/** Groups diagnostics by the state they belong to: the node with the longest pointer prefix. */
function diagnosticsByNode(graph: StateGraph, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const statePointers = graph.nodes
    .filter((n) => n.kind === 'state')
    .map((n) => ({ id: n.id, pointer: n.pointer }))
    .sort((a, b) => b.pointer.length - a.pointer.length);
  const byNode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const owner = statePointers.find((s) => d.pointer === s.pointer || d.pointer.startsWith(s.pointer + '/'));
    if (!owner) continue;
    const list = byNode.get(owner.id) ?? [];
    list.push(d);
    byNode.set(owner.id, list);
  }
  return byNode;
}

/** The React Flow nodes of a laid-out graph, with each state's diagnostics and each empty scope's drop target. Pure. */
export function toFlowNodes(graph: StateGraph, layout: GraphLayout, diagnostics: readonly Diagnostic[], targets: DropTargets = dropTargetsOf(graph)): FlowNode[] {
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  const problems = diagnosticsByNode(graph, diagnostics);
  return graph.nodes.map((node) => {
    const box = boxes.get(node.id) ?? { x: 0, y: 0, width: 180, height: 44 };
    const insertAt = targets.groups.get(node.id);
    const flowNode: FlowNode = {
      id: node.id,
      type: NODE_TYPE[node.kind],
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { node, diagnostics: problems.get(node.id) ?? [], ...(insertAt ? { insertAt } : {}) },
      selectable: node.kind === 'state',
      draggable: false,
      connectable: false,
      ...(node.parentId ? { parentId: node.parentId, extent: 'parent' as const } : {}),
      domAttributes: (node.stateType ? { 'data-state-type': node.stateType } : {}) as FlowNode['domAttributes'],
    };
    return flowNode;
  });
}

/** The React Flow edges of a laid-out graph: routes, labels and drop targets. Pure; independent of diagnostics. */
export function toFlowEdges(graph: StateGraph, layout: GraphLayout, targets: DropTargets = dropTargetsOf(graph)): FlowEdge[] {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const offsets = dropOffsets(graph.edges);
  const geometry = edgeGeometry(graph, layout);
  return graph.edges.map((edge) => {
    const insertAt = targets.edges.get(edge.id);
    const data: FlowEdgeData = { edge, dropOffset: offsets.get(edge.id) ?? 0 };
    const drawn = geometry.get(edge.id);
    if (drawn) data.geometry = drawn;
    if (insertAt) {
      data.insertAt = insertAt;
      data.dropLabel = `Insert between ${labels.get(edge.source)} and ${labels.get(edge.target)}${transitionName(edge)}`;
    }
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'flow' as const,
      label: edge.label,
      className: `edge edge--${edge.kind}`,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      selectable: false,
      focusable: false,
      data,
      ...(edge.title ? { ariaLabel: edge.title } : {}),
    };
  });
}

/** Turns a state graph and its layout into React Flow nodes and edges. Pure. */
export function toFlow(graph: StateGraph, layout: GraphLayout, diagnostics: readonly Diagnostic[] = []): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const targets = dropTargetsOf(graph);
  return { nodes: toFlowNodes(graph, layout, diagnostics, targets), edges: toFlowEdges(graph, layout, targets) };
}
