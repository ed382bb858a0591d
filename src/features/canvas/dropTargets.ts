/**
 * Where things can be dropped on the canvas: graph edges and empty scopes mapped back to the
 * insertion points of `asl/ops` (`InsertAt`). Pure, so the mapping is tested without a browser.
 */
import type { GraphEdge, GraphNode, StateGraph } from '../../asl/graph';
import type { EdgeField, EdgeRef, InsertAt, ScopeRef } from '../../asl/ops';
import { fromPointer } from '../../asl/pointer';

export type NodeIndex = ReadonlyMap<string, GraphNode>;

/** The state name a node stands for, when ops can address it by that name (a repeated name cannot). */
function stateNameOf(node: GraphNode | undefined): string | undefined {
  return node?.kind === 'state' && node.stateName === node.id ? node.stateName : undefined;
}

/** The scope a group node (a Parallel branch or a Map processor) is, as ops name it. */
export function scopeOfGroup(group: GraphNode | undefined, nodes: NodeIndex): ScopeRef | undefined {
  if (!group || (group.kind !== 'group-branch' && group.kind !== 'group-processor')) return undefined;
  const owner = stateNameOf(group.parentId === undefined ? undefined : nodes.get(group.parentId));
  if (owner === undefined) return undefined;
  if (group.kind === 'group-processor') return { map: owner };
  const branch = Number(fromPointer(group.pointer).at(-1));
  return Number.isInteger(branch) ? { parallel: owner, branch } : undefined;
}

/** The transition of its source state that a graph edge draws, from the edge's JSON pointer. */
function fieldOf(edge: GraphEdge): EdgeField | undefined {
  switch (edge.kind) {
    case 'next':
      return 'Next';
    case 'default':
      return 'Default';
    case 'end':
      // `End: true` is the state's way out; a Succeed/Fail's edge to End is no transition at all.
      return edge.pointer.endsWith('/End') ? 'Next' : undefined;
    case 'choice': {
      const m = /\/Choices\/(\d+)\/Next$/.exec(edge.pointer);
      return m ? { choice: Number(m[1]) } : undefined;
    }
    case 'catch': {
      const m = /\/Catch\/(\d+)\/Next$/.exec(edge.pointer);
      return m ? { catch: Number(m[1]) } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The ops edge a graph edge stands for: `{ from, field }` for a state's transition (its `End` edge
 * included), `{ start: scope }` for the edge out of a start marker. Undefined where nothing can be
 * inserted: the edge of a Succeed or Fail into End, or a state whose name is repeated.
 */
export function edgeRefOf(edge: GraphEdge, nodes: NodeIndex): EdgeRef | undefined {
  if (edge.kind === 'start') {
    const marker = nodes.get(edge.source);
    if (!marker || marker.kind !== 'start') return undefined;
    if (marker.parentId === undefined) return { start: 'machine' };
    const scope = scopeOfGroup(nodes.get(marker.parentId), nodes);
    return scope === undefined ? undefined : { start: scope };
  }
  const from = stateNameOf(nodes.get(edge.source));
  const field = fieldOf(edge);
  return from === undefined || field === undefined ? undefined : { from, field };
}

/** The insertion point of an empty Parallel branch or Map processor, else undefined. */
export function emptyScopeInsertAt(group: GraphNode, nodes: NodeIndex, hasStates: ReadonlySet<string>): InsertAt | undefined {
  if (hasStates.has(group.id)) return undefined;
  const scope = scopeOfGroup(group, nodes);
  if (scope === undefined || scope === 'machine') return undefined;
  return 'parallel' in scope ? { emptyBranch: scope } : { emptyProcessor: scope };
}

/** Every drop target of a graph: edge id -> insertion point, group id -> insertion point, and whether the machine is empty. */
export interface DropTargets {
  edges: Map<string, InsertAt>;
  groups: Map<string, InsertAt>;
  emptyMachine: boolean;
}

/** Computes the drop targets of a whole graph. */
export function dropTargetsOf(graph: StateGraph): DropTargets {
  const nodes: NodeIndex = new Map(graph.nodes.map((n) => [n.id, n]));
  const hasStates = new Set<string>();
  let topLevelStates = 0;
  for (const n of graph.nodes) {
    if (n.kind !== 'state') continue;
    if (n.parentId === undefined) topLevelStates++;
    else hasStates.add(n.parentId);
  }
  const edges = new Map<string, InsertAt>();
  for (const edge of graph.edges) {
    const ref = edgeRefOf(edge, nodes);
    if (ref) edges.set(edge.id, { edge: ref });
  }
  const groups = new Map<string, InsertAt>();
  for (const n of graph.nodes) {
    if (n.kind !== 'group-branch' && n.kind !== 'group-processor') continue;
    const at = emptyScopeInsertAt(n, nodes, hasStates);
    if (at) groups.set(n.id, at);
  }
  return { edges, groups, emptyMachine: topLevelStates === 0 };
}

/**
 * Whether dropping state `moving` at a target makes sense: not on its own edges (nothing would
 * change) and not inside itself. `sourceId`/`targetId` are the node ids around the target (an
 * empty group gives its own id for both); `parentOf` walks up the graph.
 */
export function acceptsMove(moving: string, sourceId: string, targetId: string, parentOf: (id: string) => string | undefined): boolean {
  if (sourceId === moving || targetId === moving) return false;
  for (let id: string | undefined = sourceId; id !== undefined; id = parentOf(id)) if (id === moving) return false;
  return true;
}
