import type { GraphNode } from '../../asl/graph';
import type { Size } from '../../layout';

/** Average advance of a 13px semibold UI glyph: labels are sized without measuring the DOM. */
const NAME_CHAR = 7.8;
const KIND_CHAR = 6.4;
/** Glyph, gaps, padding and the problem badge. */
const CHROME = 80;

/** The size the canvas draws each leaf node at: the layout's contract with StateNode and MarkerNode. */
export function measureNode(node: GraphNode): Size {
  if (node.kind === 'start' || node.kind === 'end') return { width: 56, height: 24 };
  const text = Math.max(node.label.length * NAME_CHAR, (node.resourceLabel?.length ?? 0) * KIND_CHAR);
  return { width: Math.round(Math.min(340, Math.max(190, text + CHROME))), height: 46 };
}
