import { BaseEdge, getSmoothStepPath, useReactFlow, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasDrag } from './dragStore';
import { acceptsMove } from './dropTargets';
import { EdgeDropZone } from './EdgeDropZone';
import { LABEL_CHAR, LABEL_PAD } from './edgeGeometry';
import { roundedPath } from './route';
import type { FlowEdge as FlowEdgeType } from './toFlow';

/** The label of an edge: a Choice rule, Default, a Catch's errors (the full text as a tooltip). */
function EdgeLabel({ x, y, text, width, title }: { x: number; y: number; text: string; width: number; title?: string }) {
  return (
    <g className="edge-label" transform={`translate(${x - width / 2} ${y - 9})`}>
      {/* The full text, when the label had to be shortened. */}
      {title && title !== text && <title>{title}</title>}
      <rect width={width} height={18} rx={4} />
      <text x={width / 2} y={12.5} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

/**
 * A transition, drawn along the route the layout found (orthogonal, loops up their own column),
 * with its label; while a state is dragged, a "+" drop zone on it.
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, label, markerEnd, style } = props;
  const drag = useCanvasDrag((s) => s.drag);
  const hovered = useCanvasDrag((s) => s.hovered === id);
  const { getNode } = useReactFlow();
  const geometry = data?.geometry;
  let path: string;
  let zone: { x: number; y: number };
  if (geometry) {
    path = roundedPath(geometry.route);
    zone = geometry.zone;
  } else {
    const [step, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, borderRadius: 8 });
    path = step;
    zone = { x: labelX, y: labelY };
  }
  const at = data?.insertAt;
  const showZone = drag !== null && at !== undefined && (drag.kind !== 'state' || acceptsMove(drag.name, source, target, (n) => getNode(n)?.parentId));
  return (
    <>
      {/* No invisible wide twin for the pointer: edges are not clicked, and every mouse move of a pan would hit-test it. */}
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} className={hovered ? 'edge-path--drop-target' : undefined} interactionWidth={0} />
      {geometry?.label && <EdgeLabel {...geometry.label} title={data?.edge.title} />}
      {!geometry && typeof label === 'string' && <EdgeLabel x={zone.x} y={zone.y} text={label} width={label.length * LABEL_CHAR + 2 * LABEL_PAD} title={data?.edge.title} />}
      {showZone && <EdgeDropZone id={id} at={at} x={zone.x + (data?.dropOffset ?? 0)} y={zone.y} label={data?.dropLabel ?? 'Insert here'} />}
    </>
  );
});
