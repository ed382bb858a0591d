/**
 * Moving a state one step along its sequence (Alt+ArrowUp / Alt+ArrowDown): trading places with the
 * state right before or after it in the Next chain. The move itself is `moveState`, as a drag onto
 * a drop zone does; this module only says where to, or why there is no such step.
 */
import { locateState, type InsertAt, type OpError, type OpErrorCode, type StateLocation } from '../../asl/ops';
import { ownState, scopeAt, stateEntries } from '../../asl/ops/scopes';
import type { State, StateMachine, StateMachineFragment } from '../../asl/types';

export type StepDirection = 'up' | 'down';

export type StepTarget = { ok: true; to: InsertAt } | { ok: false; error: OpError };

/** One transition into a state: from StartAt, a Next, a Choice (rule or Default) or a catcher. */
interface Link {
  from: string | undefined;
  via: 'StartAt' | 'Next' | 'Choice' | 'Catch';
}

const q = (name: string) => JSON.stringify(name);
const refuse = (code: OpErrorCode, message: string): StepTarget => ({ ok: false, error: { code, message } });
const isEnd = (s: State) => s.Type === 'Succeed' || s.Type === 'Fail';

/** Every transition into `target` from its own scope. */
function linksInto(frag: StateMachineFragment, target: string): Link[] {
  const out: Link[] = frag.StartAt === target ? [{ from: undefined, via: 'StartAt' }] : [];
  for (const [name, s] of stateEntries(frag)) {
    if (s === null || typeof s !== 'object') continue;
    if (s.Type === 'Choice') {
      const rules: unknown[] = Array.isArray(s.Choices) ? s.Choices : [];
      if (s.Default === target || rules.some((r) => (r as { Next?: unknown } | null)?.Next === target)) out.push({ from: name, via: 'Choice' });
    } else if ((s as { Next?: unknown }).Next === target) out.push({ from: name, via: 'Next' });
    const catchers: unknown = (s as { Catch?: unknown }).Catch;
    if (Array.isArray(catchers) && catchers.some((c) => (c as { Next?: unknown } | null)?.Next === target)) out.push({ from: name, via: 'Catch' });
  }
  return out;
}

/** How messages name the sequence a state is in. */
function sequenceOf(loc: StateLocation): string {
  const inner = loc.scopePath.at(-1);
  if (inner === undefined) return 'the workflow';
  return 'parallel' in inner ? `branch ${inner.branch + 1} of ${q(inner.parallel)}` : `the item processor of ${q(inner.map)}`;
}

function describe(links: Link[]): string {
  return [...new Set(links.map((l) => (l.from === undefined ? 'the start' : q(l.from))))].join(', ');
}

/**
 * Where `moveState` must put `name` so that it moves one step `direction` along its sequence:
 * down, after its Next (`{ after: next }`); up, before the state whose Next it is (`{ before: prev }`).
 * A step is a swap of two states joined by a plain Next, so a Choice (several successors), a
 * Succeed/Fail or End state moving down, the first state moving up, a state reached from several
 * places (whose paths would change), and a move past a Choice, Succeed or Fail are refused, each
 * with a message that says why.
 * @example stepTarget(def, 'B', 'down') // A -> B -> C: { ok: true, to: { after: 'C' } }
 */
export function stepTarget(def: StateMachine, name: string, direction: StepDirection): StepTarget {
  const loc = locateState(def, name);
  const frag = loc && scopeAt(def, loc.scopePath);
  if (!loc || !frag) return refuse('NOT_FOUND', `There is no state ${q(name)}.`);
  return direction === 'down' ? stepDown(frag, loc, name) : stepUp(frag, loc, name);
}

function stepDown(frag: StateMachineFragment, loc: StateLocation, name: string): StepTarget {
  const state = loc.state;
  if (state.Type === 'Choice') {
    return refuse('WRONG_TYPE', `${q(name)} is a Choice state: it has several successors, so there is no single next state to swap it with. Drag it onto an edge instead.`);
  }
  if (isEnd(state)) return refuse('NO_SUCCESSOR', `${q(name)} is a ${state.Type} state: it ends ${sequenceOf(loc)}, so it cannot move down.`);
  const next = typeof state.Next === 'string' ? state.Next : undefined;
  if (next === undefined) return refuse('NO_SUCCESSOR', `${q(name)} is already the last state of ${sequenceOf(loc)}.`);
  const after = ownState(frag, next);
  if (after === undefined || after === null || typeof after !== 'object') return refuse('NOT_FOUND', `${q(name)} leads to ${q(next)}, which is not in ${sequenceOf(loc)}.`);
  if (after.Type === 'Choice') {
    return refuse('WRONG_TYPE', `${q(name)} cannot move below Choice ${q(next)}: a Choice has several successors, so there is no single place after it. Drag it onto one of its edges instead.`);
  }
  if (isEnd(after)) return refuse('NO_SUCCESSOR', `${q(name)} cannot move below ${q(next)}: nothing can follow a ${after.Type} state.`);
  const others = linksInto(frag, next).filter((l) => !(l.from === name && l.via === 'Next'));
  if (others.length > 0) {
    return refuse('WOULD_ORPHAN', `${q(name)} cannot move below ${q(next)}: ${q(next)} is also reached from ${describe(others)}, whose path would then run through ${q(name)} too.`);
  }
  return { ok: true, to: { after: next } };
}

function stepUp(frag: StateMachineFragment, loc: StateLocation, name: string): StepTarget {
  const links = linksInto(frag, name);
  if (links.some((l) => l.via === 'StartAt')) return refuse('NO_OP', `${q(name)} is already the first state of ${sequenceOf(loc)}.`);
  if (links.length === 0) return refuse('NO_OP', `Nothing leads to ${q(name)}: there is no state before it to swap with.`);
  if (links.length > 1) return refuse('WOULD_ORPHAN', `${q(name)} is reached from several states (${describe(links)}): there is no single state before it to swap with.`);
  const [{ from: prev, via }] = links;
  if (prev === undefined) return refuse('NO_OP', `${q(name)} is already the first state of ${sequenceOf(loc)}.`);
  if (via === 'Choice') {
    return refuse('WRONG_TYPE', `${q(name)} cannot move above Choice ${q(prev)}: a Choice has several successors, and only one of them leads to ${q(name)}.`);
  }
  if (via === 'Catch') return refuse('NO_OP', `${q(name)} is reached only through a catcher of ${q(prev)}: there is no state before it in the sequence.`);
  const state = loc.state;
  if (state.Type === 'Choice') {
    return refuse('WRONG_TYPE', `Choice ${q(name)} cannot move above ${q(prev)}: it has several successors, so there would be no single place for ${q(prev)} after it.`);
  }
  if (isEnd(state)) return refuse('NO_SUCCESSOR', `${q(name)} cannot move above ${q(prev)}: nothing can follow a ${state.Type} state.`);
  return { ok: true, to: { before: prev } };
}
