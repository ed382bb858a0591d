import { useMemo, useRef } from 'react';
import { useDocumentDiagnostics } from '../../app/diagnostics/documentDiagnostics';
import { toGraph } from '../../asl/graph';
import type { StateMachine } from '../../asl/types';
import { layoutGraph } from '../../layout';
import { useStudio } from '../../store';
import { measureNode } from './measure';
import { dropTargetsOf } from './dropTargets';
import { keepUnchanged } from './keepUnchanged';
import { toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode } from './toFlow';

const EMPTY_MACHINE: StateMachine = { StartAt: '', States: {} };

function asMachine(value: unknown): StateMachine {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as StateMachine) : EMPTY_MACHINE;
}

/** Keeps the objects of the nodes (or edges) an edit did not change; see {@link keepUnchanged}. */
function useStable<T extends { id: string }>(next: readonly T[]): readonly T[] {
  const previous = useRef<readonly T[]>([]);
  return useMemo(() => (previous.current = keepUnchanged(previous.current, next)), [next]);
}

/**
 * The last valid definition as React Flow nodes and edges, recomputed only when it changes; the
 * nodes and edges an edit leaves alone keep their objects.
 */
export function useFlowGraph(): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const definition = useStudio((s) => s.definition);
  const diagnostics = useDocumentDiagnostics();
  const graph = useMemo(() => toGraph(asMachine(definition)), [definition]);
  const layout = useMemo(() => layoutGraph(graph, { measure: measureNode }), [graph]);
  const targets = useMemo(() => dropTargetsOf(graph), [graph]);
  // Edges do not depend on diagnostics: validating the text again leaves them (and their routes) alone.
  const edges = useStable(useMemo(() => toFlowEdges(graph, layout, targets), [graph, layout, targets]));
  const nodes = useStable(useMemo(() => toFlowNodes(graph, layout, diagnostics, targets), [graph, layout, diagnostics, targets]));
  return useMemo(() => ({ nodes: nodes as FlowNode[], edges: edges as FlowEdge[] }), [nodes, edges]);
}
