import type { StateMachine } from '../types';
import { finishEdit } from './guard';
import { locateState } from './locate';
import { placeState } from './place';
import { removeFromScope } from './removeFromScope';
import { resolveAt, resolveScope } from './resolveAt';
import { fail, q } from './result';
import { sameJson } from './sameJson';
import { scopeAt, stepOwner } from './scopes';
import { edgeTarget } from './transitions';
import type { EdgeField, InsertAt, OpError, OpResult } from './types';

/**
 * Moves a state: takes it out with the same rewiring as `deleteState`, then inserts it at `to`
 * (same shapes as `insertState`). It keeps its name and content; its Next/End (a Choice's Default)
 * follow the new place, and catchers or Choice rules leading to states that are not in the new
 * scope are dropped or retargeted like on insert. Refuses `MOVE_INTO_SELF` (into its own branches
 * or processor), `NO_OP` (a move that changes nothing), `WOULD_ORPHAN` (a move that cuts states
 * off, e.g. a Task whose Catch handler would stay behind in another scope) and the errors of
 * `deleteState`/`insertState`.
 * @example
 * moveState(def, 'Wait', { before: 'Start' }) // Wait becomes the first state
 */
export function moveState(def: StateMachine, name: string, to: InsertAt): OpResult<{ name: string }> {
  const loc = locateState(def, name);
  if (!loc) return fail('NOT_FOUND', `There is no state ${q(name)}.`);
  const refused = selfReference(def, name, to);
  if (refused) return { ok: false, error: refused };
  const removed = removeFromScope(def, name);
  if (!removed.ok) return removed;
  const target = removed.value.successor === undefined ? shiftEdgeIndex(def, name, to) : to;
  const placement = resolveAt(removed.value.definition, target);
  if (!placement.ok) return placement;
  const placed = placeState(removed.value.definition, placement.value, name, loc.state);
  if (!placed.ok) return placed;
  if (sameJson(placed.value, def)) return fail('NO_OP', `${q(name)} is already there.`);
  return finishEdit(def, placed.value, { name });
}

/** Why `to` is somewhere a state cannot move to: itself, an edge touching it, or inside it. */
function selfReference(def: StateMachine, name: string, to: InsertAt): OpError | undefined {
  const inside = (other: string): boolean =>
    other === name || (locateState(def, other)?.scopePath.some((s) => stepOwner(s) === name) ?? false);
  const intoSelf = fail('MOVE_INTO_SELF', `${q(name)} cannot be moved into itself.`).error;
  const noOp = fail('NO_OP', `${q(name)} is already there.`).error;
  let anchor: string | undefined;
  if ('edge' in to) {
    const edge = to.edge;
    if ('start' in edge) {
      if (edge.start !== 'machine' && inside(stepOwner(edge.start))) return intoSelf;
      const scope = resolveScope(def, edge.start);
      return scope.ok && scopeAt(def, scope.value)?.StartAt === name ? noOp : undefined;
    }
    const from = locateState(def, edge.from)?.state;
    if (edge.from === name || (from && edgeTarget(from, edge.field)?.target === name)) return noOp;
    anchor = edge.from;
  } else if ('before' in to || 'after' in to) {
    anchor = 'before' in to ? to.before : to.after;
    if (anchor === name) return noOp;
  } else if ('emptyBranch' in to) {
    anchor = to.emptyBranch.parallel;
    if (anchor === name) return intoSelf;
  } else if ('emptyProcessor' in to) {
    anchor = to.emptyProcessor.map;
    if (anchor === name) return intoSelf;
  }
  return anchor !== undefined && inside(anchor) ? intoSelf : undefined;
}

/**
 * Removing a state with no successor removes the Choice rules and catchers that led to it, which
 * shifts the indices of the ones after them: point a rule/catch edge at the same rule/catcher.
 */
function shiftEdgeIndex(def: StateMachine, name: string, to: InsertAt): InsertAt {
  if (!('edge' in to) || 'start' in to.edge) return to;
  const { from, field } = to.edge;
  if (typeof field !== 'object') return to;
  const state = locateState(def, from)?.state;
  const list: unknown = state && ('choice' in field ? (state as { Choices?: unknown }).Choices : (state as { Catch?: unknown }).Catch);
  if (!Array.isArray(list)) return to;
  const index = 'choice' in field ? field.choice : field.catch;
  const before = list.slice(0, index).filter((e: { Next?: unknown } | null) => e?.Next === name).length;
  const shifted: EdgeField = 'choice' in field ? { choice: index - before } : { catch: index - before };
  return { edge: { from, field: shifted } };
}
