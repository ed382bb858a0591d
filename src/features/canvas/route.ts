/** Paths for edges that do not run top to bottom: a loop back up is drawn along dagre's route. */

export interface Point {
  x: number;
  y: number;
}

/** An SVG path through `points` with rounded corners (like React Flow's smoothstep edges). */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (p: Point, q: Point, len: number): Point => {
      const dist = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / dist) * len, y: p.y + ((q.y - p.y) / dist) * len };
    };
    const before = towards(b, a, r);
    const after = towards(b, c, r);
    d += ` L${before.x},${before.y} Q${b.x},${b.y} ${after.x},${after.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L${last.x},${last.y}`;
}

/** The point halfway along a polyline, where its label and drop zone go. */
export function midpoint(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i]) {
      const t = lengths[i] === 0 ? 0 : remaining / lengths[i];
      return { x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t };
    }
    remaining -= lengths[i];
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A back edge (a loop to an earlier state) along dagre's route, made orthogonal: it leaves the top
 * of its source and enters the bottom of its target straight, in the column dagre kept free for it.
 * `points` and the boxes are absolute. Undefined when the edge does not go back up.
 */
export function backEdgeRoute(points: readonly Point[], source: Box, target: Box): Point[] | undefined {
  if (points.length < 3) return undefined;
  const first = points[0];
  const last = points[points.length - 1];
  if (last.y >= first.y) return undefined;
  // Dagre keeps one column free for the edge (its dummy nodes): run the loop up that column.
  const column = points[1].x;
  const clamp = (x: number, box: Box) => Math.min(box.x + box.width - 12, Math.max(box.x + 12, x));
  const start = { x: clamp(column, source), y: source.y };
  const end = { x: clamp(column, target), y: target.y + target.height };
  const route: Point[] = [start];
  if (Math.abs(start.x - column) > 1) route.push({ x: start.x, y: start.y - 14 }, { x: column, y: start.y - 14 });
  if (Math.abs(end.x - column) > 1) route.push({ x: column, y: end.y + 14 }, { x: end.x, y: end.y + 14 });
  route.push(end);
  return route;
}

/**
 * An orthogonal route from `start` (the source's bottom) through the layout's bend points to `end`
 * (the target's top): every slanted step becomes a vertical and a horizontal run, the horizontal
 * run taken in the gap between ranks (the bend point's height), never across a row of nodes.
 */
export function orthogonalRoute(start: Point, bends: readonly Point[], end: Point): Point[] {
  const out: Point[] = [start];
  const push = (p: Point) => {
    const last = out[out.length - 1];
    if (Math.abs(last.x - p.x) < 0.5 && Math.abs(last.y - p.y) < 0.5) return;
    // Two horizontal runs in a row (a jog there and back) become one.
    const prev = out[out.length - 2];
    if (prev && Math.abs(prev.y - last.y) < 0.5 && Math.abs(last.y - p.y) < 0.5) out.pop();
    else if (prev && Math.abs(prev.x - last.x) < 0.5 && Math.abs(last.x - p.x) < 0.5) out.pop();
    out.push(p);
  };
  if (bends.length === 0) {
    const midY = (start.y + end.y) / 2;
    push({ x: start.x, y: midY });
    push({ x: end.x, y: midY });
  }
  let current = start;
  for (const b of bends) {
    // Down (or up) to the bend's height, then across to it.
    push({ x: current.x, y: b.y });
    push(b);
    current = b;
  }
  if (bends.length > 0) push({ x: end.x, y: current.y });
  push(end);
  return out;
}
