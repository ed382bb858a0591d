/** Definition -> StateGraph: the nodes and edges the canvas draws, derived purely from the ASL. */
import { escapeToken } from '../pointer';
import { STATE_TYPES, type QueryLanguage, type StateType } from '../types';
import { isTerminal, link, stateEdges, type EdgeScope } from './edges';
import { NodeIds } from './ids';
import { resourceLabel } from './resourceLabel';
import { collectStateNames, innerFragments, isObject, queryLanguageOf, statesOf, type Fragment, type Obj } from './scope';
import type { GraphNode, StateGraph } from './types';

interface Context {
  ids: NodeIds;
  allNames: ReadonlySet<string>;
  graph: StateGraph;
}

interface ScopeInfo extends Fragment {
  /** The group node holding this scope (none for the top level). */
  parentId?: string;
  startId: string;
  endId: string;
  queryLanguage: QueryLanguage;
}

function problemOf(value: unknown): string | undefined {
  if (!isObject(value)) return 'The state is not an object';
  if (typeof value.Type !== 'string') return 'The state has no Type';
  if (!(STATE_TYPES as readonly string[]).includes(value.Type)) return `Unknown state type "${value.Type}"`;
  return undefined;
}

function stateNode(id: string, name: string, value: unknown, pointer: string, scope: ScopeInfo): GraphNode {
  const node: GraphNode = { id, kind: 'state', stateName: name, label: name, pointer, queryLanguage: scope.queryLanguage };
  if (scope.parentId !== undefined) node.parentId = scope.parentId;
  const problem = problemOf(value);
  if (problem !== undefined) node.problem = problem;
  if (!isObject(value)) return node;
  node.queryLanguage = queryLanguageOf(value, scope.queryLanguage);
  if (problem === undefined) node.stateType = value.Type as StateType;
  if (isTerminal(value)) node.terminal = true;
  if (value.Type === 'Task' && typeof value.Resource === 'string') node.resourceLabel = resourceLabel(value.Resource);
  return node;
}

function processorLabel(map: Obj): string {
  if (typeof map.Label === 'string' && map.Label !== '') return map.Label;
  const config = isObject(map.ItemProcessor) ? map.ItemProcessor.ProcessorConfig : undefined;
  return isObject(config) && config.Mode === 'DISTRIBUTED' ? 'Distributed' : 'Iterate items';
}

/** Adds the groups of a Parallel (one per branch) or a Map (its processor), each with its own scope. */
function addGroups(ctx: Context, stateId: string, state: Obj, pointer: string, queryLanguage: QueryLanguage): void {
  innerFragments(state, pointer).forEach((fragment, i) => {
    const isBranch = state.Type === 'Parallel';
    const groupId = ctx.ids.synthetic(isBranch ? `${stateId}::branch:${i}` : `${stateId}::processor`);
    ctx.graph.nodes.push({
      id: groupId,
      kind: isBranch ? 'group-branch' : 'group-processor',
      label: isBranch ? `Branch ${i + 1}` : processorLabel(state),
      parentId: stateId,
      pointer: fragment.pointer,
      queryLanguage,
    });
    addScope(ctx, {
      ...fragment,
      parentId: groupId,
      startId: ctx.ids.synthetic(`${groupId}::start`),
      endId: ctx.ids.synthetic(`${groupId}::end`),
      queryLanguage: isObject(fragment.value) ? queryLanguageOf(fragment.value, queryLanguage) : queryLanguage,
    });
  });
}

function marker(kind: 'start' | 'end', id: string, pointer: string, scope: ScopeInfo): GraphNode {
  const node: GraphNode = { id, kind, label: kind === 'start' ? 'Start' : 'End', pointer, queryLanguage: scope.queryLanguage };
  if (scope.parentId !== undefined) node.parentId = scope.parentId;
  return node;
}

/** One scope: its start marker, its states (each followed by its groups), its end marker, then its edges. */
function addScope(ctx: Context, scope: ScopeInfo): void {
  const { graph } = ctx;
  const states = statesOf(scope.value).map(([name, value]) => ({
    name,
    value,
    id: ctx.ids.state(name),
    pointer: `${scope.pointer}/States/${escapeToken(name)}`,
  }));
  const edgeScope: EdgeScope = {
    local: new Map(states.map((s) => [s.name, s.id])),
    allNames: ctx.allNames,
    endId: scope.endId,
    edges: graph.edges,
    unresolved: graph.unresolved,
  };
  const startPointer = `${scope.pointer}/StartAt`;
  graph.nodes.push(marker('start', scope.startId, startPointer, scope));
  for (const s of states) {
    const node = stateNode(s.id, s.name, s.value, s.pointer, scope);
    graph.nodes.push(node);
    if (isObject(s.value)) addGroups(ctx, s.id, s.value, s.pointer, node.queryLanguage);
  }
  graph.nodes.push(marker('end', scope.endId, scope.pointer, scope));

  // A missing StartAt is no edge and no unresolved reference: the validator reports it.
  if (isObject(scope.value) && 'StartAt' in scope.value) {
    link(edgeScope, scope.startId, scope.value.StartAt, { kind: 'start', pointer: startPointer });
  }
  for (const s of states) if (isObject(s.value)) stateEdges(edgeScope, s.id, s.value, s.pointer);
}

/**
 * Builds the state graph of a definition. Pure and total: any value is accepted (a definition being
 * typed is often broken) and whatever can be read is drawn; references that name no state of their
 * scope become entries of `unresolved` instead of edges.
 * @example toGraph({ StartAt: 'A', States: { A: { Type: 'Succeed' } } }).nodes.map((n) => n.id) // ['__start__', 'A', '__end__']
 */
export function toGraph(def: unknown): StateGraph {
  const allNames = collectStateNames(def);
  const ids = new NodeIds(allNames);
  const graph: StateGraph = { nodes: [], edges: [], unresolved: [] };
  const queryLanguage = isObject(def) ? queryLanguageOf(def, 'JSONPath') : 'JSONPath';
  const startId = ids.synthetic('__start__');
  const endId = ids.synthetic('__end__');
  addScope({ ids, allNames, graph }, { pointer: '', value: def, startId, endId, queryLanguage });
  return graph;
}
