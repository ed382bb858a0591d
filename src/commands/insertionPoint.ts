import { locateState } from '../asl/ops';
import type { InsertAt } from '../asl/ops';
import type { State, StateMachine } from '../asl/types';

const isTerminal = (s: State) => s.Type === 'Succeed' || s.Type === 'Fail';

/**
 * Where an item inserted from the keyboard goes: right after the selected state (before it when
 * nothing can follow it: a Succeed, a Fail, a Choice without Default), else at the end of the
 * workflow (on the edge of the last top-level state that ends it), else into the empty machine.
 * @example defaultInsertAt(def, 'Fetch') // { after: 'Fetch' }
 */
export function defaultInsertAt(def: StateMachine, selected: string | null): InsertAt {
  const entries = def.States && typeof def.States === 'object' ? Object.entries(def.States) : [];
  if (entries.length === 0) return { emptyMachine: true };
  const loc = selected === null ? undefined : locateState(def, selected);
  if (loc && selected !== null) {
    const state = loc.state;
    const noWayOut = isTerminal(state) || (state.Type === 'Choice' && state.Default === undefined);
    return noWayOut ? { before: selected } : { after: selected };
  }
  const ends = entries.filter(([, s]) => s && (s as { End?: unknown }).End === true);
  if (ends.length > 0) return { edge: { from: ends[ends.length - 1][0], field: 'Next' } };
  const terminal = entries.filter(([, s]) => s && isTerminal(s));
  if (terminal.length > 0) return { before: terminal[terminal.length - 1][0] };
  return { edge: { start: 'machine' } };
}
