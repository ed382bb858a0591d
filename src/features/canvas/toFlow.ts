import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { GraphEdge, GraphNode, StateGraph } from '../../asl/graph';
import type { Diagnostic } from '../../asl/types';
import type { GraphLayout } from '../../layout';

export interface FlowNodeData extends Record<string, unknown> {
  node: GraphNode;
  /** Validator findings whose pointer lies inside this state (and not inside a nested state). */
  diagnostics: Diagnostic[];
}
export type FlowNode = Node<FlowNodeData>;
export type FlowEdge = Edge<{ edge: GraphEdge }>;

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

/** Turns a state graph and its layout into React Flow nodes and edges. Pure. */
export function toFlow(graph: StateGraph, layout: GraphLayout, diagnostics: readonly Diagnostic[] = []): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  const problems = diagnosticsByNode(graph, diagnostics);
  const nodes: FlowNode[] = graph.nodes.map((node) => {
    const box = boxes.get(node.id) ?? { x: 0, y: 0, width: 180, height: 44 };
    const flowNode: FlowNode = {
      id: node.id,
      type: NODE_TYPE[node.kind],
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { node, diagnostics: problems.get(node.id) ?? [] },
      selectable: node.kind === 'state',
      draggable: false,
      connectable: false,
      ...(node.parentId ? { parentId: node.parentId, extent: 'parent' as const } : {}),
      domAttributes: (node.stateType ? { 'data-state-type': node.stateType } : {}) as FlowNode['domAttributes'],
    };
    return flowNode;
  });
  const edges: FlowEdge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'smoothstep',
    label: edge.label,
    className: `edge edge--${edge.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    data: { edge },
    ...(edge.title ? { ariaLabel: edge.title } : {}),
    labelBgPadding: [6, 2] as [number, number],
    labelBgBorderRadius: 4,
  }));
  return { nodes, edges };
}
