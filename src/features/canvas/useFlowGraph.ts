import { useMemo } from 'react';
import { toGraph } from '../../asl/graph';
import type { StateMachine } from '../../asl/types';
import { layoutGraph } from '../../layout';
import { useStudio } from '../../store';
import { useDiagnostics } from '../problems/useDiagnostics';
import { measureNode } from './measure';
import { toFlow } from './toFlow';

const EMPTY_MACHINE: StateMachine = { StartAt: '', States: {} };

function asMachine(value: unknown): StateMachine {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as StateMachine) : EMPTY_MACHINE;
}

/** The last valid definition as React Flow nodes and edges, recomputed only when it changes. */
export function useFlowGraph() {
  const definition = useStudio((s) => s.definition);
  const diagnostics = useDiagnostics();
  const graph = useMemo(() => toGraph(asMachine(definition)), [definition]);
  const layout = useMemo(() => layoutGraph(graph, { measure: measureNode }), [graph]);
  return useMemo(() => toFlow(graph, layout, diagnostics), [graph, layout, diagnostics]);
}
