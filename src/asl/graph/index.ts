export { toGraph } from './toGraph';
export { resourceLabel } from './resourceLabel';
export { choiceRuleText, catchText, truncateLabel, MAX_LABEL_LENGTH } from './labels';
export type { GraphNode, GraphNodeKind, GraphEdge, GraphEdgeKind, StateGraph, UnresolvedRef, UnresolvedReason } from './types';
