import { memo } from 'react';
import { useReactFlow, type NodeProps } from '@xyflow/react';
import { useCanvasDrag } from './dragStore';
import { acceptsMove } from './dropTargets';
import { GroupDropZone } from './GroupDropZone';
import type { FlowNode } from './toFlow';

/** A Parallel branch or a Map item processor: a labelled box around its states (a drop target while it is empty). */
export const GroupNode = memo(function GroupNode({ id, data }: NodeProps<FlowNode>) {
  const { node, insertAt } = data;
  const drag = useCanvasDrag((s) => (insertAt ? s.drag : null));
  const { getNode } = useReactFlow();
  const showZone = insertAt !== undefined && drag !== null && (drag.kind !== 'state' || acceptsMove(drag.name, id, id, (n) => getNode(n)?.parentId));
  return (
    <div className={`group-node group-node--${node.kind}${insertAt ? ' group-node--empty' : ''}`}>
      <span className="group-node__label">{node.label}</span>
      {insertAt && showZone && <GroupDropZone id={id} at={insertAt} label={`Insert into ${node.label} of ${node.parentId ?? ''}`} hint="Drop here" />}
      {insertAt && !showZone && <span className="group-node__empty">Empty</span>}
    </div>
  );
});
