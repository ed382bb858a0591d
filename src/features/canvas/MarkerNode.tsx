import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from './toFlow';

/** The start and end markers of a workflow, branch or item processor. */
export const MarkerNode = memo(function MarkerNode({ data }: NodeProps<FlowNode>) {
  const isStart = data.node.kind === 'start';
  return (
    <div className={`marker-node marker-node--${data.node.kind}`}>
      {!isStart && <Handle type="target" position={Position.Top} isConnectable={false} />}
      {data.node.label}
      {isStart && <Handle type="source" position={Position.Bottom} isConnectable={false} />}
    </div>
  );
});
