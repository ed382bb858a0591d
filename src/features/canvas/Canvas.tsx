import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { GroupNode } from './GroupNode';
import { MarkerNode } from './MarkerNode';
import { StateNode } from './StateNode';
import { STATE_STYLE, UNKNOWN_STYLE } from './stateStyles';
import type { FlowNode } from './toFlow';
import { useFlowGraph } from './useFlowGraph';
import './canvas.css';

const nodeTypes: NodeTypes = { state: StateNode, marker: MarkerNode, group: GroupNode };

function minimapColor(node: FlowNode): string {
  const type = node.data.node.stateType;
  if (node.data.node.kind !== 'state') return 'transparent';
  return type ? STATE_STYLE[type].color : UNKNOWN_STYLE.color;
}

function FlowCanvas() {
  const { nodes, edges } = useFlowGraph();
  const { fitView } = useReactFlow();
  // Re-fit when the set of states changes (a new document), not on every edit of a field.
  const shape = nodes.map((n) => n.id).join('\n');
  useEffect(() => {
    const frame = requestAnimationFrame(() => void fitView({ padding: 0.15, maxZoom: 1.1 }));
    return () => cancelAnimationFrame(frame);
  }, [shape, fitView]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      fitView
      fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
      minZoom={0.05}
      nodesConnectable={false}
      nodesDraggable={false}
      proOptions={{ hideAttribution: true }}
      onlyRenderVisibleElements
    >
      <Background gap={20} size={1} />
      <Controls showInteractive={false} />
      <MiniMap<FlowNode> nodeColor={minimapColor} pannable zoomable />
    </ReactFlow>
  );
}

/** The graph canvas: the current definition laid out top to bottom. */
export function Canvas() {
  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>
    </div>
  );
}
