import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type DragEvent } from 'react';
import { STATE_MOVE_MIME } from '../../catalog';
import { useCanvasDrag } from './dragStore';
import type { FlowNode } from './toFlow';
import { STATE_STYLE, UNKNOWN_STYLE } from './stateStyles';
import { useStateRunStatus } from '../../store/useStateRunStatus';

/** A state on the canvas: its type's colour and glyph, its name, and what it calls. */
export const StateNode = memo(function StateNode({ data }: NodeProps<FlowNode>) {
  const { node, diagnostics } = data;
  const runStatus = useStateRunStatus(node.id);
  const style = node.stateType ? STATE_STYLE[node.stateType] : UNKNOWN_STYLE;
  const isContainer = node.stateType === 'Parallel' || node.stateType === 'Map';
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  const name = node.stateName;
  // A repeated name (invalid ASL) cannot be addressed by the edit operations: it does not move.
  const movable = name !== undefined && name === node.id;
  const moving = useCanvasDrag((s) => s.drag?.kind === 'state' && s.drag.name === name);
  const onDragStart = (event: DragEvent) => {
    if (!movable) return;
    event.dataTransfer.setData(STATE_MOVE_MIME, name);
    event.dataTransfer.effectAllowed = 'move';
  };
  const classes = ['state-node', isContainer ? 'state-node--container' : '', node.terminal ? 'state-node--terminal' : '', errorCount ? 'state-node--invalid' : '', moving ? 'state-node--moving' : '', 'nopan']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} draggable={movable} onDragStart={onDragStart} data-run-status={runStatus} style={{ '--state-color': style.color } as React.CSSProperties} title={node.problem ?? diagnostics[0]?.message}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="state-node__header">
        <span className="state-node__glyph" aria-hidden>{style.glyph}</span>
        <span className="state-node__text">
          <span className="state-node__name" data-role="state-name">{node.label}</span>
          <span className="state-node__kind">{node.resourceLabel ?? style.title}</span>
        </span>
        {errorCount > 0 && (
          <span className="state-node__badge" aria-label={`${errorCount} problem${errorCount > 1 ? 's' : ''}`}>
            {errorCount}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});
