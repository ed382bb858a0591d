/** Default node sizes and spacing. The canvas draws nodes at these sizes, so they are the layout's contract with it. */
import type { GraphNode } from '../asl/graph';
import type { Size } from './types';

export const STATE_HEIGHT = 44;
export const STATE_MIN_WIDTH = 200;
export const STATE_MAX_WIDTH = 320;
/** Start and end markers are circles of this diameter. */
export const MARKER_SIZE = 24;
/** Approximate width of one character of a 13px UI font: labels are measured without a DOM. */
export const CHAR_WIDTH = 7;
/** Room for the type icon and the node's side padding. */
const STATE_CHROME = 56;

/** Space inside a group or container, around its children. */
export const GROUP_PADDING = 16;
/** Height of a Parallel/Map container's title bar (state name). */
export const CONTAINER_HEADER = 36;
/** Height of a branch/processor group's title bar ("Branch 2", "Iterate items"). */
export const GROUP_HEADER = 24;
/** Horizontal gap between the branches of a Parallel. */
export const BRANCH_GAP = 24;
/** Dagre spacing: between nodes of one rank, and between ranks (room for a Choice label). */
export const NODE_SEP = 40;
export const RANK_SEP = 56;
/** Side room, each side of a block laid out without dagre (column, series-parallel), for its loops and forward jumps. */
export const LOOP_GUTTER = 32;

/** Width of a text of `length` characters, plus chrome. */
export function textWidth(length: number, chrome: number): number {
  return Math.ceil(length * CHAR_WIDTH) + chrome;
}

/** The default size of a leaf node: states widen with their label (within bounds), markers are small circles. */
export function defaultNodeSize(node: GraphNode): Size {
  if (node.kind === 'start' || node.kind === 'end') return { width: MARKER_SIZE, height: MARKER_SIZE };
  const longest = Math.max(node.label.length, node.resourceLabel?.length ?? 0);
  const width = Math.min(STATE_MAX_WIDTH, Math.max(STATE_MIN_WIDTH, textWidth(longest, STATE_CHROME)));
  return { width, height: STATE_HEIGHT };
}
