/**
 * Where each edge is drawn: an orthogonal route through the layout's bend points (loops back up
 * along their own column), its label where the edge turns into its column, shortened where it
 * would run into a neighbouring label, and its drop zone. Pure: computed once per layout.
 */
import type { GraphEdge, StateGraph } from '../../asl/graph';
import type { GraphLayout } from '../../layout';
import { backEdgeRoute, midpoint, orthogonalRoute, type Point } from './route';

/** Average width of a character of the 11px edge label font, and the label's side padding. */
export const LABEL_CHAR = 6.6;
export const LABEL_PAD = 6;

export interface EdgeLabel {
  x: number;
  y: number;
  /** The text shown: the edge's label, cut with `…` when its neighbours leave no room. */
  text: string;
  /** Drawn width of the label box. */
  width: number;
}

export interface EdgeGeometry {
  route: Point[];
  label?: EdgeLabel;
  /** Centre of the edge's "+" drop zone. */
  zone: Point;
}

type Box = { x: number; y: number; width: number; height: number };

/** Every node's box in canvas coordinates (the layout gives children relative to their parent). */
export function absoluteBoxes(layout: GraphLayout): Map<string, Box & { parentId?: string }> {
  const out = new Map<string, Box & { parentId?: string }>();
  for (const n of layout.nodes) {
    const parent = n.parentId === undefined ? undefined : out.get(n.parentId);
    out.set(n.id, { x: n.x + (parent?.x ?? 0), y: n.y + (parent?.y ?? 0), width: n.width, height: n.height, parentId: n.parentId });
  }
  return out;
}

/** True when `p` lies on the left or right side of `box` (not at a corner). */
function onSide(p: Point, box: Box): boolean {
  return (Math.abs(p.x - box.x) < 0.5 || Math.abs(p.x - box.x - box.width) < 0.5) && p.y > box.y && p.y < box.y + box.height;
}

const isOrthogonal = (points: readonly Point[]) =>
  points.every((p, i) => i === 0 || Math.abs(p.x - points[i - 1].x) < 0.5 || Math.abs(p.y - points[i - 1].y) < 0.5);

function routeOf(edge: GraphEdge, points: readonly Point[], boxes: ReturnType<typeof absoluteBoxes>): Point[] | undefined {
  const source = boxes.get(edge.source);
  const target = boxes.get(edge.target);
  if (!source || !target) return undefined;
  // Layout points are in the coordinates of the edge's scope (its group), or absolute at the top level.
  const scope = source.parentId === undefined ? undefined : boxes.get(source.parentId);
  const abs = points.map((p) => ({ x: p.x + (scope?.x ?? 0), y: p.y + (scope?.y ?? 0) }));
  // Routed down beside the nodes (a jump past a column, a catcher's lane to a shared handler): side to side as laid out.
  if (abs.length >= 2 && abs[abs.length - 1].y > abs[0].y && onSide(abs[0], source) && onSide(abs[abs.length - 1], target) && isOrthogonal(abs)) return abs;
  const loop = backEdgeRoute(abs, source, target);
  if (loop) return loop;
  const start = { x: source.x + source.width / 2, y: source.y + source.height };
  const end = { x: target.x + target.width / 2, y: target.y };
  if (end.y <= start.y) return undefined;
  return orthogonalRoute(start, abs.slice(1, -1), end);
}

/** Half the gap between two ranks of the layout: where an edge leaving a node first turns. */
const FIRST_TURN = 28;

/**
 * Where the label goes: right below its source, where the edges of a Choice (or the catchers of a
 * Task) part: at the end of the first turn for an edge that turns there, else on the straight
 * line just below the source. Loops carry theirs halfway up.
 */
function labelSpot(route: readonly Point[], isLoop: boolean): Point {
  if (isLoop || route.length < 2) return midpoint(route);
  const [start, first] = route;
  // An edge that leaves from the side carries its label where it turns into its lane.
  if (route.length >= 3 && Math.abs(first.y - start.y) < 0.5) return first;
  if (route.length >= 4 && Math.abs(first.x - start.x) < 0.5 && first.y - start.y <= FIRST_TURN + 12) return route[2];
  return { x: start.x, y: start.y + Math.min(FIRST_TURN, (first.y - start.y) / 2) };
}

const labelWidth = (chars: number) => chars * LABEL_CHAR + 2 * LABEL_PAD;

/**
 * Shortens labels that share a row so that none runs into its neighbour: each gets the room its
 * neighbours do not need (a short `Default` leaves more to a long rule).
 */
export function fitLabels(spots: { id: string; x: number; y: number; text: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const rows: (typeof spots)[] = [];
  for (const s of [...spots].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) => Math.abs(r[0].y - s.y) < 16);
    if (row) row.push(s);
    else rows.push([s]);
  }
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const want = row.map((s) => labelWidth([...s.text].length) / 2);
    row.forEach((s, i) => {
      let half = want[i];
      const room = (j: number) => Math.abs(row[j].x - s.x) - Math.min(want[j], Math.abs(row[j].x - s.x) / 2) - 4;
      if (i > 0) half = Math.min(half, room(i - 1));
      if (i < row.length - 1) half = Math.min(half, room(i + 1));
      const chars = [...s.text];
      const fit = Math.max(4, Math.floor((2 * half - 2 * LABEL_PAD) / LABEL_CHAR));
      out.set(s.id, chars.length <= fit ? s.text : chars.slice(0, fit - 1).join('').trimEnd() + '…');
    });
  }
  return out;
}

/** The geometry of every edge that could be routed (the others fall back to React Flow's own path). */
export function edgeGeometry(graph: StateGraph, layout: GraphLayout): Map<string, EdgeGeometry> {
  const boxes = absoluteBoxes(layout);
  const out = new Map<string, EdgeGeometry>();
  const spots: { id: string; x: number; y: number; text: string }[] = [];
  graph.edges.forEach((edge, i) => {
    const route = routeOf(edge, layout.edges[i]?.points ?? [], boxes);
    if (!route) return;
    const isLoop = route[route.length - 1].y < route[0].y;
    out.set(edge.id, { route, zone: midpoint(route) });
    if (edge.label) spots.push({ id: edge.id, ...labelSpot(route, isLoop), text: edge.label });
  });
  const texts = fitLabels(spots);
  for (const spot of spots) {
    const geometry = out.get(spot.id)!;
    const text = texts.get(spot.id) ?? spot.text;
    const width = labelWidth([...text].length);
    geometry.label = { x: spot.x, y: spot.y, text, width };
    // Keep the drop zone off its own label.
    const { zone } = geometry;
    if (Math.abs(zone.y - spot.y) < 20 && Math.abs(zone.x - spot.x) < width / 2 + 14) geometry.zone = { x: spot.x - width / 2 - 16, y: spot.y };
  }
  return out;
}
