export { layoutGraph } from './layoutGraph';
export { LayoutCache, sharedLayoutCache } from './cache';
export { defaultNodeSize } from './sizes';
export type { GraphLayout, LayoutOptions, PositionedNode, PositionedEdge, Point, Size } from './types';
