import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from './toFlow';

/** A Parallel branch or a Map item processor: a labelled box around its states. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<FlowNode>) {
  return (
    <div className={`group-node group-node--${data.node.kind}`}>
      <span className="group-node__label">{data.node.label}</span>
    </div>
  );
});
