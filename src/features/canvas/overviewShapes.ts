/**
 * The minimap's picture of the graph, computed once per layout: every state as a rectangle in
 * canvas coordinates, merged into one SVG path per colour. A thousand states are then a handful
 * of paths, not a thousand elements each re-checked on every frame of a pan.
 */
import type { Rect } from '@xyflow/react';
import { STATE_STYLE, UNKNOWN_STYLE } from './stateStyles';
import type { FlowNode } from './toFlow';

export interface OverviewShapes {
  /** Parallel and Map containers, drawn first and faint so their branches show on top. */
  containers: { color: string; d: string }[];
  states: { color: string; d: string }[];
  /** The extent of every node, in canvas coordinates (undefined for an empty graph). */
  bounds: Rect | undefined;
}

const rect = (x: number, y: number, w: number, h: number) => `M${x},${y}h${w}v${h}h${-w}z`;

/** Rectangles by colour for `nodes` (React Flow nodes, parents before children, positions relative to the parent). */
export function overviewShapes(nodes: readonly FlowNode[]): OverviewShapes {
  const origin = new Map<string, { x: number; y: number }>();
  const containers = new Map<string, string>();
  const states = new Map<string, string>();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const parent = node.parentId === undefined ? undefined : origin.get(node.parentId);
    const x = node.position.x + (parent?.x ?? 0);
    const y = node.position.y + (parent?.y ?? 0);
    origin.set(node.id, { x, y });
    const [w, h] = [node.width ?? 0, node.height ?? 0];
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x + w), Math.max(maxY, y + h)];
    const g = node.data.node;
    if (g.kind !== 'state') continue;
    const color = g.stateType ? STATE_STYLE[g.stateType].color : UNKNOWN_STYLE.color;
    const into = g.stateType === 'Parallel' || g.stateType === 'Map' ? containers : states;
    into.set(color, (into.get(color) ?? '') + rect(x, y, w, h));
  }
  const list = (m: Map<string, string>) => [...m].map(([color, d]) => ({ color, d }));
  const bounds = Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
  return { containers: list(containers), states: list(states), bounds };
}

/**
 * The minimap's viewBox: the graph and the visible area together, centred in a box of the
 * minimap's aspect ratio, with a margin (as React Flow's own minimap frames it).
 */
export function overviewFrame(graph: Rect | undefined, view: Rect, size: { width: number; height: number }): Rect & { scale: number } {
  const x0 = Math.min(graph?.x ?? view.x, view.x);
  const y0 = Math.min(graph?.y ?? view.y, view.y);
  const x1 = Math.max(graph ? graph.x + graph.width : view.x + view.width, view.x + view.width);
  const y1 = Math.max(graph ? graph.y + graph.height : view.y + view.height, view.y + view.height);
  const scale = Math.max((x1 - x0) / size.width, (y1 - y0) / size.height) || 1;
  const [w, h] = [scale * size.width, scale * size.height];
  const margin = 5 * scale;
  return { x: x0 - (w - (x1 - x0)) / 2 - margin, y: y0 - (h - (y1 - y0)) / 2 - margin, width: w + 2 * margin, height: h + 2 * margin, scale };
}
