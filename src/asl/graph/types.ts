/**
 * The state graph: what the canvas draws and the execution view colours. It is derived from a
 * definition by `toGraph` and carries no positions (see src/layout for those).
 */
import type { QueryLanguage, StateType } from '../types';

export type GraphNodeKind = 'state' | 'start' | 'end' | 'group-branch' | 'group-processor';

/**
 * One node. Nodes come parents-first (a container before its groups, a group before its states),
 * which is the order React Flow requires for sub-flows.
 */
export interface GraphNode {
  /**
   * A state's id is its name (the canvas test ids are `rf__node-<StateName>`). Other nodes get ids
   * built from their container's id (`__start__`, `__end__`, `Fan::branch:0`, `Fan::branch:0::start`,
   * `Loop::processor`, ...); one that equals a state name somewhere in the definition gets `~2`,
   * `~3`... appended, so no id ever collides. A duplicated state name (invalid ASL) keeps its name
   * on the first occurrence and the later ones get `<name>::dup` (suffixed the same way).
   */
  id: string;
  kind: GraphNodeKind;
  /** The state's name (kind 'state' only). */
  stateName?: string;
  /** The state's `Type` when it is one of the eight ASL types. */
  stateType?: StateType;
  /** What to print on the node: the state name, `Start`, `End`, `Branch 2`, the Map's item label. */
  label: string;
  /** The enclosing node: a group for states and markers inside a branch/processor, a Parallel/Map state for groups. */
  parentId?: string;
  /** JSON pointer of what the node stands for: the state, the branch, the ItemProcessor, the scope's StartAt (start marker) or the scope (end marker). */
  pointer: string;
  /** The state ends its scope: `End: true`, Succeed or Fail. */
  terminal?: boolean;
  /** Task states: a short name of the integration, e.g. `Lambda: Invoke`, `SQS: SendMessage (wait for callback)`. */
  resourceLabel?: string;
  /** The query language in effect for this node (state, else enclosing state, else top level, else JSONPath). */
  queryLanguage: QueryLanguage;
  /** Why the state could not be read (not an object, unknown Type...): the canvas shows it as broken. */
  problem?: string;
}

export type GraphEdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'start' | 'end';

/** One transition. Edges never cross a scope: both ends share a parent. */
export interface GraphEdge {
  /** `<kind>:<pointer>`, unique because a field makes at most one edge. */
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** Short text for the edge (choice rules are cut to about 40 characters). */
  label?: string;
  /** The full text of the label, for a tooltip. */
  title?: string;
  /** JSON pointer of the field that makes the edge, e.g. `/States/Check/Choices/0/Next`; for `end` edges the `End` field, or the state for Succeed/Fail. */
  pointer: string;
  /** Catch edges: the `ErrorEquals` list. */
  errors?: string[];
}

/** Why a reference became no edge. */
export type UnresolvedReason = 'unknown-state' | 'other-scope' | 'not-a-string';

/** A `Next`, `Default`, catcher `Next` or `StartAt` that names no state of its scope: drawn as no edge, listed here. */
export interface UnresolvedRef {
  /** The node the edge would start from (the scope's start marker for `StartAt`). */
  source: string;
  /** The name as written (`undefined` when it is not a string). */
  target?: string;
  kind: GraphEdgeKind;
  pointer: string;
  reason: UnresolvedReason;
}

export interface StateGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  unresolved: UnresolvedRef[];
}
