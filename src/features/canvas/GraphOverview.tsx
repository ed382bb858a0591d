import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { shallow } from 'zustand/shallow';
import { overviewFrame, overviewShapes, type OverviewShapes } from './overviewShapes';
import type { FlowNode } from './toFlow';

const SIZE = { width: 200, height: 150 };
/** Zoom change per wheel notch over the minimap. */
const WHEEL_STEP = 1.2;

/** The visible part of the canvas, in canvas coordinates: x, y, width, height. */
const selectView = (s: ReactFlowState) => {
  const [tx, ty, zoom] = s.transform;
  return [-tx / zoom, -ty / zoom, s.width / zoom, s.height / zoom];
};

const Shapes = memo(function Shapes({ shapes }: { shapes: OverviewShapes }) {
  return (
    <>
      {shapes.containers.map((s) => (
        <path key={`c${s.color}`} d={s.d} fill={s.color} fillOpacity={0.18} />
      ))}
      {shapes.states.map((s) => (
        <path key={s.color} d={s.d} fill={s.color} />
      ))}
    </>
  );
});

/**
 * The minimap: the whole graph, the visible area framed; press or drag on it to move the view
 * there, turn the wheel over it to zoom. Drawn from the layout (one path per colour), so a pan costs one small re-render here
 * instead of a re-check of every node, as React Flow's own minimap does.
 */
export function GraphOverview({ nodes }: { nodes: readonly FlowNode[] }) {
  const shapes = useMemo(() => overviewShapes(nodes), [nodes]);
  const [vx, vy, vw, vh] = useStore(selectView, shallow);
  const frame = overviewFrame(shapes.bounds, { x: vx, y: vy, width: vw, height: vh }, SIZE);
  const { setCenter, getZoom, zoomTo } = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const moveTo = (event: PointerEvent) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    void setCenter(at.x, at.y, { zoom: getZoom() });
  };
  const outer = `M${frame.x},${frame.y}h${frame.width}v${frame.height}h${-frame.width}z`;
  const inner = `M${vx},${vy}h${vw}v${vh}h${-vw}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap graph-overview" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Minimap"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
        onWheel={(event) => void zoomTo(getZoom() * (event.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP))}
      >
        <Shapes shapes={shapes} />
        <path className="react-flow__minimap-mask" d={`${outer} ${inner}`} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </Panel>
  );
}
