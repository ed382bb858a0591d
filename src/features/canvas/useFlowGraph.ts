import { useMemo } from 'react';
import { useDocumentDiagnostics } from '../../app/diagnostics/documentDiagnostics';
import { toGraph } from '../../asl/graph';
import type { StateMachine } from '../../asl/types';
import { layoutGraph } from '../../layout';
import { useStudio } from '../../store';
import { measureNode } from './measure';
import { dropTargetsOf } from './dropTargets';
import { toFlowEdges, toFlowNodes } from './toFlow';

const EMPTY_MACHINE: StateMachine = { StartAt: '', States: {} };

function asMachine(value: unknown): StateMachine {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as StateMachine) : EMPTY_MACHINE;
}

/** The last valid definition as React Flow nodes and edges, recomputed only when it changes. */
export function useFlowGraph() {
  const definition = useStudio((s) => s.definition);
  const diagnostics = useDocumentDiagnostics();
  const graph = useMemo(() => toGraph(asMachine(definition)), [definition]);
  const layout = useMemo(() => layoutGraph(graph, { measure: measureNode }), [graph]);
  const targets = useMemo(() => dropTargetsOf(graph), [graph]);
  // Edges do not depend on diagnostics: validating the text again leaves them (and their routes) alone.
  const edges = useMemo(() => toFlowEdges(graph, layout, targets), [graph, layout, targets]);
  const nodes = useMemo(() => toFlowNodes(graph, layout, diagnostics, targets), [graph, layout, diagnostics, targets]);
  return useMemo(() => ({ nodes, edges }), [nodes, edges]);
}
