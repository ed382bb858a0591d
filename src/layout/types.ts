/** Positions for a StateGraph, in the shape React Flow wants them. */
import type { GraphNode } from '../asl/graph';
import type { LayoutCache } from './cache';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** A node's box. `x`/`y` are its top-left corner relative to its parent group (absolute for top-level nodes), as React Flow expects. */
export interface PositionedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string;
}

/** Dagre's route for an edge, in the coordinates of the edge's scope (the same space as its end nodes' x/y). Empty when the edge was not laid out. */
export interface PositionedEdge {
  id: string;
  points: Point[];
}

export interface GraphLayout {
  /** In the graph's node order (parents before children). */
  nodes: PositionedNode[];
  /** In the graph's edge order. */
  edges: PositionedEdge[];
  /** The extent of the top-level nodes. */
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** The size of a leaf node (states and markers); groups and containers are sized around their children. */
  measure?: (node: GraphNode) => Size;
  /** Where block layouts are remembered between calls (default: one shared cache); `false` lays out everything afresh. */
  cache?: LayoutCache | false;
}
