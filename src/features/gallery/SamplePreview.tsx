import { useMemo } from 'react';
import { toGraph, type StateGraph } from '../../asl/graph';
import { parseText } from '../../asl/parse';
import type { StateMachine } from '../../asl/types';
import { layoutGraph } from '../../layout';
import { STATE_STYLE, UNKNOWN_STYLE } from '../canvas/stateStyles';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  kind: StateGraph['nodes'][number]['kind'];
  color: string;
}

/** The sample's graph in miniature: boxes in their state colours and the edges between them. */
function miniature(text: string) {
  const value = parseText(text).value as unknown as StateMachine;
  const graph = toGraph(value);
  const layout = layoutGraph(graph, { cache: false });
  const kinds = new Map(graph.nodes.map((n) => [n.id, n]));
  const origin = new Map<string, { x: number; y: number }>();
  const boxes: Box[] = layout.nodes.map((n) => {
    const parent = n.parentId ? origin.get(n.parentId) : undefined;
    const at = { x: (parent?.x ?? 0) + n.x, y: (parent?.y ?? 0) + n.y };
    origin.set(n.id, at);
    const node = kinds.get(n.id)!;
    const color = node.stateType ? STATE_STYLE[node.stateType].color : UNKNOWN_STYLE.color;
    return { id: n.id, ...at, width: n.width, height: n.height, kind: node.kind, color };
  });
  const lines = layout.edges.map((e, i) => {
    const scope = graph.nodes.find((n) => n.id === graph.edges[i].source)?.parentId;
    const shift = scope ? (origin.get(scope) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
    return { id: e.id, points: e.points.map((p) => `${p.x + shift.x},${p.y + shift.y}`).join(' ') };
  });
  const parents = new Set(graph.nodes.map((n) => n.parentId));
  return { boxes, lines, parents, width: layout.width, height: layout.height };
}

/** A small picture of a sample's graph for its gallery card. */
export function SamplePreview({ text }: { text: string }) {
  const picture = useMemo(() => miniature(text), [text]);
  const pad = 12;
  const isContainer = (b: Box) => b.kind === 'state' && picture.parents.has(b.id);
  const state = (b: Box) => (
    <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={8} className="sample-preview__state" style={{ stroke: b.color, fill: `color-mix(in srgb, ${b.color} 14%, var(--node-bg))` }} />
  );
  // Back to front: containers, their branch groups, edges, then the states and markers inside.
  return (
    <svg className="sample-preview" viewBox={`${-pad} ${-pad} ${picture.width + 2 * pad} ${picture.height + 2 * pad}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {picture.boxes.filter(isContainer).map(state)}
      {picture.boxes
        .filter((b) => b.kind === 'group-branch' || b.kind === 'group-processor')
        .map((b) => (
          <rect key={b.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={8} className="sample-preview__group" />
        ))}
      {picture.lines.map((l) => (
        <polyline key={l.id} points={l.points} className="sample-preview__edge" />
      ))}
      {picture.boxes.filter((b) => b.kind === 'state' && !isContainer(b)).map(state)}
      {picture.boxes
        .filter((b) => b.kind === 'start' || b.kind === 'end')
        .map((b) => (
          <circle key={b.id} cx={b.x + b.width / 2} cy={b.y + b.height / 2} r={Math.min(b.width, b.height) / 2} className="sample-preview__marker" />
        ))}
    </svg>
  );
}
