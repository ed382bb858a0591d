/**
 * Geometry checks for a layout: siblings must not overlap and children must lie inside their
 * parent. Used by the tests; cheap enough for a debug assertion too.
 */
import type { GraphLayout, PositionedNode } from './types';

const EPSILON = 1e-6;

function overlap(a: PositionedNode, b: PositionedNode): boolean {
  return a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;
}

/** Every problem found, as readable sentences (empty when the layout is sound). */
export function layoutProblems(layout: GraphLayout): string[] {
  const problems: string[] = [];
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const siblings = new Map<string | undefined, PositionedNode[]>();
  for (const node of layout.nodes) {
    if (![node.x, node.y, node.width, node.height].every(Number.isFinite)) problems.push(`${node.id} has a non-finite box`);
    const list = siblings.get(node.parentId) ?? [];
    list.push(node);
    siblings.set(node.parentId, list);
    const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
    const outer = parent ?? { x: 0, y: 0, width: layout.width, height: layout.height };
    const inside =
      node.x >= -EPSILON && node.y >= -EPSILON && node.x + node.width <= outer.width + EPSILON && node.y + node.height <= outer.height + EPSILON;
    if (!inside) problems.push(`${node.id} sticks out of ${node.parentId ?? 'the layout'}`);
  }
  for (const list of siblings.values()) {
    // Sweep by x so large blocks stay fast: only boxes whose x ranges meet are compared.
    const sorted = [...list].sort((a, b) => a.x - b.x);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j].x < sorted[i].x + sorted[i].width; j++) {
        if (overlap(sorted[i], sorted[j])) problems.push(`${sorted[i].id} overlaps ${sorted[j].id}`);
      }
    }
  }
  return problems;
}
